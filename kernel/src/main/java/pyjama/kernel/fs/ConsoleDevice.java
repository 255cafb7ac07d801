package pyjama.kernel.fs;

/** The console as {@code /dev/console} needs it; the kernel provides one over its terminal. */
public interface ConsoleDevice {
    /** Reads up to {@code len} bytes, waiting for at least one; 0 means end of input. */
    int read(byte[] b, int off, int len);

    void write(byte[] b, int off, int len);
}
