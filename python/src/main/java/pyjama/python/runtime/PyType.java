package pyjama.python.runtime;

import java.util.ArrayList;

/**
 * A Python type object. Attribute lookup along the MRO goes through a global method cache
 * keyed by (type version, interned name), as CPython's: every change to a type's dict or
 * bases gives the type and all its subclasses a fresh version, so cache entries (and inline
 * caches keyed by version) never go stale.
 */
public final class PyType extends PyObject {
    public String name;
    public String qualname;
    public PyType[] bases;
    public PyType base;
    public PyType[] mro;
    /** True for classes created by a class statement or type(); they have instance dicts. */
    public final boolean heap;
    /** The nearest builtin (non-heap) type in the MRO: decides the Java layout of instances. */
    public PyType solidBase;
    public int version;
    final Subclasses subclasses = new Subclasses();

    /** Instances have a __dict__. */
    public boolean instanceDict;
    /** Names of this type's own __slots__ members and their index in PyObject.slots. */
    public int slotCount;
    /** Set when __getattribute__ is overridden or __getattr__ defined (slow attribute path). */
    public boolean customGetattr;
    public boolean customSetattr;
    /** Instances may be weakly referenced (CPython: tp_weaklistoffset != 0); see {@link PyWeakref}. */
    public boolean weakrefable;
    /** The class or a base defines __del__: instances are {@link PyFinalizable} (see {@link Collector}). */
    boolean hasDel;
    /** Exception classes: instances are PyBaseException. */
    public boolean isException;
    /** Builtin types that Python classes may not subclass (bool, NoneType, ...). */
    public boolean finalType;
    /** The Java constructor of instances for builtin types that are instantiable via object.__new__. */
    public Fn newFn;
    /** The Java "doc". */
    public String doc;

    private static int nextVersion = 1;

    /** A builtin type. */
    public PyType(String name, PyType base) {
        super(null);
        this.name = name;
        this.qualname = name;
        this.heap = false;
        this.dict = new PyDict();
        this.base = base;
        this.bases = base == null ? new PyType[0] : new PyType[] { base };
        this.version = nextVersion++;
        if (base == null) {
            this.mro = new PyType[] { this };
        } else {
            this.mro = new PyType[base.mro.length + 1];
            mro[0] = this;
            System.arraycopy(base.mro, 0, mro, 1, base.mro.length);
            base.subclasses.add(this);
            this.isException = base.isException;
            this.weakrefable = base.weakrefable;
        }
        this.solidBase = this;
    }

    /** A builtin type with several bases (ExceptionGroup). */
    public PyType(String name, PyType[] bases, boolean builtinMarker) {
        super(null);
        this.name = name;
        this.qualname = name;
        this.heap = false;
        this.dict = new PyDict();
        this.bases = bases;
        this.base = bases[0];
        this.version = nextVersion++;
        for (PyType b : bases) { b.subclasses.add(this); if (b.isException) isException = true; }
        computeMro();
        this.solidBase = this;
    }

    /** A heap type (class statement); the caller sets mro via {@link #computeMro}. */
    public PyType(PyType metatype, String name, PyType[] bases, PyDict dict) {
        super(metatype);
        this.name = name;
        this.qualname = name;
        this.heap = true;
        this.dict = dict;
        this.bases = bases;
        this.base = bases[0];
        this.version = nextVersion++;
        PyType solid = T.OBJECT;
        for (PyType b : bases) {
            if (b.solidBase != T.OBJECT) solid = b.solidBase;
            if (b.isException) isException = true;
        }
        this.solidBase = solid;
        for (PyType b : bases) b.subclasses.add(this);
    }

    public String moduleName() {
        if (!heap) {
            PyObject m = dict.getStr("__module__");
            return m instanceof PyStr s ? s.value : "builtins";
        }
        PyObject m = dict.getStr("__module__");
        return m instanceof PyStr s ? s.value : null;
    }

    // ---- MRO ---------------------------------------------------------------------------------

