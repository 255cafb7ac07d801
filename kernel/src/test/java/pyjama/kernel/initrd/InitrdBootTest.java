package pyjama.kernel.initrd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import pyjama.kernel.fs.ConsoleDevice;
import pyjama.kernel.fs.Vfs;
import pyjama.kernel.hal.BootModule;
import pyjama.kernel.log.Log;
import pyjama.kernel.log.LogEntry;

class InitrdBootTest {
    private final Vfs vfs = Vfs.standard(() -> 0L, 1L, new ConsoleDevice() {
        @Override public int read(byte[] b, int off, int len) { return 0; }
        @Override public void write(byte[] b, int off, int len) {}
    }, Long.MAX_VALUE);
    private final Log log = new Log(64, () -> 0L);

    private String logText() {
        StringBuilder sb = new StringBuilder();
        for (LogEntry e : log.entries()) sb.append(e.formatWithTime()).append('\n');
        return sb.toString();
    }

    @Test
    void aUstarModuleIsUnpackedAtTheRoot() {
        byte[] tar = new UstarTest.Archive().dir("tests/").dir("tests/str/").file("tests/str/a.py", "print(1)\n")
                .file("tests/known-failures.txt", "").end();
        int files = InitrdBoot.unpack(List.of(new BootModule("build/conformance.tar", tar)), vfs, log);
        assertEquals(2, files);
        assertEquals("print(1)\n", new String(vfs.readFile("/", "/tests/str/a.py"), StandardCharsets.UTF_8));
        assertTrue(vfs.stat("/", "/tests/str").isDirectory());
        assertTrue(logText().contains("initrd: module 0 'build/conformance.tar'"), logText());
        assertTrue(logText().contains("2 files, 2 directories unpacked at /"), logText());
    }

    @Test
    void aModuleThatIsNotAnArchiveIsLoggedAndIgnored() {
        byte[] junk = "just some bytes, not a tar".repeat(50).getBytes(StandardCharsets.US_ASCII);
        int files = InitrdBoot.unpack(List.of(new BootModule("notes.txt", junk), new BootModule("tiny", new byte[3])), vfs, log);
        assertEquals(0, files);
        assertTrue(logText().contains("'notes.txt'") && logText().contains("not a ustar archive; ignored"), logText());
        assertEquals(List.of("bin", "lib", "examples", "tmp", "dev", "proc"), vfs.readdir("/", "/"));
    }

    @Test
    void aFileTheFilesystemRefusesIsSkippedAndTheRestIsUnpacked() {
        // /proc is read-only: the entry fails with EROFS, the next one still lands.
        byte[] tar = new UstarTest.Archive().file("proc/evil", "x").file("tmp/ok.txt", "fine").end();
        int files = InitrdBoot.unpack(List.of(new BootModule("m", tar)), vfs, log);
        assertEquals(1, files);
        assertEquals("fine", new String(vfs.readFile("/", "/tmp/ok.txt"), StandardCharsets.UTF_8));
        assertTrue(logText().contains("/proc/evil: Read-only file system; skipped"), logText());
    }
}
