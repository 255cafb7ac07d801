package pyjama.kernel.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import pyjama.kernel.fs.ConsoleDevice;
import pyjama.kernel.fs.Vfs;
import pyjama.python.Interpreter;
import pyjama.python.PythonHost;

/**
 * The conformance programs about files (tests/conformance/stdlib_os and stdlib_io/file_*) run
 * on the kernel's VFS, as the python command runs them in the booted kernel, and must print
 * exactly what CPython printed on Linux (their committed .out). The JVM conformance runner
 * checks the same programs on the host's files; this checks the VFS and its adapter without
 * booting a kernel.
 */
class FileProgramsOnVfsTest {

    private static Path corpus() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("tests/conformance"))) dir = dir.getParent();
        assertTrue(dir != null, "tests/conformance not found above " + System.getProperty("user.dir"));
        return dir.resolve("tests/conformance");
    }

    @TestFactory
    Stream<DynamicTest> fileProgramsPrintWhatCPythonPrintedOnLinux() throws IOException {
        Path corpus = corpus();
        List<Path> programs = new ArrayList<>();
        try (Stream<Path> s = Files.list(corpus.resolve("stdlib_os"))) {
            s.filter(p -> p.toString().endsWith(".py")).sorted().forEach(programs::add);
        }
        try (Stream<Path> s = Files.list(corpus.resolve("stdlib_io"))) {
            s.filter(p -> p.getFileName().toString().startsWith("file_") && p.toString().endsWith(".py")).sorted().forEach(programs::add);
        }
        assertFalse(programs.isEmpty());
        return programs.stream().map(p -> DynamicTest.dynamicTest(corpus.relativize(p).toString(), () -> check(corpus, p)));
    }

    private static void check(Path corpus, Path program) throws IOException {
        Vfs vfs = Vfs.standard(() -> 1_700_000_000_000_000_000L, 3L, new ConsoleDevice() {
            @Override public int read(byte[] b, int off, int len) { return 0; }
            @Override public void write(byte[] b, int off, int len) {}
        }, Long.MAX_VALUE);
        String guestPath = "/tests/" + corpus.relativize(program).toString().replace('\\', '/');
        byte[] source = Files.readAllBytes(program);
        vfs.installFile(guestPath, source);
        StringBuilder out = new StringBuilder();
        PythonHost host = new PythonHost() {
            @Override public void writeOut(String text) { out.append(text); }
            @Override public void writeErr(String text) { out.append("[stderr]").append(text); }
            @Override public String readLine(String prompt) { return null; }
            @Override public boolean interruptRequested() { return false; }
            @Override public long nanoTime() { return System.nanoTime(); }
            @Override public long wallClockMillis() { return System.currentTimeMillis(); }
        };
        VfsFileSystem fs = new VfsFileSystem(vfs, "/");
        Interpreter py = new Interpreter(host, fs, new String[] { guestPath });
        py.setPath(guestPath.substring(0, guestPath.lastIndexOf('/')));
        int status;
        try {
            status = py.runMain(new String(source, StandardCharsets.UTF_8), guestPath);
        } finally {
            py.shutdown(); // as the python command ends a run: threads, atexit, open files
        }
        String expected = Files.readString(Path.of(program.toString().replaceAll("\\.py$", ".out")));
        assertEquals(expected, out.toString(), program.toString());
        assertEquals(0, status);
        assertEquals(0, fs.openCount(), "every descriptor closed at the end of the run");
        assertEquals(List.of(), vfs.readdir("/", "/tmp"), "the program removed its directory");
    }
}
