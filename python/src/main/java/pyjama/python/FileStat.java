package pyjama.python;

/**
 * What {@code stat} reports, field for field Linux's {@code struct stat} and so Python's
 * {@code os.stat_result}. Times are nanoseconds since the Unix epoch. A file system that cannot
 * know a field reports what Linux would for the nearest thing (documented by the implementation).
 */
public record FileStat(int mode, long ino, long dev, long nlink, int uid, int gid, long rdev, long size,
                       long blksize, long blocks, long atimeNs, long mtimeNs, long ctimeNs) {
    public static final int S_IFMT = 0170000;
    public static final int S_IFSOCK = 0140000;
    public static final int S_IFLNK = 0120000;
    public static final int S_IFREG = 0100000;
    public static final int S_IFBLK = 0060000;
    public static final int S_IFDIR = 0040000;
    public static final int S_IFCHR = 0020000;
    public static final int S_IFIFO = 0010000;

    public boolean isDirectory() { return (mode & S_IFMT) == S_IFDIR; }
    public boolean isRegularFile() { return (mode & S_IFMT) == S_IFREG; }
    public boolean isSymlink() { return (mode & S_IFMT) == S_IFLNK; }
}
