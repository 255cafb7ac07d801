package pyjama.kernel.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import pyjama.kernel.FakeHal;
import pyjama.kernel.log.Log;

class FsBootTest {
    @Test
    void mountsTheStandardTreeRegistersProcAndLogsEachMount() {
        FakeHal hal = new FakeHal();
        Log log = new Log(64, hal::nanoTime);
        List<String> lines = new ArrayList<>();
        log.attach(lines::add);
        log.info("kernel", "first line");
        Vfs vfs = FsBoot.mount(hal, log, null);

        assertEquals("[pyjama] INFO  fs: tmpfs mounted at / (limit 64.0 MiB): bin, lib, examples, tmp, dev, proc",
                lines.get(1));
        assertEquals("[pyjama] INFO  fs: devtmpfs mounted at /dev: null, zero, random, urandom", lines.get(2));
        assertEquals("[pyjama] INFO  fs: proc mounted at /proc (read-only): uptime, meminfo, tasks, log, version, mounts",
                lines.get(3));

        String procLog = text(vfs.readFile("/", "/proc/log"));
        assertTrue(procLog.startsWith("[    0.001000] [pyjama] INFO  kernel: first line\n"), procLog);
        assertTrue(procLog.contains("] [pyjama] INFO  fs: proc mounted at /proc"), procLog);
        assertTrue(text(vfs.readFile("/", "/proc/meminfo")).startsWith("MemTotal:"));
        assertTrue(text(vfs.readFile("/", "/proc/meminfo")).contains("\nHeapMax:          131072 kB\n"));
        assertEquals("Pyjama 0.1.0 (fake, unit-test machine)\n", text(vfs.readFile("/", "/proc/version")));
        assertTrue(text(vfs.readFile("/", "/proc/mounts")).startsWith("tmpfs / tmpfs rw 0 0\n"));
        assertTrue(vfs.stat("/", "/tmp").ctimeNs() >= 1_700_000_000_000L * 1_000_000L, "wall-clock ns");
    }

    @Test
    void uptimeIsSecondsWithTwoDecimalsAsLinux() {
        assertEquals("12.05 0.00\n", FsBoot.uptime(12_050_000_000L));
        assertEquals("0.00 0.00\n", FsBoot.uptime(-5));
        assertEquals("3600.99 0.00\n", FsBoot.uptime(3_600_999_999_999L));
    }

    private static String text(byte[] b) { return new String(b, StandardCharsets.UTF_8); }
}
