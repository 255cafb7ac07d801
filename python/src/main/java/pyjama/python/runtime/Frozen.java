package pyjama.python.runtime;

/** Lookup of the frozen Python modules (generated into FrozenData at build time). */
public final class Frozen {
    private Frozen() {}

    static int indexOf(String name) {
        String[] n = FrozenData.NAMES;
        for (int i = 0; i < n.length; i++) if (n[i].equals(name)) return i;
        return -1;
    }

    public static String source(String name) {
        int i = indexOf(name);
        return i < 0 ? null : FrozenData.source(i);
    }

    public static boolean isPackage(String name) {
        int i = indexOf(name);
        return i >= 0 && FrozenData.PACKAGES[i];
    }

    public static String[] names() { return FrozenData.NAMES.clone(); }
}
