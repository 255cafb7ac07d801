package pyjama.python;

import pyjama.python.parser.PySyntaxError;
import pyjama.python.runtime.Builtins;
import pyjama.python.runtime.Exc;
import pyjama.python.runtime.Fn;
import pyjama.python.runtime.PyBaseException;
import pyjama.python.runtime.PyBuiltinFunction;
import pyjama.python.runtime.PyCode;
import pyjama.python.runtime.PyDict;
import pyjama.python.runtime.PyException;
import pyjama.python.runtime.PyFloat;
import pyjama.python.runtime.PyInt;
import pyjama.python.runtime.PyList;
import pyjama.python.runtime.PyModule;
import pyjama.python.runtime.PyObject;
import pyjama.python.runtime.PyStr;
import pyjama.python.runtime.PyBool;
import pyjama.python.runtime.Ops;
import pyjama.python.runtime.Runtime;
import pyjama.python.runtime.S;
import pyjama.python.runtime.T;

/**
 * One Python interpreter: the embedding API. The kernel and the command line create one, bind
 * names into {@code __main__} with {@link #setGlobal}, run code, and give it to {@link Repl}.
 */
public final class Interpreter {
    private final Runtime rt;
    private final PyModule main;

    public Interpreter(PythonHost host) { this(host, FileSystem.NONE, new String[] { "" }); }

    public Interpreter(PythonHost host, FileSystem fs, String[] argv) {
        rt = Runtime.create(host, fs, argv);
        main = new PyModule("__main__");
        main.dict.setItem(S.__builtins__, rt.builtins);
        main.dict.setItem(S.__annotations__, new PyDict());
        rt.modules.setStr("__main__", main);
        installSiteBuiltins();
    }

    public Runtime runtime() { return rt; }

    public PyModule mainModule() { return main; }

    public PythonHost host() { return rt.host; }

    /** Binds a name in __main__ (Java values are converted by {@link #toPython}). */
    public void setGlobal(String name, Object value) {
        main.dict.setItem(PyStr.intern(name), toPython(value));
    }

    public PyObject getGlobal(String name) { return main.dict.getStr(name); }

    /** A builtin function made from a lambda, to expose Java functionality to Python. */
    public static PyBuiltinFunction function(String name, Fn fn) { return new PyBuiltinFunction(name, fn); }

    /** Registers a Java module for import (see docs/python.md). */
    public static void addModule(String name, pyjama.python.runtime.JavaModules.Factory f) {
        pyjama.python.runtime.JavaModules.register(name, f);
    }

    /** Converts plain Java values: null, Boolean, Integer/Long, Double, String, PyObject. */
    public static PyObject toPython(Object v) {
        if (v == null) return T.None;
        if (v instanceof PyObject p) return p;
        if (v instanceof Boolean b) return PyBool.of(b);
        if (v instanceof Integer i) return PyInt.of(i);
        if (v instanceof Long l) return PyInt.of(l);
        if (v instanceof Double d) return new PyFloat(d);
        if (v instanceof String s) return new PyStr(s);
        if (v instanceof Fn f) return new PyBuiltinFunction("function", f);
        throw new IllegalArgumentException("no Python equivalent for a Java " + v.getClass());
    }

    /** Sets sys.path (the list of directories searched by import). */
    public void setPath(String... dirs) {
        PyList p = new PyList();
        for (String d : dirs) p.append(new PyStr(d));
        rt.sys.set("path", p);
    }

    /** Runs statements in __main__; Python exceptions propagate as PyException. */
    public void exec(String source, String filename) {
        rt.activate();
        PyCode code = compile(source, filename, "exec");
        rt.interp.runCode(code, main.dict, main.dict);
    }

    /** Evaluates an expression in __main__. */
    public PyObject eval(String source) {
        rt.activate();
        PyCode code = compile(source, "<string>", "eval");
        return rt.interp.runCode(code, main.dict, main.dict);
    }

    /** Compiles source; syntax errors are raised as Python's SyntaxError (a PyException). */
    public PyCode compile(String source, String filename, String mode) {
        rt.activate();
        try {
            return Builtins.compileSource(source, filename, mode);
        } catch (PySyntaxError e) {
            throw Builtins.syntaxError(e);
        }
    }

    /**
     * Runs a program as __main__ the way the command line does, and returns the exit status:
     * 0, 1 after an uncaught exception (traceback printed through sys.excepthook), or
     * SystemExit's code.
     */
    public int runMain(String source, String filename) {
        rt.activate();
        if (!filename.startsWith("<")) {
            main.dict.setItem(S.__file__, new PyStr(filename));
            pyjama.python.runtime.Linecache.register(filename, source);
        }
        try {
            exec(source, filename);
            return flushAndStatus(0);
        } catch (PyException e) {
            return handleUncaught(e);
        }
    }

    /** Writes out what files opened by Python code still buffer (CPython flushes them when they are collected). */
    public void flushFiles() { rt.flushFiles(); }

    /**
     * Flushes and closes every file Python code left open (the embedding ends the interpreter;
     * CPython closes them as they are collected). Files stay usable through their objects no more.
     */
    public void closeFiles() { rt.closeFiles(); }

    int flushAndStatus(int status) {
        try {
            rt.flushFiles();
        } catch (RuntimeException ignored) {
            // pending file data that cannot be written at exit is lost, as in CPython
        }
        try {
            PyObject out = rt.sys.get("stdout");
            PyObject fl = out == null ? null : Ops.getattrOrNull(out, S.flush);
            if (fl != null) Ops.call(fl);
        } catch (PyException ignored) {
            // a broken stdout at exit is not worth a traceback
        }
        return status;
    }

    /** Exit status for an exception that reached the top: SystemExit's code or 1 with a traceback. */
    public int handleUncaught(PyException e) {
        PyBaseException x = e.exc;
        if (x.type().isSubtype(Exc.SystemExit)) {
            PyObject code = Ops.getattrOrNull(x, PyStr.intern("code"));
            flushAndStatus(0);
            if (code == null || code == T.None) return 0;
            if (code instanceof PyInt i) return (int) (i.big == null ? i.v : 1);
            rt.writeErr(Ops.str(code).value + "\n");
            return 1;
        }
        flushAndStatus(0);
        printException(e);
        return 1;
    }

    /** Prints a traceback as sys.excepthook does. */
    public void printException(PyException e) {
        PyBaseException x = e.exc;
        PyObject hook = rt.sys.get("excepthook");
        try {
            if (hook == null || hook == T.None) throw e;
            Ops.call(hook, x.type(), x, x.traceback == null ? T.None : x.traceback);
        } catch (PyException inner) {
            rt.host.writeErr(pyjama.python.runtime.Traceback.format(x));
        }
    }

    /** Python's exit/quit (CPython's site module adds them). */
    private void installSiteBuiltins() {
        for (String n : new String[] { "exit", "quit" }) {
            PyObject q = pyjama.python.runtime.ClassBuilder.create("_sitebuiltins", "Quitter")
                    .repr(self -> new PyStr("Use " + n + "() or Ctrl-D (i.e. EOF) to exit"))
                    .call((self, a, kw) -> {
                        PyBaseException x = (PyBaseException) Ops.call(Exc.SystemExit, a.length > 0 ? a[0] : T.None);
                        throw new PyException(x);
                    })
                    .build();
            rt.builtins.dict.setItem(PyStr.intern(n), Ops.call(q));
        }
    }
}
