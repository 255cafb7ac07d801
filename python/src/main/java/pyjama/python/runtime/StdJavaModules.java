package pyjama.python.runtime;

/**
 * The Java modules of the interpreter itself. Other engineers add theirs with
 * {@link JavaModules#register}; this file is also the worked example (see docs/python.md,
 * "How to write a Java module").
 */
final class StdJavaModules {
    private StdJavaModules() {}

    static void registerAll() {
        JavaModules.register("_testmod", StdJavaModules::testmod);
        JavaModules.register("errno", StdJavaModules::errno);
        JavaModules.register("gc", GcModule::create);
        JavaModules.register("time", TimeModule::create);
        JavaModules.register("_collections", CollectionsModule::create);
        JavaModules.register("_operator", OperatorModule::create);
        JavaModules.register("math", MathModule::create);
        JavaModules.register("posix", PosixModule::create);
        JavaModules.register("_io", IoModule::create);
        JavaModules.register("_weakref", WeakrefModule::create);
        JavaModules.register("atexit", AtexitModule::create);
        JavaModules.register("_ast", AstModule::create);
        JavaModules.register("_thread", ThreadModule::create);
        JavaModules.register("marshal", rt -> new PyModule("marshal"));
        JavaModules.register("importlib", StdJavaModules::importlib);
        JavaModules.register("_dis", rt -> {
            PyModule m = new PyModule("_dis");
            m.def("dis", Fn.of1("dis", x -> {
                PyObject c = x instanceof PyFunction f ? f.code : x;
                if (c instanceof PyStr src) c = Builtins.compileSource(src.value, "<dis>", "exec");
                if (!(c instanceof PyCode co)) throw Exc.type("don't know how to disassemble " + x.type.name + " objects");
                rt.write(Dis.dis(co));
                return T.None;
            }));
            return m;
        });
        BindingModules.registerAll();
    }

    /** The smallest example: a constant, a function, and a class with a method. */
    static PyModule testmod(Runtime rt) {
        PyModule m = new PyModule("_testmod");
        m.set("ANSWER", PyInt.of(42));
        m.def("add", Fn.of2("add", (a, b) -> Ops.binary(a, b, Ops.ADD)));
        PyType counter = ClassBuilder.create("_testmod", "Counter")
                .init((self, a, kw) -> { self.dict.setStr("n", a.length > 0 ? a[0] : PyInt.of(0)); })
                .method("bump", (self, a, kw) -> {
                    PyObject n = Ops.binary(self.dict.getStr("n"), PyInt.of(1), Ops.ADD);
                    self.dict.setStr("n", n);
                    return n;
                })
                .build();
        m.set("Counter", counter);
        return m;
    }

    static PyModule errno(Runtime rt) {
        PyModule m = new PyModule("errno");
        PyDict codes = new PyDict();
        for (String[] e : pyjama.python.Errno.table()) {
            m.set(e[0], PyInt.of(Integer.parseInt(e[1])));
            codes.setItem(PyInt.of(Integer.parseInt(e[1])), new PyStr(e[0]));
        }
        m.set("EWOULDBLOCK", PyInt.of(11));
        m.set("EOPNOTSUPP", PyInt.of(95));
        m.set("errorcode", codes);
        return m;
    }

    /** importlib: import_module, reload, invalidate_caches (the core of it). */
    static PyModule importlib(Runtime rt) {
        PyModule m = new PyModule("importlib");
        m.set("__path__", new PyList());
        m.def("import_module", (a, kw) -> {
            PyObject[] p = Args.parse("import_module", a, kw, 0, new String[] { "name", "package" }, 1);
            String name = Args.str(p[0], "import_module", null);
            int level = 0;
            while (level < name.length() && name.charAt(level) == '.') level++;
            if (level > 0) {
                if (p[1] == null || p[1] == T.None) {
                    throw Exc.type("the 'package' argument is required to perform a relative import for " + Ops.repr(p[0]).value);
                }
                PyDict g = new PyDict();
                g.setItem(S.__package__, p[1]);
                g.setItem(S.__name__, p[1]);
                rt.importer.importName(name.substring(level), g, PyTuple.of(new PyStr("*")), level);
                String base = Ops.str(p[1]).value;
                for (int i = 1; i < level; i++) base = base.substring(0, Math.max(0, base.lastIndexOf('.')));
                return rt.importer.importModule(name.length() > level ? base + "." + name.substring(level) : base);
            }
            return rt.importer.importModule(name);
        });
        m.def("reload", Fn.of1("reload", mod -> {
            PyObject n = Ops.getattr(mod, S.__name__);
            rt.modules.delItemIfPresent(n);
            PyObject fresh = rt.importer.importModule(Ops.str(n).value);
            if (fresh != mod && mod.dict != null && fresh.dict != null) {
                mod.dict.update(fresh.dict);
                rt.modules.setItem(n, mod);
            }
            return mod;
        }));
        m.def("invalidate_caches", (a, kw) -> T.None);
        return m;
    }
}
