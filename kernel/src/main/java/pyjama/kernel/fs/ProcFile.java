package pyjama.kernel.fs;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * A procfs file: its text is produced by a provider each time it is opened, and the open file
 * reads that snapshot. Like Linux's procfs, stat reports size 0.
 */
final class ProcFile extends Inode {
    Supplier<String> provider;

    ProcFile(Filesystem fs, Supplier<String> provider) {
        super(fs, 0444);
        this.provider = provider;
    }

    @Override int type() { return Stat.S_IFREG; }

    @Override long size() { return 0; }

    /** A provider that fails is an I/O error on this file, not a kernel failure. */
    byte[] generate(String path) {
        String text;
        try {
            text = provider.get();
        } catch (RuntimeException e) {
            throw new FsError(Errno.EIO, path);
        }
        return (text == null ? "" : text).getBytes(StandardCharsets.UTF_8);
    }
}
