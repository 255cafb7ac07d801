package pyjama.python;

/**
 * The one way a {@link FileSystem} or {@link FileHandle} operation fails: a Linux errno
 * ({@link Errno}) and the path(s) involved as the caller gave them (null for operations on a
 * handle). The interpreter turns it into {@code OSError(errno, strerror, filename, None,
 * filename2)}, whose constructor picks the subclass (FileNotFoundError for ENOENT,
 * IsADirectoryError for EISDIR, ...), with the caller's own path objects as filenames.
 */
public final class FileSystemError extends RuntimeException {
    private final int errno;
    private final String filename;
    private final String filename2;

    public FileSystemError(int errno, String filename, String filename2) {
        // No stack trace: these are ordinary results of programs asking about files.
        super(null, null, false, false);
        this.errno = errno;
        this.filename = filename;
        this.filename2 = filename2;
    }

    public FileSystemError(int errno, String filename) { this(errno, filename, null); }

    public FileSystemError(int errno) { this(errno, null, null); }

    public int errno() { return errno; }

    public String strerror() { return Errno.strerror(errno); }

    public String filename() { return filename; }

    public String filename2() { return filename2; }

    /** As {@code str(OSError)} with simple quotes (the interpreter builds its own text with repr). */
    @Override public String getMessage() {
        StringBuilder sb = new StringBuilder("[Errno ").append(errno).append("] ").append(strerror());
        if (filename != null) {
            sb.append(": '").append(filename).append('\'');
            if (filename2 != null) sb.append(" -> '").append(filename2).append('\'');
        }
        return sb.toString();
    }
}
