package pyjama.python;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The files an embedding gives the interpreter, POSIX-shaped: paths are '/'-separated strings,
 * relative ones resolved against the file system's own working directory ({@link #getcwd},
 * {@link #chdir}), and every failure is a {@link FileSystemError} carrying a Linux errno.
 * The import system, {@code open()} and the {@code os} module are built on it.
 *
 * <p>Implementations: the host's files on the JVM ({@code HostFileSystem}), libc on the
 * TeaVM-native command line ({@code pyjama.metal.LibcFileSystem}), the kernel's VFS
 * ({@code pyjama.kernel.python.VfsFileSystem}). An operation an implementation cannot do fails
 * with {@link Errno#ENOSYS} (the defaults below), never pretends to succeed.
 */
public interface FileSystem {
    /** open flags, Linux x86_64's values (so Python's os.O_* pass straight through). */
    int O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2, O_ACCMODE = 3;
    int O_CREAT = 0100, O_EXCL = 0200, O_NOCTTY = 0400, O_TRUNC = 01000, O_APPEND = 02000,
        O_NONBLOCK = 04000, O_DIRECTORY = 0200000, O_NOFOLLOW = 0400000, O_CLOEXEC = 02000000;
    /** lseek whence values; SEEK_DATA and SEEK_HOLE are Linux's (a file system may refuse them: EINVAL). */
    int SEEK_SET = 0, SEEK_CUR = 1, SEEK_END = 2, SEEK_DATA = 3, SEEK_HOLE = 4;
    /** A time argument of {@link #utime} meaning "now". */
    long UTIME_NOW = Long.MIN_VALUE;

    /** One name in a directory: its inode number and type bits ({@link FileStat#S_IFMT}; 0 if unknown). */
    record Entry(String name, long ino, int type) {}

    /** stat: follows symbolic links. */
    FileStat stat(String path);

    /** lstat: a symbolic link itself. File systems without links answer as stat. */
    default FileStat lstat(String path) { return stat(path); }

    /** The names in a directory, without "." and "..", in the directory's own order. */
    List<Entry> scandir(String path);

    default List<String> listdir(String path) {
        List<Entry> entries = scandir(path);
        List<String> names = new ArrayList<>(entries.size());
        for (Entry e : entries) names.add(e.name());
        return names;
    }

    /** mkdir with permission bits (before the umask). */
    void mkdir(String path, int mode);

    void rmdir(String path);

    /** unlink: removes a name that is not a directory (EISDIR for one, as Linux). */
    void unlink(String path);

    /** rename(2): atomically replaces an existing destination file or empty directory. */
    void rename(String from, String to);

    /** Sets access and modification times in ns ({@link #UTIME_NOW} for "now"). */
    default void utime(String path, long atimeNs, long mtimeNs) { throw new FileSystemError(Errno.ENOSYS, path); }

    default void chmod(String path, int mode) { throw new FileSystemError(Errno.ENOSYS, path); }

    /** truncate(2): the file's new size (zero-filled when growing). */
    default void truncate(String path, long length) {
        FileHandle h = open(path, O_WRONLY, 0);
        FileSystemError failure = FileHandles.attempt(() -> h.truncate(length));
        h.close();
        if (failure != null) throw failure;
    }

    /** The target of a symbolic link; EINVAL for anything else (the default: no links). */
    default String readlink(String path) {
        lstat(path);
        throw new FileSystemError(Errno.EINVAL, path);
    }

    /** The working directory, absolute. */
    String getcwd();

    /** Changes the working directory (ENOENT, ENOTDIR as chdir(2)). */
    void chdir(String path);

    /** open(2) with Linux flags and creation mode. A directory may be opened read-only (for fstat). */
    FileHandle open(String path, int flags, int mode);

    /** The whole file. */
    default byte[] readFile(String path) {
        FileHandle h = open(path, O_RDONLY, 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FileSystemError failure = FileHandles.attempt(() -> {
            byte[] buf = new byte[8192];
            int n;
            while ((n = h.read(buf, 0, buf.length)) > 0) out.write(buf, 0, n);
        });
        h.close();
        if (failure != null) throw failure;
        return out.toByteArray();
    }

    /**
     * The whole file, or null if it is not a regular file that can be read (missing, a
     * directory, a device that could block...): for the import system.
     */
    default byte[] read(String path) {
        if (path == null || path.isEmpty()) return null;
        try {
            if (!stat(path).isRegularFile()) return null;
            return readFile(path);
        } catch (FileSystemError e) {
            return null;
        }
    }

    /** The whole file as UTF-8 text (surrogateescape), or null if it cannot be read. */
    default String readText(String path) {
        byte[] b = read(path);
        return b == null ? null : pyjama.python.runtime.Codecs.decode(b, "utf-8", "surrogateescape");
    }

    /** A file system with no files: every path is ENOENT, the working directory is "/". */
    FileSystem NONE = new FileSystem() {
        @Override public FileStat stat(String path) { throw new FileSystemError(Errno.ENOENT, path); }
        @Override public List<Entry> scandir(String path) { throw new FileSystemError(Errno.ENOENT, path); }
        @Override public void mkdir(String path, int mode) { throw new FileSystemError(Errno.EROFS, path); }
        @Override public void rmdir(String path) { throw new FileSystemError(Errno.ENOENT, path); }
        @Override public void unlink(String path) { throw new FileSystemError(Errno.ENOENT, path); }
        @Override public void rename(String from, String to) { throw new FileSystemError(Errno.ENOENT, from, to); }
        @Override public String getcwd() { return "/"; }
        @Override public void chdir(String path) {
            if (!path.equals("/")) throw new FileSystemError(Errno.ENOENT, path);
        }
        @Override public FileHandle open(String path, int flags, int mode) { throw new FileSystemError(Errno.ENOENT, path); }
    };
}
