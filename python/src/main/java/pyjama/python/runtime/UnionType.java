package pyjama.python.runtime;

import java.util.ArrayList;

/** X | Y of types (types.UnionType) and list[int] (types.GenericAlias): minimal versions. */
final class UnionType {
    private UnionType() {}

    static final PyType UNION = new PyType("UnionType", T.OBJECT);
    static {
        UNION.type = T.TYPE;
        UNION.dict.type = T.DICT;
        UNION.setAttrRaw("__module__", new PyStr("types"));
        UNION.getset("__args__", s -> new PyTuple(((Union) s).args.clone()), null);
        UNION.getset("__parameters__", s -> parameters(((Union) s).args), null);
    }

    /** The type variables among {@code args}, in order, each once (CPython's _Py_make_parameters). */
    static PyTuple parameters(PyObject[] args) {
        ArrayList<PyObject> l = new ArrayList<>();
        for (PyObject a : args) {
            if (a instanceof PyType) continue;
            if (a.type.lookup(PyStr.intern("__typing_subst__")) != null) { addParam(l, a); continue; }
            PyObject p = Ops.getattrOrNull(a, PyStr.intern("__parameters__"));
            if (p instanceof PyTuple pt) for (PyObject x : pt.items) addParam(l, x);
        }
        return new PyTuple(l.toArray(new PyObject[0]));
    }

    static void addParam(ArrayList<PyObject> l, PyObject x) {
        for (PyObject y : l) if (y == x) return;
        l.add(x);
    }

    static final class Union extends PyObject {
        final PyObject[] args;
        Union(PyObject[] args) { super(UNION); this.args = args; }
        @Override public PyObject repr() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < args.length; i++) {
                if (i > 0) sb.append(" | ");
                sb.append(typeRepr(args[i]));
            }
            return new PyStr(sb.toString());
        }
        @Override public PyObject binop(int op, PyObject other) { return op == Ops.OR ? make(this, other) : T.NotImplemented; }
        @Override public PyObject rbinop(int op, PyObject other) { return op == Ops.OR ? make(other, this) : T.NotImplemented; }
        @Override public PyObject richcompare(PyObject o, int op) {
            if (!(o instanceof Union u) || (op != Ops.EQ && op != Ops.NE)) return T.NotImplemented;
            PySet x = new PySet(), y = new PySet();
            for (PyObject a : args) x.add(a);
            for (PyObject a : u.args) y.add(a);
            boolean eq = x.richcompare(y, Ops.EQ) == T.TRUE;
            return PyBool.of(op == Ops.EQ ? eq : !eq);
        }
        @Override public long hash() { long h = 0; for (PyObject a : args) h ^= Ops.hash(a); return h; }
    }

    static String typeRepr(PyObject o) {
        if (o == T.None || o == T.NONE_TYPE) return "None";
        if (o == T.Ellipsis) return "...";
        if (o instanceof PyType t) {
            String m = t.moduleName();
            return m == null || m.equals("builtins") ? t.qualname : m + "." + t.qualname;
        }
        return Ops.repr(o).value;
    }

    static boolean unionable(PyObject o) {
        return o instanceof PyType || o == T.None || o instanceof Union || o instanceof GenericAlias || o.type == TYPE_ALIAS;
    }

    static PyObject make(PyObject a, PyObject b) {
        if (!unionable(a) || !unionable(b)) return T.NotImplemented;
        ArrayList<PyObject> l = new ArrayList<>();
        for (PyObject x : new PyObject[] { a, b }) {
            if (x instanceof Union u) { for (PyObject y : u.args) add(l, y); }
            else add(l, x == T.None ? T.NONE_TYPE : x);
        }
        if (l.size() == 1) return l.get(0);
        return new Union(l.toArray(new PyObject[0]));
    }

    static void add(ArrayList<PyObject> l, PyObject x) {
        for (PyObject y : l) if (y == x) return;
        l.add(x);
    }

    /** list[int] etc. */
    static final class GenericAlias extends PyObject {
        final PyObject origin;
        final PyObject[] args;
        GenericAlias(PyObject origin, PyObject[] args) { this(T.GENERIC_ALIAS, origin, args); }
        GenericAlias(PyType t, PyObject origin, PyObject[] args) { super(t); this.origin = origin; this.args = args; }
        @Override public PyObject repr() {
            StringBuilder sb = new StringBuilder(typeRepr(origin)).append('[');
            for (int i = 0; i < args.length; i++) {
                if (i > 0) sb.append(", ");
                sb.append(args[i] instanceof PyTuple t && t.items.length == 0 ? "()" : typeRepr(args[i]));
            }
            return new PyStr(sb.append(']').toString());
        }
        @Override public PyObject call(PyObject[] a, PyStr[] kw) { return origin.call(a, kw); }
        @Override public PyObject lookupAttr(PyStr name) {
            if (name.value.equals("__origin__")) return origin;
            if (name.value.equals("__args__")) return new PyTuple(args);
            if (name.value.equals("__parameters__")) return PyTuple.EMPTY;
            PyObject v = Ops.genericGetAttr(this, name);
            if (v != null) return v;
            return Ops.getattrOrNull(origin, name);
        }
        @Override public PyObject binop(int op, PyObject other) { return op == Ops.OR ? make(this, other) : T.NotImplemented; }
        @Override public PyObject rbinop(int op, PyObject other) { return op == Ops.OR ? make(other, this) : T.NotImplemented; }
        @Override public PyObject richcompare(PyObject o, int op) {
            if (!(o instanceof GenericAlias g) || (op != Ops.EQ && op != Ops.NE)) return T.NotImplemented;
            boolean eq = Ops.eq(origin, g.origin) && Ops.eq(new PyTuple(args), new PyTuple(g.args));
            return PyBool.of(op == Ops.EQ ? eq : !eq);
        }
        @Override public long hash() { return Ops.hash(origin) ^ new PyTuple(args).hash(); }
    }

    static final PyType TYPE_ALIAS = new PyType("TypeAliasType", T.OBJECT);
    static {
        TYPE_ALIAS.type = T.TYPE;
        TYPE_ALIAS.dict.type = T.DICT;
        TYPE_ALIAS.setAttrRaw("__module__", new PyStr("typing"));
        TYPE_ALIAS.def0("__repr__", s -> s.dict.getStr("__name__"));
        TYPE_ALIAS.def1("__getitem__", (s, k) -> alias(s, k));
        TYPE_ALIAS.def1("__or__", (s, o) -> make(s, o));
    }

    static PyObject typeAlias(PyStr name, PyObject value) {
        PyObject a = new PyObject(TYPE_ALIAS);
        a.dict = new PyDict();
        a.dict.setStr("__name__", name);
        a.dict.setStr("__value__", value);
        a.dict.setStr("__type_params__", PyTuple.EMPTY);
        PyObject mn = Interp.cur.frame != null ? Interp.cur.frame.globals.getStr(S.__name__) : null;
        a.dict.setStr("__module__", mn == null ? T.None : mn);
        return a;
    }

    static PyObject alias(PyObject origin, PyObject key) {
        PyObject[] args = key instanceof PyTuple t ? t.items : new PyObject[] { key };
        return new GenericAlias(origin, args);
    }
}
