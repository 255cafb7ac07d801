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

    public static synchronized void register(String name, Factory f) { REGISTRY.put(name, f); }

    public static synchronized Factory get(String name) {
        if (REGISTRY.isEmpty()) StdJavaModules.registerAll();
        return REGISTRY.get(name);
    }

    public static synchronized String[] names() {
        if (REGISTRY.isEmpty()) StdJavaModules.registerAll();
        return REGISTRY.keySet().toArray(new String[0]);
    }
}
