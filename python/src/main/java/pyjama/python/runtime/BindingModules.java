package pyjama.python.runtime;

/**
 * Registers the Java modules that bind the finished engines (regex, compress, digest, binpack)
 * and the numeric modules cmath and array; also the helpers they share.
 */
final class BindingModules {
    private BindingModules() {}

    static void registerAll() {
        JavaModules.register("re", ReModule::create);
        JavaModules.register("zlib", ZlibModule::create);
        JavaModules.register("hashlib", HashlibModule::create);
        JavaModules.register("struct", StructModule::create);
        JavaModules.register("_struct", rt -> {
            PyModule m = StructModule.create(rt);
            m.set("__name__", new PyStr("_struct"));
            return m;
        });
        JavaModules.register("cmath", CmathModule::create);
        JavaModules.register("array", ArrayModule::create);
    }

    /** A builtin (non-heap) type defined by a Java module; instances are Java objects. */
    static PyType builtinType(String name, String module) {
        PyType t = new PyType(name, T.OBJECT);
        t.type = T.TYPE;
        t.dict.type = T.DICT;
        t.dict.setItem(S.__module__, new PyStr(module));
        t.finalType = true;
        return t;
    }

    /** An exception class of a Java module (heap type, like CPython's PyErr_NewException). */
    static PyType exceptionType(String module, String name, PyType base) {
        return ClassBuilder.create(module, name, base).build();
    }

    static PyException raise(PyType t, String msg) {
        return new PyException(new PyBaseException(t, PyTuple.of(new PyStr(msg))));
    }

    /** The contents of a bytes-like object, or null when o has no buffer. */
    static byte[] buffer(PyObject o) {
        if (o instanceof PyBytes b) return b.toArray();
        if (o instanceof PyMemoryView m) return m.toBytes();
        if (o instanceof ArrayModule.PyArray a) return a.toBytes();
        return null;
    }

    /** The contents of a bytes-like argument: "a bytes-like object is required, not 'str'". */
    static byte[] bytesArg(PyObject o) {
        byte[] b = buffer(o);
        if (b == null) throw Exc.type("a bytes-like object is required, not '" + o.type.name + "'");
        return b;
    }

    static int intArg(PyObject o) {
        if (o instanceof PyFloat) throw Exc.type("'float' object cannot be interpreted as an integer");
        PyInt i = (PyInt) Ops.indexObject(o, null);
        if (i.big != null || i.v > Integer.MAX_VALUE || i.v < Integer.MIN_VALUE) {
            throw Exc.overflow("Python int too large to convert to C int");
        }
        return (int) i.v;
    }

    static long longArg(PyObject o) {
        if (o instanceof PyFloat) throw Exc.type("'float' object cannot be interpreted as an integer");
        PyInt i = (PyInt) Ops.indexObject(o, null);
        if (i.big != null) throw Exc.overflow("Python int too large to convert to C ssize_t");
        return i.v;
    }

    static String hexId(PyObject o) { return "0x" + Long.toHexString(Ops.id(o)).toLowerCase(); }
}
