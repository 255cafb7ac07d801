package pyjama.python.runtime;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;

import pyjama.python.binpack.Struct;
import pyjama.python.binpack.StructError;
import pyjama.python.binpack.StructValues;

/** The {@code struct} module (also importable as {@code _struct}) over {@link Struct}. */
final class StructModule {
    private StructModule() {}

    static final PyType STRUCT = BindingModules.builtinType("Struct", "_struct");
    static final PyType UNPACK_ITER = BindingModules.builtinType("unpack_iterator", "_struct");
    static final PyType ERROR = BindingModules.exceptionType("struct", "error", Exc.Exception);
    static final int MAX_CACHE = 100;

    static final class PyStruct extends PyObject {
        Struct s;
        PyStruct(Struct s) { super(STRUCT); this.s = s; }
    }

    static final class UnpackIter extends PyIterators.Base {
        final List<Object[]> items;
        int i;
        UnpackIter(List<Object[]> items) { super(UNPACK_ITER); this.items = items; }

        @Override public PyObject next() { return i < items.size() ? tuple(items.get(i++)) : null; }
    }

    /** How the engine sees Python argument objects. */
    static final StructValues VALUES = new StructValues() {
        @Override public Object index(Object v) {
            PyObject o = (PyObject) v;
            if (!(o instanceof PyInt) && o.type.lookup(S.__index__) == null) return null;
            PyInt i = (PyInt) Ops.indexObject(o, null);
            return i.big != null ? i.big : (Object) i.v;
        }

        @Override public Double asDouble(Object v) {
            PyObject o = (PyObject) v;
            if (o instanceof PyFloat f) return f.v;
            if (o instanceof PyInt i) {
                if (i.big == null) return (double) i.v;
                double d = PyInt.nearestDouble(i.big);
                return Double.isInfinite(d) ? null : d;
            }
            PyObject m = o.type.lookup(S.__float__);
            if (m != null) {
                PyObject r = Ops.callMethod(m, o);
                return r instanceof PyFloat f ? f.v : null;
            }
            if (o.type.lookup(S.__index__) != null) return ((PyInt) Ops.indexObject(o, null)).toDouble();
            return null;
        }

        @Override public boolean isTrue(Object v) { return Ops.isTrue((PyObject) v); }

        @Override public byte[] bytes(Object v) { return v instanceof PyBytes b ? b.toArray() : null; }

        @Override public boolean isInt(Object v) { return v instanceof PyInt; }
    };

    interface Body<R> { R run(); }

    static <R> R guard(Body<R> b) {
        try {
            return b.run();
        } catch (StructError e) {
            throw switch (e.kind) {
                case STRUCT_ERROR, BINASCII_ERROR -> BindingModules.raise(ERROR, e.getMessage());
                case OVERFLOW_ERROR -> Exc.overflow(e.getMessage());
                case VALUE_ERROR -> Exc.value(e.getMessage());
                case MEMORY_ERROR -> Exc.memory();
                case SYSTEM_ERROR -> Exc.system(e.getMessage());
            };
        }
    }

    static PyObject value(Object o) {
        if (o instanceof Long l) return PyInt.of(l);
        if (o instanceof BigInteger b) return PyInt.of(b);
        if (o instanceof Double d) return new PyFloat(d);
        if (o instanceof Boolean b) return PyBool.of(b);
        if (o instanceof byte[] b) return new PyBytes(b);
        throw Exc.system("struct: unexpected value");
    }

    static PyTuple tuple(Object[] vals) {
        PyObject[] out = new PyObject[vals.length];
        for (int i = 0; i < vals.length; i++) out[i] = value(vals[i]);
        return PyTuple.of(out);
    }

    static String formatArg(PyObject f) {
        if (f instanceof PyStr s) return s.value;
        if (f instanceof PyBytes b) return BytesMethods.latin1(b.toArray());
        throw Exc.type("Struct() argument 1 must be a str or bytes object, not " + f.type.name);
    }

    static Struct compile(String fmt) { return guard(() -> Struct.compile(fmt)); }

    static byte[] readBuffer(PyObject o) { return BindingModules.bytesArg(o); }

    static PyObject pack(Struct s, PyObject[] a, int from) {
        Object[] vals = new Object[a.length - from];
        System.arraycopy(a, from, vals, 0, vals.length);
        return new PyBytes(guard(() -> s.pack(vals, VALUES)));
    }

