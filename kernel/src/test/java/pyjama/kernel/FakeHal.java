package pyjama.kernel;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import pyjama.kernel.hal.Hal;
import pyjama.kernel.hal.MemoryRegion;
import pyjama.kernel.hal.MemoryStats;

/**
 * A scripted machine for kernel unit tests: input bytes are queued by the test, output is
 * captured, time only moves when the kernel idles (by the requested amount), and idling with
 * nothing left to happen fails the test instead of hanging it.
 */
public class FakeHal implements Hal {
    /** Thrown when the kernel waits for input the script will never give. */
    public static final class ScriptExhausted extends RuntimeException {
        ScriptExhausted() { super("the kernel idled with no input left in the script", null, false, false); }
    }

    /** What the power methods were asked to do, in order (the fake returns from them). */
    public final List<String> powerEvents = new ArrayList<>();
    /** When set, idling with the script exhausted counts down this latch and parks forever. */
    public java.util.concurrent.CountDownLatch parkWhenExhausted;

    private final ArrayDeque<Integer> input = new ArrayDeque<>();
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final ArrayDeque<Integer> irqs = new ArrayDeque<>();
    public final List<Integer> enabledIrqs = new ArrayList<>();
    public final List<Integer> unmaskedIrqs = new ArrayList<>();
    public final List<Long> idleDeadlines = new ArrayList<>();
    public long now = 1_000_000L;
    public int readChunk = Integer.MAX_VALUE; // bytes per serialRead, to test split input
    public boolean breakFlag;
    public MemoryStats stats = new MemoryStats(512L << 20, 480L << 20, 128L << 20, 16L << 20, 3L << 20);
    public List<MemoryRegion> map = List.of(
            new MemoryRegion(0, 0x9fc00, MemoryRegion.Kind.USABLE),
            new MemoryRegion(0xf0000, 0x10000, MemoryRegion.Kind.RESERVED),
            new MemoryRegion(0x100000, (512L << 20) - 0x100000, MemoryRegion.Kind.USABLE));
    /** Bytes that arrive only when the kernel idles: the user typing after a pause. */
    private final ArrayDeque<byte[]> later = new ArrayDeque<>();

    public FakeHal type(String text) { return type(text.getBytes(StandardCharsets.UTF_8)); }

    public FakeHal type(byte[] bytes) {
        for (byte b : bytes) {
            input.add(b & 0xFF);
            if (b == 0x03) breakFlag = true;
        }
        return this;
    }

