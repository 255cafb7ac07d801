package pyjama.python.runtime;

import java.util.ArrayList;

/** BaseExceptionGroup / ExceptionGroup and the except* machinery. */
final class ExceptionGroups {
    private ExceptionGroups() {}

    static PyObject[] excs(PyObject eg) { return ((PyTuple) eg.dict.getStr("exceptions")).items; }

    static PyBaseException make(PyType t, PyObject msg, PyObject[] ex) {
        return make(t, msg, ex, new PyTuple(ex));
    }

    static PyBaseException make(PyType t, PyObject msg, PyObject[] ex, PyObject original) {
        PyBaseException g = new PyBaseException(t);
        g.args = PyTuple.of(msg, original);
        g.dict.setStr("message", msg);
        g.dict.setStr("exceptions", new PyTuple(ex));
        return g;
    }

    static void install() {
        PyType b = Exc.BaseExceptionGroup;
        b.defNew((a, kw) -> {
            Args.noKw("BaseExceptionGroup", kw);
            PyType cls = (PyType) a[0];
            if (a.length != 3) throw Exc.type("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + (a.length - 1) + " given)");
            if (!(a[1] instanceof PyStr)) throw Exc.type("BaseExceptionGroup.__new__() argument 1 must be str, not " + a[1].type.name);
            if (!(a[2] instanceof PyList || a[2] instanceof PyTuple) || !Ops.isIterable(a[2])) {
                throw Exc.type("second argument (exceptions) must be a sequence");
            }
            PyObject[] ex = Ops.toArray(a[2]);
            if (ex.length == 0) throw Exc.value("second argument (exceptions) must be a non-empty sequence");
            boolean allExc = true;
            for (int i = 0; i < ex.length; i++) {
                if (!(ex[i] instanceof PyBaseException be)) throw Exc.value("Item " + i + " of second argument (exceptions) is not an exception");
                if (!be.type.isSubtype(Exc.Exception)) allExc = false;
            }
            if (cls == Exc.BaseExceptionGroup && allExc) cls = Exc.ExceptionGroup;
            else if (cls == Exc.ExceptionGroup && !allExc) throw Exc.type("Cannot nest BaseExceptions in an ExceptionGroup");
            else if (!allExc && cls.isSubtype(Exc.Exception)) throw Exc.type("Cannot nest BaseExceptions in '" + cls.name + "'");
            PyBaseException g = make(cls, a[1], ex.clone(), a[2]);
            Runtime.initInstance(g, cls);
            return g;
        });
        b.def("__init__", (a, kw) -> T.None);
        b.getset("message", s -> s.dict.getStr("message"), null);
        b.getset("exceptions", s -> s.dict.getStr("exceptions"), null);
        b.def1("derive", (s, ex) -> Ops.call(Exc.BaseExceptionGroup, s.dict.getStr("message"), ex));
        b.def1("split", (s, cond) -> {
            PyObject[] r = split(s, cond);
            return PyTuple.of(r[0], r[1]);
        });
        b.def1("subgroup", (s, cond) -> split(s, cond)[0]);
        b.setAttrRaw("__class_getitem__", new PyClassMethod(new PyBuiltinFunction("__class_getitem__", (a, kw) -> UnionType.alias(a[0], a[1]))));
    }

    static boolean matches(PyObject e, PyObject cond) {
        if (cond instanceof PyType || cond instanceof PyTuple) return Interp.excMatches(e, cond);
        return Ops.isTrue(Ops.call(cond, e));
    }

    /** (match, rest): each None when empty; groups keep their structure and metadata. */
    static PyObject[] split(PyObject eg, PyObject cond) {
        if (matches(eg, cond)) return new PyObject[] { eg, T.None };
        if (!eg.type.isSubtype(Exc.BaseExceptionGroup)) return new PyObject[] { T.None, eg };
        ArrayList<PyObject> m = new ArrayList<>(), r = new ArrayList<>();
        for (PyObject x : excs(eg)) {
            PyObject[] sr = split(x, cond);
            if (sr[0] != T.None) m.add(sr[0]);
            if (sr[1] != T.None) r.add(sr[1]);
        }
        return new PyObject[] { m.isEmpty() ? T.None : derive(eg, m), r.isEmpty() ? T.None : derive(eg, r) };
    }

    static PyObject derive(PyObject eg, ArrayList<PyObject> ex) {
        PyObject d = Ops.invoke(eg, "derive", new PyList(ex.toArray(new PyObject[0])));
        if (d instanceof PyBaseException de && eg instanceof PyBaseException src) {
            de.traceback = src.traceback;
            de.cause = src.cause;
            de.context = src.context;
            PyObject notes = src.dict.getStr(S.__notes__);
            if (notes != null) de.dict.setItem(S.__notes__, notes);
        }
        return d;
    }

    /** For CHECK_EG_MATCH: {match, rest}. */
    static PyObject[] splitForStar(PyObject exc, PyObject type) {
        if (!exc.type.isSubtype(Exc.BaseExceptionGroup)) {
            if (Interp.excMatches(exc, type)) {
                PyBaseException g = make(exc.type.isSubtype(Exc.Exception) ? Exc.ExceptionGroup : Exc.BaseExceptionGroup, Intern.EMPTY, new PyObject[] { exc }, PyTuple.of(exc));
                g.traceback = ((PyBaseException) exc).traceback;
                return new PyObject[] { g, T.None };
            }
            return new PyObject[] { T.None, exc };
        }
        return split(exc, type);
    }

    static PyObject prepReraise(PyObject orig, PyList raised, PyObject rest) {
        ArrayList<PyObject> all = new ArrayList<>();
        for (int i = 0; i < raised.size; i++) all.add(raised.items[i]);
        if (all.isEmpty()) return rest;
        if (rest != T.None) all.add(rest);
        if (all.size() == 1) return all.get(0);
        PyObject[] arr = all.toArray(new PyObject[0]);
        return make(Exc.ExceptionGroup, Intern.EMPTY, arr, new PyList(arr.clone()));
    }
}
