package pyjama.kernel.fs;

/** One directory entry as {@code scandir} gives it: the name, inode number and file type bits ({@link Stat#S_IFMT}). */
public record DirEntry(String name, long ino, int type) {
    public boolean isDirectory() { return type == Stat.S_IFDIR; }
    public boolean isRegularFile() { return type == Stat.S_IFREG; }
}
