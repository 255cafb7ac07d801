package pyjama.kernel.fs;

/**
 * A failed filesystem operation: a Linux errno, its strerror text, and the path(s) involved as
 * the caller gave them (null for descriptor operations). The Python binding maps it one to one
 * onto {@code OSError(errno, strerror, filename, None, filename2)}, which picks the subclass
 * ({@code FileNotFoundError} for ENOENT, ...) by errno.
 */
public final class FsError extends RuntimeException {
    private final int errno;
    private final String filename;
    private final String filename2;

    public FsError(int errno, String filename, String filename2) {
        super(describe(errno, filename, filename2));
        this.errno = errno;
        this.filename = filename;
        this.filename2 = filename2;
    }

    public FsError(int errno, String filename) { this(errno, filename, null); }

    public FsError(int errno) { this(errno, null, null); }

    public int errno() { return errno; }

    public String strerror() { return Errno.strerror(errno); }

    /** The first path, or null. */
    public String filename() { return filename; }

    /** The second path (rename's destination), or null. */
    public String filename2() { return filename2; }

    /**
     * Like {@code str(OSError)}: {@code [Errno 2] No such file or directory: 'x'}. Quoting here is
     * simple single quotes; the Python layer builds its own text with {@code repr}.
     */
    private static String describe(int errno, String filename, String filename2) {
        StringBuilder sb = new StringBuilder();
        sb.append("[Errno ").append(errno).append("] ").append(Errno.strerror(errno));
        if (filename != null) {
            sb.append(": '").append(filename).append('\'');
            if (filename2 != null) sb.append(" -> '").append(filename2).append('\'');
        }
        return sb.toString();
    }
}
