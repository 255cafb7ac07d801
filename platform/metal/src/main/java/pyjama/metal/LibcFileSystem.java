package pyjama.metal;

import java.util.ArrayList;
import java.util.List;

import org.teavm.interop.Address;
import org.teavm.interop.Import;
import org.teavm.interop.c.Include;
import pyjama.python.Errno;
import pyjama.python.FileHandle;
import pyjama.python.FileStat;
import pyjama.python.FileSystem;
import pyjama.python.FileSystemError;
import pyjama.python.runtime.Codecs;

/**
 * The host's files for the TeaVM-native command line ({@code build/pyjama-python-native}):
 * each operation is the libc call of the same name through TeaVM {@code @Import}, and a failure
 * is libc's errno. This is the native twin of the JVM's {@code pyjama.python.HostFileSystem};
 * the working directory is the process's (chdir/getcwd).
 *
 * <p>Structures are read from byte arrays at x86_64 Linux offsets (glibc and musl agree):
 * {@code struct stat} is 144 bytes (dev 0, ino 8, nlink 16, mode 24, uid 28, gid 32, rdev 40,
 * size 48, blksize 56, blocks 64, atim 72, mtim 88, ctim 104); {@code struct dirent} has d_ino
 * at 0, d_type at 18 and d_name at 19. Paths go to C as UTF-8 (surrogateescape) with a NUL.
 * Java arrays are passed as {@link Address}es of their data: safe only because nothing between
 * taking the address and the call can allocate (and so move them).
 */
final class LibcFileSystem implements FileSystem {
    private static final int AT_FDCWD = -100;
    private static final long UTIME_NOW_NSEC = (1L << 30) - 1;
    private static final int STAT_SIZE = 144;
    /** d_type values of struct dirent, to S_IF* bits. */
    private static final int[] DT_TO_MODE = new int[16];
    static {
        DT_TO_MODE[1] = FileStat.S_IFIFO;
        DT_TO_MODE[2] = FileStat.S_IFCHR;
        DT_TO_MODE[4] = FileStat.S_IFDIR;
        DT_TO_MODE[6] = FileStat.S_IFBLK;
        DT_TO_MODE[8] = FileStat.S_IFREG;
        DT_TO_MODE[10] = FileStat.S_IFLNK;
        DT_TO_MODE[12] = FileStat.S_IFSOCK;
    }

    static byte[] cString(String s) {
        byte[] b = Codecs.encode(s, "utf-8", "surrogateescape");
        byte[] z = new byte[b.length + 1];
        System.arraycopy(b, 0, z, 0, b.length);
        return z;
    }

    private static int errno() { return errnoLocation().getInt(); }

    private static FileSystemError error(String path) { return new FileSystemError(errno(), path); }

    private static void check(int r, String path) {
        if (r < 0) throw error(path);
    }

    private static long le(byte[] b, int off, int n) {
        long v = 0;
        for (int i = n - 1; i >= 0; i--) v = (v << 8) | (b[off + i] & 0xff);
        return v;
    }

    static FileStat decodeStat(byte[] s) {
        return new FileStat((int) le(s, 24, 4), le(s, 8, 8), le(s, 0, 8), le(s, 16, 8),
                (int) le(s, 28, 4), (int) le(s, 32, 4), le(s, 40, 8), le(s, 48, 8), le(s, 56, 8), le(s, 64, 8),
                le(s, 72, 8) * 1_000_000_000L + le(s, 80, 8),
                le(s, 88, 8) * 1_000_000_000L + le(s, 96, 8),
                le(s, 104, 8) * 1_000_000_000L + le(s, 112, 8));
    }

    @Override public FileStat stat(String path) {
        byte[] p = cString(path), buf = new byte[STAT_SIZE];
        check(statNative(Address.ofData(p), Address.ofData(buf)), path);
        return decodeStat(buf);
    }

    @Override public FileStat lstat(String path) {
        byte[] p = cString(path), buf = new byte[STAT_SIZE];
        check(lstatNative(Address.ofData(p), Address.ofData(buf)), path);
        return decodeStat(buf);
    }

    @Override public List<Entry> scandir(String path) {
        byte[] p = cString(path);
        Address dir = opendir(Address.ofData(p));
        if (dir.toLong() == 0) throw error(path);
        List<Entry> out = new ArrayList<>();
        int failure = readEntries(dir, out);
        closedir(dir);
        if (failure != 0) throw new FileSystemError(failure, path);
        return out;
    }

