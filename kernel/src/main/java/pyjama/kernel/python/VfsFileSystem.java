package pyjama.kernel.python;

import pyjama.kernel.fs.FdTable;
import pyjama.kernel.fs.FsError;
import pyjama.kernel.fs.OpenFlags;
import pyjama.kernel.fs.Stat;
import pyjama.kernel.fs.Vfs;
import pyjama.python.FileSystem;

/**
 * The interpreter's files (import along sys.path, open()) over the kernel's VFS. Relative paths
 * are resolved against a fixed working directory. The {@link FileSystem} contract reports
 * failure as null/false, so the errno of an {@link FsError} goes no further than here: the
 * interpreter raises FileNotFoundError for any failed read (see docs/kernel.md, gaps).
 */
public final class VfsFileSystem implements FileSystem {
    private final Vfs vfs;
    private final String cwd;

    public VfsFileSystem(Vfs vfs, String cwd) {
        this.vfs = vfs;
        this.cwd = cwd == null || cwd.isEmpty() ? "/" : cwd;
    }

    public String cwd() { return cwd; }

    @Override
    public byte[] read(String path) {
        if (path == null || path.isEmpty()) return null;
        try {
            // Only regular files: reading a device (the console) would block, a directory fails.
            Stat st = vfs.stat(cwd, path);
            if (!st.isRegularFile()) return null;
            return vfs.readFile(cwd, path);
        } catch (FsError e) {
            return null;
        }
    }

    @Override
    public boolean write(String path, byte[] data, boolean append) {
        if (path == null || path.isEmpty()) return false;
        FdTable fds = new FdTable(vfs, 1);
        try {
            int flags = OpenFlags.O_WRONLY | OpenFlags.O_CREAT | (append ? OpenFlags.O_APPEND : OpenFlags.O_TRUNC);
            int fd = fds.open(cwd, path, flags, 0666);
            int done = 0;
            while (done < data.length) {
                int n = fds.write(fd, data, done, data.length - done);
                if (n <= 0) return false;
                done += n;
            }
            return true;
        } catch (FsError e) {
            return false;
        } finally {
            fds.closeAll();
        }
    }
}