    static PyObject packInto(Struct s, PyObject[] a, int from) {
        if (a.length - from < 2) {
            throw Exc.type("pack_into expected buffer argument");
        }
        PyObject buf = a[from];
        long offset = BindingModules.longArg(a[from + 1]);
        Object[] vals = new Object[a.length - from - 2];
        System.arraycopy(a, from + 2, vals, 0, vals.length);
        byte[] data;
        if (buf instanceof PyBytes b && b.isMutable()) data = b.toArray();
        else if (buf instanceof ArrayModule.PyArray arr) data = arr.toBytes();
        else if (buf instanceof PyBytes || buf instanceof PyMemoryView) throw Exc.type("argument must be read-write bytes-like object, not " + buf.type.name);
        else throw Exc.type("argument must be read-write bytes-like object, not " + buf.type.name);
        guard(() -> { s.packInto(data, offset, vals, VALUES); return null; });
        if (buf instanceof PyBytes b) System.arraycopy(data, 0, b.bytes, 0, data.length);
        else ((ArrayModule.PyArray) buf).setBytes(data);
        return T.None;
    }

    static PyObject unpackFrom(Struct s, PyObject[] a, PyStr[] kw, int skip) {
        PyObject[] p = Args.parse("unpack_from", a, kw, skip, new String[] { "buffer", "offset" }, 1);
        byte[] data = readBuffer(p[0]);
        long off = p[1] == null ? 0 : BindingModules.longArg(p[1]);
        return tuple(guard(() -> s.unpackFrom(data, off)));
    }

    static {
        PyType t = STRUCT;
        t.defNew((a, kw) -> {
            PyObject[] p = Args.parse("Struct", a, kw, 1, new String[] { "format" }, 1);
            return new PyStruct(compile(formatArg(p[0])));
        });
        t.def("pack", (a, kw) -> { Args.noKw("pack", kw); return pack(((PyStruct) a[0]).s, a, 1); });
        t.def("pack_into", (a, kw) -> { Args.noKw("pack_into", kw); return packInto(((PyStruct) a[0]).s, a, 1); });
        t.def("unpack", (a, kw) -> {
            Args.noKw("unpack", kw);
            if (a.length != 2) throw Exc.type("unpack() takes exactly one argument (" + (a.length - 1) + " given)");
            byte[] data = readBuffer(a[1]);
            return tuple(guard(() -> ((PyStruct) a[0]).s.unpack(data)));
        });
        t.def("unpack_from", (a, kw) -> unpackFrom(((PyStruct) a[0]).s, a, kw, 1));
        t.def("iter_unpack", (a, kw) -> {
            Args.noKw("iter_unpack", kw);
            byte[] data = readBuffer(a[1]);
            return new UnpackIter(guard(() -> ((PyStruct) a[0]).s.iterUnpack(data)));
        });
        t.getset("format", o -> new PyStr(((PyStruct) o).s.format()), null);
        t.getset("size", o -> PyInt.of(((PyStruct) o).s.calcsize()), null);
        t.modified();
        UNPACK_ITER.def("__length_hint__", (a, kw) -> { UnpackIter u = (UnpackIter) a[0]; return PyInt.of(u.items.size() - u.i); });
        UNPACK_ITER.modified();
    }

    static PyModule create(Runtime rt) {
        PyModule m = new PyModule("struct");
        HashMap<String, Struct> cache = new HashMap<>();
        java.util.function.Function<PyObject, Struct> cached = f -> {
            if (f instanceof PyStruct ps) return ps.s;
            String fmt = formatArg(f);
            Struct s = cache.get(fmt);
            if (s == null) {
                s = compile(fmt);
                if (cache.size() >= MAX_CACHE) cache.clear();
                cache.put(fmt, s);
            }
            return s;
        };
        m.set("error", ERROR);
        m.set("Struct", STRUCT);
        m.def("calcsize", Fn.of1("_struct.calcsize", f -> PyInt.of(cached.apply(f).calcsize())));
        m.def("pack", (a, kw) -> {
            Args.noKw("pack", kw);
            if (a.length == 0) throw Exc.type("pack expected at least 1 argument, got 0");
            return pack(cached.apply(a[0]), a, 1);
        });
        m.def("pack_into", (a, kw) -> {
            Args.noKw("pack_into", kw);
            if (a.length == 0) throw Exc.type("pack_into expected at least 1 argument, got 0");
            return packInto(cached.apply(a[0]), a, 1);
        });
        m.def("unpack", Fn.of2("_struct.unpack", (f, b) -> {
            Struct s = cached.apply(f);
            byte[] data = readBuffer(b);
            return tuple(guard(() -> s.unpack(data)));
        }));
        m.def("unpack_from", (a, kw) -> {
            if (a.length == 0) throw Exc.type("unpack_from() missing required argument 'format' (pos 1)");
            return unpackFrom(cached.apply(a[0]), a, kw, 1);
        });
        m.def("iter_unpack", Fn.of2("_struct.iter_unpack", (f, b) -> {
            Struct s = cached.apply(f);
            byte[] data = readBuffer(b);
            return new UnpackIter(guard(() -> s.iterUnpack(data)));
        }));
        m.def("_clearcache", (a, kw) -> { cache.clear(); return T.None; });
        return m;
    }
}
