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

    @Override public int inb(int port) { throw new UnsupportedOperationException("fake: no ports"); }
    @Override public int inw(int port) { throw new UnsupportedOperationException("fake: no ports"); }
    @Override public int inl(int port) { throw new UnsupportedOperationException("fake: no ports"); }
    @Override public void outb(int port, int value) { throw new UnsupportedOperationException("fake: no ports"); }
    @Override public void outw(int port, int value) { throw new UnsupportedOperationException("fake: no ports"); }
    @Override public void outl(int port, int value) { throw new UnsupportedOperationException("fake: no ports"); }
    @Override public void mmioMap(long phys, long size) { throw new UnsupportedOperationException("fake: no MMIO"); }
    @Override public int mmioRead8(long addr) { throw new UnsupportedOperationException("fake: no MMIO"); }
    @Override public int mmioRead16(long addr) { throw new UnsupportedOperationException("fake: no MMIO"); }
    @Override public int mmioRead32(long addr) { throw new UnsupportedOperationException("fake: no MMIO"); }
    @Override public long mmioRead64(long addr) { throw new UnsupportedOperationException("fake: no MMIO"); }
    @Override public void mmioWrite8(long addr, int value) { throw new UnsupportedOperationException("fake: no MMIO"); }
    @Override public void mmioWrite16(long addr, int value) { throw new UnsupportedOperationException("fake: no MMIO"); }
    @Override public void mmioWrite32(long addr, int value) { throw new UnsupportedOperationException("fake: no MMIO"); }
    @Override public void mmioWrite64(long addr, long value) { throw new UnsupportedOperationException("fake: no MMIO"); }
    @Override public long dmaAlloc(long size, long align) { throw new UnsupportedOperationException("fake: no DMA"); }
    @Override public void dmaFree(long phys, long size) { throw new UnsupportedOperationException("fake: no DMA"); }

    @Override public List<MemoryRegion> memoryMap() { return map; }
    @Override public MemoryStats memoryStats() { return stats; }

    @Override public void reboot() { powerEvents.add("reboot"); }
    @Override public void poweroff() { powerEvents.add("poweroff"); }
    @Override public void exitEmulator(int code) { powerEvents.add("exit " + code); }
}
