package pyjama.kernel.python;

import java.util.ArrayList;
import java.util.List;
import pyjama.kernel.fs.DirEntry;
import pyjama.kernel.fs.FdTable;
import pyjama.kernel.fs.FsError;
import pyjama.kernel.fs.Stat;
import pyjama.kernel.fs.Vfs;
import pyjama.python.FileHandle;
import pyjama.python.FileStat;
import pyjama.python.FileSystem;
import pyjama.python.FileSystemError;

/**
 * The interpreter's files (import, open(), the os module) over the kernel's VFS: one call to
 * {@link Vfs} or {@link FdTable} per operation, relative paths against this object's working
 * directory, and every {@link FsError} passed on as a {@link FileSystemError} with the same
 * Linux errno and file names (so Python sees FileNotFoundError, IsADirectoryError, ... with
 * glibc's texts, as the VFS was built to mirror Linux).
 *
 * <p>One instance serves one Python run: it owns the descriptor table its open files live in
 * ({@link #closeAll} ends them) and the working directory ({@code os.getcwd}/{@code os.chdir}).
 * The table allows {@value #MAX_OPEN_FILES} files at once, more than Linux's usual 256-per
 * process soft limit because file objects a program drops are not closed until the run ends
 * (the interpreter has no finalizers).
 */
public final class VfsFileSystem implements FileSystem {
    static final int MAX_OPEN_FILES = 1024;

    private final Vfs vfs;
    private final FdTable fds;
    private String cwd;

    public VfsFileSystem(Vfs vfs, String cwd) {
        this.vfs = vfs;
        this.fds = new FdTable(vfs, MAX_OPEN_FILES);
        this.cwd = cwd == null || cwd.isEmpty() ? "/" : cwd;
    }

    /** The working directory (as {@link #getcwd}). */
    public String cwd() { return cwd; }

    /** Closes every file still open through this file system. */
    public void closeAll() { fds.closeAll(); }

    /** How many files are open through this file system. */
    public int openCount() { return fds.openCount(); }

    static FileSystemError error(FsError e) { return new FileSystemError(e.errno(), e.filename(), e.filename2()); }

    static FileStat fileStat(Stat s) {
        return new FileStat(s.mode(), s.ino(), s.dev(), s.nlink(), s.uid(), s.gid(), s.rdev(), s.size(),
                s.blksize(), s.blocks(), s.atimeNs(), s.mtimeNs(), s.ctimeNs());
    }

    @Override public FileStat stat(String path) {
        try {
            return fileStat(vfs.stat(cwd, path));
        } catch (FsError e) {
            throw error(e);
        }
    }

    @Override public FileStat lstat(String path) {
        try {
            return fileStat(vfs.lstat(cwd, path));
        } catch (FsError e) {
            throw error(e);
        }
    }

    @Override public List<Entry> scandir(String path) {
        try {
            List<DirEntry> entries = vfs.scandir(cwd, path);
            List<Entry> out = new ArrayList<>(entries.size());
            for (DirEntry d : entries) out.add(new Entry(d.name(), d.ino(), d.type()));
            return out;
        } catch (FsError e) {
            throw error(e);
        }
    }

    @Override public List<String> listdir(String path) {
        try {
            return vfs.readdir(cwd, path);
        } catch (FsError e) {
            throw error(e);
        }
    }

    @Override public void mkdir(String path, int mode) {
        try {
            vfs.mkdir(cwd, path, mode);
        } catch (FsError e) {
            throw error(e);
        }
    }

    @Override public void rmdir(String path) {
        try {
            vfs.rmdir(cwd, path);
        } catch (FsError e) {
            throw error(e);
        }
    }

    @Override public void unlink(String path) {
        try {
            vfs.unlink(cwd, path);
        } catch (FsError e) {
            throw error(e);
        }
    }

    @Override public void rename(String from, String to) {
        try {
            vfs.rename(cwd, from, to);
        } catch (FsError e) {
            throw error(e);
        }
    }

    @Override public void utime(String path, long atimeNs, long mtimeNs) {
        try {
            vfs.utime(cwd, path, atimeNs == UTIME_NOW ? Vfs.UTIME_NOW : atimeNs, mtimeNs == UTIME_NOW ? Vfs.UTIME_NOW : mtimeNs);
        } catch (FsError e) {
            throw error(e);
        }
    }

    @Override public void chmod(String path, int mode) {
        try {
            vfs.chmod(cwd, path, mode);
        } catch (FsError e) {
            throw error(e);
        }
    }

    @Override public void truncate(String path, long length) {
        try {
            vfs.truncate(cwd, path, length);
        } catch (FsError e) {
            throw error(e);
        }
    }

    @Override public String getcwd() { return cwd; }

    @Override public void chdir(String path) {
        try {
            cwd = vfs.resolveDirectory(cwd, path);
        } catch (FsError e) {
            throw error(e);
        }
    }

    @Override public FileHandle open(String path, int flags, int mode) {
        int fd;
        try {
            fd = fds.open(cwd, path, flags, mode);
        } catch (FsError e) {
            throw error(e);
        }
        return new Handle(fd);
    }

    /** A descriptor of this file system's table. */
    private final class Handle implements FileHandle {
        private final int fd;
        private boolean closed;

        Handle(int fd) { this.fd = fd; }

        private int fd() {
            if (closed) throw new FileSystemError(pyjama.python.Errno.EBADF);
            return fd;
        }

        @Override public int read(byte[] b, int off, int len) {
            try {
                return fds.readInto(fd(), b, off, len);
            } catch (FsError e) {
                throw error(e);
            }
        }

        @Override public int write(byte[] b, int off, int len) {
            try {
                return fds.write(fd(), b, off, len);
            } catch (FsError e) {
                throw error(e);
            }
        }

        @Override public long seek(long offset, int whence) {
            try {
                if (whence == SEEK_DATA || whence == SEEK_HOLE) {
                    // The VFS has no SEEK_DATA/SEEK_HOLE; answer as Linux does for a file system
                    // that does not track holes: data up to the end, the only hole after it.
                    long size = fds.fstat(fd()).size();
                    if (offset < 0) throw new FileSystemError(pyjama.python.Errno.EINVAL);
                    if (offset >= size) throw new FileSystemError(pyjama.python.Errno.ENXIO);
                    return fds.lseek(fd, whence == SEEK_DATA ? offset : size, SEEK_SET);
                }
                return fds.lseek(fd(), offset, whence);
            } catch (FsError e) {
                throw error(e);
            }
        }

        @Override public void truncate(long length) {
            try {
                fds.ftruncate(fd(), length);
            } catch (FsError e) {
                throw error(e);
            }
        }

        @Override public FileStat stat() {
            try {
                return fileStat(fds.fstat(fd()));
            } catch (FsError e) {
                throw error(e);
            }
        }

        @Override public boolean isatty() {
            try {
                return fds.isatty(fd());
            } catch (FsError e) {
                throw error(e);
            }
        }

        @Override public void close() {
            if (closed) return;
            closed = true;
            try {
                if (fds.isOpen(fd)) fds.close(fd);
            } catch (FsError e) {
                throw error(e);
            }
        }
    }
}
