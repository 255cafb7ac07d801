package pyjama.hosted;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import pyjama.kernel.hal.BootModule;
import pyjama.kernel.hal.Hal;
import pyjama.kernel.hal.MemoryRegion;
import pyjama.kernel.hal.MemoryStats;

/**
 * The kernel's machine when it runs on a host JVM. The console is this process's stdin and
 * stdout (the terminal in raw mode when stdin is one); time is {@link System#nanoTime}; memory
 * is the JVM heap. What a JVM cannot do (port I/O, MMIO, DMA, interrupts of real devices) is
 * faked, and each such method says so. Threads are allowed here, unlike in the kernel: one
 * daemon thread reads stdin into a queue, which is what the "UART interrupt" would do on metal.
 */
public final class HostedHal implements Hal {
    /** Fake timer rate: {@link #ticks()} is derived from the clock at this rate. */
    static final int TICK_HZ = 100;
    /** Where {@link #dmaAlloc} starts handing out fake physical addresses (above the fake RAM). */
    static final long DMA_BASE = 0x0000_4000_0000_0000L;
    private static final long START = System.nanoTime();

    private final OutputStream out;
    private final IntConsumer exit;
    private final long bootNanos;
    private final Object lock = new Object();
    private final ArrayDeque<byte[]> input = new ArrayDeque<>(); // guarded by lock
    private int inputOffset;                                      // into input.peek(), guarded
    private boolean inputClosed;                                  // guarded by lock
    private final ArrayDeque<Integer> irqs = new ArrayDeque<>();  // guarded by lock
    private final Set<Integer> enabledIrqs = new HashSet<>();     // guarded by lock
    private volatile boolean breakPending;
    private final Map<Integer, Integer> ports = new HashMap<>();
    private final SparseMemory memory = new SparseMemory();
    private long dmaNext = DMA_BASE;

    /** The hosted machine on this process's stdin and stdout, exiting the JVM to power off. */
    public HostedHal() {
        this(System.in, new FileOutputStream(FileDescriptor.out), System::exit, true);
    }

