package pyjama.python;

/**
 * Files as the embedding provides them (the command line: the host's files; the kernel: its
 * own file system later). Paths are '/'-separated strings. Used by the import system (sys.path)
 * and by open().
 */
public interface FileSystem {
    /** The whole file as UTF-8 text, or null if it cannot be read (missing, a directory...). */
    default String readText(String path) {
        byte[] b = read(path);
        return b == null ? null : pyjama.python.runtime.Codecs.decode(b, "utf-8", "surrogateescape");
    }

    /** The whole file, or null if it cannot be read. */
    byte[] read(String path);

    /** Writes (or appends to) a file; returns false on failure. */
    boolean write(String path, byte[] data, boolean append);

    /** A file system with no files. */
    FileSystem NONE = new FileSystem() {
        @Override public byte[] read(String path) { return null; }
        @Override public boolean write(String path, byte[] data, boolean append) { return false; }
    };
}
