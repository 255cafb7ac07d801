package pyjama.kernel.fs;

/**
 * A file as one filesystem keeps it. The kind decides what the data is; the metadata is common.
 * Inodes are only reached through {@link Vfs} and {@link FdTable}.
 *
 * <p>Permission bits are kept and reported but not enforced: there is one user and it is
 * all-powerful, as root is on Linux. Read-only mounts are enforced ({@code EROFS}).
 */
abstract sealed class Inode permits Dir, RegularFile, Device, ProcFile {
    final Filesystem fs;
    final long ino;
    int perm;          // permission bits only (07777); the type comes from the kind
    long nlink;
    long atimeNs;
    long mtimeNs;
    long ctimeNs;

    Inode(Filesystem fs, int perm) {
        this.fs = fs;
        this.ino = fs.nextIno();
        this.perm = perm & Stat.S_IMODE;
        long now = fs.now();
        this.atimeNs = now;
        this.mtimeNs = now;
        this.ctimeNs = now;
    }

    abstract int type();

    /** Data size as stat reports it. */
    abstract long size();

    /** Bytes of storage held, for stat's block count. */
    long allocated() { return 0; }

    long rdev() { return 0; }

    final Stat stat() {
        long alloc = allocated();
        return new Stat(type() | perm, ino, fs.dev, nlink, 0, 0, rdev(), size(), 4096,
                (alloc + 511) / 512, atimeNs, mtimeNs, ctimeNs);
    }

    /** Data changed: mtime and ctime move. */
    final void touchModified() {
        long now = fs.now();
        mtimeNs = now;
        ctimeNs = now;
    }
}