    /** readdir until the end; returns 0 or the errno readdir failed with (nothing thrown). */
    private static int readEntries(Address dir, List<Entry> out) {
        while (true) {
            errnoLocation().putInt(0);
            Address ent = readdir(dir);
            if (ent.toLong() == 0) return errno();
            int len = 0;
            while (ent.add(19 + len).getByte() != 0) len++;
            byte[] name = new byte[len];
            for (int i = 0; i < len; i++) name[i] = ent.add(19 + i).getByte();
            if (len == 1 && name[0] == '.' || len == 2 && name[0] == '.' && name[1] == '.') continue;
            int type = ent.add(18).getByte() & 0xff;
            out.add(new Entry(Codecs.decode(name, "utf-8", "surrogateescape"), ent.getLong(),
                    type < 16 ? DT_TO_MODE[type] : 0));
        }
    }

    @Override public void mkdir(String path, int mode) {
        byte[] p = cString(path);
        check(mkdirNative(Address.ofData(p), mode), path);
    }

    @Override public void rmdir(String path) {
        byte[] p = cString(path);
        check(rmdirNative(Address.ofData(p)), path);
    }

    @Override public void unlink(String path) {
        byte[] p = cString(path);
        check(unlinkNative(Address.ofData(p)), path);
    }

    @Override public void rename(String from, String to) {
        byte[] a = cString(from), b = cString(to);
        if (renameNative(Address.ofData(a), Address.ofData(b)) < 0) throw new FileSystemError(errno(), from, to);
    }

    @Override public void utime(String path, long atimeNs, long mtimeNs) {
        byte[] p = cString(path);
        long[] ts = { 0, atimeNs == UTIME_NOW ? UTIME_NOW_NSEC : 0, 0, mtimeNs == UTIME_NOW ? UTIME_NOW_NSEC : 0 };
        if (atimeNs != UTIME_NOW) {
            ts[0] = Math.floorDiv(atimeNs, 1_000_000_000L);
            ts[1] = Math.floorMod(atimeNs, 1_000_000_000L);
        }
        if (mtimeNs != UTIME_NOW) {
            ts[2] = Math.floorDiv(mtimeNs, 1_000_000_000L);
            ts[3] = Math.floorMod(mtimeNs, 1_000_000_000L);
        }
        check(utimensat(AT_FDCWD, Address.ofData(p), Address.ofData(ts), 0), path);
    }

    @Override public void chmod(String path, int mode) {
        byte[] p = cString(path);
        check(chmodNative(Address.ofData(p), mode), path);
    }

    @Override public void truncate(String path, long length) {
        byte[] p = cString(path);
        check(truncateNative(Address.ofData(p), length), path);
    }

    @Override public String readlink(String path) {
        byte[] p = cString(path), buf = new byte[4096];
        long n = readlinkNative(Address.ofData(p), Address.ofData(buf), buf.length);
        if (n < 0) throw error(path);
        return Codecs.decode(java.util.Arrays.copyOf(buf, (int) n), "utf-8", "surrogateescape");
    }

    @Override public String getcwd() {
        byte[] buf = new byte[4097];
        Address r = getcwdNative(Address.ofData(buf), buf.length - 1);
        if (r.toLong() == 0) throw error(null);
        int n = 0;
        while (n < buf.length && buf[n] != 0) n++;
        return Codecs.decode(java.util.Arrays.copyOf(buf, n), "utf-8", "surrogateescape");
    }

    @Override public void chdir(String path) {
        byte[] p = cString(path);
        check(chdirNative(Address.ofData(p)), path);
    }

    @Override public FileHandle open(String path, int flags, int mode) {
        byte[] p = cString(path);
        int fd = openNative(Address.ofData(p), flags, mode);
        if (fd < 0) throw error(path);
        return new Handle(fd);
    }

    /** A file descriptor of this process. */
    static final class Handle implements FileHandle {
        private int fd;

        Handle(int fd) { this.fd = fd; }

        private int fd() {
            if (fd < 0) throw new FileSystemError(Errno.EBADF);
            return fd;
        }

