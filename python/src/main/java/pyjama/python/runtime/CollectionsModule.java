package pyjama.python.runtime;

/**
 * _collections: the C half of CPython's collections. Only {@code _tuplegetter} lives here (the
 * field descriptor of namedtuple classes, whose errors differ from a property's); deque,
 * defaultdict and OrderedDict are Python, in the frozen collections package.
 */
final class CollectionsModule {
    private CollectionsModule() {}

    static final PyType TUPLEGETTER = new PyType("_tuplegetter", T.OBJECT);

    /** _tuplegetter(index, doc): a data descriptor reading item {@code index} of a tuple. */
    static final class TupleGetter extends PyObject {
        final long index;
        PyObject doc;

        TupleGetter(PyType t, long index, PyObject doc) {
            super(t);
            this.index = index;
            this.doc = doc;
        }

        @Override public boolean isDescr() { return true; }
        @Override public boolean isDataDescr() { return true; }

        @Override public PyObject descrGet(PyObject obj, PyType type) {
            if (obj == null || obj == T.None) return this;
            if (!(obj instanceof PyTuple t)) {
                throw Exc.type("descriptor for index '" + index + "' for tuple subclasses doesn't apply to '" + obj.type.name + "' object");
            }
            if (index < 0 || index >= t.items.length) throw Exc.index("tuple index out of range");
            return t.items[(int) index];
        }

        @Override public void descrSet(PyObject obj, PyObject value) {
            throw Exc.attr(value == null ? "can't delete attribute" : "can't set attribute");
        }
    }

    static {
        PyType t = TUPLEGETTER;
        t.type = T.TYPE;
        t.dict.type = T.DICT;
        t.setAttrRaw("__module__", new PyStr("collections"));
        t.defNew((a, kw) -> {
            Fn.noKw("_tuplegetter", kw);
            Fn.checkPositional("_tuplegetter", a.length - 1, 2, 2);
            long index = Ops.index(a[1], null);
            return new TupleGetter((PyType) a[0], index, a[2]);
        });
        t.def("__get__", (a, kw) -> {
            Fn.checkPositional("__get__", a.length - 1, 1, 2);
            PyObject obj = a[1] == T.None ? null : a[1];
            return a[0].descrGet(obj, a.length > 2 && a[2] instanceof PyType pt ? pt : null);
        });
        t.def2("__set__", (s, o, v) -> { s.descrSet(o, v); return T.None; });
        t.def1("__delete__", (s, o) -> { s.descrSet(o, null); return T.None; });
        t.getset("__doc__", s -> ((TupleGetter) s).doc, (s, v) -> { ((TupleGetter) s).doc = v; return T.None; });
        t.def0("__reduce__", s -> PyTuple.of(s.type, PyTuple.of(PyInt.of(((TupleGetter) s).index), ((TupleGetter) s).doc)));
    }

    static PyModule create(Runtime rt) {
        PyModule m = new PyModule("_collections");
        m.set("_tuplegetter", TUPLEGETTER);
        return m;
    }
}
