package pyjama.kernel.fs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The virtual filesystem: one tree made of mounted filesystems, and every operation on paths.
 * Descriptor operations are in {@link FdTable}.
 *
 * <p>Paths are Java strings (the Python layer decodes bytes paths as UTF-8). A relative path is
 * resolved against {@code cwd}, an absolute path the caller keeps per session (see
 * {@link #resolveDirectory} for {@code chdir}); a null or empty cwd means {@code /}. Paths are
 * walked one component at a time as Linux does, with no symlinks: {@code .} stays,
 * {@code ..} goes back along the directories walked (never above {@code /}), every component
 * but the last must be an existing directory (else ENOENT or ENOTDIR), and a trailing slash
 * requires the result to be a directory. A directory with a filesystem mounted on it is
 * replaced by that filesystem's root while walking, so the deepest (longest-prefix) mount wins.
 *
 * <p>Every failure is an {@link FsError} carrying a Linux errno and the path(s) as given.
 * The checks, and their order where several apply, follow Linux's (tmpfs) so the errno a Python
 * program sees is the one CPython on Linux would show.
 */
public final class Vfs {
    /** As Linux: a path of 4096 bytes or more (in UTF-8) is ENAMETOOLONG, as is a name over 255. */
    public static final int PATH_MAX = 4096;
    public static final int NAME_MAX = 255;
    /** For {@link #utime}: take the current time. */
    public static final long UTIME_NOW = Long.MIN_VALUE;

    private final Filesystem rootFs;
    private final ArrayList<Filesystem> mounts = new ArrayList<>();
    private int umask = 022;

    public Vfs(Filesystem root) {
        this.rootFs = root;
        root.mountPoint = "/";
        mounts.add(root);
    }

    /**
     * The standard tree: tmpfs at {@code /} (with {@code /bin}, {@code /lib}, {@code /examples}, {@code /tmp},
     * {@code /dev}, {@code /proc}), devfs at {@code /dev}, procfs at {@code /proc} (its providers
     * are registered by the kernel through {@link #procFs()}).
     */
    public static Vfs standard(LongSupplier wallClockNs, long randomSeed, ConsoleDevice console, long tmpfsLimitBytes) {
        Vfs vfs = new Vfs(new TmpFs(wallClockNs, tmpfsLimitBytes));
        vfs.mkdir("/", "/bin", 0755);
        vfs.mkdir("/", "/lib", 0755);
        vfs.mkdir("/", "/examples", 0755);
        vfs.mkdir("/", "/tmp", 0777);
        vfs.chmod("/", "/tmp", 01777);
        vfs.mkdir("/", "/dev", 0755);
        vfs.mkdir("/", "/proc", 0555);
        vfs.mount("/dev", DevFs.standard(wallClockNs, randomSeed, console), false);
        vfs.mount("/proc", new ProcFs(wallClockNs), true);
        return vfs;
    }

    // ---- mounts ------------------------------------------------------------------------

    /**
     * Mounts {@code fs} on the existing directory {@code path} (absolute), hiding what was there.
     * A procfs is always read-only.
     */
    public void mount(String path, Filesystem fs, boolean readOnly) {
        if (fs.mountPoint != null) throw new FsError(Errno.EBUSY, path);
        Lookup l = walk("/", path);
        Inode target = existing(l, path);
        if (!(target instanceof Dir dir)) throw new FsError(Errno.ENOTDIR, path);
        dir.mounted = fs;
        fs.mountPoint = l.absolute();
        fs.readOnly = readOnly || fs instanceof ProcFs;
        mounts.add(fs);
    }

    /** The mounted filesystems, in mount order, the root first. */
    public List<Filesystem> mounts() { return new ArrayList<>(mounts); }

    /** Where {@code fs} is mounted, or null. */
    public String mountPoint(Filesystem fs) { return fs.mountPoint; }

    /** As {@code /proc/mounts}: {@code tmpfs / tmpfs rw 0 0}, one line per mount. */
    public String mountsText() {
        StringBuilder sb = new StringBuilder();
        for (Filesystem fs : mounts) {
            sb.append(fs.type).append(' ').append(fs.mountPoint).append(' ').append(fs.type)
                    .append(fs.readOnly ? " ro" : " rw").append(" 0 0\n");
        }
        return sb.toString();
    }

    /**
     * The filesystem that holds a (lexically normalised) absolute path: the mount with the
     * longest mount point that is a prefix of it on a component boundary.
     */
    public Filesystem filesystemFor(String absolutePath) {
        String p = normalize(absolutePath);
        Filesystem best = rootFs;
        int bestLen = 0;
        for (Filesystem fs : mounts) {
            String mp = fs.mountPoint;
            if (mp == null || mp.equals("/")) continue;
            boolean covers = p.equals(mp) || (p.startsWith(mp) && p.charAt(mp.length()) == '/');
            if (covers && mp.length() > bestLen) {
                best = fs;
                bestLen = mp.length();
            }
        }
        return best;
    }

    /** The mounted procfs (for registering providers), or null. */
    public ProcFs procFs() {
        for (Filesystem fs : mounts) if (fs instanceof ProcFs p) return p;
        return null;
    }

    /** The mounted devfs, or null. */
    public DevFs devFs() {
        for (Filesystem fs : mounts) if (fs instanceof DevFs d) return d;
        return null;
    }

    /** Sets the mask of permission bits cleared from the modes given to mkdir and open; returns the old one. */
    public int umask(int mask) {
        int old = umask;
        umask = mask & 0777;
        return old;
    }

    // ---- path operations ----------------------------------------------------------------

    public Stat stat(String cwd, String path) {
        Lookup l = walk(cwd, path);
        return existingWithSlash(l, path).stat();
    }

    /** As {@link #stat}: there are no symlinks. */
    public Stat lstat(String cwd, String path) { return stat(cwd, path); }

    public boolean exists(String cwd, String path) {
        try {
            stat(cwd, path);
            return true;
        } catch (FsError e) {
            return false;
        }
    }

    public void mkdir(String cwd, String path, int mode) {
        Lookup l = walk(cwd, path);
        if (l.last() != Lookup.Last.NORMAL || l.inode() != null) throw new FsError(Errno.EEXIST, path);
        l.parent().fs.checkWritable(path);
        l.parent().add(l.name(), new Dir(l.parent().fs, mode & ~umask));
    }

    public void rmdir(String cwd, String path) {
        Lookup l = walk(cwd, path);
        switch (l.last()) {
            case DOT -> throw new FsError(Errno.EINVAL, path);
            case DOTDOT -> throw new FsError(Errno.ENOTEMPTY, path);
            case ROOT -> throw new FsError(Errno.EBUSY, path);
            case NORMAL -> { }
        }
        l.parent().fs.checkWritable(path);
        Inode inode = l.inode();
        if (inode == null) throw new FsError(Errno.ENOENT, path);
        if (!(inode instanceof Dir dir)) throw new FsError(Errno.ENOTDIR, path);
        if (isMountRoot(dir)) throw new FsError(Errno.EBUSY, path);
        if (!dir.isEmpty()) throw new FsError(Errno.ENOTEMPTY, path);
        l.parent().remove(l.name());
    }

    /** As Linux, a directory gives EISDIR (POSIX would allow EPERM). */
    public void unlink(String cwd, String path) {
        Lookup l = walk(cwd, path);
        if (l.last() != Lookup.Last.NORMAL) throw new FsError(Errno.EISDIR, path);
        l.parent().fs.checkWritable(path);
        Inode inode = l.inode();
        if (inode == null) throw new FsError(Errno.ENOENT, path);
        if (inode instanceof Dir) throw new FsError(Errno.EISDIR, path);
        if (l.trailingSlash()) throw new FsError(Errno.ENOTDIR, path);
        l.parent().remove(l.name());
        if (inode instanceof RegularFile rf) rf.releaseIfUnused();
        inode.ctimeNs = inode.fs.now();
    }

    /**
     * POSIX rename: replaces a file by a file or an empty directory by a directory, atomically
     * (there is one thread). The name moves to the end of the destination's entry order.
     * Errors carry both paths.
     */
    public void rename(String cwd, String oldPath, String newPath) {
        try {
            renameChecked(cwd, oldPath, newPath);
        } catch (FsError e) {
            throw new FsError(e.errno(), oldPath, newPath);
        }
    }

    private void renameChecked(String cwd, String oldPath, String newPath) {
        Lookup from = walk(cwd, oldPath);
        Lookup to = walk(cwd, newPath);
        if (from.fs() != to.fs()) throw new FsError(Errno.EXDEV);
        if (from.last() != Lookup.Last.NORMAL || to.last() != Lookup.Last.NORMAL) throw new FsError(Errno.EBUSY);
        from.fs().checkWritable(oldPath);
        Inode src = from.inode();
        if (src == null) throw new FsError(Errno.ENOENT);
        if (!(src instanceof Dir) && (from.trailingSlash() || to.trailingSlash())) throw new FsError(Errno.ENOTDIR);
        // A directory cannot move below itself; a directory cannot replace one of its source's ancestors.
        if (src instanceof Dir srcDir && to.within(srcDir)) throw new FsError(Errno.EINVAL);
        Inode dst = to.inode();
        if (dst instanceof Dir dstDir && from.within(dstDir)) throw new FsError(Errno.ENOTEMPTY);
        if (src == dst) return;
        if (dst != null) {
            if (src instanceof Dir && !(dst instanceof Dir)) throw new FsError(Errno.ENOTDIR);
            if (!(src instanceof Dir) && dst instanceof Dir) throw new FsError(Errno.EISDIR);
        }
        if (isMountRoot(src) || isMountRoot(dst)) throw new FsError(Errno.EBUSY);
        if (dst instanceof Dir dstDir && !dstDir.isEmpty()) throw new FsError(Errno.ENOTEMPTY);

        from.parent().remove(from.name());
        if (dst != null) {
            to.parent().remove(to.name());
            if (dst instanceof RegularFile rf) rf.releaseIfUnused();
        }
        to.parent().add(to.name(), src);
        src.ctimeNs = src.fs.now();
    }

    public void truncate(String cwd, String path, long length) {
        if (length < 0) throw new FsError(Errno.EINVAL, path);
        Lookup l = walk(cwd, path);
        Inode inode = existingWithSlash(l, path);
        if (inode instanceof Dir) throw new FsError(Errno.EISDIR, path);
        inode.fs.checkWritable(path);
        if (!(inode instanceof RegularFile rf)) throw new FsError(Errno.EINVAL, path);
        try {
            rf.truncate(length);
        } catch (FsError e) {
            throw new FsError(e.errno(), path);
        }
    }

    /** Sets access and modification times (ns since the epoch; {@link #UTIME_NOW} for now). */
    public void utime(String cwd, String path, long atimeNs, long mtimeNs) {
        Lookup l = walk(cwd, path);
        Inode inode = existingWithSlash(l, path);
        inode.fs.checkWritable(path);
        long now = inode.fs.now();
        inode.atimeNs = atimeNs == UTIME_NOW ? now : atimeNs;
        inode.mtimeNs = mtimeNs == UTIME_NOW ? now : mtimeNs;
        inode.ctimeNs = now;
    }

    /** Sets the permission bits (kept and reported; not enforced, see {@link Inode}). */
    public void chmod(String cwd, String path, int mode) {
        Lookup l = walk(cwd, path);
        Inode inode = existingWithSlash(l, path);
        inode.fs.checkWritable(path);
        inode.perm = mode & Stat.S_IMODE;
        inode.ctimeNs = inode.fs.now();
    }

    /** The names in a directory, in creation order (without {@code .} and {@code ..}). */
    public List<String> readdir(String cwd, String path) {
        return directory(cwd, path).names();
    }

    /** The entries of a directory with their inode numbers and types, in creation order. */
    public List<DirEntry> scandir(String cwd, String path) {
        return directory(cwd, path).list();
    }

    /**
     * For {@code chdir}: checks that {@code path} (relative to {@code cwd}) is a directory and
     * returns its normalised absolute path, which becomes the caller's new cwd.
     */
    public String resolveDirectory(String cwd, String path) {
        Lookup l = walk(cwd, path);
        if (!(existing(l, path) instanceof Dir)) throw new FsError(Errno.ENOTDIR, path);
        return l.absolute();
    }

    /**
     * Lexical normalisation as Python's {@code os.path.normpath} on an absolute path (after
     * joining a relative one to {@code cwd}): no filesystem access, {@code ..} just drops the
     * previous component.
     */
    public static String absolute(String cwd, String path) {
        String base = cwd == null || cwd.isEmpty() ? "/" : cwd;
        return normalize(path.startsWith("/") ? path : base + "/" + path);
    }

    private static String normalize(String path) {
        ArrayList<String> parts = new ArrayList<>();
        for (String c : split(path)) {
            if (c.equals(".")) continue;
            if (c.equals("..")) {
                if (!parts.isEmpty()) parts.remove(parts.size() - 1);
                continue;
            }
            parts.add(c);
        }
        if (parts.isEmpty()) return "/";
        StringBuilder sb = new StringBuilder();
        for (String p : parts) sb.append('/').append(p);
        return sb.toString();
    }

    /**
     * For frozen content at boot: writes {@code data} to the absolute {@code path}, creating
     * missing parent directories (mode 0755) and replacing an existing file's content. The file
     * gets mode 0644. Read-only mounts still refuse (EROFS).
     */
    public void installFile(String path, byte[] data) {
        OpenFile f = openForInstall(path);
        try {
            int done = 0;
            while (done < data.length) done += f.write(data, done, data.length - done);
        } finally {
            f.release();
        }
    }

    /** The absolute {@code path} opened empty for writing, with mode 0644 and its missing parents (0755) made. */
    private OpenFile openForInstall(String path) {
        if (path == null || !path.startsWith("/")) throw new FsError(Errno.EINVAL, path);
        List<String> parts = split(path);
        if (parts.isEmpty()) throw new FsError(Errno.EISDIR, path);
        StringBuilder dir = new StringBuilder();
        for (int i = 0; i < parts.size() - 1; i++) {
            dir.append('/').append(parts.get(i));
            String d = dir.toString();
            if (!exists("/", d)) mkdir("/", d, 0755);
        }
        OpenFile f = openFile("/", path, OpenFlags.O_WRONLY | OpenFlags.O_CREAT | OpenFlags.O_TRUNC, 0644);
        f.inode.perm = 0644;
        return f;
    }

    /**
     * As {@link #installFile}, for content that is made only when the file is first read,
     * written or truncated ({@code content} must then give exactly {@code size} bytes): the
     * kernel's frozen files, installed at every boot and mostly never read. The storage is
     * charged now (ENOSPC now, not at the first read).
     */
    public void installFileLazily(String path, int size, java.util.function.Supplier<byte[]> content) {
        OpenFile f = openForInstall(path);
        try {
            if (!(f.inode instanceof RegularFile rf)) throw new FsError(Errno.EINVAL, path);
            rf.setContentLazily(size, content);
        } finally {
            f.release();
        }
    }

    /** The whole content of a file (a regular file, a procfs file, or a device up to its first short read). */
    public byte[] readFile(String cwd, String path) {
        OpenFile f = openFile(cwd, path, OpenFlags.O_RDONLY, 0);
        try {
            byte[] buf = new byte[f.inode instanceof Device ? 4096 : Math.max(16, f.readSize(Integer.MAX_VALUE - 8, 0))];
            int len = 0;
            while (true) {
                if (len == buf.length) {
                    if (f.inode instanceof Device) break;
                    buf = java.util.Arrays.copyOf(buf, buf.length * 2);
                }
                int n = f.read(buf, len, buf.length - len);
                if (n <= 0) break;
                len += n;
            }
            return java.util.Arrays.copyOf(buf, len);
        } catch (FsError e) {
            throw new FsError(e.errno(), path);
        } finally {
            f.release();
        }
    }

    // ---- open (used by FdTable) ---------------------------------------------------------

    /** Opens {@code path}: checks as Linux's open(2), in its order; errors carry the path. */
    OpenFile openFile(String cwd, String path, int flags, int mode) {
        boolean creat = (flags & OpenFlags.O_CREAT) != 0;
        boolean wantDir = (flags & OpenFlags.O_DIRECTORY) != 0;
        boolean trunc = (flags & OpenFlags.O_TRUNC) != 0;
        if (creat && wantDir) throw new FsError(Errno.EINVAL, path);
        Lookup l = walk(cwd, path);
        Inode inode = l.inode();
        boolean created = false;
        if (creat) {
            if (l.last() != Lookup.Last.NORMAL) throw new FsError(Errno.EISDIR, path);
            // As Linux: O_CREAT with a trailing slash is EISDIR before anything else is looked at.
            if (l.trailingSlash()) throw new FsError(Errno.EISDIR, path);
            if (inode != null) {
                if ((flags & OpenFlags.O_EXCL) != 0) throw new FsError(Errno.EEXIST, path);
                if (inode instanceof Dir) throw new FsError(Errno.EISDIR, path);
            } else {
                Dir parent = l.parent();
                parent.fs.checkWritable(path);
                inode = new RegularFile(parent.fs, mode & ~umask);
                parent.add(l.name(), inode);
                created = true;
            }
        }
        if (inode == null) throw new FsError(Errno.ENOENT, path);
        if (!(inode instanceof Dir) && (l.trailingSlash() || wantDir)) throw new FsError(Errno.ENOTDIR, path);
        boolean write = OpenFlags.writable(flags);
        if (inode instanceof Dir && (write || trunc)) throw new FsError(Errno.EISDIR, path);
        if ((write || trunc) && inode.fs.readOnly) throw new FsError(Errno.EROFS, path);
        if (trunc && !created && inode instanceof RegularFile rf) rf.truncate(0);
        OpenFile f = new OpenFile(inode, flags);
        if (inode instanceof ProcFile p) f.snapshot = p.generate(path);
        return f;
    }

    // ---- walking --------------------------------------------------------------------------

    private Dir directory(String cwd, String path) {
        Lookup l = walk(cwd, path);
        if (!(existing(l, path) instanceof Dir dir)) throw new FsError(Errno.ENOTDIR, path);
        return dir;
    }

    private static Inode existing(Lookup l, String path) {
        if (l.inode() == null) throw new FsError(Errno.ENOENT, path);
        return l.inode();
    }

    /** The inode, which must exist, and be a directory if the path ended in a slash. */
    private static Inode existingWithSlash(Lookup l, String path) {
        Inode inode = existing(l, path);
        if (l.trailingSlash() && !(inode instanceof Dir)) throw new FsError(Errno.ENOTDIR, path);
        return inode;
    }

    private static boolean isMountRoot(Inode inode) {
        return inode instanceof Dir d && d == d.fs.root;
    }

    /** A directory, or the root of the filesystem(s) mounted on it. Bounded by the number of mounts. */
    private static Dir crossMounts(Dir dir) {
        while (dir.mounted != null) dir = dir.mounted.root;
        return dir;
    }

    /**
     * Walks {@code path} from {@code cwd} (for a relative path) or the root. Iterative: the
     * depth is bounded by the path's length (PATH_MAX) plus the cwd's, never by the stack.
     */
    Lookup walk(String cwd, String path) {
        if (path == null || path.indexOf('\0') >= 0) throw new FsError(Errno.EINVAL, path);
        if (path.isEmpty()) throw new FsError(Errno.ENOENT, path);
        if (utf8Length(path) >= PATH_MAX) throw new FsError(Errno.ENAMETOOLONG, path);
        ArrayList<Dir> dirs = new ArrayList<>();
        ArrayList<String> names = new ArrayList<>();
        dirs.add(crossMounts(rootFs.root));
        if (path.charAt(0) != '/' && cwd != null) {
            for (String c : split(cwd)) step(dirs, names, c, path);
        }
        List<String> parts = split(path);
        if (parts.isEmpty()) {
            Dir top = dirs.get(dirs.size() - 1);
            // Only "/" (or "//"...) has no components; a relative path always has one.
            return new Lookup(dirs, names, Lookup.Last.ROOT, null, null, top, true);
        }
        for (int i = 0; i < parts.size() - 1; i++) step(dirs, names, parts.get(i), path);
        String last = parts.get(parts.size() - 1);
        boolean slash = path.charAt(path.length() - 1) == '/';
        if (last.equals(".")) {
            return new Lookup(dirs, names, Lookup.Last.DOT, null, null, dirs.get(dirs.size() - 1), slash);
        }
        if (last.equals("..")) {
            up(dirs, names);
            return new Lookup(dirs, names, Lookup.Last.DOTDOT, null, null, dirs.get(dirs.size() - 1), slash);
        }
        checkName(last, path);
        Dir parent = dirs.get(dirs.size() - 1);
        Inode inode = parent.get(last);
        if (inode instanceof Dir d) inode = crossMounts(d);
        return new Lookup(dirs, names, Lookup.Last.NORMAL, parent, last, inode, slash);
    }

    private static void step(ArrayList<Dir> dirs, ArrayList<String> names, String component, String path) {
        if (component.equals(".")) return;
        if (component.equals("..")) {
            up(dirs, names);
            return;
        }
        checkName(component, path);
        Inode next = dirs.get(dirs.size() - 1).get(component);
        if (next == null) throw new FsError(Errno.ENOENT, path);
        if (!(next instanceof Dir d)) throw new FsError(Errno.ENOTDIR, path);
        dirs.add(crossMounts(d));
        names.add(component);
    }

    private static void up(ArrayList<Dir> dirs, ArrayList<String> names) {
        if (dirs.size() > 1) {
            dirs.remove(dirs.size() - 1);
            names.remove(names.size() - 1);
        }
    }

    private static void checkName(String name, String path) {
        // Up to 63 chars cannot exceed 255 bytes of UTF-8; only longer names need counting.
        if (name.length() > NAME_MAX / 4 && utf8Length(name) > NAME_MAX) throw new FsError(Errno.ENAMETOOLONG, path);
    }

    /** The components between slashes, empty ones dropped. */
    static List<String> split(String path) {
        ArrayList<String> out = new ArrayList<>();
        int n = path.length();
        int i = 0;
        while (i < n) {
            while (i < n && path.charAt(i) == '/') i++;
            int start = i;
            while (i < n && path.charAt(i) != '/') i++;
            if (i > start) out.add(path.substring(start, i));
        }
        return out;
    }

    static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) n += 1;
            else if (c < 0x800) n += 2;
            else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else n += 3;
        }
        return n;
    }
}
