package pyjama.kernel.python;

import java.util.ArrayList;
import java.util.List;
import pyjama.kernel.fs.DirEntry;
import pyjama.kernel.fs.FsError;
import pyjama.kernel.fs.Vfs;

/**
 * Names in the VFS for Tab completion: the entries of a directory that continue a partly typed
 * path, and the commands of /bin. Reads directories only (no file is opened), and a directory
 * that cannot be read simply offers nothing.
 */
final class FileNames {
    private FileNames() {}

    /** Where the shell and bare words find commands: {@code /bin/NAME.py}. */
    static final String COMMAND_DIRECTORY = "/bin";

    /** One directory entry that continues the typed path. */
    record Entry(String name, boolean directory) {}

    /**
     * The entries of the directory part of {@code path} (relative to {@code cwd}; {@code "b"}
     * is looked for in cwd, {@code "/b"} in {@code /}, {@code "a/b"} in {@code a/}) whose names
     * start with its last part, sorted by name. Names starting with '.' only when the last part
     * does; {@code ..} is offered for a last part {@code ..}, so {@code cd ..} can become
     * {@code cd ../}.
     */
    static List<Entry> matching(Vfs vfs, String cwd, String path) {
        int slash = path.lastIndexOf('/');
        String directory = slash < 0 ? "." : path.substring(0, slash + 1);
        String prefix = path.substring(slash + 1);
        ArrayList<Entry> found = new ArrayList<>();
        if (prefix.equals("..")) found.add(new Entry("..", true));
        if (vfs == null) return found;
        List<DirEntry> entries;
        try {
            entries = vfs.scandir(cwd, directory);
        } catch (FsError e) {
            return found;
        }
        boolean hidden = prefix.startsWith(".");
        for (DirEntry e : entries) {
            String name = e.name();
            if (!name.startsWith(prefix) || (name.startsWith(".") && !hidden)) continue;
            found.add(new Entry(name, e.isDirectory()));
        }
        found.sort((a, b) -> a.name().compareTo(b.name()));
        return found;
    }

    /** The names of the commands in /bin (files {@code NAME.py}) that start with {@code prefix}, sorted. */
    static List<String> commands(Vfs vfs, String prefix) {
        ArrayList<String> names = new ArrayList<>();
        if (vfs == null) return names;
        List<DirEntry> entries;
        try {
            entries = vfs.scandir("/", COMMAND_DIRECTORY);
        } catch (FsError e) {
            return names;
        }
        for (DirEntry e : entries) {
            String name = e.name();
            if (!e.isRegularFile() || !name.endsWith(".py") || name.length() <= 3) continue;
            String command = name.substring(0, name.length() - 3);
            if (command.startsWith(prefix)) names.add(command);
        }
        names.sort(String::compareTo);
        return names;
    }

    /** Whether {@code /bin/word.py} exists: the shell would run it for a bare word. */
    static boolean isCommand(Vfs vfs, String word) {
        if (vfs == null) return false;
        try {
            return vfs.stat("/", COMMAND_DIRECTORY + "/" + word + ".py").isRegularFile();
        } catch (FsError e) {
            return false;
        }
    }
}
