package pyjama.kernel.fs;

/**
 * One session's (process's) file descriptors: small integers naming open file descriptions.
 * New descriptors take the lowest free number, as POSIX requires; at most {@link #limit} are
 * open at once (EMFILE). Errors from descriptor operations carry no filename, as on Linux;
 * errors from {@link #open} carry the path.
 *
 * <p>Reads and writes are byte-oriented and never block except on a device that does
 * ({@code /dev/console}). A read at end of file gives 0 bytes.
 */
public final class FdTable {
    public static final int DEFAULT_LIMIT = 256;

    private final Vfs vfs;
    private final OpenFile[] table;

    public FdTable(Vfs vfs) { this(vfs, DEFAULT_LIMIT); }

    public FdTable(Vfs vfs, int limit) {
        if (limit < 1) throw new IllegalArgumentException("descriptor limit must be at least 1");
        this.vfs = vfs;
        this.table = new OpenFile[limit];
    }

    public int limit() { return table.length; }

    /** How many descriptors are open. */
    public int openCount() {
        int n = 0;
        for (OpenFile f : table) if (f != null) n++;
        return n;
    }

    public boolean isOpen(int fd) { return fd >= 0 && fd < table.length && table[fd] != null; }

    /**
     * Opens {@code path} (relative to {@code cwd}) with {@link OpenFlags} and, when it creates
     * the file, {@code mode} (less the umask). Returns the new descriptor.
     */
    public int open(String cwd, String path, int flags, int mode) {
        int fd = lowestFree(0);
        if (fd < 0) throw new FsError(Errno.EMFILE, path);
        table[fd] = vfs.openFile(cwd, path, flags, mode);
        return fd;
    }

    /** Up to {@code n} bytes from the file position; an empty array at end of file. */
    public byte[] read(int fd, int n) {
        OpenFile f = get(fd);
        if (!f.readable()) throw new FsError(Errno.EBADF);
        byte[] buf = new byte[f.readSize(n, f.position)];
        if (buf.length == 0) {
            f.read(buf, 0, 0); // still reports EISDIR and the like
            return buf;
        }
        int got = f.read(buf, 0, buf.length);
        return got == buf.length ? buf : java.util.Arrays.copyOf(buf, got);
    }

    /** Reads into {@code b[off, off+len)}; returns the count, 0 at end of file. */
    public int readInto(int fd, byte[] b, int off, int len) { return get(fd).read(b, off, len); }

    /** Up to {@code n} bytes at {@code offset}, leaving the file position alone. */
    public byte[] pread(int fd, int n, long offset) {
        OpenFile f = get(fd);
        if (!f.readable()) throw new FsError(Errno.EBADF);
        if (offset < 0) throw new FsError(Errno.EINVAL);
        byte[] buf = new byte[f.readSize(n, offset)];
        int got = f.pread(buf, 0, buf.length, offset);
        return got == buf.length ? buf : java.util.Arrays.copyOf(buf, got);
    }

    public int write(int fd, byte[] b) { return write(fd, b, 0, b.length); }

    /** Writes at the file position (at the end with O_APPEND); returns the count written. */
    public int write(int fd, byte[] b, int off, int len) { return get(fd).write(b, off, len); }

    /** Writes at {@code offset}, leaving the file position alone (with O_APPEND: at the end, as Linux). */
    public int pwrite(int fd, byte[] b, long offset) { return get(fd).pwrite(b, 0, b.length, offset); }

    /** Moves the file position ({@link OpenFlags#SEEK_SET} etc.); returns the new position. */
    public long lseek(int fd, long offset, int whence) { return get(fd).lseek(offset, whence); }

    public void close(int fd) {
        OpenFile f = get(fd);
        table[fd] = null;
        f.release();
    }

    /** A second descriptor (the lowest free) sharing the open file and its position. */
    public int dup(int fd) {
        OpenFile f = get(fd);
        int copy = lowestFree(0);
        if (copy < 0) throw new FsError(Errno.EMFILE);
        f.refs++;
        table[copy] = f;
        return copy;
    }

    /** Makes {@code fd2} a copy of {@code fd}, closing what {@code fd2} was first. */
    public int dup2(int fd, int fd2) {
        OpenFile f = get(fd);
        if (fd2 < 0 || fd2 >= table.length) throw new FsError(Errno.EBADF);
        if (fd2 == fd) return fd2;
        OpenFile old = table[fd2];
        f.refs++;
        table[fd2] = f;
        if (old != null) old.release();
        return fd2;
    }

    public Stat fstat(int fd) { return get(fd).inode.stat(); }

    public void ftruncate(int fd, long length) { get(fd).ftruncate(length); }

    /** True for a terminal ({@code /dev/console}); Python's {@code isatty} and line buffering follow it. */
    public boolean isatty(int fd) { return get(fd).isTty(); }

    /** The open flags the descriptor was opened with (for {@code fcntl(F_GETFL)} and io's mode checks). */
    public int flags(int fd) { return get(fd).flags; }

    /** Closes every descriptor (the session ends). */
    public void closeAll() {
        for (int fd = 0; fd < table.length; fd++) {
            OpenFile f = table[fd];
            if (f != null) {
                table[fd] = null;
                f.release();
            }
        }
    }

    private OpenFile get(int fd) {
        if (fd < 0 || fd >= table.length || table[fd] == null) throw new FsError(Errno.EBADF);
        return table[fd];
    }

    private int lowestFree(int from) {
        for (int fd = from; fd < table.length; fd++) if (table[fd] == null) return fd;
        return -1;
    }
}
