package pyjama.python.runtime;

import java.util.ArrayList;

/**
 * One interpreter's global state (modules, builtins, sys) and the one-time bootstrap that
 * installs the methods of the builtin types. Also object/type's core behaviour: object.__new__,
 * type.__new__ (class creation), __build_class__.
 */
public final class Runtime {
    public PyModule builtins;
    public PyModule sys;
    public PyDict modules;
    public Importer importer;
    public Interp interp;
    public pyjama.python.PythonHost host;
    public pyjama.python.FileSystem fs;
    /** The node classes of _ast, once it has been imported (see {@link AstModule#nodes}). */
    AstModule.Nodes astNodes;
    /** Descriptors and files with unwritten data (see {@link OpenFiles}). */
    final OpenFiles files = new OpenFiles();
    /** Weak references, finalizers and gc.collect() of this interpreter (all its threads). */
    final Collector collector = new Collector();
    /** {@code def call(f, a, k): return f(*a, **k)}: how a thread starts a callable that is not a Python function. */
    PyFunction threadTrampoline;
    /** What a green thread's list(), sorted(), list.extend... of a generator run as (see the class). */
    IteratorConsumers iteratorConsumers;

    /** A fresh interpreter state; it becomes the current one. */
    public static Runtime create(pyjama.python.PythonHost host, pyjama.python.FileSystem fs, String[] argv) {
        bootstrap();
        Runtime rt = new Runtime();
        rt.host = host;
        rt.fs = fs == null ? pyjama.python.FileSystem.NONE : fs;
        rt.interp = new Interp(host, rt);
        Interp.cur = rt.interp;
        rt.modules = new PyDict();
        rt.importer = new Importer(rt, rt.fs);
        rt.builtins = Builtins.create(rt);
        rt.iteratorConsumers = new IteratorConsumers(rt);
        rt.sys = SysModule.create(rt, host, argv);
        rt.modules.setStr("builtins", rt.builtins);
        rt.modules.setStr("sys", rt.sys);
        return rt;
    }

    /**
     * The globals of a small module of the runtime's own, written in Python (the thread
     * trampoline, IteratorConsumers' helpers): {@code source} compiled as {@code filename}
     * and run in this interpreter.
     */
    PyDict runInternalModule(String moduleName, String filename, String source) {
        PyDict g = new PyDict();
        g.setItem(S.__builtins__, builtins);
        g.setStr("__name__", new PyStr(moduleName));
        interp.runCode(Builtins.compileSource(source, filename, "exec"), g, g);
        return g;
    }

    /** Writes out what files opened by Python code still buffer (as CPython does when they are collected). */
    public void flushFiles() { files.flushAll(); }

    /** Flushes and closes every file Python code left open: for an embedding ending the interpreter. */
    public void closeFiles() { files.closeAll(); }

    /** Runs the atexit functions (the interpreter is ending; see {@link AtexitModule}). */
    public void runExitFuncs() { AtexitModule.runExitFuncs(this); }

    /** Makes this interpreter the current one (one interpreter runs at a time). */
    public void activate() { Interp.cur = interp; }

    public void write(String s) {
        PyObject o = sys.get("stdout");
        if (o instanceof SysModule.StdStream ss) ss.writeStr(s);
        else if (o != null && o != T.None) Ops.invoke(o, "write", new PyStr(s));
    }

    public void writeErr(String s) {
        PyObject o = sys.get("stderr");
        if (o instanceof SysModule.StdStream ss) ss.writeStr(s);
        else if (o != null && o != T.None) Ops.invoke(o, "write", new PyStr(s));
        else host.writeErr(s);
    }

    static boolean booted;
    static PyObject objectNew, objectInit;

    public static synchronized void bootstrap() {
        if (booted) return;
        booted = true;
        installObject();
        installType();
        TypeMethods.install();
        StrMethods.install();
        CollectionMethods.install();
        ExcMethods.install();
        for (PyType t : T.ALL) t.updateFlags();
    }

    // ---- object ----------------------------------------------------------------------------------

