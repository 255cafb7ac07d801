package pyjama.metal;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.teavm.interop.Address;
import org.teavm.interop.Import;
import org.teavm.interop.c.Include;
import pyjama.python.FileSystem;
import pyjama.python.FileSystemError;
import pyjama.python.Main;
import pyjama.python.runtime.Codecs;

/**
 * The main of {@code build/pyjama-python-native}: the interpreter's command line compiled by
 * TeaVM's C backend as an ordinary Linux program. TeaVM 0.15's C classlib falls short of a
 * command line in several ways, each replaced here by libc:
 * <ul>
 * <li>no System.exit: the exit status goes to exit(), which also flushes stdio;</li>
 * <li>System.in always throws EOFException: stdin is read(0, ...);</li>
 * <li>System.out and System.err both decode UTF-8 into putwchar() on <em>stdout</em> (stderr
 *     is lost in stdout, invalid UTF-8 is mangled, one call per byte): both are write(1|2, ...)
 *     with our own buffer;</li>
 * <li>no java.nio.file and no file metadata: the files are {@link LibcFileSystem} (stat,
 *     opendir/readdir, open, ... with libc's errno), the working directory is the process's;</li>
 * <li>no System.getenv, no availableProcessors: the environment is read from
 *     /proc/self/environ; the process id is getpid(), the CPU count sysconf().</li>
 * </ul>
 * Natives take Java arrays as {@link Address}es of their data; that is safe only because
 * nothing between taking the address and the C call can allocate (and so move them).
 */
public final class NativePythonMain {
    private NativePythonMain() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FdOutputStream(1), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FdOutputStream(2), false, StandardCharsets.UTF_8);
        LibcFileSystem files = new LibcFileSystem();
        Main.Platform platform = new Main.Platform(files, environment(files), getpid(),
                (int) Math.max(1, sysconf(SC_NPROCESSORS_ONLN)));
        int status = Main.run(args, new FdInputStream(0), out, err, platform);
        out.flush();
        err.flush();
        exit(status);
    }

    /** NAME=value pairs of /proc/self/environ (empty if it cannot be read). */
    static Map<String, String> environment(FileSystem files) {
        Map<String, String> env = new LinkedHashMap<>();
        byte[] all = readOrEmpty(files, "/proc/self/environ");
        int start = 0;
        for (int i = 0; i <= all.length; i++) {
            if (i < all.length && all[i] != 0) continue;
            String kv = Codecs.decode(Arrays.copyOfRange(all, start, i), "utf-8", "surrogateescape");
            int eq = kv.indexOf('=');
            if (eq > 0) env.put(kv.substring(0, eq), kv.substring(eq + 1));
            start = i + 1;
        }
        return env;
    }

    /** The whole file, or nothing if it cannot be read (the handler touches only the exception). */
    private static byte[] readOrEmpty(FileSystem files, String path) {
        try {
            return files.readFile(path);
        } catch (FileSystemError e) {
            return new byte[0];
        }
    }

    /** An output file descriptor with an 8 KiB buffer (PrintStream.flush empties it). */
    static final class FdOutputStream extends OutputStream {
        private final int fd;
        private final byte[] buf = new byte[8192];
        private int count;

        FdOutputStream(int fd) { this.fd = fd; }

        @Override public void write(int b) {
            if (count == buf.length) flush();
            buf[count++] = (byte) b;
        }

        @Override public void write(byte[] b, int off, int len) {
            if (len >= buf.length) {
                flush();
                writeFully(b, off, len);
                return;
            }
            if (count + len > buf.length) flush();
            System.arraycopy(b, off, buf, count, len);
            count += len;
        }

        @Override public void flush() {
            int n = count;
            count = 0;
            writeFully(buf, 0, n);
        }

        private void writeFully(byte[] b, int off, int len) {
            while (len > 0) {
                int w = writeNative(fd, Address.ofData(b).add(off), len);
                if (w <= 0) return; // EPIPE and the like: the output is gone, drop it
                off += w;
                len -= w;
            }
        }
    }

    /** An input file descriptor, buffered (one read() per line on a terminal, per 8 KiB on a pipe). */
    static final class FdInputStream extends InputStream {
        private final int fd;
        private final byte[] buf = new byte[8192];
        private int pos, limit;

        FdInputStream(int fd) { this.fd = fd; }

        private boolean fill() {
            int n = readNative(fd, Address.ofData(buf), buf.length);
            if (n <= 0) {
                // end of file (or an error, which ends the input as on the JVM); a terminal's
                // ^D is an EOF for this read only, so a later read may get more
                return false;
            }
            pos = 0;
            limit = n;
            return true;
        }

        @Override public int read() {
            if (pos >= limit && !fill()) return -1;
            return buf[pos++] & 0xff;
        }

        @Override public int read(byte[] b, int off, int len) {
            if (len == 0) return 0;
            if (pos >= limit && !fill()) return -1;
            int n = Math.min(len, limit - pos);
            System.arraycopy(buf, pos, b, off, n);
            pos += n;
            return n;
        }

        @Override public int available() { return limit - pos; }
    }

    @Import(name = "exit")
    @Include(value = "stdlib.h", isSystem = true)
    private static native void exit(int status);

    @Import(name = "write")
    @Include(value = "unistd.h", isSystem = true)
    static native int writeNative(int fd, Address data, int length);

    @Import(name = "read")
    @Include(value = "unistd.h", isSystem = true)
    static native int readNative(int fd, Address data, int length);

    @Import(name = "getpid")
    @Include(value = "unistd.h", isSystem = true)
    private static native int getpid();

    /** glibc's and musl's _SC_NPROCESSORS_ONLN. */
    private static final int SC_NPROCESSORS_ONLN = 84;

    @Import(name = "sysconf")
    @Include(value = "unistd.h", isSystem = true)
    private static native long sysconf(int name);
}
