package pyjama.python.runtime;

import pyjama.python.FileSystem;

/**
 * The import system: sys.modules, sys.meta_path finders (objects with find_spec), Java
 * modules ({@link JavaModules}), frozen Python modules (compiled into the build from
 * python/src/main/python), then sys.path directories through the embedding's FileSystem.
 */
public final class Importer {
    final Runtime rt;
    final FileSystem fs;

    Importer(Runtime rt, FileSystem fs) {
        this.rt = rt;
        this.fs = fs;
    }

    PyDict modules() { return rt.modules; }

    public PyObject importName(String name, PyDict globals, PyObject fromlist, int level) {
        String abs = name;
        if (level > 0) abs = resolveRelative(name, globals, level);
        else if (name.isEmpty()) throw Exc.value("Empty module name");
        PyObject mod = importModule(abs);
        boolean hasFrom = fromlist != T.None && fromlist != null && Ops.isTrue(fromlist);
        if (!hasFrom) {
            if (level == 0 || name.isEmpty()) {
                int dot = abs.indexOf('.');
                if (level == 0 && dot >= 0) return modules().getItem(new PyStr(abs.substring(0, dot)));
                return level == 0 ? mod : mod;
            }
            // relative "from . import" without names is unusual; CPython returns the top of the relative name
            int dot = name.indexOf('.');
            if (dot < 0) return mod;
            String top = abs.substring(0, abs.length() - (name.length() - dot));
            return modules().getItem(new PyStr(top));
        }
        // from pkg import submodule
        if (mod.dict != null && mod.dict.getStr(S.__path__) != null) {
            for (PyObject f : Ops.toArray(fromlist)) {
                String fn = Ops.str(f).value;
                if (fn.equals("*")) {
                    PyObject all = mod.dict.getStr(S.__all__);
                    if (all != null) for (PyObject a : Ops.toArray(all)) ensureSub(mod, abs, Ops.str(a).value);
                    continue;
                }
                ensureSub(mod, abs, fn);
            }
        }
        return mod;
    }

    void ensureSub(PyObject mod, String abs, String fn) {
        if (Ops.getattrOrNull(mod, PyStr.intern(fn)) != null) return;
        try {
            importModule(abs + "." + fn);
        } catch (PyException e) {
            if (e.matches(Exc.ModuleNotFoundError)) {
                PyObject n = e.exc.dict.getStr("name");
                if (n instanceof PyStr ns && ns.value.equals(abs + "." + fn)) return;
            }
            throw e;
        }
    }

    String resolveRelative(String name, PyDict globals, int level) {
        PyObject pkg = globals.getStr(S.__package__);
        String p;
        if (pkg instanceof PyStr ps) p = ps.value;
        else {
            PyObject spec = globals.getStr(S.__spec__);
            PyObject n = globals.getStr(S.__name__);
            if (spec != null && spec != T.None && Ops.getattrOrNull(spec, PyStr.intern("parent")) instanceof PyStr sp) p = sp.value;
            else if (!(n instanceof PyStr ns)) throw Exc.make(Exc.KeyError, "'__name__' not in globals");
            else if (globals.getStr(S.__path__) != null) p = ns.value;
            else {
                int dot = ns.value.lastIndexOf('.');
                p = dot < 0 ? "" : ns.value.substring(0, dot);
            }
        }
        if (p.isEmpty()) throw Exc.importError("attempted relative import with no known parent package", null);
        String base = p;
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) throw Exc.importError("attempted relative import beyond top-level package", null);
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    public PyObject importModule(String abs) {
        PyObject m = modules().getItem(new PyStr(abs));
        if (m != null) {
            if (m == T.None) throw Exc.moduleNotFound(abs);
            return m;
        }
        int dot = abs.lastIndexOf('.');
        PyObject parent = null;
        PyObject path = null;
        if (dot >= 0) {
            parent = importModule(abs.substring(0, dot));
            m = modules().getItem(new PyStr(abs));
            if (m != null) return m;
            path = Ops.getattrOrNull(parent, S.__path__);
            if (path == null) {
                PyException e = Exc.make(Exc.ModuleNotFoundError, "No module named '" + abs + "'; '" + abs.substring(0, dot) + "' is not a package");
                e.exc.dict.setStr("name", new PyStr(abs));
                throw e;
            }
        }
        m = load(abs, path);
        if (parent != null) Ops.setattr(parent, PyStr.intern(abs.substring(dot + 1)), m);
        return m;
    }

