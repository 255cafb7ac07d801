package pyjama.kernel.fs;

import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The process filesystem: read-only (EROFS for every write or creation) files whose text comes
 * from providers the kernel registers, produced afresh each time the file is opened.
 */
public final class ProcFs extends Filesystem {
    public ProcFs(LongSupplier wallClockNs) {
        super("proc", wallClockNs, 0, true);
        root.perm = 0555;
    }

    /** Adds {@code /proc/<name>} or replaces its provider. */
    public void register(String name, Supplier<String> content) {
        if (name == null || name.isEmpty() || name.indexOf('/') >= 0 || name.equals(".") || name.equals("..")
                || content == null) {
            throw new IllegalArgumentException("bad procfs entry: " + name);
        }
        if (root.get(name) instanceof ProcFile existing) {
            existing.provider = content;
            return;
        }
        if (root.get(name) != null) root.remove(name);
        root.add(name, new ProcFile(this, content));
    }

    /** The registered names, in registration order. */
    public List<String> names() { return root.names(); }
}
