package pyjama.kernel.fs;

/**
 * A tmpfs regular file. Its storage is charged to the filesystem's size limit; an unlinked file
 * keeps its data while it is open and gives the space back at the last close.
 */
final class RegularFile extends Inode {
    /** Largest file size (1 TiB): past it writes fail with EFBIG and seeks with EINVAL. */
    static final long MAX_SIZE = 1L << 40;

    final ByteStore data = new ByteStore();
    int openCount;

    RegularFile(Filesystem fs, int perm) {
        super(fs, perm);
    }

    @Override int type() { return Stat.S_IFREG; }

    @Override long size() { return data.size(); }

    @Override long allocated() { return data.allocated(); }

    int read(long pos, byte[] dst, int off, int len) {
        return data.read(pos, dst, off, len);
    }

    int write(long pos, byte[] src, int off, int len) {
        if (len == 0) return 0;
        if (pos >= MAX_SIZE || len > MAX_SIZE - pos) throw new FsError(Errno.EFBIG);
        boolean exact = false;
        long growth = data.growthFor(pos, len, false);
        if (growth > fs.available()) {
            exact = true;
            growth = data.growthFor(pos, len, true);
        }
        fs.reserve(growth);
        data.write(pos, src, off, len, exact);
        touchModified();
        return len;
    }

    void truncate(long length) {
        if (length < 0) throw new FsError(Errno.EINVAL);
        if (length > MAX_SIZE) throw new FsError(Errno.EFBIG);
        fs.release(data.truncate(length));
        touchModified();
    }

    /** Called when a name or an open file lets go: the data goes once neither is left. */
    void releaseIfUnused() {
        if (nlink <= 0 && openCount <= 0) fs.release(data.clear());
    }
}