    PyObject load(String name, PyObject parentPath) {
        // sys.meta_path: user finders first (our own machinery is the fallback)
        PyObject metaPath = rt.sys.get("meta_path");
        if (metaPath instanceof PyList mp) {
            for (PyObject finder : mp.toArray()) {
                PyObject fs2 = Ops.getattrOrNull(finder, PyStr.intern("find_spec"));
                if (fs2 == null) continue;
                PyObject spec = Ops.call(fs2, new PyStr(name), parentPath == null ? T.None : parentPath, T.None);
                if (spec == T.None) continue;
                return loadFromSpec(name, spec);
            }
        }
        JavaModules.Factory f = JavaModules.get(name);
        if (f != null) {
            PyModule m = f.create(rt);
            m.dict.setItem(S.__name__, new PyStr(name));
            modules().setItem(new PyStr(name), m);
            return m;
        }
        if (Frozen.exists(name)) {
            boolean pkg = Frozen.isPackage(name);
            String filename = "<frozen " + name + ">";
            // Precompiled code needs no source: it is inflated only if a traceback shows a line.
            PyCode stored = Precompiled.lookupByHash(filename, 0, Frozen.sourceHash(name));
            if (stored != null) {
                Linecache.registerLazy(filename, () -> Frozen.source(name));
                return execCode(name, stored, filename, pkg, pkg ? filename : null, false);
            }
            return execSource(name, Frozen.source(name), filename, pkg, pkg ? filename : null, false);
        }
        // the file system along sys.path (or the parent package's __path__)
        PyObject searchPath = parentPath != null ? parentPath : rt.sys.get("path");
        String leaf = name.substring(name.lastIndexOf('.') + 1);
        if (fs != null && searchPath != null) {
            for (PyObject entry : Ops.toArray(searchPath)) {
                if (!(entry instanceof PyStr es)) continue;
                String dir = es.value.isEmpty() ? "." : es.value;
                if (dir.startsWith("<frozen")) continue;
                String pkgInit = dir + "/" + leaf + "/__init__.py";
                String text = fs.readText(pkgInit);
                if (text != null) return execSource(name, text, pkgInit, true, dir + "/" + leaf, true);
                String file = dir + "/" + leaf + ".py";
                text = fs.readText(file);
                if (text != null) return execSource(name, text, file, false, null, true);
            }
        }
        throw Exc.moduleNotFound(name);
    }

    PyObject loadFromSpec(String name, PyObject spec) {
        PyObject loader = Ops.getattrOrNull(spec, PyStr.intern("loader"));
        PyModule m = null;
        if (loader != null && loader != T.None) {
            PyObject create = Ops.getattrOrNull(loader, PyStr.intern("create_module"));
            if (create != null) {
                PyObject r = Ops.call(create, spec);
                if (r instanceof PyModule rm) m = rm;
            }
        }
        if (m == null) m = new PyModule(name);
        m.dict.setItem(S.__spec__, spec);
        m.dict.setItem(S.__loader__, loader == null ? T.None : loader);
        PyObject locs = Ops.getattrOrNull(spec, PyStr.intern("submodule_search_locations"));
        if (locs != null && locs != T.None) m.dict.setItem(S.__path__, locs);
        int dot = name.lastIndexOf('.');
        m.dict.setItem(S.__package__, new PyStr(locs != null && locs != T.None ? name : dot < 0 ? "" : name.substring(0, dot)));
        PyStr key = new PyStr(name);
        modules().setItem(key, m);
        try {
            if (loader != null && loader != T.None) {
                PyObject exec = Ops.getattrOrNull(loader, PyStr.intern("exec_module"));
                if (exec != null) Ops.call(exec, m);
            }
        } catch (PyException e) {
            modules().delItemIfPresent(key);
            throw e;
        }
        PyObject r = modules().getItem(key);
        return r == null ? m : r;
    }

