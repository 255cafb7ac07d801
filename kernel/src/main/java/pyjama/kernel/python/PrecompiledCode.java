package pyjama.kernel.python;

import pyjama.python.Precompile;
import pyjama.python.runtime.Precompiled;

/**
 * The code the build compiled for the kernel (the generated {@code PrecompiledFiles}, made by
 * {@code pyjama.python.Precompile} over the standard library and /bin, /lib, /examples; see
 * kernel/pom.xml): registered once at boot with {@link Precompiled}, so that importing a
 * frozen module or running a kernel file loads its code instead of parsing and compiling it.
 * An entry is used only for the exact source it was compiled from (its hash), so a file the
 * user edited in the tmpfs is compiled as usual. Each use decompresses the entry again and
 * gives a fresh code object; nothing is decompressed at registration.
 */
public final class PrecompiledCode {
    private PrecompiledCode() {}

    private static boolean installed;

    /** Registers every entry (once; later calls do nothing). Returns how many there are. */
    public static synchronized int install() {
        String[] names = PrecompiledFiles.NAMES;
        if (!installed) {
            installed = true;
            for (int i = 0; i < names.length; i++) {
                int k = i;
                Precompiled.register(names[i], PrecompiledFiles.FLAGS[i], PrecompiledFiles.HASHES[i],
                        () -> Precompile.unpack(PrecompiledFiles.data(k)));
            }
        }
        return names.length;
    }
}
