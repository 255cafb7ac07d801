package pyjama.python.runtime;

import java.util.HashMap;
import java.util.function.Supplier;

/**
 * Code compiled at build time, found again at run time instead of compiling the same source
 * (CPython's checked hash-based .pyc files, PEP 552, without the files). An embedding registers
 * an entry per file: its filename (as code objects and tracebacks show it), the compile flags
 * it was compiled with, a 64-bit hash of the exact source text ({@link #sourceHash}) and where
 * to get the code as {@link CodeSerializer} wrote it. {@code compile(source, filename, 'exec', flags)},
 * and with it every import and every script run, then looks the filename up first: when the
 * flags match and the source it was handed has the registered hash, it gets a fresh copy of
 * the stored code; otherwise (an edited file, other flags) it compiles as always. So an entry
 * can never stand in for a source it was not made from. Entries are global to the process (one
 * table for every interpreter), like the frozen modules.
 * <p>
 * The kernel registers the standard library and its own /bin, /lib and /examples at boot
 * (pyjama.kernel.python.PrecompiledFiles, made by {@code pyjama.python.Precompile} during the
 * build). SyntaxWarnings that compiling the source would print are not printed for stored
 * code, as CPython does not print them for a cached .pyc.
 */
public final class Precompiled {
    private Precompiled() {}

    /** One stored compilation; {@code data} gives {@link CodeSerializer}'s bytes when asked. */
    private record Entry(int flags, long sourceHash, Supplier<byte[]> data) {}

    private static final HashMap<String, Entry> ENTRIES = new HashMap<>();
    private static int hits, misses;

    /**
     * Registers the code of {@code filename} compiled with {@code flags} from a source of hash
     * {@code sourceHash}; {@code data} is called for each use (the kernel inflates it then).
     */
    public static synchronized void register(String filename, int flags, long sourceHash, Supplier<byte[]> data) {
        ENTRIES.put(filename, new Entry(flags, sourceHash, data));
    }

    /** Forgets every entry (tests). */
    public static synchronized void clear() {
        ENTRIES.clear();
        hits = misses = 0;
    }

    public static synchronized int size() { return ENTRIES.size(); }

    /** Lookups that found stored code, and those that found an entry but not for this source or these flags. */
    public static synchronized int hits() { return hits; }
    public static synchronized int misses() { return misses; }

    /**
     * The stored code for this exact source, filename and flags (a fresh object each time), or
     * null: then the caller compiles.
     */
    public static synchronized PyCode lookup(String filename, int flags, String source) {
        Entry e = ENTRIES.get(filename);
        if (e == null) return null;
        return take(e, flags, sourceHash(source));
    }

    /** As {@link #lookup}, for a caller that knows the source's hash without having the text (frozen modules). */
    public static synchronized PyCode lookupByHash(String filename, int flags, long sourceHash) {
        Entry e = ENTRIES.get(filename);
        if (e == null) return null;
        return take(e, flags, sourceHash);
    }

    private static PyCode take(Entry e, int flags, long hash) {
        if (e.flags() != flags || e.sourceHash() != hash) {
            misses++;
            return null;
        }
        hits++;
        return CodeSerializer.read(e.data().get());
    }

    /**
     * 64-bit FNV-1a over the UTF-16 units of {@code s}: the key that ties stored code to its
     * source. python/tools/Freeze.java computes the same for the frozen modules; keep them equal.
     */
    public static long sourceHash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            h ^= c & 0xff;
            h *= 0x100000001b3L;
            h ^= c >>> 8;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
