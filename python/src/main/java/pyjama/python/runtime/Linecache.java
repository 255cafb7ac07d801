package pyjama.python.runtime;

import java.util.HashMap;

/** Source text of files and frozen modules, for tracebacks. */
public final class Linecache {
    private Linecache() {}

    static final HashMap<String, String[]> LINES = new HashMap<>();

    public static synchronized void register(String filename, String source) {
        LINES.put(filename, source.split("\n", -1));
    }

    /** The line (1-based) without its newline, or null. */
    public static synchronized String line(String filename, int lineno) {
        String[] l = LINES.get(filename);
        if (l == null || lineno < 1 || lineno > l.length) return null;
        String s = l[lineno - 1];
        if (s.endsWith("\r")) s = s.substring(0, s.length() - 1);
        return s;
    }
}
