package pyjama.python.runtime;

import java.util.ArrayList;
import java.util.IdentityHashMap;

/**
 * gc: CPython's interface over the Java GC. There are no reference counts and no collector of
 * our own: {@code collect()} runs a full Java GC, then the weakref callbacks and __del__
 * methods of what died ({@link Collector#collect}), and returns how many dead objects it saw.
 * What CPython computes from its object lists is approximated from the objects reachable from
 * the modules and the frames of the interpreter's threads: get_objects, get_referrers, freeze's count
 * ({@link #reachable}); get_referents knows the builtin containers, instances, functions,
 * methods, cells, modules and classes. The thresholds, debug flags and enable/disable are
 * kept and reported but change nothing: the Java GC runs on its own schedule
 * (docs/python.md, "Weak references, finalizers and gc").
 */
final class GcModule {
    private GcModule() {}

    static final int DEBUG_STATS = 1, DEBUG_COLLECTABLE = 2, DEBUG_UNCOLLECTABLE = 4, DEBUG_SAVEALL = 32;

    static PyModule create(Runtime rt) {
        PyModule m = new PyModule("gc");
        Collector c = rt.collector;
        PyList callbacks = new PyList();
        PyList garbage = new PyList();
        int[] threshold = { 700, 10, 10 };
        int[] debug = { 0 };
        int[] frozen = { 0 };
        long[][] stats = new long[3][2]; // per generation: collections, collected
        m.set("DEBUG_STATS", PyInt.of(DEBUG_STATS));
        m.set("DEBUG_COLLECTABLE", PyInt.of(DEBUG_COLLECTABLE));
        m.set("DEBUG_UNCOLLECTABLE", PyInt.of(DEBUG_UNCOLLECTABLE));
        m.set("DEBUG_SAVEALL", PyInt.of(DEBUG_SAVEALL));
        m.set("DEBUG_LEAK", PyInt.of(DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL));
        m.set("callbacks", callbacks);
        m.set("garbage", garbage);

        m.def("collect", (a, kw) -> {
            PyObject[] p = Args.parse("collect", a, kw, 0, new String[] { "generation" }, 0);
            long gen = p[0] == null ? 2 : Ops.index(p[0], null);
            if (gen < 0 || gen > 2) throw Exc.value("invalid generation");
            notify(rt, callbacks, "start", gen, 0);
            int n = c.collect(Interp.cur);
            stats[(int) gen][0]++;
            stats[(int) gen][1] += n;
            notify(rt, callbacks, "stop", gen, n);
            return PyInt.of(n);
        });
        m.def("enable", Fn.of0("gc.enable", () -> { c.enabled = true; return T.None; }));
        m.def("disable", Fn.of0("gc.disable", () -> { c.enabled = false; return T.None; }));
        m.def("isenabled", Fn.of0("gc.isenabled", () -> PyBool.of(c.enabled)));
        m.def("get_count", Fn.of0("gc.get_count", () -> PyTuple.of(PyInt.of(0), PyInt.of(0), PyInt.of(0))));
        m.def("get_threshold", Fn.of0("gc.get_threshold",
                () -> PyTuple.of(PyInt.of(threshold[0]), PyInt.of(threshold[1]), PyInt.of(threshold[2]))));
        m.def("set_threshold", (a, kw) -> {
            Fn.noKw("set_threshold", kw);
            if (a.length < 1 || a.length > 3) {
                throw Exc.type("set_threshold() takes " + (a.length < 1 ? "at least 1 argument" : "at most 3 arguments")
                        + " (" + a.length + " given)");
            }
            for (int i = 0; i < a.length; i++) threshold[i] = Ops.toInt(a[i]);
            return T.None;
        });
        m.def("get_debug", Fn.of0("gc.get_debug", () -> PyInt.of(debug[0])));
        m.def("set_debug", Fn.positional("gc.set_debug", 1, 1, (a, kw) -> { debug[0] = Ops.toInt(a[0]); return T.None; }));
        m.def("get_stats", Fn.of0("gc.get_stats", () -> {
            PyList l = new PyList();
            for (long[] s : stats) {
                PyDict d = new PyDict();
                d.setStr("collections", PyInt.of(s[0]));
                d.setStr("collected", PyInt.of(s[1]));
                d.setStr("uncollectable", PyInt.of(0));
                l.append(d);
            }
            return l;
        }));
        m.def("is_tracked", Fn.of1("gc.is_tracked", o -> PyBool.of(isTracked(o))));
        m.def("is_finalized", Fn.of1("gc.is_finalized", o -> PyBool.of(o instanceof PyFinalizable f && f.finalized)));
        m.def("get_referents", (a, kw) -> {
            Fn.noKw("get_referents", kw);
            PyList l = new PyList();
            for (PyObject o : a) for (PyObject r : referents(o)) l.append(r);
            return l;
        });
        m.def("get_referrers", (a, kw) -> {
            Fn.noKw("get_referrers", kw);
            PyList l = new PyList();
            IdentityHashMap<PyObject, Boolean> wanted = new IdentityHashMap<>();
            for (PyObject o : a) wanted.put(o, Boolean.TRUE);
            for (PyObject o : reachable(rt)) {
                if (!isTracked(o) || o == l) continue;
                for (PyObject r : referents(o)) {
                    if (r != null && wanted.containsKey(r)) { l.append(o); break; }
                }
            }
            return l;
        });
        m.def("get_objects", (a, kw) -> {
            PyObject[] p = Args.parse("get_objects", a, kw, 0, new String[] { "generation" }, 0);
            if (p[0] != null && p[0] != T.None) {
                long gen = Ops.index(p[0], null);
                if (gen >= 3) throw Exc.value("generation parameter must be less than the number of available generations (3)");
                if (gen < 0) throw Exc.value("generation parameter cannot be negative");
            }
            PyList l = new PyList();
            for (PyObject o : reachable(rt)) if (isTracked(o)) l.append(o);
            return l;
        });
        m.def("freeze", Fn.of0("gc.freeze", () -> {
            int n = 0;
            for (PyObject o : reachable(rt)) if (isTracked(o)) n++;
            frozen[0] = n;
            return T.None;
        }));
        m.def("unfreeze", Fn.of0("gc.unfreeze", () -> { frozen[0] = 0; return T.None; }));
        m.def("get_freeze_count", Fn.of0("gc.get_freeze_count", () -> PyInt.of(frozen[0])));
        return m;
    }

