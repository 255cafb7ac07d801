package pyjama.kernel.fs;

import java.util.List;

/**
 * Where a path led. {@code dirs} is the chain of directories walked to reach it, from the root
 * (mount roots in place of the directories they cover); {@code names} the matching names
 * (one fewer: the root has none).
 *
 * <p>For a {@link Last#NORMAL} last component, {@code parent} is the directory that holds (or
 * would hold) {@code name}, and {@code inode} is what it names, or null if nothing. For the
 * others ({@code .}, {@code ..}, or the root itself) {@code inode} is the directory reached,
 * {@code parent} and {@code name} are null.
 */
record Lookup(List<Dir> dirs, List<String> names, Last last, Dir parent, String name, Inode inode,
              boolean trailingSlash) {

    enum Last { NORMAL, DOT, DOTDOT, ROOT }

    /** The filesystem the operation happens in: the parent's, or the reached directory's. */
    Filesystem fs() { return parent != null ? parent.fs : inode.fs; }

    boolean within(Dir dir) {
        for (Dir d : dirs) if (d == dir) return true;
        return false;
    }

    /** The normalised absolute path walked (the last component included when it exists). */
    String absolute() {
        StringBuilder sb = new StringBuilder();
        for (String n : names) sb.append('/').append(n);
        if (last == Last.NORMAL) sb.append('/').append(name);
        return sb.length() == 0 ? "/" : sb.toString();
    }
}
