package pyjama.python.runtime;

/** dict.update semantics shared by dict(), update(), |=. */
final class DictMethods {
    private DictMethods() {}

    static void updateFrom(PyDict d, PyObject src) {
        if (src instanceof PyDict s) { d.update(s); return; }
        PyObject keys = Ops.getattrOrNull(src, S.keys);
        if (keys != null) {
            PyObject it = Ops.iter(Ops.call(keys)), k;
            while ((k = Ops.next(it)) != null) d.setItem(k, Ops.getitem(src, k));
            return;
        }
        PyObject it = Ops.iter(src), item;
        int i = 0;
        while ((item = Ops.next(it)) != null) {
            PyObject[] kv;
            if (item instanceof PyTuple t) kv = t.items;
            else if (item instanceof PyList l) kv = l.toArray();
            else if (!Ops.isIterable(item)) throw Exc.type("cannot convert dictionary update sequence element #" + i + " to a sequence");
            else kv = Ops.toArray(item);
            if (kv.length != 2) throw Exc.value("dictionary update sequence element #" + i + " has length " + kv.length + "; 2 is required");
            d.setItem(kv[0], kv[1]);
            i++;
        }
    }

    static void updateKw(PyDict d, PyObject[] a, PyStr[] kw) {
        if (kw == null) return;
        for (int i = 0; i < kw.length; i++) d.setItem(kw[i], a[a.length - kw.length + i]);
    }
}
