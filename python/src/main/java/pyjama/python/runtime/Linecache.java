package pyjama.python.runtime;

import java.util.HashMap;
import java.util.function.Supplier;

/**
 * Source text of files and frozen modules, for tracebacks. A source is split into lines only
 * when a traceback first asks for one of them, and a frozen module with precompiled code gives
 * a supplier of its source instead (inflated on first use): most imported modules never appear
 * in a traceback.
 */
public final class Linecache {
    private Linecache() {}

    /** filename to its lines (String[]), its whole source (String) or a supplier of it. */
    static final HashMap<String, Object> LINES = new HashMap<>();

    public static synchronized void register(String filename, String source) {
        LINES.put(filename, source);
    }

    /** Registers a source that is made only when a line of it is needed (null from the supplier: no lines). */
    public static synchronized void registerLazy(String filename, Supplier<String> source) {
        LINES.put(filename, source);
    }

    /** The line (1-based) without its newline, or null. */
    public static synchronized String line(String filename, int lineno) {
        String[] l = lines(filename);
        if (l == null || lineno < 1 || lineno > l.length) return null;
        String s = l[lineno - 1];
        if (s.endsWith("\r")) s = s.substring(0, s.length() - 1);
        return s;
    }

    @SuppressWarnings("unchecked")
    private static String[] lines(String filename) {
        Object o = LINES.get(filename);
        if (o == null || o instanceof String[]) return (String[]) o;
        String source = o instanceof String s ? s : ((Supplier<String>) o).get();
        if (source == null) {
            LINES.remove(filename);
            return null;
        }
        String[] l = source.split("\n", -1);
        LINES.put(filename, l);
        return l;
    }
}