    static void installObject() {
        PyType o = T.OBJECT;
        o.defNew((a, kw) -> {
            if (a.length == 0) throw Exc.type("object.__new__(): not enough arguments");
            if (!(a[0] instanceof PyType t)) throw Exc.type("object.__new__(X): X is not a type object (" + a[0].type.name + ")");
            PyObject[] rest = new PyObject[a.length - 1];
            System.arraycopy(a, 1, rest, 0, rest.length);
            return objectNewImpl(t, rest, kw);
        });
        objectNew = o.dict.getStr(S.__new__);
        o.def("__init__", (a, kw) -> {
            PyObject self = a[0];
            if (a.length > 1 || (kw != null && kw.length > 0)) {
                PyType t = self.type;
                if (t.lookup(S.__init__) != objectInit) throw Exc.type("object.__init__() takes exactly one argument (the instance to initialize)");
                if (t.lookup(S.__new__) == objectNew) throw Exc.type(t.name + "() takes no arguments");
            }
            return T.None;
        });
        objectInit = o.dict.getStr(S.__init__);
        o.def0("__repr__", s -> new PyStr(s.defaultRepr()));
        o.def0("__str__", s -> Ops.repr(s));
        o.def0("__hash__", s -> PyInt.of(Ops.identityHash(s)));
        for (int k = 0; k < 6; k++) {
            final int op = k;
            o.def1(S.CMP[k].value, (s, x) -> {
                if (op == Ops.NE) {
                    PyObject eq = s.type.lookup(S.__eq__);
                    PyObject r = eq instanceof PyMethodDescr ? s.richcompare(x, Ops.EQ) : Ops.callMethod(eq, s, x);
                    if (r == T.NotImplemented) return r;
                    return Ops.not(r);
                }
                return s.richcompare(x, op);
            });
        }
        o.def1("__getattribute__", (s, n) -> {
            if (!(n instanceof PyStr name)) throw Exc.type("attribute name must be string, not '" + n.type.name + "'");
            PyObject v = s.lookupAttr(PyStr.intern(name));
            if (v == null) throw Exc.noAttribute(s, name);
            return v;
        });
        o.def2("__setattr__", (s, n, v) -> {
            if (!(n instanceof PyStr name)) throw Exc.type("attribute name must be string, not '" + n.type.name + "'");
            s.setattr(PyStr.intern(name), v);
            return T.None;
        });
        o.def1("__delattr__", (s, n) -> {
            if (!(n instanceof PyStr name)) throw Exc.type("attribute name must be string, not '" + n.type.name + "'");
            s.delattr(PyStr.intern(name));
            return T.None;
        });
        o.def1("__format__", (s, spec) -> {
            if (!(spec instanceof PyStr sp)) throw Exc.type("__format__() argument must be str, not " + spec.type.name);
            if (!sp.value.isEmpty()) throw Exc.type("unsupported format string passed to " + s.type.name + ".__format__");
            return Ops.str(s);
        });
        o.def0("__sizeof__", s -> PyInt.of(16));
        o.def0("__dir__", s -> Builtins.dirOf(s));
        o.def1("__reduce_ex__", (s, proto) -> {
            long p = Ops.index(proto, null);
            PyObject red = s.type.lookup(S.__reduce__);
            if (red != null && red != T.OBJECT.dict.getStr(S.__reduce__)) return Ops.callMethod(red, s);
            return reduceObject(s, p);
        });
        o.def0("__reduce__", s -> reduceObject(s, 0));
        o.def0("__getstate__", s -> defaultState(s, false));
        o.setAttrRaw("__init_subclass__", new PyClassMethod(new PyBuiltinFunction("__init_subclass__", (a, kw) -> {
            if (a.length > 1 || (kw != null && kw.length > 0)) {
                throw Exc.type(((PyType) a[0]).name + ".__init_subclass__() takes no keyword arguments");
            }
            return T.None;
        })));
        o.setAttrRaw("__subclasshook__", new PyClassMethod(new PyBuiltinFunction("__subclasshook__", (a, kw) -> T.NotImplemented)));
        o.getset("__class__", s -> s.type, (s, v) -> {
            if (!(v instanceof PyType nt)) throw Exc.type("__class__ must be set to a class, not '" + v.type.name + "' object");
            if (!nt.heap || !s.type.heap || nt.solidBase != s.type.solidBase) {
                throw Exc.type("__class__ assignment only supported for mutable types or ModuleType subclasses");
            }
            s.type = nt;
            return T.None;
        });
        o.setAttrRaw("__doc__", new PyStr("The base class of the class hierarchy."));
    }

