package pyjama.kernel;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class KernelTest {
    /** Boots on the fake machine in a daemon thread, which parks for good once input runs out. */
    private static String boot(FakeHal hal) throws InterruptedException {
        hal.parkWhenExhausted = new CountDownLatch(1);
        Thread kernel = new Thread(() -> Kernel.boot(hal), "kernel-under-test");
        kernel.setDaemon(true);
        kernel.start();
        assertTrue(hal.parkWhenExhausted.await(30, TimeUnit.SECONDS), "kernel reached the prompt");
        return hal.output();
    }

    @Test
    void bootLogsEachSubsystemThenTheTimelineThenShowsThePrompt() throws InterruptedException {
        String out = boot(new FakeHal());
        String[] expected = {
                "[pyjama] INFO  kernel: Pyjama kernel starting on unit-test machine (fake)\r\n",
                "[pyjama] INFO  mem: [0x0000000000000000-0x000000000009fbff] usable\r\n",
                "[pyjama] INFO  mem: [0x00000000000f0000-0x00000000000fffff] reserved\r\n",
                "[pyjama] INFO  mem: 511.6 MiB usable RAM in 2 of 3 regions\r\n",
                "[pyjama] INFO  heap: GC heap: 128.0 MiB max, 16.0 MiB committed, 3.0 MiB used\r\n",
                "[pyjama] INFO  timer: tick 100 Hz, TSC 3000.00 MHz\r\n",
                "[pyjama] INFO  serial: console ready",
                "[pyjama] INFO  event: event loop ready",
                "[pyjama] INFO  console: Python session on the serial console: Python 3.12.1 with the kernel namespace",
                "[pyjama] INFO  boot: timeline (ms since kernel entry, stage duration):\r\n",
                "[pyjama] INFO  boot:   runtime ",
                "[pyjama] INFO  boot: prompt reached ",
                pyjama.kernel.python.PythonSession.BANNER_HINT,
                ">>> ",
        };
        int at = 0;
        for (String piece : expected) {
            int found = out.indexOf(piece, at);
            assertTrue(found >= 0, "missing, or out of order: " + piece + "\n---\n" + out);
            at = found + piece.length();
        }
    }

    @Test
    void commandsTypedAtBootAreAnswered() throws InterruptedException {
        String out = boot(new FakeHal().type("echo booted\r"));
        assertTrue(out.contains(">>> echo booted\r\nbooted\r\n>>> "), out);
    }

    @Test
    void aFailingBootStageIsLoggedAndTheBootGoesOn() throws InterruptedException {
        FakeHal hal = new FakeHal() {
            @Override public java.util.List<pyjama.kernel.hal.MemoryRegion> memoryMap() {
                throw new UnsupportedOperationException("no memory map on this machine");
            }
        };
        String out = boot(hal);
        assertTrue(out.contains("[pyjama] ERROR memory: failed: java.lang.UnsupportedOperationException: no memory map on this machine"), out);
        assertTrue(out.contains(">>> "), out);
    }
}
