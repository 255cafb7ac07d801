package pyjama.python.runtime;

import java.nio.charset.StandardCharsets;
import pyjama.python.compress.Zlib;

/**
 * Lookup of the frozen Python modules (generated into FrozenData at build time by
 * python/tools/Freeze.java). Their sources are stored deflated, two bytes per string unit, and
 * inflated only when a module is imported and no precompiled code stands in for it
 * ({@link Precompiled}), or when a traceback shows one of its lines.
 */
public final class Frozen {
    private Frozen() {}

    static int indexOf(String name) {
        String[] n = FrozenData.NAMES;
        for (int i = 0; i < n.length; i++) if (n[i].equals(name)) return i;
        return -1;
    }

    public static boolean exists(String name) { return indexOf(name) >= 0; }

    /** The module's source text, or null if there is no such frozen module. */
    public static String source(String name) {
        int i = indexOf(name);
        if (i < 0) return null;
        return new String(inflate(FrozenData.data(i)), StandardCharsets.UTF_8);
    }

    /** Packed raw-deflated bytes (Freeze.java) back to the bytes. */
    public static byte[] inflate(String[] packed) {
        return Zlib.decompress(unpack(packed), -Zlib.MAX_WBITS, Zlib.DEF_BUF_SIZE);
    }

    /** {@link Precompiled#sourceHash} of the module's source, without inflating it. */
    public static long sourceHash(String name) {
        int i = indexOf(name);
        if (i < 0) throw new IllegalArgumentException("no frozen module " + name);
        return FrozenData.HASHES[i];
    }

    public static boolean isPackage(String name) {
        int i = indexOf(name);
        return i >= 0 && FrozenData.PACKAGES[i];
    }

    public static String[] names() { return FrozenData.NAMES.clone(); }

    /**
     * Freeze.java's packing, in string constants one after the other: the byte count in two
     * units, then two bytes per unit, big-endian.
     */
    public static byte[] unpack(String[] chunks) {
        String first = chunks[0];
        int n = first.charAt(0) << 16 | first.charAt(1);
        byte[] b = new byte[n];
        int k = 0;
        for (int c = 0; c < chunks.length; c++) {
            char[] units = chunks[c].toCharArray(); // one copy, then no bounds-checked charAt per unit
            for (int u = c == 0 ? 2 : 0; u < units.length; u++) {
                char v = units[u];
                b[k] = (byte) (v >> 8);
                if (k + 1 < n) b[k + 1] = (byte) v; // an odd count ends in half a unit
                k += 2;
            }
        }
        return b;
    }
}
