package pyjama.kernel.hal;

import java.util.List;

/**
 * What the kernel needs from a machine. Methods that a platform cannot honour throw
 * {@link UnsupportedOperationException} with a message saying why; none pretends.
 */
public interface Hal {

    /** "x86_64", "arm64", or "hosted". */
    String arch();

    /** A human description of the machine, e.g. "QEMU x86_64 (TCG)" or "host JVM 25". */
    String machineName();

    // ---- console (COM1 on x86_64) ----

    /** Writes bytes to the console; blocks until the UART took them. */
    void consoleWrite(byte[] bytes, int offset, int length);

    /**
     * Moves up to {@code buffer.length} received console bytes into {@code buffer}; returns how
     * many (0 if none). Never blocks.
     */
    int serialRead(byte[] buffer);

    /**
     * True once for each Ctrl-C (0x03) byte the console received since the last call. The
     * interrupt handler sets it as the byte arrives, so a running interpreter can poll it
     * without draining the receive ring. The 0x03 byte is still delivered by serialRead.
     */
    boolean takeBreak();

    // ---- time ----

    /** Monotonic nanoseconds since kernel entry. */
    long nanoTime();

    /** Wall clock: milliseconds since the Unix epoch (RTC at boot plus monotonic time). */
    long wallClockMillis();

    /** The raw time-stamp counter, and its calibrated frequency in Hz. */
    long rdtsc();
    long tscHz();

    /** TSC value at kernel entry, so that boot stages can be reported against it. */
    long bootTsc();

    /** Timer interrupts since boot, and their rate in Hz. */
    long ticks();
    int tickHz();

    // ---- events and idle ----

    /** The next device IRQ number recorded by the C handlers, or -1 if none is pending. */
    int nextIrq();

    /**
     * Halts the CPU until the next interrupt (any: timer, serial, device) or until
     * {@code deadlineNanos} of {@link #nanoTime()} has passed. Never spins.
     */
    void idle(long deadlineNanos);

    /** Routes IRQ {@code irq} to the event ring and unmasks it at the interrupt controller. */
    void irqEnable(int irq);

    /** Unmasks an IRQ that fired and was masked by the C handler (see package doc). */
    void irqUnmask(int irq);

    // ---- port I/O (x86) ----

    int inb(int port);
    int inw(int port);
    int inl(int port);
    void outb(int port, int value);
    void outw(int port, int value);
    void outl(int port, int value);

    // ---- memory-mapped I/O and physical memory ----

    /** Maps {@code size} bytes of physical address space at {@code phys} uncached (MMIO). */
    void mmioMap(long phys, long size);

    int mmioRead8(long addr);
    int mmioRead16(long addr);
    int mmioRead32(long addr);
    long mmioRead64(long addr);
    void mmioWrite8(long addr, int value);
    void mmioWrite16(long addr, int value);
    void mmioWrite32(long addr, int value);
    void mmioWrite64(long addr, long value);

    /**
     * Allocates physically contiguous, zeroed memory for device DMA that the GC never moves;
     * returns its physical address (also readable and writable through the mmio calls).
     * {@code align} is a power of two, at least 16.
     */
    long dmaAlloc(long size, long align);

    /** Returns DMA memory to the platform. */
    void dmaFree(long phys, long size);

    /** The physical memory map the boot loader reported. */
    List<MemoryRegion> memoryMap();

    /** Live memory figures (physical frames and the GC heap). */
    MemoryStats memoryStats();

    /**
     * The modules the boot loader loaded with the kernel (multiboot modules; QEMU's
     * {@code -initrd a,b}), in the loader's order. Empty when there are none or the platform
     * has no such thing.
     */
    default List<BootModule> bootModules() { return List.of(); }

    /**
     * The boot's resume point, reached once the kernel is up and its first session is ready,
     * just before the console is served. A platform that can boot from a boot image (a
     * snapshot of memory taken at this point by a build-time boot; see
     * docs/platform-metal.md) takes the snapshot here when asked to, and a boot restored from
     * one continues from here. Returns true in a boot that resumed from an image.
     */
    default boolean resumePoint() { return false; }

    // ---- power ----

    /** Resets the machine. Does not return. */
    void reboot();

    /** Powers the machine off (ACPI; on QEMU the isa-debug-exit port with status 0). Does not return. */
    void poweroff();

    /**
     * Leaves the emulator with a status through QEMU's isa-debug-exit device (QEMU exits with
     * {@code (code << 1) | 1}); on a real machine, or without that device, powers off.
     * For tests. Does not return.
     */
    void exitEmulator(int code);
}
