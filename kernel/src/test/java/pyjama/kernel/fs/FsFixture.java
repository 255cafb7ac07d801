package pyjama.kernel.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.function.Executable;

/** A standard tree on a fake clock and console, and helpers to assert errno. */
class FsFixture {
    static final long T0 = 1_700_000_000_000_000_000L;

    long now = T0;
    final StringBuilder consoleOut = new StringBuilder();
    final StringBuilder consoleIn = new StringBuilder();
    final ConsoleDevice console = new ConsoleDevice() {
        @Override public int read(byte[] b, int off, int len) {
            byte[] in = consoleIn.toString().getBytes(StandardCharsets.UTF_8);
            int n = Math.min(len, in.length);
            System.arraycopy(in, 0, b, off, n);
            consoleIn.delete(0, new String(in, 0, n, StandardCharsets.UTF_8).length());
            return n;
        }
        @Override public void write(byte[] b, int off, int len) {
            consoleOut.append(new String(b, off, len, StandardCharsets.UTF_8));
        }
    };
    final Vfs vfs;
    final FdTable fds;

    FsFixture() { this(Long.MAX_VALUE); }

    FsFixture(long tmpfsLimit) {
        vfs = Vfs.standard(() -> now, 42L, console, tmpfsLimit);
        fds = new FdTable(vfs);
    }

    int open(String path, int flags) { return fds.open("/", path, flags, 0666); }

    int create(String path) {
        return open(path, OpenFlags.O_WRONLY | OpenFlags.O_CREAT | OpenFlags.O_TRUNC);
    }

    void writeFile(String path, String text) {
        int fd = create(path);
        fds.write(fd, bytes(text));
        fds.close(fd);
    }

    String readFile(String path) { return new String(vfs.readFile("/", path), StandardCharsets.UTF_8); }

    static byte[] bytes(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    static String text(byte[] b) { return new String(b, StandardCharsets.UTF_8); }

    /** Asserts the call fails with {@code errno} (and returns the error for more checks). */
    static FsError fails(int errno, Executable call) {
        FsError e = assertThrows(FsError.class, call);
        assertEquals(Errno.name(errno), Errno.name(e.errno()), e.getMessage());
        return e;
    }
}