    /**
     * object.__reduce_ex__(proto): protocols 0 and 1 go through copyreg._reduce_ex; 2 and up give
     * (copyreg.__newobj__, (cls, *newargs), state, listitems, dictitems), or __newobj_ex__ when
     * __getnewargs_ex__ supplies keyword arguments.
     */
    static PyObject reduceObject(PyObject s, long proto) {
        PyObject copyreg = Interp.cur.rt.importer.importModule("copyreg");
        if (proto < 2) return Ops.call(Ops.getattr(copyreg, "_reduce_ex"), s, PyInt.of(proto));
        PyObject[] newargs = null;
        PyObject newkw = null;
        PyObject gnx = s.type.lookup(PyStr.intern("__getnewargs_ex__"));
        if (gnx != null) {
            PyObject r = Ops.callMethod(gnx, s);
            if (!(r instanceof PyTuple rt)) throw Exc.type("__getnewargs_ex__ should return a tuple, not '" + r.type.name + "'");
            if (rt.items.length != 2) throw Exc.value("__getnewargs_ex__ should return a tuple of length 2, not " + rt.items.length);
            if (!(rt.items[0] instanceof PyTuple a)) throw Exc.type("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '" + rt.items[0].type.name + "'");
            if (!(rt.items[1] instanceof PyDict k)) throw Exc.type("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '" + rt.items[1].type.name + "'");
            newargs = a.items;
            if (k.size() > 0) newkw = k;
        } else {
            PyObject gna = s.type.lookup(PyStr.intern("__getnewargs__"));
            if (gna != null) {
                PyObject r = Ops.callMethod(gna, s);
                if (!(r instanceof PyTuple rt)) throw Exc.type("__getnewargs__ should return a tuple, not '" + r.type.name + "'");
                newargs = rt.items;
            }
        }
        // Without constructor arguments the state must carry everything: an instance whose
        // builtin base keeps data outside __dict__ and slots (a lock, a generator) cannot be rebuilt.
        boolean required = newargs == null && !(s instanceof PyList) && !(s instanceof PyDict);
        PyObject state = stateOf(s, required);
        PyObject li = s instanceof PyList ? Ops.iter(s) : T.None;
        PyObject di = s instanceof PyDict d ? Ops.iter(new DictView(d, 2)) : T.None;
        if (newkw != null) {
            return PyTuple.of(Ops.getattr(copyreg, "__newobj_ex__"), PyTuple.of(s.type, new PyTuple(newargs), newkw), state, li, di);
        }
        if (newargs == null) newargs = new PyObject[0];
        PyObject[] args = new PyObject[newargs.length + 1];
        args[0] = s.type;
        System.arraycopy(newargs, 0, args, 1, newargs.length);
        return PyTuple.of(Ops.getattr(copyreg, "__newobj__"), new PyTuple(args), state, li, di);
    }

    /** The state a reduction carries: the type's own __getstate__ if it has one, else the default. */
    public static PyObject stateOf(PyObject s, boolean required) {
        PyObject gs = s.type.lookup(PyStr.intern("__getstate__"));
        if (gs != null && gs != T.OBJECT.dict.getStr(PyStr.intern("__getstate__"))) return Ops.callMethod(gs, s);
        return defaultState(s, required);
    }

    /** object.__getstate__: the instance dict (None when empty), paired with a dict of the set slots. */
    static PyObject defaultState(PyObject s, boolean required) {
        if (required && keepsHiddenData(s)) {
            throw Exc.type("cannot pickle '" + s.type.name + "' object");
        }
        PyObject state = s.dict != null && s.dict.size() > 0 ? s.dict : T.None;
        if (s.slots != null) {
            PyDict sd = new PyDict();
            for (PyType t : s.type.mro) {
                for (int i = t.dict.nextEntry(0); i >= 0; i = t.dict.nextEntry(i + 1)) {
                    if (t.dict.valueAt(i) instanceof PyMemberDescr md && md.index < s.slots.length && s.slots[md.index] != null) {
                        sd.setItem(t.dict.keyAt(i), s.slots[md.index]);
                    }
                }
            }
            if (sd.size() > 0) state = PyTuple.of(state, sd);
        }
        return state;
    }

    /** True when s keeps data in Java fields of a builtin base, which neither dict nor slots hold. */
    private static boolean keepsHiddenData(PyObject s) {
        return s != T.None && s.getClass() != PyObject.class && !(s instanceof PyFinalizable);
    }

