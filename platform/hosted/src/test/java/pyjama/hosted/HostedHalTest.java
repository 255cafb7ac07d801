package pyjama.hosted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import pyjama.kernel.hal.MemoryRegion;

class HostedHalTest {
    /** Thrown by the test's exit hook in place of System.exit. */
    static final class Exited extends RuntimeException {
        final int status;
        Exited(int status) { super("exit " + status); this.status = status; }
    }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final List<Integer> exits = new ArrayList<>();

    private HostedHal hal(InputStream in) {
        return new HostedHal(in, out, status -> { exits.add(status); throw new Exited(status); }, false);
    }

    private static byte[] read(HostedHal hal, int expected) throws InterruptedException {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        byte[] buffer = new byte[3];
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (got.size() < expected && System.nanoTime() < deadline) {
            int n = hal.serialRead(buffer);
            if (n == 0) hal.idle(hal.nanoTime() + 100_000_000L);
            got.write(buffer, 0, n);
        }
        return got.toByteArray();
    }

    @Test
    void stdinBytesComeOutOfSerialReadInOrderAcrossSmallBuffers() throws Exception {
        HostedHal hal = hal(new ByteArrayInputStream("hello, world".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("hello, world", new String(read(hal, 12), StandardCharsets.US_ASCII));
    }

    @Test
    void idleWakesWhenInputArrives() throws Exception {
        PipedOutputStream typist = new PipedOutputStream();
        HostedHal hal = hal(new PipedInputStream(typist));
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(200);
                typist.write('x');
                typist.flush();
            } catch (IOException | InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        t.start();
        long before = System.nanoTime();
        hal.idle(hal.nanoTime() + 30_000_000_000L);
        assertTrue(System.nanoTime() - before < 20_000_000_000L, "woke for input, not the 30 s deadline");
        assertEquals("x", new String(read(hal, 1), StandardCharsets.US_ASCII));
        t.join();
    }

    @Test
    void idleReturnsAtTheDeadline() {
        HostedHal hal = hal(new PipedInputStreamThatNeverEnds());
        long deadline = hal.nanoTime() + 50_000_000L;
        hal.idle(deadline);
        assertTrue(hal.nanoTime() >= deadline);
    }

    @Test
    void ctrlCSetsTheBreakFlagOnceAndTheByteIsStillDelivered() throws Exception {
        HostedHal hal = hal(new ByteArrayInputStream(new byte[] {'a', 3}));
        assertEquals(2, read(hal, 2).length);
        assertTrue(hal.takeBreak());
        assertFalse(hal.takeBreak());
    }

    @Test
    void whenStdinEndsAndIsDrainedTheMachinePowersOff() throws Exception {
        HostedHal hal = hal(new ByteArrayInputStream(new byte[] {'z'}));
        read(hal, 1);
        Exited e = assertThrows(Exited.class, () -> { while (true) hal.idle(hal.nanoTime() + 1_000_000_000L); });
        assertEquals(0, e.status);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("[hosted] console input ended"));
    }

    @Test
    void consoleWriteGoesToStdout() {
        HostedHal hal = hal(new PipedInputStreamThatNeverEnds());
        byte[] text = "xhéllo".getBytes(StandardCharsets.UTF_8);
        hal.consoleWrite(text, 1, text.length - 1);
        assertEquals("héllo", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void powerMethodsExitWithTheirStatus() {
        HostedHal hal = hal(new PipedInputStreamThatNeverEnds());
        assertEquals(0, assertThrows(Exited.class, hal::poweroff).status);
        assertEquals(0, assertThrows(Exited.class, hal::reboot).status);
        assertEquals(7, assertThrows(Exited.class, () -> hal.exitEmulator(3)).status);
        assertEquals(List.of(0, 0, 7), exits);
    }

    @Test
    void fakeMmioIsLittleEndianSparseMemory() {
        HostedHal hal = hal(new PipedInputStreamThatNeverEnds());
        long addr = 0xFEE0_0FFEL; // straddles a page boundary
        assertEquals(0, hal.mmioRead32(addr));
        hal.mmioWrite32(addr, 0x11223344);
        assertEquals(0x44, hal.mmioRead8(addr));
        assertEquals(0x1122, hal.mmioRead16(addr + 2));
        assertEquals(0x11223344, hal.mmioRead32(addr));
        hal.mmioWrite64(0x1000, 0x0102030405060708L);
        assertEquals(0x0102030405060708L, hal.mmioRead64(0x1000));
    }

    @Test
    void dmaMemoryIsAlignedZeroedAndReachableThroughMmio() {
        HostedHal hal = hal(new PipedInputStreamThatNeverEnds());
        long a = hal.dmaAlloc(100, 16);
        long b = hal.dmaAlloc(8192, 4096);
        assertEquals(0, a % 16);
        assertEquals(0, b % 4096);
        assertTrue(b >= a + 100, "regions do not overlap");
        hal.mmioWrite32(b, 42);
        assertEquals(42, hal.mmioRead32(b));
        hal.dmaFree(b, 8192);
        assertEquals(0, hal.mmioRead32(b));
        assertThrows(IllegalArgumentException.class, () -> hal.dmaAlloc(64, 24));
    }

    @Test
    void fakePortsReadBackWhatWasWrittenElseAFloatingBus() {
        HostedHal hal = hal(new PipedInputStreamThatNeverEnds());
        assertEquals(0xFF, hal.inb(0x3F8));
        hal.outb(0x3F8, 0x141);
        assertEquals(0x41, hal.inb(0x3F8));
        hal.outl(0xCF8, 0x8000_0000);
        assertEquals(0x8000_0000, hal.inl(0xCF8));
    }

    @Test
    void memoryIsTheJvmHeap() {
        HostedHal hal = hal(new PipedInputStreamThatNeverEnds());
        long max = Runtime.getRuntime().maxMemory();
        assertEquals(List.of(new MemoryRegion(0, max, MemoryRegion.Kind.USABLE)), hal.memoryMap());
        assertEquals(max, hal.memoryStats().heapMax());
        assertTrue(hal.memoryStats().heapUsed() > 0);
    }

    @Test
    void raisedIrqsAreDeliveredOnlyWhenEnabled() {
        HostedHal hal = hal(new PipedInputStreamThatNeverEnds());
        hal.raiseIrq(5);
        assertEquals(-1, hal.nextIrq());
        hal.irqEnable(5);
        hal.raiseIrq(5);
        assertEquals(5, hal.nextIrq());
        assertEquals(-1, hal.nextIrq());
    }

    @Test
    void clocksAdvance() throws InterruptedException {
        HostedHal hal = hal(new PipedInputStreamThatNeverEnds());
        long t0 = hal.nanoTime();
        long tsc0 = hal.rdtsc();
        Thread.sleep(30);
        assertTrue(hal.nanoTime() - t0 >= 25_000_000L);
        assertTrue(hal.rdtsc() - tsc0 >= 25_000_000L);
        assertTrue(hal.rdtsc() > hal.bootTsc());
        assertTrue(hal.ticks() >= 0);
    }

    /** An input that blocks forever, like a terminal nobody types on. */
    static final class PipedInputStreamThatNeverEnds extends InputStream {
        @Override
        public int read() throws IOException {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return -1;
        }
    }
}