    /** gc.callbacks: each is called with (phase, info); an exception is printed and ignored. */
    private static void notify(Runtime rt, PyList callbacks, String phase, long gen, int collected) {
        if (callbacks.size == 0) return;
        PyDict info = new PyDict();
        info.setStr("generation", PyInt.of(gen));
        info.setStr("collected", PyInt.of(collected));
        info.setStr("uncollectable", PyInt.of(0));
        for (PyObject cb : callbacks.toArray()) {
            try {
                Ops.call(cb, new PyStr(phase), info);
            } catch (PyException e) {
                Interp.cur.writeUnraisable(e, cb);
            }
        }
    }

    /**
     * Whether CPython's collector would track {@code o}: not the atomic builtins; a dict or tuple
     * only when it holds something tracked (CPython untracks those lazily: as after a collection).
     */
    static boolean isTracked(PyObject o) {
        PyType t = o.type;
        if (t == T.INT || t == T.BOOL || t == T.FLOAT || t == T.COMPLEX || t == T.STR || t == T.BYTES
                || t == T.BYTEARRAY || t == T.NONE_TYPE || t == T.NOT_IMPLEMENTED_TYPE || t == T.ELLIPSIS_TYPE
                || t == T.RANGE) return false;
        if (t == T.DICT || t == T.TUPLE) {
            for (PyObject r : referents(o)) if (isTracked(r)) return true;
            if (t == T.DICT) for (PyObject k : ((PyDict) o).keysArray()) if (isTracked(k)) return true;
            return false;
        }
        return true;
    }

