package pyjama.python;

/**
 * An open file, as {@link FileSystem#open} returns it: a POSIX open file description (a
 * position, the access mode and flags it was opened with). Python's file objects ({@code open()},
 * {@code os.open}) are built on it, so files are read and written piece by piece, never whole.
 * Every failure is a {@link FileSystemError} with no filename (the interpreter adds the name
 * where CPython shows one).
 */
public interface FileHandle {
    /** Reads up to {@code len} bytes at the position; returns how many (0 only at end of file). */
    int read(byte[] b, int off, int len);

    /**
     * Writes {@code len} bytes at the position (at the end of the file if it was opened with
     * {@link FileSystem#O_APPEND}); returns how many were written (at least 1).
     */
    int write(byte[] b, int off, int len);

    /** lseek: moves the position; {@code whence} is SEEK_SET 0, SEEK_CUR 1 or SEEK_END 2. */
    long seek(long offset, int whence);

    /** The current position. */
    default long tell() { return seek(0, 1); }

    /** ftruncate: sets the file's size (zero-filled when growing); the position does not move. */
    void truncate(long length);

    /** fstat. */
    FileStat stat();

    /** The file's current size. */
    default long size() { return stat().size(); }

    /** True for a terminal (open() then line-buffers text). */
    default boolean isatty() { return false; }

    /** Releases the handle; later calls fail with EBADF. Closing twice is harmless. */
    void close();
}