    /** Queues bytes that arrive at the next idle. */
    public FakeHal typeLater(String text) {
        later.add(text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public void raise(int irq) { irqs.add(irq); }

    /** Everything written to the console so far, decoded as UTF-8. */
    public String output() { return output.toString(StandardCharsets.UTF_8); }

    public void clearOutput() { output.reset(); }

    public int pendingInput() { return input.size(); }

    @Override public String arch() { return "fake"; }
    @Override public String machineName() { return "unit-test machine"; }

    @Override
    public void consoleWrite(byte[] bytes, int offset, int length) { output.write(bytes, offset, length); }

    @Override
    public int serialRead(byte[] buffer) {
        int n = 0;
        while (n < buffer.length && n < readChunk && !input.isEmpty()) buffer[n++] = (byte) (int) input.poll();
        return n;
    }

    @Override
    public boolean takeBreak() {
        boolean was = breakFlag;
        breakFlag = false;
        return was;
    }

    @Override public long nanoTime() { return now; }
    @Override public long wallClockMillis() { return 1_700_000_000_000L + now / 1_000_000L; }
    @Override public long rdtsc() { return now * 3; }
    @Override public long tscHz() { return 3_000_000_000L; }
    @Override public long bootTsc() { return 0; }
    @Override public long ticks() { return now / 10_000_000L; }
    @Override public int tickHz() { return 100; }

    @Override public int nextIrq() { return irqs.isEmpty() ? -1 : irqs.poll(); }

    @Override
    public void idle(long deadlineNanos) {
        idleDeadlines.add(deadlineNanos);
        if (onIdle != null) onIdle.run();
        if (deadlineNanos > now) now = deadlineNanos;
        if (!later.isEmpty()) {
            type(later.poll());
            return;
        }
        if (!input.isEmpty() || !irqs.isEmpty()) return;
        if (parkWhenExhausted != null) {
            parkWhenExhausted.countDown();
            while (true) java.util.concurrent.locks.LockSupport.park();
        }
        if (!idleWithoutInputAllowed) throw new ScriptExhausted();
    }

    /** When false (the default), idling with no input queued ends the test's kernel run. */
    public boolean idleWithoutInputAllowed;

    @Override public void irqEnable(int irq) { enabledIrqs.add(irq); }
    @Override public void irqUnmask(int irq) { unmaskedIrqs.add(irq); }

    // ---- port I/O, MMIO and DMA: absent unless a test provides them ----

    /** A test's I/O ports; {@code width} is 1, 2 or 4 bytes. */
    public interface Ports {
        int in(int port, int width);
        void out(int port, int width, int value);
    }

    /** The machine's ports; null (the default) means it has none and port I/O is unsupported. */
    public Ports ports;
    /** Every port access, e.g. {@code outb 0x70 0x8b} and {@code inb 0x71 -> 0x12}. */
    public final List<String> portLog = new ArrayList<>();
    /** When true, MMIO and DMA work over a sparse fake physical memory (absent bytes read 0). */
    public boolean memory;
    public final List<String> mmioMaps = new ArrayList<>();
    public final List<String> dmaLog = new ArrayList<>();
    private final java.util.HashMap<Long, Byte> physical = new java.util.HashMap<>();
    private long dmaNext = 0x4000_0000L;
    /** Runs at the start of every idle, before time moves: a device acting while the CPU halts. */
    public Runnable onIdle;

    private Ports ports() {
        if (ports == null) throw new UnsupportedOperationException("fake: no ports");
        return ports;
    }

    private int in(String op, int port, int width) {
        int v = ports().in(port, width);
        portLog.add(op + " 0x" + Integer.toHexString(port) + " -> 0x" + Integer.toHexString(v));
        return v;
    }

    private void out(String op, int port, int width, int value) {
        portLog.add(op + " 0x" + Integer.toHexString(port) + " 0x" + Integer.toHexString(value));
        ports().out(port, width, value);
    }

    @Override public int inb(int port) { return in("inb", port, 1); }
    @Override public int inw(int port) { return in("inw", port, 2); }
    @Override public int inl(int port) { return in("inl", port, 4); }
    @Override public void outb(int port, int value) { out("outb", port, 1, value); }
    @Override public void outw(int port, int value) { out("outw", port, 2, value); }
    @Override public void outl(int port, int value) { out("outl", port, 4, value); }

    private void needMemory() {
        if (!memory) throw new UnsupportedOperationException("fake: no MMIO");
    }

    private long read(long addr, int width) {
        needMemory();
        long v = 0;
        for (int i = width - 1; i >= 0; i--) {
            Byte b = physical.get(addr + i);
            v = (v << 8) | (b == null ? 0 : b & 0xFF);
        }
        return v;
    }

    private void write(long addr, int width, long value) {
        needMemory();
        for (int i = 0; i < width; i++) physical.put(addr + i, (byte) (value >>> (8 * i)));
    }

    @Override
    public void mmioMap(long phys, long size) {
        needMemory();
        mmioMaps.add("0x" + Long.toHexString(phys) + "+" + size);
    }
    @Override public int mmioRead8(long addr) { return (int) read(addr, 1); }
    @Override public int mmioRead16(long addr) { return (int) read(addr, 2); }
    @Override public int mmioRead32(long addr) { return (int) read(addr, 4); }
    @Override public long mmioRead64(long addr) { return read(addr, 8); }
    @Override public void mmioWrite8(long addr, int value) { write(addr, 1, value); }
    @Override public void mmioWrite16(long addr, int value) { write(addr, 2, value); }
    @Override public void mmioWrite32(long addr, int value) { write(addr, 4, value); }
    @Override public void mmioWrite64(long addr, long value) { write(addr, 8, value); }

    @Override
    public long dmaAlloc(long size, long align) {
        if (!memory) throw new UnsupportedOperationException("fake: no DMA");
        long base = (dmaNext + align - 1) & -align;
        dmaNext = base + size;
        dmaLog.add("alloc 0x" + Long.toHexString(base) + "+" + size);
        return base;
    }

    @Override
    public void dmaFree(long phys, long size) {
        if (!memory) throw new UnsupportedOperationException("fake: no DMA");
        dmaLog.add("free 0x" + Long.toHexString(phys) + "+" + size);
    }

    @Override public List<MemoryRegion> memoryMap() { return map; }
    @Override public MemoryStats memoryStats() { return stats; }

    @Override public void reboot() { powerEvents.add("reboot"); }
    @Override public void poweroff() { powerEvents.add("poweroff"); }
    @Override public void exitEmulator(int code) { powerEvents.add("exit " + code); }
}