        @Override public int read(byte[] b, int off, int len) {
            int f = fd();
            if (len == 0) return 0;
            long n = NativePythonMain.readNative(f, Address.ofData(b).add(off), len);
            if (n < 0) throw new FileSystemError(errno());
            return (int) n;
        }

        @Override public int write(byte[] b, int off, int len) {
            int f = fd();
            if (len == 0) return 0;
            long n = NativePythonMain.writeNative(f, Address.ofData(b).add(off), len);
            if (n < 0) throw new FileSystemError(errno());
            return (int) n;
        }

        @Override public long seek(long offset, int whence) {
            long r = lseek(fd(), offset, whence);
            if (r < 0) throw new FileSystemError(errno());
            return r;
        }

        @Override public void truncate(long length) {
            if (ftruncate(fd(), length) < 0) throw new FileSystemError(errno());
        }

        @Override public FileStat stat() {
            byte[] buf = new byte[STAT_SIZE];
            int f = fd();
            if (fstatNative(f, Address.ofData(buf)) < 0) throw new FileSystemError(errno());
            return decodeStat(buf);
        }

        @Override public boolean isatty() { return isattyNative(fd()) == 1; }

        @Override public void close() {
            if (fd < 0) return;
            int f = fd;
            fd = -1;
            if (closeNative(f) < 0) throw new FileSystemError(errno());
        }
    }

    // ---- libc ---------------------------------------------------------------------------------

    @Import(name = "__errno_location") @Include(value = "errno.h", isSystem = true)
    private static native Address errnoLocation();

    @Import(name = "stat") @Include(value = "sys/stat.h", isSystem = true)
    private static native int statNative(Address path, Address buf);

    @Import(name = "lstat") @Include(value = "sys/stat.h", isSystem = true)
    private static native int lstatNative(Address path, Address buf);

    @Import(name = "fstat") @Include(value = "sys/stat.h", isSystem = true)
    private static native int fstatNative(int fd, Address buf);

    @Import(name = "mkdir") @Include(value = "sys/stat.h", isSystem = true)
    private static native int mkdirNative(Address path, int mode);

    @Import(name = "chmod") @Include(value = "sys/stat.h", isSystem = true)
    private static native int chmodNative(Address path, int mode);

    @Import(name = "utimensat") @Include(value = "sys/stat.h", isSystem = true)
    private static native int utimensat(int dirfd, Address path, Address times, int flags);

    @Import(name = "opendir") @Include(value = "dirent.h", isSystem = true)
    private static native Address opendir(Address path);

    @Import(name = "readdir") @Include(value = "dirent.h", isSystem = true)
    private static native Address readdir(Address dir);

    @Import(name = "closedir") @Include(value = "dirent.h", isSystem = true)
    private static native int closedir(Address dir);

    @Import(name = "rmdir") @Include(value = "unistd.h", isSystem = true)
    private static native int rmdirNative(Address path);

    @Import(name = "unlink") @Include(value = "unistd.h", isSystem = true)
    private static native int unlinkNative(Address path);

    @Import(name = "rename") @Include(value = "stdio.h", isSystem = true)
    private static native int renameNative(Address from, Address to);

    @Import(name = "truncate") @Include(value = "unistd.h", isSystem = true)
    private static native int truncateNative(Address path, long length);

    @Import(name = "readlink") @Include(value = "unistd.h", isSystem = true)
    private static native long readlinkNative(Address path, Address buf, long size);

    @Import(name = "getcwd") @Include(value = "unistd.h", isSystem = true)
    private static native Address getcwdNative(Address buf, long size);

    @Import(name = "chdir") @Include(value = "unistd.h", isSystem = true)
    private static native int chdirNative(Address path);

    @Import(name = "open") @Include(value = "fcntl.h", isSystem = true)
    private static native int openNative(Address path, int flags, int mode);

    @Import(name = "lseek") @Include(value = "unistd.h", isSystem = true)
    private static native long lseek(int fd, long offset, int whence);

    @Import(name = "ftruncate") @Include(value = "unistd.h", isSystem = true)
    private static native int ftruncate(int fd, long length);

    @Import(name = "isatty") @Include(value = "unistd.h", isSystem = true)
    private static native int isattyNative(int fd);

    @Import(name = "close") @Include(value = "unistd.h", isSystem = true)
    private static native int closeNative(int fd);
}
