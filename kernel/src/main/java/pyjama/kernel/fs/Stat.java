package pyjama.kernel.fs;

/**
 * What {@code stat} reports, field for field as Linux's {@code struct stat} (and so Python's
 * {@code os.stat_result}). Times are wall-clock nanoseconds since the epoch. There is one user,
 * so {@code uid} and {@code gid} are always 0.
 */
public record Stat(int mode, long ino, long dev, long nlink, int uid, int gid, long rdev, long size,
                   long blksize, long blocks, long atimeNs, long mtimeNs, long ctimeNs) {
    public static final int S_IFMT = 0170000;
    public static final int S_IFDIR = 0040000;
    public static final int S_IFCHR = 0020000;
    public static final int S_IFREG = 0100000;
    /** Permission bits including set-uid, set-gid and sticky. */
    public static final int S_IMODE = 07777;

    public boolean isDirectory() { return (mode & S_IFMT) == S_IFDIR; }
    public boolean isRegularFile() { return (mode & S_IFMT) == S_IFREG; }
    public boolean isCharDevice() { return (mode & S_IFMT) == S_IFCHR; }
}
