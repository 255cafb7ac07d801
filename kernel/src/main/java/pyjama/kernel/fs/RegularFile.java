package pyjama.kernel.fs;

import java.util.function.Supplier;

/**
 * A tmpfs regular file. Its storage is charged to the filesystem's size limit; an unlinked file
 * keeps its data while it is open and gives the space back at the last close.
 */
final class RegularFile extends Inode {
    /** Largest file size (1 TiB): past it writes fail with EFBIG and seeks with EINVAL. */
    static final long MAX_SIZE = 1L << 40;

    final ByteStore data = new ByteStore();
    int openCount;

    /**
     * Content that is the file's but not copied in yet (the kernel's frozen files, installed at
     * every boot, most never read): made on first use. Its storage is charged from the start.
     */
    private Supplier<byte[]> pending;
    private long pendingSize, pendingCharge;

    RegularFile(Filesystem fs, int perm) {
        super(fs, perm);
    }

    @Override int type() { return Stat.S_IFREG; }

    @Override long size() { return pending != null ? pendingSize : data.size(); }

    @Override long allocated() { return pending != null ? pendingCharge : data.allocated(); }

    /**
     * Gives this empty file {@code size} bytes that {@code content} makes when they are first
     * read, written or truncated (ENOSPC now if they would not fit).
     */
    void setContentLazily(int size, Supplier<byte[]> content) {
        if (pending != null || data.size() != 0) throw new IllegalStateException("not an empty file");
        long charge = data.growthFor(0, size, false);
        fs.reserve(charge);
        pending = content;
        pendingSize = size;
        pendingCharge = charge;
        touchModified();
    }

    /** Copies pending content in; its charge was made already (writing it into the empty store grows it by exactly that). */
    private void materialize() {
        if (pending == null) return;
        Supplier<byte[]> content = pending;
        pending = null;
        byte[] b = content.get();
        if (b.length != pendingSize) throw new IllegalStateException("lazy content of " + b.length + " bytes, expected " + pendingSize);
        data.write(0, b, 0, b.length, false);
    }

    int read(long pos, byte[] dst, int off, int len) {
        materialize();
        return data.read(pos, dst, off, len);
    }

    int write(long pos, byte[] src, int off, int len) {
        if (len == 0) return 0;
        if (pos >= MAX_SIZE || len > MAX_SIZE - pos) throw new FsError(Errno.EFBIG);
        materialize();
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
        if (length == 0 && pending != null) dropPending(); // O_TRUNC over an unread file: nothing to copy
        materialize();
        fs.release(data.truncate(length));
        touchModified();
    }

    private void dropPending() {
        fs.release(pendingCharge);
        pending = null;
    }

    /** Called when a name or an open file lets go: the data goes once neither is left. */
    void releaseIfUnused() {
        if (nlink <= 0 && openCount <= 0) {
            if (pending != null) dropPending();
            fs.release(data.clear());
        }
    }
}