    /** What {@code o} refers to, as CPython's tp_traverse of the same kind of object would visit (best effort). */
    static ArrayList<PyObject> referents(PyObject o) {
        ArrayList<PyObject> out = new ArrayList<>();
        if (o instanceof PyList l) {
            for (int i = l.size - 1; i >= 0; i--) out.add(l.get(i)); // list_traverse goes backwards
        } else if (o instanceof PyTuple t) {
            for (int i = t.items.length - 1; i >= 0; i--) out.add(t.items[i]);
        } else if (o instanceof PyDict d) {
            // a dict whose keys are all str visits only its values (CPython's unicode-keyed tables)
            PyObject[] ks = d.keysArray();
            boolean strKeys = true;
            for (PyObject k : ks) if (!(k instanceof PyStr)) strKeys = false;
            for (PyObject k : ks) {
                if (!strKeys) out.add(k);
                PyObject v = d.getItem(k);
                if (v != null) out.add(v);
            }
        } else if (o instanceof PySet s) {
            for (PyObject x : s.toArray()) out.add(x);
        } else if (o instanceof PyCell c) {
            if (c.value != null) out.add(c.value);
        } else if (o instanceof PyMethod m) {
            out.add(m.func);
            out.add(m.self);
        } else if (o instanceof PyFunction f) {
            out.add(f.code);
            out.add(f.globals);
            if (f.defaults != null) out.add(new PyTuple(f.defaults));
            if (f.kwdefaults != null) out.add(f.kwdefaults);
            if (f.closure != null) for (PyCell c : f.closure) out.add(c);
        } else if (o instanceof PyModule || o instanceof PyType) {
            if (o.dict != null) out.add(o.dict);
            if (o instanceof PyType t) for (PyType b : t.bases) out.add(b);
        } else if (o instanceof Frame f) {
            for (PyObject x : f.r) if (x != null) out.add(x);
            if (f.locals != null) out.add(f.locals);
            out.add(f.globals);
        } else {
            // an instance: its __slots__ values, its __dict__'s values (3.12 keeps them inline), its class
            if (o.slots != null) for (PyObject x : o.slots) if (x != null) out.add(x);
            if (o.dict != null) for (PyObject k : o.dict.keysArray()) {
                PyObject v = o.dict.getItem(k);
                if (v != null) out.add(v);
            }
            if (o.type.heap) out.add(o.type);
        }
        return out;
    }

    /** The objects reachable from sys.modules, builtins and the running frames, through {@link #referents}. */
    static ArrayList<PyObject> reachable(Runtime rt) {
        IdentityHashMap<PyObject, Boolean> seen = new IdentityHashMap<>();
        ArrayList<PyObject> order = new ArrayList<>();
        ArrayList<PyObject> todo = new ArrayList<>();
        todo.add(rt.modules);
        todo.add(rt.builtins);
        // the frames of the main thread, of the running one and of the others (read only: a
        // thread's frame chain may be stale, as its registers are, which costs only precision)
        for (Frame f = rt.interp.frame; f != null; f = f.back) todo.add(f);
        if (Interp.cur.rt == rt) for (Frame f = Interp.cur.frame; f != null; f = f.back) todo.add(f);
        for (GreenThread t : GreenThreads.of(rt)) {
            for (Frame f = t.vm.suspended != null ? t.vm.suspended : t.vm.frame; f != null; f = f.back) todo.add(f);
        }
        while (!todo.isEmpty()) {
            PyObject o = todo.remove(todo.size() - 1);
            if (o == null || seen.containsKey(o)) continue;
            seen.put(o, Boolean.TRUE);
            order.add(o);
            if (!isTracked(o) && o.type != T.DICT && o.type != T.TUPLE) continue;
            todo.addAll(referents(o));
            if (o instanceof PyDict d) for (PyObject k : d.keysArray()) todo.add(k);
        }
        return order;
    }
}