    /**
     * A hosted machine on the given streams. {@code exit} is called with the process status by
     * reboot, poweroff and exitEmulator, and must not return. {@code manageTerminal}: put a
     * terminal on stdin into raw mode (and restore it at exit).
     */
    public HostedHal(InputStream in, OutputStream out, IntConsumer exit, boolean manageTerminal) {
        this.out = out;
        this.exit = exit;
        // Kernel entry is the JVM's start, so the boot timeline includes JVM start-up like the
        // metal one includes the boot stub.
        long uptimeNanos = ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000L;
        this.bootNanos = Math.min(System.nanoTime(), START) - uptimeNanos;
        if (manageTerminal && in == System.in && TerminalMode.stdinIsTerminal()) {
            String saved = TerminalMode.enterRaw();
            if (saved != null) {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> TerminalMode.restore(saved)));
            }
        }
        Thread reader = new Thread(() -> pump(in), "hosted-console-input");
        reader.setDaemon(true);
        reader.start();
    }

    /** The stdin reader: the hosted stand-in for the UART's receive interrupt. */
    private void pump(InputStream in) {
        byte[] buffer = new byte[4096];
        try {
            int n;
            while ((n = in.read(buffer)) > 0) {
                byte[] chunk = java.util.Arrays.copyOf(buffer, n);
                for (byte b : chunk) if (b == 0x03) breakPending = true;
                synchronized (lock) {
                    input.add(chunk);
                    lock.notifyAll();
                }
            }
        } catch (IOException e) {
            // A broken stdin is an unplugged cable: no more input.
        }
        synchronized (lock) {
            inputClosed = true;
            lock.notifyAll();
        }
    }

    @Override public String arch() { return "hosted"; }

    @Override
    public String machineName() {
        return "host JVM " + Runtime.version().feature() + " (" + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ")";
    }

    // ---- console ----

    @Override
    public void consoleWrite(byte[] bytes, int offset, int length) {
        try {
            out.write(bytes, offset, length);
            out.flush();
        } catch (IOException e) {
            // Nobody is reading the console any more; like a UART with no cable, drop the bytes.
        }
    }

    @Override
    public int serialRead(byte[] buffer) {
        synchronized (lock) {
            int copied = 0;
            while (copied < buffer.length && !input.isEmpty()) {
                byte[] head = input.peek();
                int n = Math.min(buffer.length - copied, head.length - inputOffset);
                System.arraycopy(head, inputOffset, buffer, copied, n);
                copied += n;
                inputOffset += n;
                if (inputOffset == head.length) {
                    input.poll();
                    inputOffset = 0;
                }
            }
            return copied;
        }
    }

    @Override
    public boolean takeBreak() {
        if (!breakPending) return false;
        breakPending = false;
        return true;
    }

    // ---- time ----

    @Override public long nanoTime() { return System.nanoTime() - bootNanos; }

    @Override public long wallClockMillis() { return System.currentTimeMillis(); }

    /** Hosted: the "TSC" is {@link System#nanoTime}, so it runs at 1 GHz. */
    @Override public long rdtsc() { return System.nanoTime(); }

    @Override public long tscHz() { return 1_000_000_000L; }

    /** Hosted: the JVM's start stands in for kernel entry. */
    @Override public long bootTsc() { return bootNanos; }

    /** Hosted: no timer interrupt; ticks are computed from the clock at {@value #TICK_HZ} Hz. */
    @Override public long ticks() { return nanoTime() / (1_000_000_000L / TICK_HZ); }

    @Override public int tickHz() { return TICK_HZ; }

    // ---- events and idle ----

    /** Hosted: only IRQs posted with {@link #raiseIrq} (there are no devices). */
    @Override
    public int nextIrq() {
        synchronized (lock) {
            Integer irq = irqs.poll();
            return irq == null ? -1 : irq;
        }
    }

    /**
     * Hosted: waits on the input queue instead of halting; wakes for console input, a raised
     * IRQ, or the deadline. If stdin has ended and nothing is left to read, the hosted machine
     * powers off: nobody can type any more.
     */
    @Override
    public void idle(long deadlineNanos) {
        synchronized (lock) {
            while (input.isEmpty() && irqs.isEmpty()) {
                if (inputClosed) {
                    powerOff("console input ended", 0);
                    return;
                }
                long wait = deadlineNanos - nanoTime();
                if (wait <= 0) return;
                try {
                    lock.wait(Math.max(1, wait / 1_000_000L), 0);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Hosted: records that the IRQ may be raised; there is no controller to program. */
    @Override
    public void irqEnable(int irq) {
        synchronized (lock) { enabledIrqs.add(irq); }
    }

    /** Hosted: nothing to unmask; there is no controller. */
    @Override public void irqUnmask(int irq) { }

    /**
     * Hosted only: posts {@code irq} as if its device had interrupted (for tests and demos).
     * Ignored unless the kernel enabled it.
     */
    public void raiseIrq(int irq) {
        synchronized (lock) {
            if (!enabledIrqs.contains(irq)) return;
            irqs.add(irq);
            lock.notifyAll();
        }
    }

    // ---- port I/O: faked ----

    /** Hosted: fake; returns what was last written to the port, else 0xFF (a floating bus). */
    @Override public int inb(int port) { return portRead(port, 0xFF); }

    /** Hosted: fake; returns what was last written to the port, else 0xFFFF. */
    @Override public int inw(int port) { return portRead(port, 0xFFFF); }

    /** Hosted: fake; returns what was last written to the port, else 0xFFFFFFFF. */
    @Override public int inl(int port) { return portRead(port, -1); }

    /** Hosted: fake; remembered for the next read of the port, reaches no device. */
    @Override public void outb(int port, int value) { portWrite(port, value & 0xFF); }

    /** Hosted: fake; remembered for the next read of the port, reaches no device. */
    @Override public void outw(int port, int value) { portWrite(port, value & 0xFFFF); }

    /** Hosted: fake; remembered for the next read of the port, reaches no device. */
    @Override public void outl(int port, int value) { portWrite(port, value); }

    private int portRead(int port, int floating) {
        synchronized (ports) {
            Integer v = ports.get(port & 0xFFFF);
            return v == null ? floating : v & floating;
        }
    }

    private void portWrite(int port, int value) {
        synchronized (ports) { ports.put(port & 0xFFFF, value); }
    }

    // ---- MMIO and DMA: faked over a sparse in-memory physical address space ----

    /** Hosted: nothing to map; every address of the fake physical memory is always accessible. */
    @Override public void mmioMap(long phys, long size) { }

    /** Hosted: reads the fake sparse physical memory (0 where never written). */
    @Override public int mmioRead8(long addr) { return memory.read8(addr); }

    /** Hosted: reads the fake sparse physical memory, little-endian. */
    @Override public int mmioRead16(long addr) { return (int) memory.read(addr, 2); }

    /** Hosted: reads the fake sparse physical memory, little-endian. */
    @Override public int mmioRead32(long addr) { return (int) memory.read(addr, 4); }

    /** Hosted: reads the fake sparse physical memory, little-endian. */
    @Override public long mmioRead64(long addr) { return memory.read(addr, 8); }

    /** Hosted: writes the fake sparse physical memory; no device sees it. */
    @Override public void mmioWrite8(long addr, int value) { memory.write8(addr, value); }

    /** Hosted: writes the fake sparse physical memory, little-endian; no device sees it. */
    @Override public void mmioWrite16(long addr, int value) { memory.write(addr, 2, value); }

    /** Hosted: writes the fake sparse physical memory, little-endian; no device sees it. */
    @Override public void mmioWrite32(long addr, int value) { memory.write(addr, 4, value); }

    /** Hosted: writes the fake sparse physical memory, little-endian; no device sees it. */
    @Override public void mmioWrite64(long addr, long value) { memory.write(addr, 8, value); }

    /**
     * Hosted: hands out fresh, zeroed fake physical addresses from {@link #DMA_BASE} up (never
     * reused); the memory is the sparse fake one the mmio calls reach.
     */
    @Override
    public synchronized long dmaAlloc(long size, long align) {
        if (size <= 0) throw new IllegalArgumentException("dmaAlloc: size must be positive: " + size);
        if (align < 16 || Long.bitCount(align) != 1) {
            throw new IllegalArgumentException("dmaAlloc: align must be a power of two >= 16: " + align);
        }
        long base = (dmaNext + align - 1) & -align;
        dmaNext = base + size;
        return base;
    }

    /** Hosted: forgets the fake memory (so a later read of it gives zeros). */
    @Override public void dmaFree(long phys, long size) { memory.release(phys, size); }

    /** Hosted: one fake usable region the size of the JVM's maximum heap. */
    @Override
    public List<MemoryRegion> memoryMap() {
        return List.of(new MemoryRegion(0, Runtime.getRuntime().maxMemory(), MemoryRegion.Kind.USABLE));
    }

    /** Hosted: "physical" memory is the JVM's maximum heap, so physical and heap figures agree. */
    @Override
    public MemoryStats memoryStats() {
        Runtime rt = Runtime.getRuntime();
        long max = rt.maxMemory();
        long committed = rt.totalMemory();
        long used = committed - rt.freeMemory();
        return new MemoryStats(max, max - used, max, committed, used);
    }

    /**
     * Hosted: the files named by the system property {@value #INITRD_PROPERTY} (comma-separated,
     * as QEMU's {@code -initrd a,b}), read when asked; each module's command line is its path. A
     * file that cannot be read is left out (said on stderr).
     */
    @Override
    public List<BootModule> bootModules() {
        String spec = System.getProperty(INITRD_PROPERTY, "");
        List<BootModule> modules = new ArrayList<>();
        for (String path : spec.split(",")) {
            if (path.isBlank()) continue;
            try {
                modules.add(new BootModule(path.trim(), Files.readAllBytes(Path.of(path.trim()))));
            } catch (IOException | RuntimeException e) {
                System.err.println("hosted: boot module " + path.trim() + " not loaded: " + e);
            }
        }
        return modules;
    }

    /** The system property naming the hosted machine's boot modules. */
    public static final String INITRD_PROPERTY = "pyjama.initrd";

    // ---- power: the JVM exits ----

    /** Hosted: exits the JVM with status 0 (as QEMU run with -no-reboot does). */
    @Override public void reboot() { powerOff("reboot", 0); }

    /** Hosted: exits the JVM with status 0. */
    @Override public void poweroff() { powerOff("power off", 0); }

    /** Hosted: exits the JVM with status {@code (code << 1) | 1}, as QEMU's isa-debug-exit. */
    @Override public void exitEmulator(int code) { powerOff("exit emulator with code " + code, (code << 1) | 1); }

    private void powerOff(String why, int status) {
        byte[] message = ("\r\n[hosted] " + why + ": the JVM exits with status " + status + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
        consoleWrite(message, 0, message.length);
        exit.accept(status);
        throw new IllegalStateException("hosted: exit hook returned"); // exit must not return
    }
}
