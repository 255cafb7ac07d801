package pyjama.python;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The host's files for the command-line interpreter on a JVM, through {@code java.nio.file}
 * (its "unix" attribute view gives stat's mode, inode, links and owners; its exceptions carry
 * the errno as a type or as glibc's text, mapped back to the number here).
 *
 * <p><b>JVM only.</b> TeaVM's C backend has no {@code java.nio.file}: nothing the kernel or the
 * native command line compiles may reach this class ({@link Main#run(String[],
 * java.io.InputStream, java.io.PrintStream, java.io.PrintStream, FileSystem)} takes the file
 * system as an argument for that reason; {@code pyjama.metal.LibcFileSystem} is the native
 * twin).
 *
 * <p>The working directory belongs to this object, not to the JVM (which cannot change its
 * own): {@code os.chdir} in one interpreter does not move another, which lets the conformance
 * runner run programs in-process. Differences from the system calls, all small: {@code
 * st_blksize} is 4096 and {@code st_blocks} is the size rounded up to 4 KiB in 512-byte units
 * (the JVM does not report them); {@code O_APPEND} is emulated by seeking to the end before each
 * write (Java refuses read+append channels); {@code chmod} keeps only the nine permission bits;
 * {@code fstat} of a handle stats its path again.
 */
public final class HostFileSystem implements FileSystem {
    private String cwd;

    /** Starts in the JVM's working directory ("user.dir"). */
    public HostFileSystem() {
        String dir = System.getProperty("user.dir");
        cwd = dir == null || dir.isEmpty() ? "/" : dir;
    }

    public HostFileSystem(String cwd) { this.cwd = cwd; }

    // ---- paths ------------------------------------------------------------------------------

    /** The path as the OS will see it: relative to our cwd, not normalized (the OS walks "..", as chdir(2) would). */
    private Path resolve(String path) {
        if (path.isEmpty()) throw new FileSystemError(Errno.ENOENT, path);
        try {
            return path.startsWith("/") ? Path.of(path) : Path.of(cwd).resolve(path);
        } catch (InvalidPathException e) {
            throw new FileSystemError(Errno.EINVAL, path);
        }
    }

    /** Java drops a trailing '/', which in POSIX requires a directory: check it ourselves. */
    private static boolean trailingSlash(String path) { return path.length() > 1 && path.endsWith("/"); }

    private static final LinkOption[] NOFOLLOW = { LinkOption.NOFOLLOW_LINKS };
    private static final LinkOption[] FOLLOW = {};

    // ---- errors -----------------------------------------------------------------------------

    static int errnoOf(IOException e) {
        if (e instanceof NoSuchFileException) return Errno.ENOENT;
        if (e instanceof FileAlreadyExistsException) return Errno.EEXIST;
        if (e instanceof DirectoryNotEmptyException) return Errno.ENOTEMPTY;
        if (e instanceof NotDirectoryException) return Errno.ENOTDIR;
        if (e instanceof AccessDeniedException) return Errno.EACCES;
        if (e instanceof AtomicMoveNotSupportedException) return Errno.EXDEV;
        if (e instanceof NotLinkException) return Errno.EINVAL;
        if (e instanceof FileSystemLoopException) return Errno.ELOOP;
        if (e instanceof FileSystemException f) {
            // The JDK's Unix provider puts strerror(errno) in the reason.
            int n = Errno.fromStrerror(f.getReason());
            if (n != 0) return n;
        }
        return Errno.EIO;
    }

    private static FileSystemError error(IOException e, String path) { return new FileSystemError(errnoOf(e), path); }

    // ---- stat -------------------------------------------------------------------------------

    @Override public FileStat stat(String path) { return stat(path, FOLLOW); }

    @Override public FileStat lstat(String path) { return stat(path, NOFOLLOW); }

    private FileStat stat(String path, LinkOption[] links) {
        Path p = resolve(path);
        FileStat st = statOf(p, links, path);
        if (trailingSlash(path) && !st.isDirectory()) throw new FileSystemError(Errno.ENOTDIR, path);
        return st;
    }

