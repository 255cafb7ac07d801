package pyjama.python.runtime;

/**
 * {@code time.struct_time}, a structseq as CPython's: a 9-tuple (tm_year ... tm_isdst) with two
 * more attributes outside the tuple, tm_zone and tm_gmtoff, kept in the object's {@code slots}
 * (None when unknown). Built from a 9- to 11-sequence and an optional dict for the missing
 * extra fields; not subclassable, read-only, pickled through {@code __reduce__}.
 */
final class StructTime {
    private StructTime() {}

    static final String[] VISIBLE = { "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
        "tm_yday", "tm_isdst" };
    static final String[] HIDDEN = { "tm_zone", "tm_gmtoff" };
    static final PyType TYPE = new PyType("struct_time", T.TUPLE);
    static {
        PyType t = TYPE;
        t.type = T.TYPE;
        t.dict.type = T.DICT;
        t.finalType = true;
        t.setAttrRaw("__module__", new PyStr("time"));
        t.setAttrRaw("__doc__", new PyStr("The time value as returned by gmtime(), localtime(), and strptime(), and\n"
                + " accepted by asctime(), mktime() and strftime().  May be considered as a\n"
                + " sequence of 9 integers.\n\n"
                + " Note that several fields' values are not the same as those defined by\n"
                + " the C language standard for struct tm.  For example, the value of the\n"
                + " field tm_year is the actual year, not year - 1900.  See individual\n"
                + " fields' descriptions for details."));
        t.setAttrRaw("n_sequence_fields", PyInt.of(VISIBLE.length));
        t.setAttrRaw("n_fields", PyInt.of(VISIBLE.length + HIDDEN.length));
        t.setAttrRaw("n_unnamed_fields", PyInt.of(0));
        PyObject[] names = new PyObject[VISIBLE.length];
        for (int i = 0; i < VISIBLE.length; i++) names[i] = new PyStr(VISIBLE[i]);
        t.setAttrRaw("__match_args__", new PyTuple(names));
        for (int i = 0; i < VISIBLE.length; i++) {
            final int k = i;
            t.getset(VISIBLE[i], s -> ((PyTuple) s).items[k], StructTime::readonly);
        }
        for (int i = 0; i < HIDDEN.length; i++) {
            final int k = i;
            t.getset(HIDDEN[i], s -> hidden(s, k), StructTime::readonly);
        }
        t.def0("__repr__", StructTime::repr);
        t.def0("__reduce__", s -> PyTuple.of(TYPE, PyTuple.of(new PyTuple(((PyTuple) s).items), extras(s))));
        t.defNew((a, kw) -> {
            PyObject[] p = Args.parse("structseq", a, kw, 1, new String[] { "sequence", "dict" }, 1);
            return fromSequence(p[0], p[1]);
        });
    }

    private static PyObject readonly(PyObject self, PyObject value) {
        throw Exc.attr("readonly attribute");
    }

    private static PyObject hidden(PyObject s, int k) {
        return s.slots == null || s.slots[k] == null ? T.None : s.slots[k];
    }

    private static PyDict extras(PyObject s) {
        PyDict d = new PyDict();
        for (int i = 0; i < HIDDEN.length; i++) d.setStr(HIDDEN[i], hidden(s, i));
        return d;
    }

    /** struct_time(sequence, dict=None): the sequence wins over the dict for the extra fields. */
    static PyTuple fromSequence(PyObject seq, PyObject dict) {
        if (dict != null && !(dict instanceof PyDict)) { // an explicit None is refused too
            throw Exc.type("time.struct_time() takes a dict as second arg, if any");
        }
        PyObject it;
        try {
            it = Ops.iter(seq);
        } catch (PyException e) {
            if (!e.matches(Exc.TypeError)) throw e;
            throw Exc.type("constructor requires a sequence");
        }
        PyObject[] items = Ops.toArray(it);
        int min = VISIBLE.length, max = VISIBLE.length + HIDDEN.length;
        if (items.length < min) {
            throw Exc.type("time.struct_time() takes an at least " + min + "-sequence (" + items.length + "-sequence given)");
        }
        if (items.length > max) {
            throw Exc.type("time.struct_time() takes an at most " + max + "-sequence (" + items.length + "-sequence given)");
        }
        PyTuple r = new PyTuple(TYPE, java.util.Arrays.copyOf(items, min));
        r.slots = new PyObject[HIDDEN.length];
        for (int i = 0; i < HIDDEN.length; i++) {
            if (min + i < items.length) {
                r.slots[i] = items[min + i];
            } else if (dict instanceof PyDict d) {
                PyObject v = d.getStr(HIDDEN[i]);
                r.slots[i] = v == null ? T.None : v;
            } else {
                r.slots[i] = T.None;
            }
        }
        return r;
    }

    /** CPython's tmtotuple: the C fields turned into Python's conventions. */
    static PyTuple of(BrokenDownTime tm) {
        PyTuple r = new PyTuple(TYPE, new PyObject[] {
            PyInt.of(tm.year() + 1900L), PyInt.of(tm.mon() + 1), PyInt.of(tm.mday()), PyInt.of(tm.hour()),
            PyInt.of(tm.min()), PyInt.of(tm.sec()), PyInt.of((tm.wday() + 6) % 7), PyInt.of(tm.yday() + 1),
            PyInt.of(tm.isdst()),
        });
        r.slots = new PyObject[] { tm.zone() == null ? T.None : new PyStr(tm.zone()), PyInt.of(tm.gmtoff()) };
        return r;
    }

    private static PyObject repr(PyObject s) {
        PyObject[] it = ((PyTuple) s).items;
        StringBuilder sb = new StringBuilder("time.struct_time(");
        for (int i = 0; i < VISIBLE.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(VISIBLE[i]).append('=').append(Ops.repr(it[i]).value);
        }
        return new PyStr(sb.append(')').toString());
    }
}
