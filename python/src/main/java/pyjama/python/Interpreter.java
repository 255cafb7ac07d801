package pyjama.python;

import pyjama.python.parser.PySyntaxError;
import pyjama.python.runtime.Builtins;
import pyjama.python.runtime.Compiler;
import pyjama.python.runtime.Exc;
import pyjama.python.runtime.Fn;
import pyjama.python.runtime.Frame;
import pyjama.python.runtime.PyBaseException;
import pyjama.python.runtime.PyBuiltinFunction;
import pyjama.python.runtime.PyCode;
import pyjama.python.runtime.PyDict;
import pyjama.python.runtime.PyException;
import pyjama.python.runtime.PyFloat;
import pyjama.python.runtime.PyGenerator;
import pyjama.python.runtime.PyInt;
import pyjama.python.runtime.PyList;
import pyjama.python.runtime.PyModule;
import pyjama.python.runtime.PyObject;
import pyjama.python.runtime.PyStr;
import pyjama.python.runtime.PyTraceback;
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
        return compile(source, filename, mode, 0);
    }

    /**
     * Compiles source with compile() flags, e.g. {@link Compiler#PyCF_ALLOW_TOP_LEVEL_AWAIT}: then
     * code that awaits at top level has {@code CO_COROUTINE} set, and running it (runCode) returns
     * the coroutine instead of running the statements.
     */
    public PyCode compile(String source, String filename, String mode, int flags) {
        rt.activate();
        try {
            return Builtins.compileSource(source, filename, mode, flags);
        } catch (PySyntaxError e) {
            throw Builtins.syntaxError(e);
        }
    }

    /**
     * Runs a program as __main__ with top-level {@code await} allowed (the kernel's shell runs
     * {@code /bin/*.py} and {@code run('/path')} this way) and returns the exit status as
     * {@link #runMain} does: 0, 1 after an uncaught exception or a syntax error (printed through
     * sys.excepthook), or SystemExit's code. __file__ is set unless the filename is {@code <...>}.
     */
    public int runScript(String source, String filename) {
        if (!filename.startsWith("<")) main.dict.setItem(S.__file__, new PyStr(filename));
        return runScript(source, filename, main.dict);
    }

    /**
     * Runs a program with top-level {@code await} allowed in the given globals (the caller sets
     * __name__, __file__ and whatever else the program's world holds; __builtins__ is added if
     * missing) and returns the exit status as {@link #runMain} does.
     *
     * <p>A program that does not await runs as plain code and never imports asyncio. One that
     * does runs to completion on a <b>fresh event loop</b> (asyncio.session.run_program, which is
     * asyncio.run that also works while another loop runs): a script is a program, so its tasks
     * end with it (leftover ones are cancelled, async generators closed, the loop closed) and it
     * neither sees the prompt's tasks nor leaves tasks of its own in the session loop; it also
     * behaves as under CPython, where the shell's reference runner uses asyncio.run. A traceback
     * starts at the program's own frame, without the asyncio frames that ran it.
     */
    public int runScript(String source, String filename, PyDict globals) {
        rt.activate();
        if (!filename.startsWith("<")) pyjama.python.runtime.Linecache.register(filename, source);
        try {
            PyCode code = compile(source, filename, "exec", Compiler.PyCF_ALLOW_TOP_LEVEL_AWAIT);
            if (globals.getStr(S.__builtins__) == null) globals.setItem(S.__builtins__, rt.builtins);
            PyObject r = rt.interp.runCode(code, globals, globals);
            if (code.isGeneratorLike()) runTopLevelCoroutine(r, "run_program");
            return flushAndStatus(0);
        } catch (PyException e) {
            return handleUncaught(e);
        }
    }

    /**
     * Runs a coroutine made by top-level-await code (see {@link #compile(String, String, String, int)})
     * to completion on the interactive session's loop (asyncio.session.run, imported now) and
     * returns its result. The loop stays open between calls, so tasks started by one statement
     * go on running while later ones await; Ctrl-C ends the statement (its task is cancelled if
     * the interrupt came while it was suspended). An exception propagates with its traceback
     * starting at the coroutine's own frame, as the REPL prints it.
     */
    public PyObject runOnSessionLoop(PyObject coroutine) {
        rt.activate();
        return runTopLevelCoroutine(coroutine, "run");
    }

    private PyObject runTopLevelCoroutine(PyObject coroutine, String runner) {
        Frame top = coroutine instanceof PyGenerator g ? g.frame : null;
        try {
            PyObject session = rt.importer.importModule("asyncio.session");
            return Ops.call(Ops.getattr(session, PyStr.intern(runner)), coroutine);
        } catch (PyException e) {
            startTracebackAt(e.exc, top);
            throw e;
        }
    }

    /**
     * Drops the asyncio frames (the runner, run_until_complete, Future.result) that the exception
     * passed after leaving the top-level coroutine's frame, as CPython's REPL shows only the
     * statement's frames. A KeyboardInterrupt that never reached that frame (Ctrl-C while the
     * loop waited) is shown without a traceback, like Ctrl-C at the prompt.
     */
    private static void startTracebackAt(PyBaseException x, Frame top) {
        for (PyTraceback tb = x.traceback; tb != null; tb = tb.next) {
            if (tb.frame == top) {
                x.traceback = tb;
                return;
            }
        }
        if (x.type().isSubtype(Exc.KeyboardInterrupt)) x.traceback = null;
    }

    /** Cancels the session loop's tasks and closes it, if a statement ever awaited (REPL exit). */
    void closeSessionLoop() {
        PyObject session = rt.modules.getStr("asyncio.session");
        if (session == null || session == T.None) return;
        try {
            Ops.call(Ops.getattr(session, PyStr.intern("close")));
        } catch (PyException e) {
            printException(e);
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

    /**
     * Ends the interpreter as CPython's finalization (Py_FinalizeEx) does, in its order: the
     * non-daemon threads of threading are waited for ({@link #waitForThreads}); the atexit
     * functions run (weakref.finalize objects among them), while daemon threads may still run;
     * then the threads left (daemon ones, _thread's) are dropped and run no further; last, the
     * files Python code left open are flushed and closed. Each embedding calls this once, when
     * the program or session is over (the command line, the kernel's python command).
     */
    public void shutdown() {
        rt.activate();
        waitForThreads();
        finish();
    }

    /**
     * {@link #shutdown()} for an interpreter whose threads end with it unwaited (the console
     * session: its background jobs end with it, as on a hangup): the threads are dropped first,
     * then the atexit functions run and the files are closed.
     */
    public void shutdownDroppingThreads() {
        rt.activate();
        pyjama.python.runtime.GreenThreads.dropAll(rt);
        finish();
    }

    private void finish() {
        try {
            rt.runExitFuncs();
        } catch (PyException e) {
            printException(e);
        }
        pyjama.python.runtime.GreenThreads.dropAll(rt);
        flushAndStatus(0);
        closeFiles();
    }

    /**
     * The program's end, as CPython's wait_for_thread_shutdown: if threading was imported, its
     * _shutdown runs (its _register_atexit hooks, then a join of every non-daemon thread).
     * Daemon threads and _thread's go on running until {@link #shutdown} drops them.
     */
    private void waitForThreads() {
        PyObject threading = rt.modules.getStr("threading");
        if (threading instanceof PyModule tm) {
            PyObject shutdown = tm.dict.getStr("_shutdown");
            if (shutdown != null) {
                try {
                    Ops.call(shutdown);
                } catch (PyException e) {
                    printException(e);
                }
            }
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