    /**
     * type.__flags__: the bits of CPython's tp_flags that describe the class rather than its C
     * layout: heap (class statement) or immutable, subclassable, ready, abstract, and the fast
     * subclass bits for int, list, tuple, bytes, str, dict, BaseException and type.
     */
    static long typeFlags(PyType t) {
        long f = 1L << 12;                              // Py_TPFLAGS_READY
        f |= t.heap ? 1L << 9 : 1L << 8;                // HEAPTYPE or IMMUTABLETYPE
        if (!t.finalType) f |= 1L << 10;                // BASETYPE
        PyObject abs = t.dict.getStr(S.__abstractmethods__);
        if (t.heap && abs != null && Ops.isTrue(abs)) f |= 1L << 20;
        PyType[] sub = { T.INT, T.LIST, T.TUPLE, T.BYTES, T.STR, T.DICT, Exc.BaseException, T.TYPE };
        for (int i = 0; i < sub.length; i++) if (t.isSubtype(sub[i])) f |= 1L << (24 + i);
        return f;
    }

    /** object.__new__(type): an instance with the layout of the type's solid base. */
    static PyObject objectNewImpl(PyType t, PyObject[] args, PyStr[] kw) {
        if (args.length > 0 || (kw != null && kw.length > 0)) {
            if (t.lookup(S.__new__) != objectNew) throw Exc.type("object.__new__() takes exactly one argument (the type to instantiate)");
            if (t.lookup(S.__init__) == objectInit) throw Exc.type(t.name + "() takes no arguments");
        }
        PyObject abs = t.dict.getStr(S.__abstractmethods__);
        if (abs != null && Ops.isTrue(abs)) {
            PyObject[] names = Ops.toArray(abs);
            ArrayList<String> l = new ArrayList<>();
            for (PyObject n : names) l.add(Ops.str(n).value);
            java.util.Collections.sort(l);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) sb.append(", ");
                sb.append('\'').append(l.get(i)).append('\'');
            }
            throw Exc.type("Can't instantiate abstract class " + t.name + " without an implementation for abstract method"
                    + (l.size() > 1 ? "s " : " ") + sb);
        }
        if (!t.heap && t != T.OBJECT && !t.isException && !t.instanceDict) {
            throw Exc.type("object.__new__(" + t.name + ") is not safe, use " + t.name + ".__new__()");
        }
        PyObject o;
        if (t.isException) o = new PyBaseException(t);
        else if (t.hasDel && t.solidBase == T.OBJECT) o = new PyFinalizable(t, Interp.cur.rt.collector);
        else if (t.solidBase == T.OBJECT || (!t.heap && t.instanceDict)) { o = new PyObject(t); if (t.instanceDict) o.dict = new PyDict(); }
        else throw Exc.type("object.__new__(" + t.name + ") is not safe, use " + PyType.staticNewBase(t).name + ".__new__()");
        initInstance(o, t);
        return o;
    }

    /** Gives a new instance of a heap type its dict and slots. */
    public static void initInstance(PyObject o, PyType t) {
        if (t.heap) {
            if (t.instanceDict && o.dict == null) o.dict = new PyDict();
            if (!t.instanceDict && o instanceof PyBaseException) { /* exceptions always have a dict */ }
            int n = 0;
            for (PyType m : t.mro) n += m.slotCount;
            if (n > 0) o.slots = new PyObject[n];
        }
    }

    static void checkObjectInitArgs(PyType t, PyObject[] args, PyStr[] kw) {
        if (args.length > 0 || (kw != null && kw.length > 0)) {
            if (t.lookup(S.__new__) == objectNew) throw Exc.type(t.name + "() takes no arguments");
        }
    }

    // ---- type --------------------------------------------------------------------------------------------

    static void installType() {
        PyType ty = T.TYPE;
        ty.defNew((a, kw) -> {
            if (a.length == 2 && a[0] == T.TYPE && (kw == null || kw.length == 0)) return a[1].type;
            if (a.length - (kw == null ? 0 : kw.length) != 4) throw Exc.type("type() takes 1 or 3 arguments");
            if (!(a[0] instanceof PyType meta)) throw Exc.type("type.__new__(X): X is not a type object (" + a[0].type.name + ")");
            if (!(a[1] instanceof PyStr name)) throw Exc.type("type.__new__() argument 1 must be str, not " + a[1].type.name);
            if (!(a[2] instanceof PyTuple bases)) throw Exc.type("type.__new__() argument 2 must be tuple, not " + a[2].type.name);
            if (!(a[3] instanceof PyDict ns)) throw Exc.type("type.__new__() argument 3 must be dict, not " + a[3].type.name);
            PyDict kwd = new PyDict();
            if (kw != null) for (int i = 0; i < kw.length; i++) kwd.setItem(kw[i], a[a.length - kw.length + i]);
            return typeNew(meta, name.value, bases.items, ns, kwd);
        });
        ty.def("__init__", (a, kw) -> T.None);
        ty.def("__call__", (a, kw) -> {
            PyObject[] rest = new PyObject[a.length - 1];
            System.arraycopy(a, 1, rest, 0, rest.length);
            return Ops.callType((PyType) a[0], rest, kw);
        });
        ty.def0("__repr__", s -> s.repr());
        ty.def0("mro", s -> new PyList(((PyType) s).mro.clone()));
        ty.def0("__subclasses__", s -> {
            PyList l = new PyList();
            for (PyType c : ((PyType) s).subclasses) l.append(c);
            return l;
        });
        ty.def1("__instancecheck__", (s, o) -> PyBool.of(Builtins.isinstanceDefault(o, (PyType) s)));
        ty.def1("__subclasscheck__", (s, o) -> {
            if (!(o instanceof PyType ot)) throw Exc.type("issubclass() arg 1 must be a class");
            return PyBool.of(ot.isSubtype((PyType) s));
        });
        ty.setAttrRaw("__prepare__", new PyClassMethod(new PyBuiltinFunction("__prepare__", (a, kw) -> new PyDict())));
        ty.getset("__name__", s -> {
            // a builtin type's name may be dotted with its module (CPython's tp_name, "weakref.ReferenceType"
            // in messages); __name__ is what follows the last dot
            PyType t = (PyType) s;
            return new PyStr(t.heap ? t.name : t.name.substring(t.name.lastIndexOf('.') + 1));
        }, (s, v) -> {
            PyType t = (PyType) s;
            if (!t.heap) throw Exc.type("cannot set '__name__' attribute of immutable type '" + t.name + "'");
            if (!(v instanceof PyStr vs)) throw Exc.type("can only assign string to " + t.name + ".__name__, not '" + v.type.name + "'");
            t.name = vs.value;
            return T.None;
        });
        ty.getset("__qualname__", s -> new PyStr(((PyType) s).qualname), (s, v) -> {
            PyType t = (PyType) s;
            if (!t.heap) throw Exc.type("cannot set '__qualname__' attribute of immutable type '" + t.name + "'");
            if (!(v instanceof PyStr vs)) throw Exc.type("can only assign string to " + t.name + ".__qualname__, not '" + v.type.name + "'");
            t.qualname = vs.value;
            return T.None;
        });
        ty.getset("__module__", s -> {
            PyType t = (PyType) s;
            PyObject m = t.dict.getStr(S.__module__);
            // a builtin type's dict may hold a descriptor by that name (type's own, for one)
            if (m != null && (t.heap || m instanceof PyStr)) return m;
            return t.heap ? T.None : PyStr.intern("builtins");
        }, (s, v) -> {
            PyType t = (PyType) s;
            if (!t.heap) throw Exc.type("cannot set '__module__' attribute of immutable type '" + t.name + "'");
            t.dict.setItem(S.__module__, v);
            t.modified();
            return T.None;
        });
        ty.getset("__bases__", s -> new PyTuple(((PyType) s).bases.clone()), (s, v) -> { ((PyType) s).setBases(v); return T.None; });
        ty.getset("__base__", s -> { PyType b = ((PyType) s).base; return b == null ? T.None : b; }, null);
        ty.getset("__type_params__", s -> {
            PyObject v = ((PyType) s).dict.getStr("__type_params__");
            return v != null ? v : PyTuple.EMPTY;
        }, (s, v) -> {
            PyType t = (PyType) s;
            if (!t.heap) throw Exc.type("cannot set '__type_params__' attribute of immutable type '" + t.name + "'");
            if (v == null) throw Exc.type("cannot delete '__type_params__' attribute of immutable type '" + t.name + "'");
            t.dict.setItem(PyStr.intern("__type_params__"), v);
            t.modified();
            return T.None;
        });
        ty.getset("__mro__", s -> new PyTuple(((PyType) s).mro.clone()), null);
        ty.getset("__flags__", s -> PyInt.of(typeFlags((PyType) s)), null);
        ty.getset("__dict__", s -> new PyMappingProxy(((PyType) s).dict), null);
        ty.getset("__doc__", s -> {
            PyType t = (PyType) s;
            PyObject d = t.dict.getStr(S.__doc__);
            if (d == null) return t.doc != null ? new PyStr(t.doc) : T.None;
            return Ops.descrGet(d, null, t);
        }, (s, v) -> {
            PyType t = (PyType) s;
            if (!t.heap) throw Exc.type("cannot set '__doc__' attribute of immutable type '" + t.name + "'");
            t.dict.setItem(S.__doc__, v);
            return T.None;
        });
        ty.getset("__abstractmethods__", s -> {
            PyObject v = ((PyType) s).dict.getStr(S.__abstractmethods__);
            if (v == null) throw Exc.attrError(S.__abstractmethods__.value, s, S.__abstractmethods__);
            return v;
        }, (s, v) -> {
            PyType t = (PyType) s;
            t.dict.setItem(S.__abstractmethods__, v);
            t.modified();
            return T.None;
        });
        ty.getset("__annotations__", s -> {
            PyType t = (PyType) s;
            PyObject v = t.dict.getStr(S.__annotations__);
            if (v == null) {
                if (!t.heap) throw Exc.attrError("type object '" + t.name + "' has no attribute '__annotations__'", s, S.__annotations__);
                v = new PyDict();
                t.dict.setItem(S.__annotations__, v);
            }
            return v;
        }, (s, v) -> { ((PyType) s).dict.setItem(S.__annotations__, v); return T.None; });
        ty.def1("__or__", (s, o) -> UnionType.make(s, o));
        ty.def1("__ror__", (s, o) -> UnionType.make(o, s));
    }

    /** type.__new__: creates a class. */
    public static PyType typeNew(PyType meta, String name, PyObject[] basesIn, PyDict ns, PyDict kw) {
        // the metaclass conflict check comes first and looks at every base's type (CPython's
        // _PyType_CalculateMetaclass), whether or not the base is a class
        PyType winner = meta;
        for (PyObject b : basesIn) {
            PyType bm = b.type;
            if (winner.isSubtype(bm)) continue;
            if (bm.isSubtype(winner)) { winner = bm; continue; }
            throw Exc.type("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        PyType[] bases;
        if (basesIn.length == 0) bases = new PyType[] { T.OBJECT };
        else {
            bases = new PyType[basesIn.length];
            for (int i = 0; i < basesIn.length; i++) {
                for (int j = 0; j < i; j++) {
                    if (basesIn[j] == basesIn[i]) throw Exc.type("duplicate base class " + ((PyType) basesIn[i]).name);
                }
                if (!(basesIn[i] instanceof PyType b)) throw Exc.type("bases must be types");
                if (b.finalType) throw Exc.type("type '" + b.name + "' is not an acceptable base type");
                bases[i] = b;
            }
        }
        PyDict dict = ns.copy();
        dict.type = T.DICT;
        PyType t = new PyType(winner, name, bases, dict);
        // layout
        PyType solid = null;
        for (PyType b : bases) {
            PyType sb = b.solidBase;
            if (sb == T.OBJECT) continue;
            if (solid == null || solid.isSubtype(sb)) { if (solid == null) solid = sb; }
            else if (!sb.isSubtype(solid)) throw Exc.type("multiple bases have instance lay-out conflict");
            else solid = sb;
        }
        if (solid != null) t.solidBase = solid;
        t.computeMro();
        PyObject qn = dict.getStr(S.__qualname__);
        if (qn != null) {
            if (!(qn instanceof PyStr qs)) throw Exc.type("type __qualname__ must be a str, not " + qn.type.name);
            t.qualname = qs.value;
            dict.delItemIfPresent(S.__qualname__);
        }
        if (dict.getStr(S.__module__) == null) {
            Frame f = Interp.cur.frame;
            if (f != null) {
                PyObject mn = f.globals.getStr(S.__name__);
                if (mn != null) dict.setItem(S.__module__, mn);
            }
        }
        // __slots__
        PyObject slots = dict.getStr(S.__slots__);
        boolean baseHasDict = false;
        for (PyType b : bases) if (b.instanceDict || (!b.heap && b != T.OBJECT && !b.isException && b.solidBase != T.OBJECT && false)) baseHasDict = true;
        for (PyType b : bases) if (b.heap && b.instanceDict) baseHasDict = true;
        if (slots == null) {
            t.instanceDict = true;
        } else {
            PyObject[] names = slots instanceof PyStr ? new PyObject[] { slots } : Ops.toArray(slots);
            boolean wantDict = false;
            int idx = 0;
            for (PyType m : t.mro) if (m != t) idx += m.slotCount;
            for (PyObject n : names) {
                if (!(n instanceof PyStr ns2)) throw Exc.type("__slots__ items must be strings, not '" + n.type.name + "'");
                String sn = ns2.value;
                if (sn.equals("__dict__")) { wantDict = true; continue; }
                if (sn.equals("__weakref__")) continue;
                String mangled = sn.startsWith("__") && !sn.endsWith("__") ? "_" + name.replaceFirst("^_+", "") + sn : sn;
                if (dict.getStr(mangled) != null) {
                    throw Exc.value("'" + sn + "' in __slots__ conflicts with class variable");
                }
                dict.setItem(PyStr.intern(mangled), new PyMemberDescr(t, mangled, idx++));
                t.slotCount++;
            }
            t.instanceDict = wantDict || baseHasDict;
        }
        // weak references (CPython's tp_weaklistoffset): inherited from a base, or added unless
        // __slots__ leaves __weakref__ out or the instances are variable-sized (int, tuple, bytes)
        boolean baseWeak = false;
        for (PyType b : bases) if (b.weakrefable) baseWeak = true;
        boolean wantWeak = slots == null;
        if (slots != null) {
            for (PyObject n : slots instanceof PyStr ? new PyObject[] { slots } : Ops.toArray(slots)) {
                if (n instanceof PyStr ns2 && ns2.value.equals("__weakref__")) wantWeak = true;
            }
        }
        PyType sb = t.solidBase;
        boolean varSized = sb.isSubtype(T.INT) || sb.isSubtype(T.TUPLE) || sb.isSubtype(T.BYTES);
        t.weakrefable = baseWeak || (wantWeak && !varSized);
        boolean addWeakrefDescr = t.weakrefable && !baseWeak;
        if (t.instanceDict && !baseHasDict && dict.getStr(S.__dict__) == null) {
            dict.setItem(S.__dict__, new PyGetSetDescr(t, "__dict__", s -> {
                if (s.dict == null) s.dict = new PyDict();
                return s.dict;
            }, (s, v) -> {
                if (!(v instanceof PyDict d)) throw Exc.type("__dict__ must be set to a dictionary, not a '" + v.type.name + "'");
                s.dict = d;
                return T.None;
            }));
        }
        if (addWeakrefDescr && dict.getStr(S.__weakref__) == null) {
            dict.setItem(S.__weakref__, new PyGetSetDescr(t, "__weakref__", PyWeakref::firstTo, null));
        }
        // every class has a __doc__ of its own, None without a docstring (so A.__doc__ is not
        // B's); after __slots__, which may name __doc__
        if (dict.getStr(S.__doc__) == null) dict.setItem(S.__doc__, T.None);
        // special methods that are implicitly static/class methods
        PyObject nw = dict.getStr(S.__new__);
        if (nw instanceof PyFunction) dict.setItem(S.__new__, new PyStaticMethod(nw));
        PyObject is = dict.getStr(S.__init_subclass__);
        if (is instanceof PyFunction) dict.setItem(S.__init_subclass__, new PyClassMethod(is));
        PyObject cg = dict.getStr(S.__class_getitem__);
        if (cg instanceof PyFunction) dict.setItem(S.__class_getitem__, new PyClassMethod(cg));
        if (dict.getStr(S.__eq__) != null && dict.getStr(S.__hash__) == null) dict.setItem(S.__hash__, T.None);
        PyObject cell = dict.delItemIfPresent(S.__classcell__);
        if (cell instanceof PyCell c) c.value = t;
        t.updateFlags();
        // __set_name__
        for (int i = dict.nextEntry(0); i >= 0; i = dict.nextEntry(i + 1)) {
            PyObject v = dict.valueAt(i);
            PyObject sn = v.type.lookup(S.__set_name__);
            if (sn != null) {
                try {
                    Ops.callMethod(sn, v, t, dict.keyAt(i));
                } catch (PyException e) {
                    throw e;
                }
            }
        }
        // __init_subclass__ of the parent
        PySuper sup = new PySuper(t, t, t);
        PyObject init = sup.lookupAttr(S.__init_subclass__);
        if (init != null) {
            PyObject[] kwv = kw == null ? new PyObject[0] : kw.valuesArray();
            PyStr[] kwn = null;
            if (kw != null && kw.size() > 0) {
                PyObject[] ks = kw.keysArray();
                kwn = new PyStr[ks.length];
                for (int i = 0; i < ks.length; i++) kwn[i] = (PyStr) ks[i];
            }
            init.call(kwv, kwn);
        }
        return t;
    }

    /** builtins.__build_class__(func, name, *bases, metaclass=None, **kwds). */
    static PyObject buildClass(PyObject[] a, PyStr[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = a.length - nkw;
        if (npos < 2) throw Exc.type("__build_class__: not enough arguments");
        if (!(a[0] instanceof PyFunction body)) throw Exc.type("__build_class__: func must be a function");
        if (!(a[1] instanceof PyStr name)) throw Exc.type("__build_class__: name is not a string");
        PyObject[] origBases = new PyObject[npos - 2];
        System.arraycopy(a, 2, origBases, 0, origBases.length);
        PyObject meta = null;
        PyDict kw = new PyDict();
        for (int i = 0; i < nkw; i++) {
            if (kwnames[i] == S.metaclass || kwnames[i].value.equals("metaclass")) meta = a[npos + i];
            else kw.setItem(kwnames[i], a[npos + i]);
        }
        // __mro_entries__
        ArrayList<PyObject> bl = new ArrayList<>();
        boolean changed = false;
        for (PyObject b : origBases) {
            if (!(b instanceof PyType)) {
                PyObject me = Ops.getattrOrNull(b, S.__mro_entries__);
                if (me != null) {
                    PyObject r = Ops.call(me, new PyTuple(origBases));
                    if (!(r instanceof PyTuple rt)) throw Exc.type("__mro_entries__ must return a tuple");
                    for (PyObject x : rt.items) bl.add(x);
                    changed = true;
                    continue;
                }
            }
            bl.add(b);
        }
        PyObject[] bases = bl.toArray(new PyObject[0]);
        boolean isClass = meta instanceof PyType;
        if (meta == null) {
            meta = bases.length == 0 ? T.TYPE : bases[0].type;
            isClass = true;
        }
        if (isClass) {
            PyType winner = (PyType) meta;
            for (PyObject b : bases) {
                PyType bm = b.type;
                if (winner.isSubtype(bm)) continue;
                if (bm.isSubtype(winner)) { winner = bm; continue; }
                throw Exc.type("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
            }
            meta = winner;
        }
        PyTuple basesT = new PyTuple(bases);
        PyObject ns;
        PyObject prep = Ops.getattrOrNull(meta, S.__prepare__);
        PyObject[] kwv = kw.valuesArray();
        PyObject[] kks = kw.keysArray();
        PyStr[] kwn = null;
        if (kks.length > 0) {
            kwn = new PyStr[kks.length];
            for (int i = 0; i < kks.length; i++) kwn[i] = (PyStr) kks[i];
        }
        if (prep != null) {
            PyObject[] pa = new PyObject[2 + kwv.length];
            pa[0] = name;
            pa[1] = basesT;
            System.arraycopy(kwv, 0, pa, 2, kwv.length);
            ns = prep.call(pa, kwn);
            if (!Matcher.isMapping(ns) && !(ns instanceof PyDict)) {
                throw Exc.type((isClass ? ((PyType) meta).name : "<metaclass>") + ".__prepare__() must return a mapping, not " + ns.type.name);
            }
        } else {
            ns = new PyDict();
        }
        Interp in = Interp.cur;
        Frame f = new Frame(body.code, body.globals, body.builtins, ns);
        int nc = body.code.cellvars.length;
        for (int i = 0; i < nc; i++) f.r[body.code.nlocals + i] = new PyCell(null);
        if (body.closure != null) {
            for (int i = 0; i < body.closure.length; i++) f.r[body.code.nlocals + nc + i] = body.closure[i];
        }
        PyObject cell = in.runFrame(f);
        if (changed) Ops.setitem(ns, S.__orig_bases__, new PyTuple(origBases));
        PyObject[] ca = new PyObject[3 + kwv.length];
        ca[0] = name;
        ca[1] = basesT;
        ca[2] = ns;
        System.arraycopy(kwv, 0, ca, 3, kwv.length);
        PyObject cls = meta.call(ca, kwn);
        if (cell instanceof PyCell c && cls instanceof PyType) {
            if (c.value == null) c.value = cls;
        }
        return cls;
    }
}
