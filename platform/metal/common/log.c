/* Console output for the C layer: a small printf (no libc stdio, usable before musl is
 * initialised and inside fault handlers) and the boot log format. */
#include "kernel.h"

void console_putc(char c) {
    if (c == '\n') uart_putc('\r');
    uart_putc((uint8_t) c);
}

void console_write(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) console_putc(s[i]);
}

static void put_str(const char *s) {
    if (!s) s = "(null)";
    while (*s) console_putc(*s++);
}

static void put_uint(uint64_t v, unsigned base, int width, char pad) {
    char buf[24];
    int n = 0;
    do {
        unsigned d = (unsigned) (v % base);
        buf[n++] = (char) (d < 10 ? '0' + d : 'a' + d - 10);
        v /= base;
    } while (v);
    while (n < width) buf[n++] = pad;
    while (n) console_putc(buf[--n]);
}

/* Supports %s %c %d %u %x %p with optional 0/width and l/ll/z modifiers (all 64-bit). */
void kvprintf(const char *fmt, va_list ap) {
    for (; *fmt; fmt++) {
        if (*fmt != '%') { console_putc(*fmt); continue; }
        fmt++;
        char pad = ' ';
        int width = 0;
        if (*fmt == '0') { pad = '0'; fmt++; }
        while (*fmt >= '0' && *fmt <= '9') width = width * 10 + (*fmt++ - '0');
        int is_long = 0;
        while (*fmt == 'l' || *fmt == 'z') { is_long = 1; fmt++; }
        switch (*fmt) {
        case 's': put_str(va_arg(ap, const char *)); break;
        case 'c': console_putc((char) va_arg(ap, int)); break;
        case 'd': {
            int64_t v = is_long ? va_arg(ap, int64_t) : va_arg(ap, int);
            if (v < 0) { console_putc('-'); v = -v; }
            put_uint((uint64_t) v, 10, width, pad);
            break;
        }
        case 'u': put_uint(is_long ? va_arg(ap, uint64_t) : va_arg(ap, unsigned), 10, width, pad); break;
        case 'x': put_uint(is_long ? va_arg(ap, uint64_t) : va_arg(ap, unsigned), 16, width, pad); break;
        case 'p': put_str("0x"); put_uint((uint64_t) va_arg(ap, void *), 16, 16, '0'); break;
        case '%': console_putc('%'); break;
        default: console_putc('%'); console_putc(*fmt); break;
        }
    }
}

void kprintf(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    kvprintf(fmt, ap);
    va_end(ap);
}

void klog(const char *level, const char *subsystem, const char *fmt, ...) {
    put_str("[pyjama] ");
    put_str(level);
    console_putc(' ');
    put_str(subsystem);
    put_str(": ");
    va_list ap;
    va_start(ap, fmt);
    kvprintf(fmt, ap);
    va_end(ap);
    console_putc('\n');
}

_Noreturn void panic(const char *fmt, ...) {
    __asm__ volatile("cli");
    put_str("[pyjama] PANIC ");
    va_list ap;
    va_start(ap, fmt);
    kvprintf(fmt, ap);
    va_end(ap);
    console_putc('\n');
    exit_emulator(EXIT_PANIC);
}