    PyObject execSource(String name, String source, String filename, boolean pkg, String pkgPath, boolean hasFile) {
        Linecache.register(filename, source);
        return execCode(name, null, source, filename, pkg, pkgPath, hasFile);
    }

    PyObject execCode(String name, PyCode code, String filename, boolean pkg, String pkgPath, boolean hasFile) {
        return execCode(name, code, null, filename, pkg, pkgPath, hasFile);
    }

    /** Runs a module from its code, or from source (compiled here, after the module is in sys.modules) when code is null. */
    private PyObject execCode(String name, PyCode code, String source, String filename, boolean pkg, String pkgPath, boolean hasFile) {
        PyModule m = new PyModule(name);
        if (hasFile) m.dict.setItem(S.__file__, new PyStr(filename));
        int dot = name.lastIndexOf('.');
        String parent = pkg ? name : dot < 0 ? "" : name.substring(0, dot);
        m.dict.setItem(S.__package__, new PyStr(parent));
        if (pkg) m.dict.setItem(S.__path__, new PyList(new PyObject[] { new PyStr(pkgPath) }));
        m.dict.setItem(S.__spec__, ModuleSpec.make(name, hasFile ? filename : "frozen", parent, pkg ? pkgPath : null));
        m.dict.setItem(S.__builtins__, rt.builtins);
        PyStr key = new PyStr(name);
        modules().setItem(key, m);
        try {
            if (code == null) code = Builtins.compileSource(source, filename, "exec");
            Interp.cur.runCode(code, m.dict, m.dict);
        } catch (PyException e) {
            modules().delItemIfPresent(key);
            throw e;
        }
        PyObject r = modules().getItem(key);
        return r == null ? m : r;
    }

    public PyObject importFrom(PyObject module, PyStr name) {
        PyObject v = Ops.getattrOrNull(module, name);
        if (v != null) return v;
        // a submodule that is in sys.modules but not yet an attribute (circular imports)
        PyObject mn = Ops.getattrOrNull(module, S.__name__);
        if (mn instanceof PyStr ms) {
            PyObject sub = modules().getItem(new PyStr(ms.value + "." + name.value));
            if (sub != null) return sub;
            PyObject file = Ops.getattrOrNull(module, S.__file__);
            PyException e = Exc.importError("cannot import name '" + name.value + "' from '" + ms.value + "' ("
                    + (file instanceof PyStr fs2 ? fs2.value : "unknown location") + ")", ms.value);
            if (file instanceof PyStr) e.exc.dict.setStr("path", file);
            if (isInitializing(module)) {
                e = Exc.importError("cannot import name '" + name.value + "' from partially initialized module '" + ms.value
                        + "' (most likely due to a circular import) (" + (file instanceof PyStr fs3 ? fs3.value : "unknown location") + ")", ms.value);
            }
            // for the traceback printer's "Did you mean" (Suggestions.forImportError)
            e.exc.dict.setStr("name_from", name);
            throw e;
        }
        throw Exc.importError("cannot import name '" + name.value + "' from '<unknown module name>' (unknown location)", null);
    }

    boolean isInitializing(PyObject module) { return false; }

    public void importStar(PyObject module, PyObject locals) {
        PyObject all = Ops.getattrOrNull(module, S.__all__);
        PyObject[] names;
        boolean skipPrivate = false;
        if (all != null) names = Ops.toArray(all);
        else {
            PyObject d = Ops.getattrOrNull(module, S.__dict__);
            names = d instanceof PyDict dd ? dd.keysArray() : Ops.toArray(Ops.call(Ops.getattr(d, "keys")));
            skipPrivate = true;
        }
        for (PyObject n : names) {
            if (!(n instanceof PyStr ns)) {
                throw Exc.type("Item in " + (all != null ? "__all__" : "__dict__.keys()") + " must be str, not " + n.type.name);
            }
            if (skipPrivate && ns.value.startsWith("_")) continue;
            PyObject v = Ops.getattr(module, PyStr.intern(ns));
            Ops.setitem(locals, PyStr.intern(ns), v);
        }
    }
}
