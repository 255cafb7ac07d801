package pyjama.kernel.fs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * A directory: names to inodes, in creation order (what {@code readdir} returns; CPython leaves
 * {@code os.listdir}'s order unspecified). A rename moves the name to the end.
 *
 * <p>There are no hard links to directories and no symlinks, so a directory has exactly one
 * parent; path walking keeps the chain of directories it came through and needs no parent
 * pointer. {@code nlink} is 2 plus the number of subdirectories, as on Linux.
 */
final class Dir extends Inode {
    private final LinkedHashMap<String, Inode> entries = new LinkedHashMap<>();
    /** The filesystem mounted on this directory, which hides it; null if none. */
    Filesystem mounted;

    Dir(Filesystem fs, int perm) {
        super(fs, perm);
        nlink = 2;
    }

    @Override int type() { return Stat.S_IFDIR; }

    /** As Linux tmpfs: 20 bytes per entry, counting {@code .} and {@code ..}. */
    @Override long size() { return 40L + 20L * entries.size(); }

    Inode get(String name) { return entries.get(name); }

    boolean isEmpty() { return entries.isEmpty(); }

    int count() { return entries.size(); }

    void add(String name, Inode inode) {
        entries.put(name, inode);
        // A subdirectory's ".." links to us; a file's name is a link to it.
        if (inode instanceof Dir) nlink++;
        else inode.nlink++;
        touchModified();
    }

    /** Removes the name; the caller decides what becomes of the inode. */
    Inode remove(String name) {
        Inode inode = entries.remove(name);
        if (inode == null) return null;
        if (inode instanceof Dir) nlink--;
        else inode.nlink--;
        touchModified();
        return inode;
    }

    List<String> names() { return new ArrayList<>(entries.keySet()); }

    List<DirEntry> list() {
        List<DirEntry> out = new ArrayList<>(entries.size());
        for (var e : entries.entrySet()) {
            Inode shown = e.getValue();
            if (shown instanceof Dir d && d.mounted != null) shown = d.mounted.root;
            out.add(new DirEntry(e.getKey(), shown.ino, shown.type()));
        }
        return out;
    }
}
