package pyjama.python.runtime;

import java.util.ArrayList;

/**
 * atexit: functions to call when the interpreter ends. The embedding ends an interpreter with
 * {@code Interpreter.shutdown()} (the command line after the program, the kernel's
 * {@code python} command, the console session), which calls {@link #runExitFuncs}: the
 * functions run last registered first; an exception is printed as CPython's "Exception ignored
 * in atexit callback" and the others still run. weakref.finalize registers itself here.
 */
final class AtexitModule {
    private AtexitModule() {}

    /** A registered call: the function and its arguments (positional, then keyword values). */
    private record Call(PyObject func, PyObject[] args, PyStr[] kwnames) {}

    static PyModule create(Runtime rt) {
        PyModule m = new PyModule("atexit");
        ArrayList<Call> calls = new ArrayList<>();
        m.def("register", (a, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            if (a.length - nkw < 1) throw Exc.type("register() takes at least 1 argument (0 given)");
            if (!Ops.isCallable(a[0])) throw Exc.type("the first argument must be callable");
            calls.add(new Call(a[0], java.util.Arrays.copyOfRange(a, 1, a.length), kw));
            return a[0];
        });
        m.def("unregister", Fn.of1("atexit.unregister", f -> {
            for (int i = calls.size() - 1; i >= 0; i--) {
                if (Ops.eq(calls.get(i).func, f)) calls.remove(i);
            }
            return T.None;
        }));
        m.def("_run_exitfuncs", Fn.of0("atexit._run_exitfuncs", () -> {
            while (!calls.isEmpty()) {
                Call c = calls.remove(calls.size() - 1);
                try {
                    c.func.call(c.args, c.kwnames);
                } catch (PyException e) {
                    Interp.cur.writeUnraisable(e, "Exception ignored in atexit callback", c.func);
                }
            }
            return T.None;
        }));
        m.def("_clear", Fn.of0("atexit._clear", () -> { calls.clear(); return T.None; }));
        m.def("_ncallbacks", Fn.of0("atexit._ncallbacks", () -> PyInt.of(calls.size())));
        return m;
    }

    /** At the interpreter's end: runs the registered functions, if atexit was ever imported. */
    static void runExitFuncs(Runtime rt) {
        PyObject m = rt.modules.getStr("atexit");
        if (m == null || m == T.None) return;
        PyObject run = Ops.getattrOrNull(m, PyStr.intern("_run_exitfuncs"));
        if (run != null) Ops.call(run);
    }
}