    public void computeMro() {
        ArrayList<ArrayList<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) {
            ArrayList<PyType> l = new ArrayList<>();
            for (PyType t : b.mro) l.add(t);
            seqs.add(l);
        }
        ArrayList<PyType> bl = new ArrayList<>();
        for (PyType b : bases) bl.add(b);
        seqs.add(bl);
        ArrayList<PyType> result = new ArrayList<>();
        result.add(this);
        while (true) {
            boolean any = false;
            for (ArrayList<PyType> s : seqs) if (!s.isEmpty()) { any = true; break; }
            if (!any) break;
            PyType cand = null;
            for (ArrayList<PyType> s : seqs) {
                if (s.isEmpty()) continue;
                PyType c = s.get(0);
                boolean inTail = false;
                for (ArrayList<PyType> s2 : seqs) {
                    int i = s2.indexOf(c);
                    if (i > 0) { inTail = true; break; }
                }
                if (!inTail) { cand = c; break; }
            }
            if (cand == null) {
                StringBuilder sb = new StringBuilder("Cannot create a consistent method resolution\norder (MRO) for bases");
                ArrayList<String> seen = new ArrayList<>();
                for (ArrayList<PyType> s : seqs) {
                    if (s.isEmpty()) continue;
                    String n = s.get(0).name;
                    if (!seen.contains(n)) { seen.add(n); sb.append(seen.size() == 1 ? " " : ", ").append(n); }
                }
                throw Exc.type(sb.toString());
            }
            result.add(cand);
            for (ArrayList<PyType> s : seqs) if (!s.isEmpty() && s.get(0) == cand) s.remove(0);
        }
        mro = result.toArray(new PyType[0]);
    }

    public boolean isSubtype(PyType other) {
        if (this == other) return true;
        PyType[] m = mro;
        for (int i = 1; i < m.length; i++) if (m[i] == other) return true;
        return false;
    }

    // ---- lookup with the global method cache --------------------------------------------------

    private static final int CACHE_BITS = 12;
    private static final int CACHE_MASK = (1 << CACHE_BITS) - 1;
    private static final int[] cacheVersion = new int[1 << CACHE_BITS];
    private static final PyStr[] cacheName = new PyStr[1 << CACHE_BITS];
    private static final PyObject[] cacheValue = new PyObject[1 << CACHE_BITS];
    private static final PyObject MISSING = new PyObject(null);

    /** The attribute along the MRO without descriptor binding, or null. */
    public PyObject lookup(PyStr name) {
        int h = (version * 0x9E3779B1 ^ name.hashCode()) >>> (32 - CACHE_BITS);
        h &= CACHE_MASK;
        if (cacheVersion[h] == version && cacheName[h] == name) {
            PyObject v = cacheValue[h];
            return v == MISSING ? null : v;
        }
        PyObject v = lookupUncached(name);
        if (name.interned) {
            cacheVersion[h] = version;
            cacheName[h] = name;
            cacheValue[h] = v == null ? MISSING : v;
        }
        return v;
    }

    public PyObject lookup(String name) { return lookup(PyStr.intern(name)); }

    /**
     * Empties the global method cache (gc.collect()): an entry left by a type since changed would
     * otherwise keep the old value alive, such as a method deleted from its class.
     */
    static void clearMethodCache() {
        java.util.Arrays.fill(cacheName, null);
        java.util.Arrays.fill(cacheValue, null);
    }

    public PyObject lookupUncached(PyStr name) {
        for (PyType t : mro) {
            PyObject v = t.dict.getStr(name);
            if (v != null) return v;
        }
        return null;
    }

    /**
     * {@code C.__bases__ = bases} (CPython's type_set_bases): the new bases must keep the
     * instance layout; the MROs of the class and its subclasses are recomputed, and restored if
     * one of them fails.
     */
    void setBases(PyObject v) {
        if (!heap) throw Exc.type("cannot set '__bases__' attribute of immutable type '" + name + "'");
        if (v == null) throw Exc.type("cannot delete '__bases__' attribute of immutable type '" + name + "'");
        if (!(v instanceof PyTuple tup)) throw Exc.type("can only assign tuple to " + name + ".__bases__, not " + v.type.name);
        if (tup.items.length == 0) throw Exc.type("can only assign non-empty tuple to " + name + ".__bases__, not ()");
        PyType[] nb = new PyType[tup.items.length];
        for (int i = 0; i < nb.length; i++) {
            if (!(tup.items[i] instanceof PyType b)) {
                throw Exc.type(name + ".__bases__ must be tuple of classes, not '" + tup.items[i].type.name + "'");
            }
            if (b.isSubtype(this)) throw Exc.type("a __bases__ item causes an inheritance cycle");
            nb[i] = b;
        }
        PyType newBase = bestBase(nb);
        if (collected(newBase) != collected(base)) {
            throw Exc.type("__bases__ assignment: '" + newBase.name + "' deallocator differs from '" + base.name + "'");
        }
        if (!sameLayout(base, newBase)) {
            throw Exc.type("__bases__ assignment: '" + newBase.name + "' object layout differs from '" + base.name + "'");
        }
        for (int i = 0; i < nb.length; i++) {
            for (int j = 0; j < i; j++) if (nb[j] == nb[i]) throw Exc.type("duplicate base class " + nb[i].name);
        }
        PyType[] oldBases = bases;
        PyType oldBase = base;
        ArrayList<PyType> changed = new ArrayList<>();
        ArrayList<PyType[]> oldMros = new ArrayList<>();
        bases = nb;
        base = newBase;
        try {
            recomputeMros(this, changed, oldMros);
        } catch (PyException e) {
            for (int i = 0; i < changed.size(); i++) changed.get(i).mro = oldMros.get(i);
            bases = oldBases;
            base = oldBase;
            throw e;
        }
        for (PyType b : oldBases) b.subclasses.remove(this);
        for (PyType b : nb) if (!b.subclasses.contains(this)) b.subclasses.add(this);
        modified();
    }

    static void recomputeMros(PyType t, ArrayList<PyType> changed, ArrayList<PyType[]> oldMros) {
        PyType[] old = t.mro;
        t.computeMro();
        changed.add(t);
        oldMros.add(old);
        for (PyType s : t.subclasses) recomputeMros(s, changed, oldMros);
    }

    /** The base whose instance layout the others extend (CPython's best_base). */
    static PyType bestBase(PyType[] bases) {
        PyType best = null, solid = null;
        for (PyType b : bases) {
            PyType sb = b.solidBase;
            if (solid == null || (sb != solid && sb.isSubtype(solid))) { solid = sb; best = b; }
            else if (!solid.isSubtype(sb)) throw Exc.type("multiple bases have instance lay-out conflict");
        }
        return best;
    }

    /** Instances take part in CPython's cyclic GC (its tp_free): classes and containers do, atoms do not. */
    static boolean collected(PyType t) {
        if (t.heap) return true;
        PyType s = t.solidBase;
        return !(s == T.OBJECT || s == T.INT || s == T.FLOAT || s == T.COMPLEX || s == T.STR || s == T.BYTES || s == T.BYTEARRAY);
    }

    /** Instances of both have the same Java layout, __dict__ and __slots__. */
    static boolean sameLayout(PyType a, PyType b) {
        if (a.solidBase != b.solidBase || a.instanceDict != b.instanceDict) return false;
        ArrayList<PyType> sa = new ArrayList<>(), sb = new ArrayList<>();
        for (PyType m : a.mro) if (m.slotCount > 0) sa.add(m);
        for (PyType m : b.mro) if (m.slotCount > 0) sb.add(m);
        return sa.equals(sb);
    }

    /** Called after a change to this type's dict or bases. */
    public void modified() {
        version = nextVersion++;
        if (heap) updateFlags();
        for (PyType s : subclasses) s.modified();
    }

    void updateFlags() {
        PyObject ga = lookupUncached(S.__getattribute__);
        customGetattr = (ga != null && ga != T.OBJECT.dict.getStr(S.__getattribute__)
                && !(ga instanceof PyMethodDescr)) || lookupUncached(S.__getattr__) != null;
        PyObject sa = lookupUncached(S.__setattr__);
        PyObject da = lookupUncached(S.__delattr__);
        customSetattr = (sa != null && !(sa instanceof PyMethodDescr)) || (da != null && !(da instanceof PyMethodDescr));
        hasDel = heap && lookupUncached(S.__del__) != null;
    }

    // ---- registration helpers for builtin types ------------------------------------------------

    public PyMethodDescr def(String name, Fn fn) {
        PyMethodDescr d = new PyMethodDescr(this, name, fn);
        dict.setItem(PyStr.intern(name), d);
        return d;
    }

    // The methods' qualified names ("float.hex") are made only for an error message: building
    // thousands of them when the builtin types are set up is measurable boot time on metal.
    public void def0(String name, Fn.F1 f) { def(name, Fn.method0(this, name, f)); }
    public void def1(String name, Fn.F2 f) { def(name, Fn.method1(this, name, f)); }
    public void def2(String name, Fn.F3 f) { def(name, Fn.method2(this, name, f)); }
    /** A method with positional-only parameters, checked as Argument Clinic does (see {@link Fn#methodPositional}). */
    public void defPositional(String name, int min, int max, Fn fn) { def(name, Fn.methodPositional(this, name, min, max, fn)); }
    /** A method whose arguments CPython parses with PyArg_ParseTuple (see {@link Fn#methodVarargs}). */
    public void defVarargs(String name, int min, int max, Fn fn) { def(name, Fn.methodVarargs(this, name, min, max, fn)); }

    /** A computed attribute (getset_descriptor); setter may be null (read-only). */
    public void getset(String name, Fn.F1 getter, Fn.F2 setter) {
        dict.setItem(PyStr.intern(name), new PyGetSetDescr(this, name, getter, setter));
    }

    public void setAttrRaw(String name, PyObject v) {
        dict.setItem(PyStr.intern(name), v);
    }

    /** __new__ as a builtin (cls is args[0]). */
    public void defNew(Fn fn) {
        PyType owner = this;
        Fn checked = this == T.OBJECT ? fn : (a, kw) -> {
            checkNewArgs(owner, a, kw);
            return fn.call(a, kw);
        };
        dict.setItem(S.__new__, new PyBuiltinFunction("__new__", checked, this));
        newFn = fn;
    }

    /** The nearest class along the base chain whose __new__ is not written in Python (tp_new_wrapper's staticbase). */
    static PyType staticNewBase(PyType t) {
        while (t.base != null) {
            PyObject nw = t.lookup(S.__new__);
            if (!(nw instanceof PyFunction) && !(nw instanceof PyStaticMethod sm && sm.func instanceof PyFunction)) break;
            t = t.base;
        }
        return t;
    }

    /** The checks of CPython's tp_new_wrapper: T.__new__(S) needs S a subtype of T with the same builtin __new__. */
    static void checkNewArgs(PyType type, PyObject[] a, PyStr[] kw) {
        if (a.length - (kw == null ? 0 : kw.length) < 1) throw Exc.type(type.name + ".__new__(): not enough arguments");
        if (a[0] == type) return;
        if (!(a[0] instanceof PyType sub)) throw Exc.type(type.name + ".__new__(X): X is not a type object (" + a[0].type.name + ")");
        if (!sub.isSubtype(type)) {
            throw Exc.type(type.name + ".__new__(" + sub.name + "): " + sub.name + " is not a subtype of " + type.name);
        }
        PyType staticBase = staticNewBase(sub);
        if (staticBase.lookup(S.__new__) != type.lookup(S.__new__)) {
            throw Exc.type(type.name + ".__new__(" + sub.name + ") is not safe, use " + staticBase.name + ".__new__()");
        }
    }

    // ---- PyObject protocol ----------------------------------------------------------------------

    @Override public PyObject repr() {
        String mod = moduleName();
        if (mod == null || mod.equals("builtins")) return new PyStr("<class '" + qualname + "'>");
        return new PyStr("<class '" + mod + "." + qualname + "'>");
    }

    @Override public PyObject call(PyObject[] args, PyStr[] kwnames) {
        if (type != T.TYPE) {
            PyObject c = type.lookup(S.__call__);
            if (c != null && !(c instanceof PyMethodDescr)) {
                PyObject[] a = new PyObject[args.length + 1];
                a[0] = this;
                System.arraycopy(args, 0, a, 1, args.length);
                return c instanceof PyFunction f ? f.call(a, kwnames) : Ops.descrGet(c, this, type).call(args, kwnames);
            }
        }
        return Ops.callType(this, args, kwnames);
    }

    @Override public PyObject lookupAttr(PyStr name) {
        PyType meta = type;
        PyObject metaAttr = meta.lookup(name);
        if (metaAttr != null && Ops.isDataDescriptor(metaAttr)) {
            return Ops.descrGet(metaAttr, this, meta);
        }
        PyObject attr = lookup(name);
        if (attr != null) {
            if (attr.isDescr()) return attr.descrGet(null, this);
            if (attr.type.heap) {
                PyObject get = attr.type.lookup(S.__get__);
                if (get != null) return Ops.call(get, attr, T.None, this);
            }
            return attr;
        }
        if (metaAttr != null) return Ops.descrGet(metaAttr, this, meta);
        return null;
    }

    @Override public void setattr(PyStr name, PyObject value) {
        PyObject metaAttr = type.lookup(name);
        if (metaAttr != null && Ops.isDataDescriptor(metaAttr)) {
            Ops.descrSet(metaAttr, this, value);
            return;
        }
        if (!heap) {
            throw Exc.type("cannot set '" + name + "' attribute of immutable type '" + this.name + "'");
        }
        if (value == null) {
            if (dict.delItemIfPresent(name) == null) {
                throw Exc.attrError("type object '" + this.name + "' has no attribute '" + name + "'", this, name);
            }
        } else {
            dict.setItem(name, value);
        }
        modified();
    }

    @Override public long hash() { return Ops.identityHash(this); }

    @Override public PyObject getitem(PyObject key) {
        PyObject cg = lookup(S.__class_getitem__);
        if (cg != null) return Ops.descrGet(cg, null, this).call(new PyObject[] { key }, null);
        if (this == T.LIST || this == T.DICT || this == T.TUPLE || this == T.SET || this == T.FROZENSET || this == T.TYPE) {
            return UnionType.alias(this, key);
        }
        throw Exc.type("type '" + name + "' is not subscriptable");
    }

    @Override public PyObject binop(int op, PyObject other) {
        return op == Ops.OR ? UnionType.make(this, other) : T.NotImplemented;
    }

    @Override public PyObject rbinop(int op, PyObject other) {
        return op == Ops.OR ? UnionType.make(other, this) : T.NotImplemented;
    }
}
