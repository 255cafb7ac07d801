package pyjama.kernel.fs;

import java.util.function.LongSupplier;

/** The memory filesystem: directories and growable regular files, with an optional size limit (ENOSPC). */
public final class TmpFs extends Filesystem {
    /** {@code limitBytes}: the most file data it may hold ({@link Long#MAX_VALUE} for no limit). */
    public TmpFs(LongSupplier wallClockNs, long limitBytes) {
        super("tmpfs", wallClockNs, limitBytes, false);
        if (limitBytes < 0) throw new IllegalArgumentException("tmpfs limit must not be negative");
    }
}