    static FileStat statOf(Path p, LinkOption[] links, String name) {
        try {
            Map<String, Object> a = Files.readAttributes(p, "unix:*", links);
            long size = ((Number) a.get("size")).longValue();
            return new FileStat(((Number) a.get("mode")).intValue(), ((Number) a.get("ino")).longValue(),
                    ((Number) a.get("dev")).longValue(), ((Number) a.get("nlink")).longValue(),
                    ((Number) a.get("uid")).intValue(), ((Number) a.get("gid")).intValue(),
                    ((Number) a.get("rdev")).longValue(), size, 4096, (size + 4095) / 4096 * 8,
                    ns((FileTime) a.get("lastAccessTime")), ns((FileTime) a.get("lastModifiedTime")),
                    ns((FileTime) a.get("ctime")));
        } catch (NoSuchFileException e) {
            throw new FileSystemError(missingOrNotDirectory(p), name);
        } catch (IOException e) {
            throw error(e, name);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            throw new FileSystemError(Errno.ENOSYS, name);
        }
    }

    /**
     * The JDK reports every failed stat as NoSuchFileException, ENOTDIR included; POSIX
     * resolution fails at the first component that is missing (ENOENT) or is not a directory
     * (ENOTDIR), so look along the path for which.
     */
    private static int missingOrNotDirectory(Path p) {
        Path prefix = p.getRoot();
        int n = p.getNameCount();
        for (int i = 0; i < n - 1; i++) {
            prefix = prefix == null ? p.getName(i) : prefix.resolve(p.getName(i));
            try {
                if (!Files.readAttributes(prefix, java.nio.file.attribute.BasicFileAttributes.class).isDirectory()) {
                    return Errno.ENOTDIR;
                }
            } catch (IOException | RuntimeException e) {
                return Errno.ENOENT;
            }
        }
        return Errno.ENOENT;
    }

    private static long ns(FileTime t) {
        Instant i = t.toInstant();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    // ---- directories ------------------------------------------------------------------------

    @Override public List<Entry> scandir(String path) {
        Path p = resolve(path);
        List<Entry> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(p)) {
            for (Path child : ds) {
                String name = child.getFileName().toString();
                long ino = 0;
                int type = 0;
                try {
                    Map<String, Object> a = Files.readAttributes(child, "unix:ino,mode", NOFOLLOW);
                    ino = ((Number) a.get("ino")).longValue();
                    type = ((Number) a.get("mode")).intValue() & FileStat.S_IFMT;
                } catch (IOException | RuntimeException e) {
                    // removed since it was listed: CPython would get DT_UNKNOWN too
                }
                out.add(new Entry(name, ino, type));
            }
        } catch (IOException e) {
            throw error(e, path);
        } catch (DirectoryIteratorException e) {
            throw error(e.getCause(), path);
        }
        return out;
    }

    @Override public void mkdir(String path, int mode) {
        try {
            Files.createDirectory(resolve(path), PosixFilePermissions.asFileAttribute(permissions(mode)));
        } catch (IOException e) {
            throw error(e, path);
        }
    }

    @Override public void rmdir(String path) {
        Path p = resolve(path);
        if (!statOf(p, NOFOLLOW, path).isDirectory()) throw new FileSystemError(Errno.ENOTDIR, path);
        try {
            Files.delete(p);
        } catch (IOException e) {
            throw error(e, path);
        }
    }

    @Override public void unlink(String path) {
        Path p = resolve(path);
        FileStat st = statOf(p, NOFOLLOW, path);
        if (st.isDirectory()) throw new FileSystemError(Errno.EISDIR, path);
        if (trailingSlash(path)) throw new FileSystemError(Errno.ENOTDIR, path);
        try {
            Files.delete(p);
        } catch (IOException e) {
            throw error(e, path);
        }
    }

