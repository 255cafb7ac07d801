package pyjama.kernel.fs;

/**
 * An open file description: what {@code open} made and {@code dup} shares. The position and
 * flags belong here, not to the descriptor, so duplicated descriptors share the offset as POSIX
 * requires.
 */
final class OpenFile {
    /** The most bytes one read of a device gives (a short read is always allowed). */
    static final int MAX_DEVICE_READ = 1 << 20;

    final Inode inode;
    final int flags;
    long position;
    /** A procfs file's text, produced at open. */
    byte[] snapshot;
    int refs = 1;

    OpenFile(Inode inode, int flags) {
        this.inode = inode;
        this.flags = flags;
        if (inode instanceof RegularFile rf) rf.openCount++;
    }

    boolean readable() { return OpenFlags.readable(flags); }

    boolean writable() { return OpenFlags.writable(flags); }

    /** How many bytes a read of {@code n} at {@code pos} can give at most, for sizing the buffer. */
    int readSize(int n, long pos) {
        if (n < 0) throw new FsError(Errno.EINVAL);
        long avail = switch (inode) {
            case RegularFile rf -> rf.size() - pos;
            case ProcFile p -> snapshot.length - pos;
            case Device d -> MAX_DEVICE_READ;
            case Dir d -> throw new FsError(Errno.EISDIR);
        };
        if (avail <= 0) return 0;
        return avail < n ? (int) avail : n;
    }

    int read(byte[] b, int off, int len) {
        checkReadable();
        int n = readAt(b, off, len, position);
        if (!(inode instanceof Device)) position += n;
        return n;
    }

    int pread(byte[] b, int off, int len, long pos) {
        checkReadable();
        if (pos < 0) throw new FsError(Errno.EINVAL);
        if (inode instanceof Device d && !d.driver.seekable()) throw new FsError(Errno.ESPIPE);
        return readAt(b, off, len, pos);
    }

    private int readAt(byte[] b, int off, int len, long pos) {
        checkRange(b, off, len);
        return switch (inode) {
            case RegularFile rf -> rf.read(pos, b, off, len);
            case ProcFile p -> {
                if (pos >= snapshot.length) yield 0;
                int n = (int) Math.min(len, snapshot.length - pos);
                System.arraycopy(snapshot, (int) pos, b, off, n);
                yield n;
            }
            case Device d -> {
                int n = d.driver.read(b, off, len);
                yield n < 0 ? 0 : Math.min(n, len);
            }
            case Dir d -> throw new FsError(Errno.EISDIR);
        };
    }

    int write(byte[] b, int off, int len) {
        checkWritable();
        if (inode instanceof RegularFile rf && (flags & OpenFlags.O_APPEND) != 0) position = rf.size();
        int n = writeAt(b, off, len, position);
        if (!(inode instanceof Device)) position += n;
        return n;
    }

    /** As Linux: on a descriptor opened with O_APPEND, pwrite appends whatever the offset says. */
    int pwrite(byte[] b, int off, int len, long pos) {
        checkWritable();
        if (pos < 0) throw new FsError(Errno.EINVAL);
        if (inode instanceof Device d && !d.driver.seekable()) throw new FsError(Errno.ESPIPE);
        if (inode instanceof RegularFile rf && (flags & OpenFlags.O_APPEND) != 0) pos = rf.size();
        return writeAt(b, off, len, pos);
    }

    private int writeAt(byte[] b, int off, int len, long pos) {
        checkRange(b, off, len);
        return switch (inode) {
            case RegularFile rf -> rf.write(pos, b, off, len);
            case Device d -> {
                int n = d.driver.write(b, off, len);
                yield n < 0 ? 0 : Math.min(n, len);
            }
            // Neither can be open for writing (open refuses), but say so rather than assume.
            case ProcFile p -> throw new FsError(Errno.EBADF);
            case Dir d -> throw new FsError(Errno.EISDIR);
        };
    }

    long lseek(long offset, int whence) {
        if (inode instanceof Device d) {
            if (!d.driver.seekable()) throw new FsError(Errno.ESPIPE);
            if (whence < OpenFlags.SEEK_SET || whence > OpenFlags.SEEK_END) throw new FsError(Errno.EINVAL);
            return 0;
        }
        long base = switch (whence) {
            case OpenFlags.SEEK_SET -> 0;
            case OpenFlags.SEEK_CUR -> position;
            case OpenFlags.SEEK_END -> switch (inode) {
                case ProcFile p -> snapshot.length;
                default -> inode.size();
            };
            default -> throw new FsError(Errno.EINVAL);
        };
        long target = base + offset;
        // Overflow past Long.MAX_VALUE wraps negative: refused with the negative results.
        if ((offset > 0 && target < base) || target < 0 || target > RegularFile.MAX_SIZE) {
            throw new FsError(Errno.EINVAL);
        }
        position = target;
        return target;
    }

    /** As Linux: a descriptor not open for writing gives EINVAL, not EBADF. */
    void ftruncate(long length) {
        if (length < 0) throw new FsError(Errno.EINVAL);
        if (!writable()) throw new FsError(Errno.EINVAL);
        if (!(inode instanceof RegularFile rf)) throw new FsError(Errno.EINVAL);
        rf.truncate(length);
    }

    boolean isTty() { return inode instanceof Device d && d.driver.isTty(); }

    /** One descriptor fewer; the last one lets go of the inode. */
    void release() {
        if (--refs > 0) return;
        snapshot = null;
        if (inode instanceof RegularFile rf) {
            rf.openCount--;
            rf.releaseIfUnused();
        }
    }

    private void checkReadable() {
        if (!readable()) throw new FsError(Errno.EBADF);
    }

    private void checkWritable() {
        if (!writable()) throw new FsError(Errno.EBADF);
    }

    private static void checkRange(byte[] b, int off, int len) {
        if (b == null || off < 0 || len < 0 || off > b.length - len) throw new FsError(Errno.EINVAL);
    }
}
