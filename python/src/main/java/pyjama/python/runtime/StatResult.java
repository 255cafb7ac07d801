package pyjama.python.runtime;

import pyjama.python.FileStat;

/**
 * {@code os.stat_result}, a structseq as CPython's: a 10-tuple (mode, ino, dev, nlink, uid, gid,
 * size, and the three times as whole seconds) plus attributes not in the tuple, kept in the
 * tuple object's {@code slots}: st_atime/st_mtime/st_ctime as floats, the *_ns times, st_blksize,
 * st_blocks, st_rdev. As in CPython the repr names the tuple's time fields st_atime... while
 * showing the whole seconds.
 */
final class StatResult {
    private StatResult() {}

    static final String[] VISIBLE = { "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size" };
    /** Attributes after the tuple; fields 7..9 of the tuple are the unnamed integer times. */
    static final String[] HIDDEN = { "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
        "st_blksize", "st_blocks", "st_rdev" };

    static final PyType TYPE = new PyType("stat_result", T.TUPLE);
    static {
        PyType t = TYPE;
        t.type = T.TYPE;
        t.dict.type = T.DICT;
        t.finalType = true;
        t.setAttrRaw("__module__", new PyStr("os"));
        t.setAttrRaw("n_sequence_fields", PyInt.of(10));
        t.setAttrRaw("n_fields", PyInt.of(19));
        t.setAttrRaw("n_unnamed_fields", PyInt.of(3));
        for (int i = 0; i < VISIBLE.length; i++) {
            final int k = i;
            t.getset(VISIBLE[i], s -> ((PyTuple) s).items[k], null);
        }
        for (int i = 0; i < HIDDEN.length; i++) {
            final int k = i;
            t.getset(HIDDEN[i], s -> s.slots == null || s.slots[k] == null ? T.None : s.slots[k], null);
        }
        t.def0("__repr__", StatResult::repr);
        t.def0("__reduce__", s -> PyTuple.of(TYPE, PyTuple.of(PyTuple.of(((PyTuple) s).items), dictOf(s))));
        t.defNew((a, kw) -> {
            PyObject[] p = Args.parse("stat_result", a, kw, 1, new String[] { "sequence", "dict" }, 1);
            PyObject[] items = Ops.toArray(p[0]);
            if (items.length < 10) {
                throw Exc.type("os.stat_result() takes an at least 10-sequence (" + items.length + "-sequence given)");
            }
            if (items.length > 19) {
                throw Exc.type("os.stat_result() takes an at most 19-sequence (" + items.length + "-sequence given)");
            }
            PyTuple r = new PyTuple(TYPE, java.util.Arrays.copyOf(items, 10));
            r.slots = new PyObject[HIDDEN.length];
            for (int i = 10; i < items.length; i++) r.slots[i - 10] = items[i];
            if (p[1] instanceof PyDict d) {
                for (int i = 0; i < HIDDEN.length; i++) {
                    PyObject v = d.getStr(HIDDEN[i]);
                    if (v != null && r.slots[i] == null) r.slots[i] = v;
                }
            }
            // as CPython: float times not given are the tuple's integer ones
            for (int i = 0; i < 3; i++) if (r.slots[i] == null || r.slots[i] == T.None) r.slots[i] = r.items[7 + i];
            return r;
        });
    }

    private static PyObject dictOf(PyObject s) {
        PyDict d = new PyDict();
        for (int i = 0; i < HIDDEN.length; i++) d.setStr(HIDDEN[i], s.slots == null || s.slots[i] == null ? T.None : s.slots[i]);
        return d;
    }

    private static PyObject repr(PyObject s) {
        PyObject[] it = ((PyTuple) s).items;
        StringBuilder sb = new StringBuilder("os.stat_result(");
        for (int i = 0; i < 10; i++) {
            if (i > 0) sb.append(", ");
            sb.append(i < 7 ? VISIBLE[i] : HIDDEN[i - 7]).append('=').append(Ops.repr(it[i]).value);
        }
        return new PyStr(sb.append(')').toString());
    }

    /** Whole seconds of a ns time, rounded toward minus infinity (as CPython's). */
    private static long seconds(long ns) { return Math.floorDiv(ns, 1_000_000_000L); }

    private static PyObject floatTime(long ns) {
        return new PyFloat(seconds(ns) + Math.floorMod(ns, 1_000_000_000L) * 1e-9);
    }

    static PyObject of(FileStat st) {
        PyTuple r = new PyTuple(TYPE, new PyObject[] {
            PyInt.of(st.mode()), PyInt.of(st.ino()), PyInt.of(st.dev()), PyInt.of(st.nlink()),
            PyInt.of(st.uid()), PyInt.of(st.gid()), PyInt.of(st.size()),
            PyInt.of(seconds(st.atimeNs())), PyInt.of(seconds(st.mtimeNs())), PyInt.of(seconds(st.ctimeNs())),
        });
        r.slots = new PyObject[] {
            floatTime(st.atimeNs()), floatTime(st.mtimeNs()), floatTime(st.ctimeNs()),
            PyInt.of(st.atimeNs()), PyInt.of(st.mtimeNs()), PyInt.of(st.ctimeNs()),
            PyInt.of(st.blksize()), PyInt.of(st.blocks()), PyInt.of(st.rdev()),
        };
        return r;
    }
}
