"""A device driver in Python: the CMOS real-time clock, through _hal and an IRQ handler.

Usage: rtc.py [SECONDS]
Reads the date and time from the PC's real-time clock (a Motorola MC146818 and its
descendants: QEMU's x86_64 machine has one), then turns on its "update ended" interrupt,
which comes once a second on IRQ 8, counts those interrupts for SECONDS (default 3) with a
Python handler, and puts the clock's settings back as it found them.

It needs I/O ports: on the hosted kernel (a JVM) _hal raises NotImplementedError.
"""

import asyncio
import sys

import _hal
import kernel
from kernel.interrupts import interrupt, unregister

# The chip is reached through two I/O ports: write a register number to INDEX, then read or
# write that register through DATA.
INDEX, DATA = 0x70, 0x71
NMI_OFF = 0x80          # bit 7 of INDEX disables the NMI while we talk to the chip

# Registers.
SECONDS, MINUTES, HOURS = 0x00, 0x02, 0x04
DAY, MONTH, YEAR = 0x07, 0x08, 0x09
CENTURY = 0x32          # where ACPI's FADT says it usually is (QEMU: here)
STATUS_A, STATUS_B, STATUS_C = 0x0A, 0x0B, 0x0C

# Bits.
UPDATING = 0x80         # A: an update of the time registers is in progress
UPDATE_IRQ = 0x10       # B: raise IRQ 8 when an update has ended (once a second)
BINARY = 0x04           # B: values are binary; clear means BCD (0x59 is 59)
HOURS_24 = 0x02         # B: 24-hour mode; clear means 12-hour with PM in bit 7 of HOURS
PM = 0x80
UPDATE_ENDED = 0x10     # C: the interrupt was an "update ended" one

IRQ = 8


def read(register):
    _hal.outb(INDEX, NMI_OFF | register)
    return _hal.inb(DATA)


def write(register, value):
    _hal.outb(INDEX, NMI_OFF | register)
    _hal.outb(DATA, value)


def from_bcd(value):
    return (value >> 4) * 10 + (value & 0x0F)


def registers():
    """One consistent reading of the time registers.

    The chip rewrites them once a second, and a read during the rewrite (UPDATING set; it
    lasts under 2 ms) can mix two seconds. So wait for UPDATING to clear, read everything,
    and repeat until two readings agree.
    """
    def snapshot():
        for _ in range(100_000):            # a bounded wait: a dead chip must not hang us
            if not read(STATUS_A) & UPDATING:
                break
        else:
            raise OSError('rtc: the clock is stuck in an update')
        return tuple(read(r) for r in (SECONDS, MINUTES, HOURS, DAY, MONTH, YEAR, CENTURY))

    last = snapshot()
    while True:
        now = snapshot()
        if now == last:
            return now
        last = now


def read_clock():
    """(year, month, day, hour, minute, second), as the clock keeps it (UTC on QEMU)."""
    second, minute, hour, day, month, year, century = registers()
    mode = read(STATUS_B)
    pm = hour & PM
    hour &= ~PM & 0xFF
    if not mode & BINARY:
        second, minute, hour, day, month, year, century = map(
            from_bcd, (second, minute, hour, day, month, year, century))
    if not mode & HOURS_24:
        hour = hour % 12 + (12 if pm else 0)
    year += century * 100 if century else 2000
    return year, month, day, hour, minute, second


def show(clock):
    return '%04d-%02d-%02d %02d:%02d:%02d' % clock


async def main():
    if len(argv) > 1 or (argv and not argv[0].isdigit()) or (argv and int(argv[0]) == 0):
        print('usage: rtc.py [SECONDS]   (a whole number of seconds, at least 1)', file=sys.stderr)
        sys.exit(2)
    seconds = int(argv[0]) if argv else 3

    print('RTC time:', show(read_clock()))

    ticks = []                          # kernel.uptime() at each update-ended interrupt

    # The handler runs from the kernel's event loop when IRQ 8 has fired, never inside the
    # interrupt itself, so it may do anything Python can. The chip raises no further
    # interrupt until register C is read: reading it is the acknowledgement. When the
    # handler returns, the kernel unmasks the line again.
    @interrupt(IRQ)
    def on_update(irq):
        flags = read(STATUS_C)
        if flags & UPDATE_ENDED:
            ticks.append(kernel.uptime())

    saved = read(STATUS_B)
    read(STATUS_C)                      # drop an interrupt that may be pending from before
    write(STATUS_B, saved | UPDATE_IRQ)
    print(f'counting update interrupts (IRQ {IRQ}) for {seconds} s ...')
    try:
        # While this task sleeps the CPU halts; each interrupt wakes the kernel, which runs
        # on_update, then halts again.
        await asyncio.sleep(seconds)
    finally:
        write(STATUS_B, saved)          # the clock's settings as we found them
        read(STATUS_C)
        unregister(IRQ)

    print(f'{len(ticks)} interrupts in {seconds} s')
    if len(ticks) > 1:
        gaps = [b - a for a, b in zip(ticks, ticks[1:])]
        print(f'between them: {min(gaps):.3f} s to {max(gaps):.3f} s')
    print('RTC time:', show(read_clock()))
    kernel.log.info(f'{len(ticks)} update interrupts in {seconds} s', name='rtc')


# Top-level await: a Pyjama script may await directly. Elsewhere, asyncio.run(main()).
await main()
