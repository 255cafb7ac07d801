/* COM1 16550: 115200 8N1, FIFOs on. Transmit is polled (THR empty); receive is interrupt
 * driven into a ring that Java drains with hal_serial_read. A received 0x03 (Ctrl-C) also
 * raises the break flag, so a running program can poll for it without draining the ring.
 *
 * Receive flow control: a byte is never dropped for want of room. When the ring is full the
 * interrupt handler leaves the byte in the UART, turns the receive interrupt off and drops RTS
 * ("held"); hal_serial_read lets bytes in again once Java has emptied half the ring. Meanwhile
 * the UART's FIFO fills up: QEMU then stops reading its character device (the sender blocks,
 * nothing is lost), and a peer that honours RTS/CTS stops sending (one that ignores RTS
 * overruns the UART's FIFO, as with any 16550). While held, a Ctrl-C typed behind the backlog
 * is seen only when its turn comes. */
#include "kernel.h"
#include "hal.h"

#define COM1 0x3F8
#define RX_RING_SIZE (256 * 1024) /* type-ahead taken in while Java is busy: its Ctrl-C is seen at once */
#define IER_RX 0x01               /* interrupt enable: received data */
#define MCR_RUN 0x0B              /* DTR, RTS, OUT2 (OUT2 routes the UART interrupt to the PIC) */
#define MCR_HOLD 0x09             /* DTR, OUT2: RTS dropped, "do not send" */
#define LSR_DR 0x01               /* line status: data ready */

static volatile uint8_t rx_ring[RX_RING_SIZE];
static volatile uint32_t rx_head, rx_tail;   /* head: written by the IRQ, tail: by Java */
static volatile int rx_held;                 /* the ring was full: receive interrupt off, RTS low */
static volatile int break_flag;
static int uart_present;

static int rx_full(void) { return rx_head - rx_tail >= RX_RING_SIZE; }

/* Only with room in the ring (callers check rx_full) and with interrupts off. */
static void rx_push(uint8_t c) {
    if (c == 0x03) break_flag = 1;
    uint32_t h = rx_head;
    rx_ring[h % RX_RING_SIZE] = c;
    __asm__ volatile("" ::: "memory");
    rx_head = h + 1;
}

/* Moves what the UART holds into the ring while there is room; false if the ring filled up
 * with bytes still waiting in the UART. Interrupts off. */
static int rx_drain(void) {
    while (inb(COM1 + 5) & LSR_DR) {
        if (rx_full()) return 0;
        rx_push(inb(COM1));
    }
    return 1;
}

void uart_init(void) {
    outb(COM1 + 1, 0x00);     /* interrupts off while configuring */
    outb(COM1 + 3, 0x80);     /* DLAB */
    outb(COM1 + 0, 0x01);     /* divisor 1 = 115200 baud */
    outb(COM1 + 1, 0x00);
    outb(COM1 + 3, 0x03);     /* 8N1 */
    /* Switching the FIFO on empties the receiver: keep what arrived before (typed ahead, or
     * a test harness that writes before the prompt), right up to the switch. */
    for (int i = 0; i < 64 && inb(COM1 + 5) != 0xFF && (inb(COM1 + 5) & LSR_DR); i++) rx_push(inb(COM1));
    outb(COM1 + 2, 0xC7);     /* FIFO on, clear both, 14-byte receive trigger */
    outb(COM1 + 4, MCR_RUN);
    uart_present = inb(COM1 + 5) != 0xFF;
    outb(COM1 + 1, IER_RX);
}

void uart_putc(uint8_t c) {
    if (!uart_present) return;
    while (!(inb(COM1 + 5) & 0x20)) {}
    outb(COM1, c);
}

void uart_irq(void) {
    if (rx_held || rx_drain()) return;
    rx_held = 1;
    outb(COM1 + 1, 0x00);
    outb(COM1 + 4, MCR_HOLD);
}

/* Lets bytes in again: what waited in the UART first, then the interrupt and RTS back on. */
static void rx_resume(void) {
    uint64_t fl = irq_save();
    if (rx_held && rx_drain()) {
        rx_held = 0;
        outb(COM1 + 4, MCR_RUN);
        outb(COM1 + 1, IER_RX);
    }
    irq_restore(fl);
}

int serial_rx_pending(void) { return rx_head != rx_tail; }

/* Raw bytes: line discipline (\n to \r\n) is the console's business, not the HAL's. */
void hal_console_write(void *data, int32_t len) {
    const uint8_t *p = data;
    for (int32_t i = 0; i < len; i++) uart_putc(p[i]);
}

int32_t hal_serial_read(void *data, int32_t max) {
    uint8_t *p = data;
    int32_t n = 0;
    uint32_t t = rx_tail;
    while (n < max && t != rx_head) {
        p[n++] = rx_ring[t % RX_RING_SIZE];
        t++;
    }
    __asm__ volatile("" ::: "memory");
    rx_tail = t;
    if (rx_held && rx_head - t <= RX_RING_SIZE / 2) rx_resume();
    return n;
}

int32_t hal_take_break(void) {
    uint64_t fl = irq_save();
    int b = break_flag;
    break_flag = 0;
    irq_restore(fl);
    return b;
}
