package pyjama.kernel.fs;

import java.util.function.LongSupplier;

/**
 * One filesystem instance: its root directory, its inode numbers, its clock, and its space
 * accounting. Mounted once, at one place, by {@link Vfs#mount}.
 */
public abstract sealed class Filesystem permits TmpFs, DevFs, ProcFs {
    private static long nextDev = 1;

    final String type;
    final long dev;
    final Dir root;
    private final LongSupplier clock;
    private final long limit;
    private long used;
    private long lastIno;
    boolean readOnly;
    /** Where it is mounted (normalised absolute path), or null. */
    String mountPoint;

    Filesystem(String type, LongSupplier wallClockNs, long limitBytes, boolean readOnly) {
        this.type = type;
        this.dev = nextDev++;
        this.clock = wallClockNs;
        this.limit = limitBytes;
        this.readOnly = readOnly;
        this.root = new Dir(this, 0755);
    }

    /** The filesystem type as /proc/mounts shows it: {@code tmpfs}, {@code devtmpfs}, {@code proc}. */
    public String type() { return type; }

    /** Bytes of file data held. */
    public long usedBytes() { return used; }

    /** The size limit in bytes ({@link Long#MAX_VALUE}: none). */
    public long limitBytes() { return limit; }

    public boolean readOnly() { return readOnly; }

    long nextIno() { return ++lastIno; }

    long now() { return clock.getAsLong(); }

    long available() { return limit - used; }

    /** Charges {@code bytes} of storage, or fails with ENOSPC leaving nothing charged. */
    void reserve(long bytes) {
        if (bytes <= 0) return;
        if (bytes > limit - used) throw new FsError(Errno.ENOSPC);
        used += bytes;
    }

    void release(long bytes) {
        used -= bytes;
        if (used < 0) used = 0;
    }

    /** Fails with EROFS when mounted read-only. */
    void checkWritable(String path) {
        if (readOnly) throw new FsError(Errno.EROFS, path);
    }
}