    @Override public void rename(String from, String to) {
        Path a = resolve(from), b = resolve(to);
        if (trailingSlash(from) || trailingSlash(to)) {
            if (!statOf(a, NOFOLLOW, from).isDirectory()) throw new FileSystemError(Errno.ENOTDIR, from, to);
        }
        try {
            // ATOMIC_MOVE is exactly rename(2) in the JDK's Unix provider (EXDEV included).
            Files.move(a, b, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new FileSystemError(errnoOf(e), from, to);
        }
    }

    // ---- metadata ---------------------------------------------------------------------------

    @Override public void utime(String path, long atimeNs, long mtimeNs) {
        Path p = resolve(path);
        try {
            Files.getFileAttributeView(p, BasicFileAttributeView.class)
                    .setTimes(fileTime(mtimeNs), fileTime(atimeNs), null);
        } catch (IOException e) {
            throw error(e, path);
        }
    }

    private static FileTime fileTime(long ns) {
        if (ns == UTIME_NOW) return FileTime.from(Instant.now());
        return FileTime.from(ns, TimeUnit.NANOSECONDS);
    }

    @Override public void chmod(String path, int mode) {
        try {
            Files.setPosixFilePermissions(resolve(path), permissions(mode));
        } catch (IOException e) {
            throw error(e, path);
        } catch (UnsupportedOperationException e) {
            throw new FileSystemError(Errno.ENOSYS, path);
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        PosixFilePermission[] bits = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ,
        };
        Set<PosixFilePermission> s = new HashSet<>();
        for (int i = 0; i < 9; i++) if ((mode & (1 << i)) != 0) s.add(bits[i]);
        return s;
    }

    @Override public String readlink(String path) {
        try {
            return Files.readSymbolicLink(resolve(path)).toString();
        } catch (IOException e) {
            throw error(e, path);
        }
    }

    // ---- working directory ------------------------------------------------------------------

    @Override public String getcwd() { return cwd; }

    @Override public void chdir(String path) {
        Path p = resolve(path);
        if (!statOf(p, FOLLOW, path).isDirectory()) throw new FileSystemError(Errno.ENOTDIR, path);
        try {
            cwd = p.toRealPath().toString();
        } catch (IOException e) {
            throw error(e, path);
        }
    }

    // ---- files ------------------------------------------------------------------------------

    @Override public FileHandle open(String path, int flags, int mode) {
        Path p = resolve(path);
        int acc = flags & O_ACCMODE;
        boolean create = (flags & O_CREAT) != 0;
        if (trailingSlash(path)) {
            // POSIX: a trailing slash names a directory; creating one through open() is EISDIR.
            FileStat st;
            try {
                st = statOf(p, FOLLOW, path);
            } catch (FileSystemError e) {
                if (e.errno() == Errno.ENOENT && create) throw new FileSystemError(Errno.EISDIR, path);
                throw e;
            }
            if (create) throw new FileSystemError(Errno.EISDIR, path);
            if (!st.isDirectory()) throw new FileSystemError(Errno.ENOTDIR, path);
        }
        Set<OpenOption> opts = new HashSet<>();
        if (acc == O_RDONLY || acc == O_RDWR) opts.add(StandardOpenOption.READ);
        if (acc == O_WRONLY || acc == O_RDWR) opts.add(StandardOpenOption.WRITE);
        if (create) opts.add((flags & O_EXCL) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
        if ((flags & O_TRUNC) != 0) opts.add(StandardOpenOption.TRUNCATE_EXISTING);
        if ((flags & O_NOFOLLOW) != 0) opts.add(LinkOption.NOFOLLOW_LINKS);
        if (opts.isEmpty()) opts.add(StandardOpenOption.READ);
        try {
            FileChannel ch = create
                    ? FileChannel.open(p, opts, PosixFilePermissions.asFileAttribute(permissions(mode)))
                    : FileChannel.open(p, opts);
            HostHandle h = new HostHandle(ch, p, acc, (flags & O_APPEND) != 0);
            if ((flags & O_DIRECTORY) != 0 && !h.stat().isDirectory()) {
                h.close();
                throw new FileSystemError(Errno.ENOTDIR, path);
            }
            return h;
        } catch (IOException e) {
            throw error(e, path);
        } catch (UnsupportedOperationException e) {
            throw new FileSystemError(Errno.ENOSYS, path);
        }
    }

    /** A FileChannel with POSIX's answers. */
    static final class HostHandle implements FileHandle {
        private final FileChannel ch;
        private final Path path;
        private final int access;
        private final boolean append;
        private boolean closed;

        HostHandle(FileChannel ch, Path path, int access, boolean append) {
            this.ch = ch;
            this.path = path;
            this.access = access;
            this.append = append;
        }

        private void open() { if (closed) throw new FileSystemError(Errno.EBADF); }

        @Override public int read(byte[] b, int off, int len) {
            open();
            if (access == O_WRONLY) throw new FileSystemError(Errno.EBADF);
            try {
                int n = ch.read(ByteBuffer.wrap(b, off, len));
                return Math.max(n, 0);
            } catch (NonReadableChannelException e) {
                throw new FileSystemError(Errno.EBADF);
            } catch (IOException e) {
                throw new FileSystemError(errnoOf(e));
            }
        }

        @Override public int write(byte[] b, int off, int len) {
            open();
            if (access == O_RDONLY) throw new FileSystemError(Errno.EBADF);
            try {
                if (append) ch.position(ch.size());
                int n = ch.write(ByteBuffer.wrap(b, off, len));
                return n;
            } catch (NonWritableChannelException e) {
                throw new FileSystemError(Errno.EBADF);
            } catch (IOException e) {
                throw new FileSystemError(errnoOf(e));
            }
        }

        @Override public long seek(long offset, int whence) {
            open();
            try {
                if (whence == SEEK_DATA || whence == SEEK_HOLE) {
                    // what Linux answers for files without holes: data up to the end, one hole after it
                    long size = ch.size();
                    if (offset < 0) throw new FileSystemError(Errno.EINVAL);
                    if (offset >= size) throw new FileSystemError(Errno.ENXIO);
                    long pos = whence == SEEK_DATA ? offset : size;
                    ch.position(pos);
                    return pos;
                }
                long base = switch (whence) {
                    case SEEK_SET -> 0;
                    case SEEK_CUR -> ch.position();
                    case SEEK_END -> ch.size();
                    default -> throw new FileSystemError(Errno.EINVAL);
                };
                long pos = base + offset;
                if (pos < 0) throw new FileSystemError(Errno.EINVAL);
                ch.position(pos);
                return pos;
            } catch (IOException e) {
                throw new FileSystemError(errnoOf(e));
            }
        }

        @Override public void truncate(long length) {
            open();
            if (length < 0 || access == O_RDONLY) throw new FileSystemError(Errno.EINVAL);
            try {
                long pos = ch.position(), size = ch.size();
                if (length < size) {
                    ch.truncate(length);
                    ch.position(pos); // FileChannel pulls the position back; ftruncate does not move it
                } else if (length > size) {
                    ch.write(ByteBuffer.wrap(new byte[1]), length - 1);
                }
            } catch (IOException e) {
                throw new FileSystemError(errnoOf(e));
            }
        }

        @Override public FileStat stat() {
            open();
            try {
                return statOf(path, FOLLOW, null);
            } catch (FileSystemError e) {
                // the name is gone (unlinked while open): what is still known
                try {
                    return new FileStat(FileStat.S_IFREG | 0644, 0, 0, 0, 0, 0, 0, ch.size(), 4096, 0, 0, 0, 0);
                } catch (IOException x) {
                    throw new FileSystemError(errnoOf(x));
                }
            }
        }

        @Override public long size() {
            open();
            try {
                return ch.size();
            } catch (IOException e) {
                throw new FileSystemError(errnoOf(e));
            }
        }

        @Override public void close() {
            if (closed) return;
            closed = true;
            try {
                ch.close();
            } catch (IOException e) {
                throw new FileSystemError(errnoOf(e));
            }
        }
    }
}
