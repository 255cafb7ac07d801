package pyjama.kernel.fs;

/**
 * A character device driver behind a devfs node. Devices have no file position: reads and
 * writes ignore it. A seekable device accepts {@code lseek} and reports position 0 (as Linux's
 * {@code /dev/null} and {@code /dev/zero} do); one that is not gives ESPIPE.
 */
public interface CharDevice {
    /** Reads up to {@code len} bytes into {@code b}; 0 is end of file. May throw {@link FsError}. */
    int read(byte[] b, int off, int len);

    /** Writes up to {@code len} bytes; returns how many were taken. May throw {@link FsError}. */
    int write(byte[] b, int off, int len);

    default boolean seekable() { return true; }

    default boolean isTty() { return false; }
}
