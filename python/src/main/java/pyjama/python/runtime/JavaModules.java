package pyjama.python.runtime;

import java.util.LinkedHashMap;

/**
 * The registry of modules written in Java: name → factory. A factory builds a fresh module
 * object for an interpreter (it runs once per interpreter, on first import). Register at
 * startup, before the import: {@code JavaModules.register("errno", ErrnoModule::create)}.
 */
public final class JavaModules {
    private JavaModules() {}

    /** Builds a module for one interpreter. */
    @FunctionalInterface
    public interface Factory {
        PyModule create(Runtime rt);
    }

    static final LinkedHashMap<String, Factory> REGISTRY = new LinkedHashMap<>();
    private static boolean stdRegistered;

    /** Registers (or replaces) a module. The interpreter's own come first, so an embedder's win. */
    public static synchronized void register(String name, Factory f) {
        registerStd();
        REGISTRY.put(name, f);
    }

    public static synchronized Factory get(String name) {
        registerStd();
        return REGISTRY.get(name);
    }

    public static synchronized String[] names() {
        registerStd();
        return REGISTRY.keySet().toArray(new String[0]);
    }

    // A flag, not REGISTRY.isEmpty(): an embedder registering its modules before the first
    // import must not keep the standard ones out.
    private static void registerStd() {
        if (stdRegistered) return;
        stdRegistered = true;
        StdJavaModules.registerAll();
    }
}
