package pyjama.kernel.python;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import pyjama.kernel.FakeHal;
import pyjama.kernel.fs.ConsoleDevice;
import pyjama.kernel.fs.Stat;
import pyjama.kernel.fs.Vfs;
import pyjama.kernel.log.Log;
import pyjama.kernel.log.LogEntry;

/** The frozen /bin, /lib and /examples land in a fresh VFS, byte for byte, with their modes. */
class KernelFilesTest {
    private static final Path SOURCES = Path.of("src/main/python");

    private final FakeHal hal = new FakeHal();
    private final Log log = new Log(64, hal::nanoTime);
    private final Vfs vfs = Vfs.standard(() -> 0L, 1L, new ConsoleDevice() {
        @Override public int read(byte[] b, int off, int len) { return 0; }
        @Override public void write(byte[] b, int off, int len) {}
    }, Long.MAX_VALUE);

    /** Every file of kernel/src/main/python, as its VFS path. */
    private static List<String> sourcePaths() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().contains("__pycache__"))
                    .forEach(p -> out.add("/" + SOURCES.relativize(p).toString().replace('\\', '/')));
        }
        out.sort(null);
        return out;
    }

    @Test
    void everySourceFileIsInstalledByteForByteWithItsMode() throws IOException {
        List<String> expected = sourcePaths();
        assertEquals(expected, Arrays.asList(KernelFiles.paths()), "the freeze is the source tree");
        assertTrue(expected.size() >= 35 + 2 + 6, "bin, lib and examples: " + expected.size());

        int n = KernelFiles.install(vfs, log);

        assertEquals(expected.size(), n);
        for (String path : expected) {
            assertArrayEquals(Files.readAllBytes(SOURCES.resolve(path.substring(1))), vfs.readFile("/", path), path);
            Stat st = vfs.stat("/", path);
            assertTrue(st.isRegularFile(), path);
            assertEquals(KernelFiles.modeOf(path), st.mode() & 07777, path);
        }
        List<LogEntry> entries = log.entries();
        assertEquals("[pyjama] INFO  fs: installed " + n + " files in /bin, /lib, /examples",
                entries.get(entries.size() - 1).format());
    }

    @Test
    void programsAreExecutableAndTheRestIsNot() {
        KernelFiles.install(vfs, log);
        assertEquals(0755, vfs.stat("/", "/bin/ls.py").mode() & 07777);
        assertEquals(0755, vfs.stat("/", "/bin/ed.py").mode() & 07777);
        assertEquals(0755, vfs.stat("/", "/examples/rtc.py").mode() & 07777);
        assertEquals(0644, vfs.stat("/", "/examples/README.txt").mode() & 07777);
        assertEquals(0644, vfs.stat("/", "/lib/shell.py").mode() & 07777);
        assertEquals(0644, vfs.stat("/", "/lib/cmdargs.py").mode() & 07777);
        assertEquals(0755, vfs.stat("/", "/lib").mode() & 07777);
    }

    @Test
    void installingAgainRestoresEditedAndDeletedFiles() {
        KernelFiles.install(vfs, log);
        vfs.installFile("/bin/ls.py", "print('mine')\n".getBytes());
        vfs.unlink("/", "/examples/primes.py");
        KernelFiles.install(vfs, log);
        assertEquals(KernelFiles.text("/bin/ls.py"), new String(vfs.readFile("/", "/bin/ls.py"), java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(vfs.exists("/", "/examples/primes.py"));
        assertEquals(0755, vfs.stat("/", "/bin/ls.py").mode() & 07777);
    }

    @Test
    void aFileTheVfsRefusesIsLoggedAndTheOthersStillLand() {
        // A regular file where a directory must go: /lib/... cannot be created.
        vfs.rmdir("/", "/lib");
        vfs.installFile("/lib", "not a directory".getBytes());
        int n = KernelFiles.install(vfs, log);
        long inLib = java.util.Arrays.stream(KernelFiles.paths()).filter(p -> p.startsWith("/lib/")).count();
        assertEquals(KernelFiles.paths().length - inLib, n);
        List<String> lines = log.entries().stream().map(LogEntry::format).toList();
        assertTrue(lines.contains("[pyjama] WARN  fs: cannot install /lib/shell.py: [Errno 20] Not a directory: '/lib/shell.py'"),
                lines.toString());
        assertTrue(vfs.exists("/", "/bin/ls.py"));
    }

    @Test
    void textIsNullForAFileTheKernelDoesNotHave() {
        assertNull(KernelFiles.text("/bin/nope.py"));
        assertTrue(KernelFiles.text("/lib/shell.py").contains("def run_line("));
    }
}
