package pyjama.python.runtime;

import java.util.Arrays;

import pyjama.python.PythonHost;

import static pyjama.python.runtime.Opcode.*;

/**
 * The virtual machine: one eval loop that runs Python frames stacklessly — calls to Python
 * functions, generator resumption (FOR_ITER, SEND) and returns switch {@code f} inside the
 * same Java loop. Java code that calls back into Python (a builtin calling a key function,
 * __eq__ from a dict lookup, __init__ from a type call) starts a nested loop through
 * {@link #callFunction}; {@code nested} counts those and is bounded.
 *
 * <p>Preemption: every {@link #TICKS} backward jumps or calls the loop polls
 * {@link PythonHost#interruptRequested()} and raises KeyboardInterrupt at that instruction
 * boundary. The same poll point is the hook for a scheduler: when {@link #yieldRequested} is set
 * and no nested loop is active ({@code nested == 1}), the loop leaves the frame state in the
 * frames, records the innermost one in {@link #suspended} and returns {@link #SUSPENDED};
 * {@link #resumeSuspended()} continues the task (see docs/python.md).
 */
public final class Interp {
    public static Interp cur;
    public static final int TICKS = 4096;
    public static final PyObject SUSPENDED = new PyObject(T.OBJECT);

    public final PythonHost host;
    public final Runtime rt;
    public int depth;
    public int recursionLimit = 1000;
    public int nested;
    public int maxNested = 180;
    public PyBaseException handled;
    /** The innermost Python frame when a builtin is called (for super(), globals(), sys._getframe). */
    public Frame frame;
    int ticks = TICKS;
    public boolean yieldRequested;

    public Interp(PythonHost host, Runtime rt) {
        this.host = host;
        this.rt = rt;
    }

    // ---- entry points ------------------------------------------------------------------------------

    public PyObject callFunction(PyFunction fn, PyObject[] args, int start, int argc, PyStr[] kwnames, PyObject self) {
        Frame f = newFrame(fn, self, args, start, argc, kwnames);
        if (fn.code.isGeneratorLike()) return makeGenerator(fn, f);
        return runFrame(f);
    }

    /** Runs a frame to completion in a nested eval loop. */
    public PyObject runFrame(Frame f) {
        if (nested >= maxNested) throw Exc.recursion("maximum recursion depth exceeded");
        if (++depth > recursionLimit) {
            depth--;
            throw Exc.recursion("maximum recursion depth exceeded");
        }
        f.entry = true;
        f.back = null;
        f.javaCaller = curFrame;
        nested++;
        try {
            return eval(f);
        } finally {
            nested--;
        }
    }

    PyObject resumeGenerator(PyGenerator g) {
        if (nested >= maxNested) throw Exc.recursion("maximum recursion depth exceeded");
        Frame f = g.frame;
        if (++depth > recursionLimit) {
            depth--;
            throw Exc.recursion("maximum recursion depth exceeded");
        }
        f.entry = true;
        f.back = null;
        f.javaCaller = curFrame;
        g.running = true;
        nested++;
        try {
            return eval(f);
        } finally {
            nested--;
            g.running = false;
            f.javaCaller = null; // a suspended generator's frame has no f_back
        }
    }

    /** Frames kept per code object for reuse: enough for moderate recursion, bounded memory. */
    static final int MAX_FREE_FRAMES = 64;

    /**
     * Returns a finished frame to its code's free list (unless something may still see it).
     * {@code top} is its stack pointer after the return value was popped: every register from
     * there up is already null (the loop clears what it pops, unwinding clears what it drops),
     * so only the locals, cells and what is left on the stack need clearing.
     */
    static void release(Frame f, int top) {
        if (f.escaped || f.gen != null || f.locals != null) return;
        PyCode co = f.code;
        if (co.freeCount >= MAX_FREE_FRAMES) return;
        PyObject[] r = f.r;
        for (int i = 0; i < top; i++) r[i] = null;
        f.initSelf = null;
        f.func = null;
        f.javaCaller = null;
        f.back = co.freeFrame;
        co.freeFrame = f;
        co.freeCount++;
    }

    Frame newFrame(PyFunction fn, PyObject self, PyObject[] src, int start, int argc, PyStr[] kwnames) {
        PyCode co = fn.code;
        Frame f = co.freeFrame;
        if (f != null && f.globals == fn.globals && f.builtins == fn.builtins) {
            co.freeFrame = f.back;
            co.freeCount--;
            f.back = null;
            f.sp = f.stackBase();
            f.pc = 0;
            f.lasti = 0;
            f.bsp = 0;
            f.entry = false;
            f.resumeTarget = -1;
            f.resumeKind = 0;
            f.pendingThrow = null;
        } else {
            f = new Frame(co, fn.globals, fn.builtins, null);
        }
        f.func = fn;
        if (kwnames == null && argc + (self != null ? 1 : 0) == co.argcount && co.kwonlyargcount == 0
                && (co.flags & (PyCode.CO_VARARGS | PyCode.CO_VARKEYWORDS)) == 0) {
            // PyFunction.bind's exact-positional case, inline: a call less per Python call
            PyObject[] regs = f.r;
            int k = 0;
            if (self != null) regs[k++] = self;
            for (int i = 0; i < argc; i++) regs[k + i] = src[start + i];
        } else {
            fn.bind(f.r, self, src, start, argc, kwnames);
        }
        int nc = co.cellvars.length;
        if (nc > 0 || co.freevars.length > 0) {
            int base = co.nlocals;
            for (int i = 0; i < nc; i++) {
                int a = co.cell2arg[i];
                PyCell c = new PyCell(a >= 0 ? f.r[a] : null);
                f.r[base + i] = c;
            }
            PyCell[] cl = fn.closure;
            for (int i = 0; i < co.freevars.length; i++) f.r[base + nc + i] = cl[i];
        }
        return f;
    }

    PyGenerator makeGenerator(PyFunction fn, Frame f) {
        int fl = fn.code.flags;
        PyType t = (fl & PyCode.CO_COROUTINE) != 0 ? T.COROUTINE : (fl & PyCode.CO_ASYNC_GENERATOR) != 0 ? T.ASYNC_GENERATOR : T.GENERATOR;
        PyGenerator g = new PyGenerator(t, f, fn);
        lastGenerator = g;
        lastGeneratorCaller = curFrame;
        lastGeneratorPc = curFrame == null ? -1 : curFrame.lasti;
        return g;
    }

    /*
     * Generator finalization without reference counts. CPython closes a generator (running its
     * finally blocks) the moment its last reference goes; we know of one such moment: a
     * generator made by the call in a for statement's header (`for x in gen(): ... break`) is
     * referenced by that loop's stack slot alone, since nothing else ever saw it. GET_ITER 1
     * (emitted when the iterable expression is a call) marks it loop-owned if it is the
     * generator the instruction before made; POP_ITER (break, return or continue out of the
     * loop) and exception unwinding close a loop-owned generator when they drop it. Any other
     * generator dropped while suspended is never finalized (python-differences.md).
     */
    /** The generator last made by a call, the frame and instruction that made it. */
    PyGenerator lastGenerator;
    Frame lastGeneratorCaller;
    int lastGeneratorPc;

    /** GET_ITER 1 at {@code getIterPc} in {@code f}: is {@code o} the generator the call just before made? */
    boolean madeByPreviousCall(PyObject o, Frame f, int getIterPc) {
        return o == lastGenerator && lastGeneratorCaller == f && lastGeneratorPc == getIterPc - 2;
    }

    /** Closes a loop-owned generator that is being dropped; what its close raises is unraisable. */
    void finalizeDropped(PyGenerator g) {
        if (g.finished || !g.started) return;
        PyBaseException saved = handled; // a finalizer runs outside the code that dropped the object
        try {
            g.close();
        } catch (PyException e) {
            writeUnraisable(e, g);
        } finally {
            handled = saved;
        }
    }

    /** The first loop-owned, suspended generator in registers [from, end), or null (the common case). */
    static PyGenerator droppedOwned(PyObject[] r, int from) {
        for (int i = from; i < r.length; i++) {
            if (r[i] instanceof PyGenerator g && g.loopOwned && g.started && !g.finished) return g;
        }
        return null;
    }

    /** Closes the loop-owned generators among registers [from, to) of a frame whose stack is being dropped. */
    void finalizeDropped(PyObject[] r, int from, int to) {
        for (int i = from; i < to; i++) {
            if (r[i] instanceof PyGenerator g && g.loopOwned) finalizeDropped(g);
        }
    }

    /**
     * CPython's PyErr_WriteUnraisable: an exception nobody can catch (raised by a finalizer, a
     * weakref callback, an atexit function) goes to sys.unraisablehook, whose default prints
     * "Exception ignored in: <obj>", then the traceback (the current frame when the exception
     * has none) and the exception, without its chained exceptions.
     */
    void writeUnraisable(PyException e, PyObject obj) {
        writeUnraisable(e, null, obj);
    }

    /** {@link #writeUnraisable(PyException, PyObject)} with another message ("Exception ignored in atexit callback"); null: the default. */
    void writeUnraisable(PyException e, String errMsg, PyObject obj) {
        PyBaseException x = e.exc;
        Frame at = curFrame;
        if (x.traceback == null && at != null) x.traceback = new PyTraceback(at, at.lasti, at.code.lineAt(at.lasti), null);
        PyObject hook = rt.sys.get("unraisablehook");
        if (hook != null && hook != T.None && hook != rt.sys.get("__unraisablehook__")) {
            try {
                Ops.call(hook, SysModule.unraisableHookArgs(x, errMsg, obj));
                return;
            } catch (PyException hookFailed) {
                // CPython reports the hook's own failure; the original exception is what matters here
            }
        }
        printUnraisable(x, errMsg, obj);
    }

    /** The default sys.unraisablehook's output. */
    void printUnraisable(PyBaseException x, String errMsg, PyObject obj) {
        String where;
        try {
            where = Ops.repr(obj).value;
        } catch (PyException ignored) {
            where = "<object repr() failed>";
        }
        StringBuilder sb = new StringBuilder(errMsg == null ? "Exception ignored in" : errMsg).append(": ").append(where).append('\n');
        Traceback.formatOne(x, sb);
        rt.writeErr(sb.toString());
    }

    /** Runs module-level code (or exec/eval code) with the given namespaces. */
    public PyObject runCode(PyCode code, PyDict globals, PyObject locals) {
        PyObject b = globals.getStr(S.__builtins__);
        PyDict builtins = b instanceof PyDict d ? d : b instanceof PyModule m ? m.dict : rt.builtins.dict;
        Frame f = new Frame(code, globals, builtins, locals);
        if (code.isGeneratorLike()) return new PyGenerator(T.COROUTINE, f, null);
        return runFrame(f);
    }

    // ---- the eval loop ---------------------------------------------------------------------------------

    /**
     * The periodic check at an instruction boundary: raises KeyboardInterrupt on the host's
     * request; returns true when a scheduler asked this task to yield and no Java code is
     * between the loop and the Python frames (then run() returns SUSPENDED).
     */
    private boolean poll() {
        ticks = TICKS;
        GreenThread t = thread;
        if (t == null) {
            // Ctrl-C is the main thread's, as CPython delivers signals to the main thread
            if ((host != null && host.interruptRequested()) || takeInterrupt()) throw Exc.make(Exc.KeyboardInterrupt);
        } else if (t.killRequest != null) {
            PyException k = t.killRequest;
            t.killRequest = null;
            throw k;
        }
        // weakref callbacks and __del__ of what died, on this VM: the thread whose poll this is
        rt.collector.atSafePoint(this);
        if (GreenThreads.active && host != null && host.nanoTime() >= sliceEnd) {
            if (t != null && nested == 1) return true; // the scheduler's loop is the only one: suspend
            GreenThreads.runOthers();              // Java code is on this task's stack: others run from here
            sliceEnd = host.nanoTime() + GreenThreads.SLICE_NANOS;
        }
        if (yieldRequested && nested == 1) {
            yieldRequested = false;
            return true;
        }
        return false;
    }

    /**
     * Before gc.collect()'s Java GC: forgets what the VM holds on to only as a leftover, so that
     * an object the program has dropped is not kept alive by it (the registers above each
     * running frame's stack top, the generator last made by a call, the last AttributeError,
     * the method caches: the global one and those of the running code objects).
     */
    void clearDeadSlots() {
        for (Frame f = frame; f != null; f = f.back) {
            if (f.sp >= f.stackBase()) Arrays.fill(f.r, f.sp, f.r.length, null);
            // stale method caches (a method since deleted from its class) of the running code
            f.code.methodValue = null;
            f.code.methodVersion = null;
        }
        PyType.clearMethodCache();
        lastGenerator = null;
        lastGeneratorCaller = null;
        Ops.lastAttrError = null;
    }

    /** The innermost frame of a task that returned SUSPENDED, to be resumed. */
    public Frame suspended;

    // ---- green threads (see GreenThreads) ----------------------------------------------------------

    /** What a builtin returns to suspend its thread (see {@link #block}); never seen by Python code. */
    static final PyObject BLOCKED = new PyObject(T.OBJECT);

    /** The green thread this VM runs, or null for a runtime's main thread. */
    GreenThread thread;
    /** The green thread this VM runs, or null for a main thread. */
    public GreenThread thread() { return thread; }

    /** When the running thread's time slice ends ({@link PythonHost#nanoTime()}). */
    long sliceEnd;
    /** _thread.interrupt_main() was called: KeyboardInterrupt at the main thread's next poll. */
    boolean interruptPending;

    boolean takeInterrupt() {
        if (!interruptPending) return false;
        interruptPending = false;
        return true;
    }

    /** The builtin the eval loop is calling directly (null while any other Java code runs). */
    PyObject directCallable;
    /** The wait a builtin suspended this thread on (taken by the scheduler). */
    Wait pendingWait;

    /**
     * Waits for {@code w} on behalf of the builtin {@code fn}: returns the wait's result. A green
     * thread called from its own eval loop (no Java frame between) is suspended instead: the
     * builtin returns what this returns ({@link #BLOCKED}) and the scheduler resumes the thread
     * with the result once the wait is over. Otherwise the wait happens here, other threads
     * running meanwhile; the main thread's wait ends in KeyboardInterrupt on Ctrl-C. With
     * {@code yieldSlice} a thread that can suspend does so even if the wait is already over
     * (time.sleep(0) gives the other threads a turn).
     */
    public PyObject block(Fn fn, Wait w, boolean yieldSlice) {
        boolean suspendable = thread != null && nested == 1 && calledDirectly(fn);
        if (!(yieldSlice && suspendable)) {
            PyObject r = w.poll(host.nanoTime());
            if (r != null) return r;
        }
        if (suspendable) {
            pendingWait = w;
            return BLOCKED;
        }
        return GreenThreads.waitHere(this, w);
    }

    private boolean calledDirectly(Fn fn) {
        PyObject c = directCallable;
        return c instanceof PyBuiltinFunction b ? b.fn == fn : c instanceof PyMethodDescr d && d.fn == fn;
    }

    /** What exec/eval return to have the eval loop run {@link #pendingFrame} as their call. */
    static final PyObject PUSH_FRAME = new PyObject(T.OBJECT);
    Frame pendingFrame;

    /**
     * Runs {@code f} (module or expression code) as the result of the builtin {@code name} that
     * the eval loop is calling: in a green thread whose loop is the only one, stacklessly (so
     * that a script a background job runs with exec() can be preempted and can block);
     * elsewhere in a nested loop.
     */
    PyObject runCodeAsCall(String name, Frame f) {
        if (thread != null && nested == 1 && !f.code.isGeneratorLike() && (name.equals("eval") || !f.code.expressionMode)
                && directCallable instanceof PyBuiltinFunction b
                && !b.bound && b == rt.builtins.dict.getStr(name)) {
            pendingFrame = f;
            return PUSH_FRAME;
        }
        if (f.code.isGeneratorLike()) return new PyGenerator(T.COROUTINE, f, null);
        return runFrame(f);
    }

    /**
     * Links {@code callee} above {@code f} (whose state is saved at {@code sp}, {@code pc}) as a
     * stackless call, counted against the recursion limit; returns the frame to run.
     */
    private Frame enterCallee(Frame f, int sp, int pc, Frame callee) {
        f.sp = sp;
        f.pc = pc;
        if (++depth > recursionLimit) {
            depth--;
            throw Exc.recursion("maximum recursion depth exceeded");
        }
        callee.back = f;
        return callee;
    }

    /** Suspends the running thread at {@code f} (state saved at sp, pc): run() returns SUSPENDED. */
    private PyObject suspendAt(Frame f, int sp, int pc) {
        f.sp = sp;
        f.pc = pc;
        suspended = f;
        return SUSPENDED;
    }

    /** The thread's first frame: it runs when the scheduler first resumes this VM. */
    void startWith(Frame f) {
        if (++depth > recursionLimit) {
            depth--;
            throw Exc.recursion("maximum recursion depth exceeded");
        }
        f.entry = true;
        f.back = null;
        suspended = f;
    }

    /** Resumes a suspended thread with the result of the call it blocked in, or an exception to raise there. */
    PyObject resumeWith(PyObject callResult, PyException raise) {
        Frame f = suspended;
        if (callResult != null) f.r[f.sp - 1] = callResult;
        if (raise != null) f.pendingThrow = raise;
        return resumeSuspended();
    }

    /** Continues a task that returned SUSPENDED; returns its result or SUSPENDED again. */
    public PyObject resumeSuspended() {
        Frame f = suspended;
        if (f == null) throw new IllegalStateException("no suspended task");
        suspended = null;
        nested++;
        try {
            return eval(f);
        } finally {
            nested--;
        }
    }

    /**
     * An instance of a Python class without __getattribute__/__getattr__ whose Java class uses the
     * generic attribute protocol (types, modules and super objects override it). A class whose
     * solid base is object has plain PyObject instances (__class__ assignment keeps the solid
     * base), which spares the instanceof tests (calls in TeaVM's C).
     */
    static boolean plainInstance(PyObject o) {
        PyType t = o.type;
        return t.heap && !t.customGetattr
                && (t.solidBase == T.OBJECT || !(o instanceof PyType) && !(o instanceof PyModule) && !(o instanceof PySuper));
    }

    /**
     * Entries per instruction in the LOAD_ATTR/STORE_ATTR and LOAD_METHOD caches, chosen by the
     * low bits of the type's version: a site that sees several classes (richards' methods of a
     * base class called on four subclasses) keeps one entry for each instead of evicting.
     */
    static final int CACHE_WAYS = 4;

    /**
     * Whether type t has no attribute name along its MRO, remembered per instruction (pc is the
     * address after it) under t's version tag, which changes whenever t or a base changes.
     */
    static boolean typeLacks(PyCode co, int pc, PyType t, PyStr name) {
        int[] c = co.attrMiss;
        int v = t.version;
        int i = ((pc - 2) >> 1) * CACHE_WAYS + (v & (CACHE_WAYS - 1));
        if (c != null && c[i] == v) return true;
        if (t.lookup(name) != null) return false;
        if (c == null) co.attrMiss = c = new int[(co.code.length >> 1) * CACHE_WAYS];
        c[i] = v;
        return true;
    }

    /** t.lookup(name) for LOAD_METHOD, remembered per instruction under t's version tag. */
    static PyObject lookupMethod(PyCode co, int pc, PyType t, PyStr name) {
        int[] cv = co.methodVersion;
        int v = t.version;
        int i = ((pc - 2) >> 1) * CACHE_WAYS + (v & (CACHE_WAYS - 1));
        if (cv != null && cv[i] == v) return co.methodValue[i];
        PyObject d = t.lookup(name);
        if (cv == null) {
            int n = (co.code.length >> 1) * CACHE_WAYS;
            co.methodValue = new PyObject[n];
            co.methodVersion = cv = new int[n];
        }
        co.methodValue[i] = d;
        cv[i] = v;
        return d;
    }

    /** One operand is an exact float, the other an exact int that fits a long (BINARY_OP fast path). */
    static boolean mixedFloat(PyObject a, PyObject b) {
        if (a.type == T.FLOAT) return b.type == T.INT && ((PyInt) b).big == null;
        return b.type == T.FLOAT && a.type == T.INT && ((PyInt) a).big == null;
    }

    static PyException unboundLocal(PyCode co, int i) {
        return Exc.make(Exc.UnboundLocalError, "cannot access local variable '" + co.varnames[i].value + "' where it is not associated with a value");
    }

    /** The frame running in the innermost eval loop (exception handling starts there). */
    Frame curFrame;

    /**
     * Runs frames until the entry frame returns or yields. The try/catch lives here, outside
     * run(), so that the hot loop has no exception handler (TeaVM's C backend would otherwise
     * spill every loop variable to memory).
     */
    PyObject eval(Frame f) {
        PyException toThrow = f.pendingThrow;
        f.pendingThrow = null;
        Frame saved = curFrame;
        try {
            while (true) {
                try {
                    if (toThrow != null) {
                        PyException t = toThrow;
                        toThrow = null;
                        curFrame = f;
                        throw t;
                    }
                    return run(f);
                } catch (PyException e) {
                    directCallable = null;
                    f = unwind(curFrame, e);
                } catch (StackOverflowError e) {
                    directCallable = null;
                    f = unwind(curFrame, Exc.recursion("maximum recursion depth exceeded"));
                } catch (OutOfMemoryError e) {
                    f = unwind(curFrame, Exc.memory());
                }
            }
        } finally {
            curFrame = saved;
        }
    }

    private PyObject run(Frame f) {
        // static fields read once: TeaVM's C code checks class initialization on each access
        final PyType INT = T.INT, FLOAT = T.FLOAT, LIST = T.LIST, GENERATOR = T.GENERATOR, STR = T.STR, OBJECT = T.OBJECT;
        final PyObject TRUE = T.TRUE, FALSE = T.FALSE, NONE = T.None;
        final PyInt[] SMALL_INTS = PyInt.SMALL;
        outer:
        while (true) {
            {
                curFrame = f;
                final PyCode co = f.code;
                final int[] code = co.code;
                final PyObject[] r = f.r;
                int sp = f.sp;
                int pc = f.pc;
                for (;;) {
                    f.lasti = pc;
                    final int op = code[pc];
                    final int arg = code[pc + 1];
                    pc += 2;
                    switch (op) {
                        case POP_TOP: r[--sp] = null; break;
                        case COPY: r[sp] = r[sp - arg]; sp++; break;
                        case SWAP: { PyObject t = r[sp - 1]; r[sp - 1] = r[sp - arg]; r[sp - arg] = t; break; }
                        case PUSH_NULL: r[sp++] = null; break;
                        case LOAD_CONST: r[sp++] = co.consts[arg]; break;
                        case LOAD_FAST: case LOAD_FAST_CHECK: {
                            PyObject v = r[arg];
                            if (v == null) throw unboundLocal(co, arg);
                            r[sp++] = v;
                            break;
                        }
                        case STORE_FAST: r[arg] = r[--sp]; r[sp] = null; break;
                        case LOAD_DEREF: {
                            PyObject v = ((PyCell) r[co.nlocals + arg]).value;
                            if (v == null) throw unboundDeref(co, arg);
                            r[sp++] = v;
                            break;
                        }
                        case STORE_DEREF: ((PyCell) r[co.nlocals + arg]).value = r[--sp]; r[sp] = null; break;
                        case LOAD_CLOSURE: r[sp++] = r[co.nlocals + arg]; break;
                        case LOAD_GLOBAL: {
                            // loadGlobal's cache hit inline: a call (and its shadow-stack frame) less per global
                            int[] gv = co.gcacheG;
                            int gi = (pc - 2) >> 1, n;
                            PyDict g = f.globals, bd = f.builtins;
                            if (gv != null && gv[gi] == g.version && co.gcacheB[gi] == bd.version && (n = co.gcacheN[gi]) != 0) {
                                r[sp++] = n > 0 ? g.values[n - 1] : bd.values[-n - 1];
                            } else {
                                r[sp++] = loadGlobal(f, co, pc - 2, arg);
                            }
                            break;
                        }
                        case LOAD_ATTR: {
                            PyObject o = r[sp - 1];
                            PyStr name = co.names[arg];
                            // instance attribute of a plain Python object: what genericGetAttr does when
                            // the class has no attribute of that name (so no descriptor to consult)
                            PyDict d = o.dict;
                            PyType t = o.type;
                            int[] am;
                            int tv;
                            if (d != null && (t.heap && !t.customGetattr && t.solidBase == OBJECT || plainInstance(o))
                                    // typeLacks' cache hit inline (a call less per attribute)
                                    && ((am = co.attrMiss) != null && am[((pc - 2) >> 1) * CACHE_WAYS + ((tv = t.version) & (CACHE_WAYS - 1))] == tv
                                        || typeLacks(co, pc, t, name))) {
                                PyObject v = d.getStr(name);
                                if (v != null) { r[sp - 1] = v; break; }
                            }
                            r[sp - 1] = Ops.getattrChecked(o, name);
                            break;
                        }
                        case STORE_ATTR: {
                            PyObject o = r[--sp];
                            PyObject v = r[--sp];
                            r[sp] = null;
                            r[sp + 1] = null;
                            PyStr name = co.names[arg];
                            PyDict d = o.dict;
                            PyType t = o.type;
                            int[] am;
                            int tv;
                            if (d != null && (t.heap && !t.customGetattr && t.solidBase == OBJECT || plainInstance(o))
                                    && !t.customSetattr
                                    && ((am = co.attrMiss) != null && am[((pc - 2) >> 1) * CACHE_WAYS + ((tv = t.version) & (CACHE_WAYS - 1))] == tv
                                        || typeLacks(co, pc, t, name))) {
                                d.setItem(name, name.hash(), v); // a str's hash: no Ops.hash dispatch
                                break;
                            }
                            Ops.setattr(o, name, v);
                            break;
                        }
                        case LOAD_METHOD: {
                            PyObject o = r[sp - 1];
                            PyType t = o.type;
                            PyStr name = co.names[arg];
                            // instances of a class whose solid base is object are plain PyObjects: the
                            // instanceof tests (calls in TeaVM's C) only for the others
                            if (!t.customGetattr && (t.heap && t.solidBase == OBJECT
                                    || !(o instanceof PyType) && !(o instanceof PySuper) && !(o instanceof PyModule))) {
                                int[] mv = co.methodVersion;
                                int tv = t.version, mi = ((pc - 2) >> 1) * CACHE_WAYS + (tv & (CACHE_WAYS - 1));
                                // lookupMethod's cache hit inline
                                PyObject d = mv != null && mv[mi] == tv ? co.methodValue[mi] : lookupMethod(co, pc, t, name);
                                if ((d instanceof PyFunction || d instanceof PyMethodDescr)
                                        && (o.dict == null || o.dict.getStr(name) == null)) {
                                    r[sp - 1] = d;
                                    r[sp++] = o;
                                    break;
                                }
                            }
                            r[sp - 1] = null;
                            r[sp++] = Ops.getattrChecked(o, name);
                            break;
                        }
                        case BINARY_OP: case INPLACE_OP: {
                            PyObject b = r[--sp];
                            PyObject a = r[sp - 1];
                            r[sp] = null;
                            PyObject res;
                            // type tests first: cheaper than instanceof in TeaVM's C (a call per test)
                            if (a.type == INT && b.type == INT && a instanceof PyInt x && b instanceof PyInt y
                                    && x.big == null && y.big == null) {
                                long xv = x.v, yv = y.v;
                                switch (arg) {
                                    // PyInt.of inline: it is a call in TeaVM's C (3 % of fib)
                                    case Ops.ADD: {
                                        long s = xv + yv;
                                        res = ((xv ^ s) & (yv ^ s)) < 0 ? PyInt.add(x, y)
                                                : s >= -5 && s <= 256 ? SMALL_INTS[(int) s + 5] : new PyInt(INT, s);
                                        break;
                                    }
                                    case Ops.SUB: {
                                        long s = xv - yv;
                                        res = ((xv ^ yv) & (xv ^ s)) < 0 ? PyInt.sub(x, y)
                                                : s >= -5 && s <= 256 ? SMALL_INTS[(int) s + 5] : new PyInt(INT, s);
                                        break;
                                    }
                                    case Ops.MUL: res = PyInt.mul(x, y); break;
                                    case Ops.FLOORDIV: res = PyInt.floordiv(x, y); break;
                                    case Ops.MOD: res = PyInt.mod(x, y); break;
                                    case Ops.AND: res = PyInt.of(xv & yv); break;
                                    case Ops.OR: res = PyInt.of(xv | yv); break;
                                    case Ops.XOR: res = PyInt.of(xv ^ yv); break;
                                    default: res = arg == Ops.MATMUL ? Ops.binary(a, b, arg) : PyInt.arith(arg, x, y);
                                }
                            } else if (a.type == FLOAT && b.type == FLOAT && a instanceof PyFloat x && b instanceof PyFloat y
                                    && arg != Ops.MATMUL && (arg <= Ops.POW || arg == Ops.FLOORDIV)) {
                                double xv = x.v, yv = y.v;
                                switch (arg) {
                                    // PyFloat.arith inline for the four that cannot fail: a call less per operation
                                    case Ops.ADD: res = new PyFloat(FLOAT, xv + yv); break;
                                    case Ops.SUB: res = new PyFloat(FLOAT, xv - yv); break;
                                    case Ops.MUL: res = new PyFloat(FLOAT, xv * yv); break;
                                    case Ops.TRUEDIV: res = yv != 0 ? new PyFloat(FLOAT, xv / yv) : PyFloat.arith(arg, xv, yv); break;
                                    default: res = PyFloat.arith(arg, xv, yv);
                                }
                            } else if (arg != Ops.MATMUL && (arg <= Ops.POW || arg == Ops.FLOORDIV) && mixedFloat(a, b)) {
                                // float with a long-sized int: float.__op__ converts the int exactly as (double) does
                                res = PyFloat.arith(arg, a instanceof PyFloat x ? x.v : (double) ((PyInt) a).v,
                                        b instanceof PyFloat y ? y.v : (double) ((PyInt) b).v);
                            } else if (op == INPLACE_OP) {
                                res = Ops.inplace(a, b, arg);
                            } else {
                                res = Ops.binary(a, b, arg);
                            }
                            r[sp - 1] = res;
                            break;
                        }
                        case UNARY_NOT: r[sp - 1] = Ops.isTrue(r[sp - 1]) ? FALSE : TRUE; break;
                        case COMPARE_OP: {
                            PyObject b = r[--sp];
                            PyObject a = r[sp - 1];
                            r[sp] = null;
                            if (a.type == INT && b.type == INT && a instanceof PyInt x && b instanceof PyInt y
                                    && x.big == null && y.big == null) {
                                long xv = x.v, yv = y.v;
                                boolean c;
                                switch (arg) {
                                    case Ops.LT: c = xv < yv; break;
                                    case Ops.LE: c = xv <= yv; break;
                                    case Ops.EQ: c = xv == yv; break;
                                    case Ops.NE: c = xv != yv; break;
                                    case Ops.GT: c = xv > yv; break;
                                    default: c = xv >= yv; break;
                                }
                                r[sp - 1] = c ? TRUE : FALSE;
                            } else if (a.type == FLOAT && b.type == FLOAT && a instanceof PyFloat x && b instanceof PyFloat y) {
                                double xv = x.v, yv = y.v;
                                boolean c;
                                switch (arg) {
                                    case Ops.LT: c = xv < yv; break;
                                    case Ops.LE: c = xv <= yv; break;
                                    case Ops.EQ: c = xv == yv; break;
                                    case Ops.NE: c = xv != yv; break;
                                    case Ops.GT: c = xv > yv; break;
                                    default: c = xv >= yv; break;
                                }
                                r[sp - 1] = c ? TRUE : FALSE;
                            } else if (a.type == STR && b.type == STR && a instanceof PyStr x && b instanceof PyStr y) {
                                // what str.__eq__/__lt__... answer, without the virtual richcompare
                                boolean c = arg == Ops.EQ ? x.value.equals(y.value)
                                        : arg == Ops.NE ? !x.value.equals(y.value)
                                        : Ops.cmpResult(PyStr.compare(x.value, y.value), arg);
                                r[sp - 1] = c ? TRUE : FALSE;
                            } else {
                                r[sp - 1] = Ops.compare(a, b, arg);
                            }
                            break;
                        }
                        case IS_OP: {
                            PyObject b = r[--sp];
                            r[sp] = null;
                            r[sp - 1] = ((r[sp - 1] == b) ^ (arg != 0)) ? TRUE : FALSE;
                            break;
                        }
                        case CONTAINS_OP: {
                            PyObject container = r[--sp];
                            r[sp] = null;
                            boolean c = Ops.contains(container, r[sp - 1]);
                            r[sp - 1] = (c ^ (arg != 0)) ? TRUE : FALSE;
                            break;
                        }
                        case BINARY_SUBSCR: {
                            PyObject k = r[--sp];
                            r[sp] = null;
                            PyObject o = r[sp - 1];
                            if (o instanceof PyList l && o.type == LIST && k instanceof PyInt i && i.big == null) {
                                long idx = i.v;
                                if (idx < 0) idx += l.size;
                                if (idx < 0 || idx >= l.size) throw Exc.index("list index out of range");
                                r[sp - 1] = l.items[(int) idx];
                            } else {
                                r[sp - 1] = Ops.getitem(o, k);
                            }
                            break;
                        }
                        case STORE_SUBSCR: {
                            PyObject k = r[--sp];
                            PyObject o = r[--sp];
                            PyObject v = r[--sp];
                            r[sp] = r[sp + 1] = r[sp + 2] = null;
                            if (o instanceof PyList l && o.type == LIST && k instanceof PyInt i && i.big == null) {
                                long idx = i.v;
                                if (idx < 0) idx += l.size;
                                if (idx < 0 || idx >= l.size) throw Exc.index("list assignment index out of range");
                                l.items[(int) idx] = v;
                            } else {
                                Ops.setitem(o, k, v);
                            }
                            break;
                        }
                        case BUILD_TUPLE: {
                            PyObject[] items = Arrays.copyOfRange(r, sp - arg, sp);
                            Arrays.fill(r, sp - arg, sp, null);
                            sp -= arg;
                            r[sp++] = PyTuple.of(items);
                            break;
                        }
                        case BUILD_LIST: {
                            PyObject[] items = Arrays.copyOfRange(r, sp - arg, sp);
                            Arrays.fill(r, sp - arg, sp, null);
                            sp -= arg;
                            r[sp++] = new PyList(items);
                            break;
                        }
                        case LIST_APPEND: {
                            PyObject v = r[--sp];
                            r[sp] = null;
                            ((PyList) r[sp - arg]).append(v);
                            break;
                        }
                        case UNPACK_SEQUENCE: {
                            PyObject seq = r[--sp];
                            r[sp] = null;
                            PyObject[] items;
                            int n;
                            if (seq instanceof PyTuple t && seq.type == T.TUPLE) { items = t.items; n = items.length; }
                            else if (seq instanceof PyList l && seq.type == LIST) { items = l.items; n = l.size; }
                            else { items = unpackIterable(seq, arg); n = items.length; }
                            if (n != arg) {
                                if (n < arg) throw Exc.value("not enough values to unpack (expected " + arg + ", got " + n + ")");
                                throw Exc.value("too many values to unpack (expected " + arg + ")");
                            }
                            for (int i = n - 1; i >= 0; i--) r[sp++] = items[i];
                            break;
                        }
                        case JUMP: pc = arg; break;
                        case JUMP_BACKWARD:
                            pc = arg;
                            if (--ticks < 0) {
                                f.sp = sp;
                                f.pc = pc;
                                if (poll()) {
                                    suspended = f;
                                    return SUSPENDED;
                                }
                            }
                            break;
                        case POP_JUMP_IF_FALSE: {
                            PyObject v = r[--sp];
                            r[sp] = null;
                            if (v == FALSE || (v != TRUE && !Ops.isTrue(v))) pc = arg;
                            break;
                        }
                        case POP_JUMP_IF_TRUE: {
                            PyObject v = r[--sp];
                            r[sp] = null;
                            if (v == TRUE || (v != FALSE && Ops.isTrue(v))) pc = arg;
                            break;
                        }
                        case JUMP_IF_FALSE_OR_POP:
                            if (!Ops.isTrue(r[sp - 1])) pc = arg;
                            else r[--sp] = null;
                            break;
                        case JUMP_IF_TRUE_OR_POP:
                            if (Ops.isTrue(r[sp - 1])) pc = arg;
                            else r[--sp] = null;
                            break;
                        case POP_JUMP_IF_NONE: {
                            PyObject v = r[--sp];
                            r[sp] = null;
                            if (v == NONE) pc = arg;
                            break;
                        }
                        case POP_JUMP_IF_NOT_NONE: {
                            PyObject v = r[--sp];
                            r[sp] = null;
                            if (v != NONE) pc = arg;
                            break;
                        }
                        case GET_ITER: {
                            PyObject o = r[sp - 1];
                            if (!(o instanceof PyGenerator g && g.type == GENERATOR)) r[sp - 1] = Ops.iter(o);
                            else if (arg != 0 && madeByPreviousCall(g, f, pc - 2)) g.loopOwned = true;
                            break;
                        }
                        case FOR_ITER: {
                            PyObject it = r[sp - 1];
                            PyType itType = it.type;
                            if (itType == GENERATOR && it instanceof PyGenerator g) {
                                Frame gf = resumeStackless(g, f, NONE);
                                if (gf == null) { r[--sp] = null; pc = arg; break; }
                                gf.resumeTarget = arg;
                                gf.resumeKind = 1;
                                f.sp = sp;
                                f.pc = pc;
                                f = gf;
                                continue outer;
                            }
                            // a Python step (a class's __next__, iter(f, sentinel) with a Python f) runs
                            // as a frame, so it can block or be preempted like any Python code
                            if (itType.heap || itType == T.CALLABLE_ITERATOR) {
                                Frame step = forIterStep(it, f, sp, pc, arg);
                                if (step != null) { f = step; continue outer; }
                            }
                            // a builtin iterator steps without StopIteration (Ops.next's own first case,
                            // without the instanceof tests that are calls in TeaVM's C)
                            PyObject v = !itType.heap ? it.next() : Ops.next(it);
                            if (v == null) { r[--sp] = null; pc = arg; }
                            else r[sp++] = v;
                            break;
                        }
                        case SEND: {
                            PyObject v = r[--sp];
                            r[sp] = null;
                            PyObject recv = r[sp - 1];
                            if (recv instanceof PyGenerator g && (g.type == GENERATOR || g.type == T.COROUTINE)) {
                                if (g.finished) {
                                    if (g.type == T.COROUTINE) throw Exc.runtime("cannot reuse already awaited coroutine");
                                    r[sp - 1] = NONE;
                                    pc = arg;
                                    break;
                                }
                                Frame gf = resumeStackless(g, f, v);
                                if (gf == null) { r[sp - 1] = g.returnValue; pc = arg; break; }
                                gf.resumeTarget = arg;
                                gf.resumeKind = 2;
                                f.sp = sp;
                                f.pc = pc;
                                f = gf;
                                continue outer;
                            }
                            if (recv == PyGenerator.FINISHED_RECEIVER) { r[sp - 1] = v; pc = arg; break; }
                            PyObject res = sendToIterator(recv, v);
                            if (res == null) {
                                r[sp - 1] = stopValue;
                                stopValue = null;
                                pc = arg;
                                break;
                            }
                            r[sp++] = res;
                            break;
                        }
                        case YIELD_VALUE: {
                            PyObject v = r[--sp];
                            r[sp] = null;
                            PyGenerator g = f.gen;
                            f.sp = sp;
                            f.pc = pc;
                            g.running = false;
                            g.lastWasAsyncYield = arg == 1;
                            depth--;
                            if (f.entry) {
                                f.entry = false;
                                return v;
                            }
                            Frame back = f.back;
                            f.back = null;
                            f = back;
                            f.r[f.sp++] = v;
                            continue outer;
                        }
                        case RETURN_CONST: case RETURN_VALUE: {
                            PyObject v;
                            if (op == RETURN_CONST) v = co.consts[arg];
                            else { v = r[--sp]; r[sp] = null; }
                            depth--;
                            PyGenerator g = f.gen;
                            if (g != null) {
                                g.finished = true;
                                g.running = false;
                                g.returnValue = v;
                                g.frame = null;
                            }
                            if (f.entry) {
                                f.entry = false;
                                if (g == null) release(f, sp);
                                return v;
                            }
                            Frame back = f.back;
                            f.back = null;
                            if (f.initSelf != null) {
                                if (v != NONE) {
                                    curFrame = back;
                                    throw Exc.type("__init__() should return None, not '" + v.type.name + "'");
                                }
                                v = f.initSelf;
                            }
                            if (g != null) {
                                int target = f.resumeTarget;
                                int kind = f.resumeKind;
                                f = back;
                                PyObject[] br = f.r;
                                if (kind == 1) {
                                    br[--f.sp] = null;
                                } else {
                                    br[f.sp - 1] = v;
                                }
                                f.pc = target;
                                continue outer;
                            }
                            int stepKind = f.resumeKind;
                            if (stepKind >= STEP_CALLABLE) {
                                int target = f.resumeTarget;
                                release(f, sp);
                                f = back;
                                forIterStepReturned(f, stepKind, target, v);
                                continue outer;
                            }
                            release(f, sp);
                            f = back;
                            f.r[f.sp++] = v;
                            continue outer;
                        }
                        case SETUP_FINALLY: f.blocks[f.bsp++] = arg; f.blocks[f.bsp++] = sp; break;
                        case SETUP_CLEANUP: case SETUP_WITH: f.blocks[f.bsp++] = arg; f.blocks[f.bsp++] = sp - 1; break;
                        case POP_BLOCK: f.bsp -= 2; break;
                        case CALL: case CALL_KW: {
                            PyStr[] kwnames = null;
                            int n = arg;
                            if (op == CALL_KW) {
                                PyObject[] kt = ((PyTuple) r[--sp]).items;
                                r[sp] = null;
                                kwnames = new PyStr[kt.length];
                                for (int i = 0; i < kt.length; i++) kwnames[i] = (PyStr) kt[i];
                            }
                            int base = sp - n - 2;
                            PyObject callable;
                            int argStart, argc;
                            if (r[base] != null) { callable = r[base]; argStart = base + 1; argc = n + 1; }
                            else { callable = r[base + 1]; argStart = base + 2; argc = n; }
                            PyFunction fn = null;
                            PyObject self = null;
                            if (callable instanceof PyFunction pf) fn = pf;
                            else if (callable instanceof PyMethod m && m.func instanceof PyFunction pf) { fn = pf; self = m.self; }
                            if (fn != null) {
                                Frame nf = newFrame(fn, self, r, argStart, argc, kwnames);
                                for (int i = base; i < sp; i++) r[i] = null;
                                sp = base;
                                if (fn.code.isGeneratorLike()) { r[sp++] = makeGenerator(fn, nf); break; }
                                f.sp = sp;
                                f.pc = pc;
                                if (++depth > recursionLimit) { depth--; throw Exc.recursion("maximum recursion depth exceeded"); }
                                boolean yield = --ticks < 0 && poll();
                                nf.back = f;
                                f = nf;
                                if (yield) {
                                    suspended = f; // the callee, about to run its first instruction
                                    return SUSPENDED;
                                }
                                continue outer;
                            }
                            if (callable instanceof PyType t && t.heap && kwnames == null) {
                                Frame nf = instantiateStackless(t, r, argStart, argc);
                                if (nf != null) {
                                    for (int i = base; i < sp; i++) r[i] = null;
                                    sp = base;
                                    f.sp = sp;
                                    f.pc = pc;
                                    if (++depth > recursionLimit) { depth--; throw Exc.recursion("maximum recursion depth exceeded"); }
                                    nf.back = f;
                                    f = nf;
                                    continue outer;
                                }
                            }
                            if (thread != null && nested == 1) {
                                Frame nf = rt.iteratorConsumers.asFrame(this, callable, r, argStart, argc, kwnames);
                                if (nf != null) {
                                    for (int i = base; i < sp; i++) r[i] = null;
                                    sp = base;
                                    f = enterCallee(f, sp, pc, nf);
                                    continue outer;
                                }
                            }
                            PyObject[] args = Arrays.copyOfRange(r, argStart, argStart + argc);
                            f.sp = sp;
                            frame = f;
                            directCallable = callable;
                            PyObject res = callable.call(args, kwnames);
                            directCallable = null;
                            for (int i = base; i < sp; i++) r[i] = null;
                            sp = base;
                            if (res == PUSH_FRAME) { // exec/eval of code in a thread: run it stacklessly
                                Frame nf = pendingFrame;
                                pendingFrame = null;
                                f = enterCallee(f, sp, pc, nf);
                                continue outer;
                            }
                            r[sp++] = res;
                            if (res == BLOCKED) return suspendAt(f, sp, pc);
                            break;
                        }
                        case CALL_EX: {
                            PyObject kw = (arg & 1) != 0 ? r[--sp] : null;
                            PyObject at = r[--sp];
                            int base = sp - 2;
                            PyObject callable;
                            PyObject[] pos = ((PyTuple) at).items;
                            if (r[base] != null) {
                                callable = r[base];
                                PyObject[] p2 = new PyObject[pos.length + 1];
                                p2[0] = r[base + 1];
                                System.arraycopy(pos, 0, p2, 1, pos.length);
                                pos = p2;
                            } else {
                                callable = r[base + 1];
                            }
                            Arrays.fill(r, base, sp + 2, null);
                            sp = base;
                            PyStr[] kwnames = null;
                            PyObject[] all = pos;
                            if (kw != null && ((PyDict) kw).size() > 0) {
                                PyDict d = (PyDict) kw;
                                kwnames = new PyStr[d.size()];
                                all = new PyObject[pos.length + d.size()];
                                System.arraycopy(pos, 0, all, 0, pos.length);
                                int k = 0;
                                for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) {
                                    kwnames[k] = (PyStr) d.keyAt(i);
                                    all[pos.length + k] = d.valueAt(i);
                                    k++;
                                }
                            }
                            PyFunction fn = null;
                            PyObject self = null;
                            if (callable instanceof PyFunction pf) fn = pf;
                            else if (callable instanceof PyMethod m && m.func instanceof PyFunction pf) { fn = pf; self = m.self; }
                            if (fn != null) {
                                Frame nf = newFrame(fn, self, all, 0, all.length, kwnames);
                                if (fn.code.isGeneratorLike()) { r[sp++] = makeGenerator(fn, nf); break; }
                                f.sp = sp;
                                f.pc = pc;
                                if (++depth > recursionLimit) { depth--; throw Exc.recursion("maximum recursion depth exceeded"); }
                                nf.back = f;
                                f = nf;
                                continue outer;
                            }
                            f.sp = sp;
                            frame = f;
                            directCallable = callable;
                            PyObject res = callable.call(all, kwnames);
                            directCallable = null;
                            if (res == PUSH_FRAME) { // exec/eval of code in a thread: run it stacklessly
                                Frame nf = pendingFrame;
                                pendingFrame = null;
                                f = enterCallee(f, sp, pc, nf);
                                continue outer;
                            }
                            r[sp++] = res;
                            if (res == BLOCKED) return suspendAt(f, sp, pc);
                            break;
                        }
                        case BEFORE_WITH: {
                            // A Python __enter__ runs stacklessly, so that a lock's acquire inside
                            // it (threading.Condition) can suspend its thread.
                            PyObject mgr = r[sp - 1];
                            if (mgr.type.lookup(S.__enter__) instanceof PyFunction ef && !ef.code.isGeneratorLike()) {
                                PyObject exit = mgr.type.lookup(S.__exit__);
                                if (exit != null) {
                                    r[sp - 1] = Ops.descrGet(exit, mgr, mgr.type);
                                    f = enterCallee(f, sp, pc, newFrame(ef, mgr, Ops.NO_ARGS, 0, 0, null));
                                    continue outer;
                                }
                            }
                        }
                        // fall through: a Java __enter__, or one that fails
                        default:
                            f.sp = sp;
                            f.pc = pc;
                            frame = f;
                            sp = rare(f, co, r, op, arg, sp);
                            if (sp > 0 && r[sp - 1] == BLOCKED) return suspendAt(f, sp, pc); // a lock's __enter__ blocked
                    }
                }
            }
        }
    }

    /** A type parameter of PEP 695 syntax: typing.TypeVar (ParamSpec, TypeVarTuple) with inferred variance. */
    PyObject typeParam(String kind, PyObject name, PyObject bound) {
        PyObject cls = Ops.getattr(rt.importer.importModule("typing"), kind);
        if (kind.equals("TypeVarTuple")) return Ops.call(cls, name);
        if (bound == null) return Ops.call(cls, new PyObject[] { name, T.TRUE }, new PyStr[] { PyStr.intern("infer_variance") });
        return Ops.call(cls, new PyObject[] { name, bound, T.TRUE }, new PyStr[] { PyStr.intern("bound"), PyStr.intern("infer_variance") });
    }

    /** The less frequent instructions, kept out of eval() so that it stays small enough to be JIT-compiled. */
    private int rare(Frame f, PyCode co, PyObject[] r, int op, int arg, int sp) {
        switch (op) {
            case POP_ITER: {
                // a for loop left early drops its iterator
                PyObject it = r[--sp];
                r[sp] = null;
                if (it instanceof PyGenerator g && g.loopOwned) {
                    f.sp = sp;
                    finalizeDropped(g);
                }
                break;
            }
            case CALL_INTRINSIC: {
                // PEP 695 (Compiler.INTRINSIC_*): type aliases and type parameters
                switch (arg) {
                    case 1: { // type X = value (the value evaluated eagerly)
                        PyObject v = r[--sp];
                        r[sp] = null;
                        r[sp - 1] = UnionType.typeAlias((PyStr) r[sp - 1], v);
                        break;
                    }
                    case 8: { // type X[T] = value
                        PyObject v = r[--sp];
                        r[sp] = null;
                        PyObject params = r[--sp];
                        r[sp] = null;
                        PyObject alias = UnionType.typeAlias((PyStr) r[sp - 1], v);
                        alias.dict.setStr("__type_params__", params);
                        r[sp - 1] = alias;
                        break;
                    }
                    case 3: { // TypeVar with a bound
                        PyObject bound = r[--sp];
                        r[sp] = null;
                        r[sp - 1] = typeParam("TypeVar", r[sp - 1], bound);
                        break;
                    }
                    case 2: r[sp - 1] = typeParam("TypeVar", r[sp - 1], null); break;
                    case 4: r[sp - 1] = typeParam("ParamSpec", r[sp - 1], null); break;
                    case 5: r[sp - 1] = typeParam("TypeVarTuple", r[sp - 1], null); break;
                    case 6: { // __type_params__ of a function or class
                        PyObject params = r[--sp];
                        r[sp] = null;
                        Ops.setattr(r[sp - 1], PyStr.intern("__type_params__"), params);
                        break;
                    }
                    case 7: { // Generic[*type_params], the implicit base of a generic class
                        PyObject generic = Ops.getattr(rt.importer.importModule("typing"), "Generic");
                        r[sp - 1] = Ops.getitem(generic, r[sp - 1]);
                        break;
                    }
                    default: throw Exc.system("unknown intrinsic " + arg);
                }
                break;
            }
                        case NOP: break;
                case DELETE_FAST:
                    if (r[arg] == null) throw unboundLocal(co, arg);
                    r[arg] = null;
                    break;
                case DELETE_DEREF: {
                    PyCell c = (PyCell) r[co.nlocals + arg];
                    if (c.value == null) throw unboundDeref(co, arg);
                    c.value = null;
                    break;
                }
                case LOAD_CLASSDEREF: {
                    PyStr name = derefName(co, arg);
                    PyObject v = f.locals instanceof PyDict d ? d.getStr(name) : mappingGet(f.locals, name);
                    if (v == null) {
                        v = ((PyCell) r[co.nlocals + arg]).value;
                        if (v == null) throw unboundDeref(co, arg);
                    }
                    r[sp++] = v;
                    break;
                }
                case STORE_GLOBAL: f.globals.setItem(co.names[arg], r[--sp]); r[sp] = null; break;
                case DELETE_GLOBAL:
                    if (f.globals.delItemIfPresent(co.names[arg]) == null) throw Exc.nameError(co.names[arg].value);
                    break;
                case LOAD_NAME: r[sp++] = loadName(f, co.names[arg]); break;
                case STORE_NAME: {
                    PyObject v = r[--sp];
                    r[sp] = null;
                    if (f.locals instanceof PyDict d && d.type == T.DICT) d.setItem(co.names[arg], v);
                    else if (f.locals == null) throw Exc.system("no locals found when storing " + co.names[arg]);
                    else Ops.setitem(f.locals, co.names[arg], v);
                    break;
                }
                case DELETE_NAME: {
                    PyStr name = co.names[arg];
                    if (f.locals instanceof PyDict d && d.type == T.DICT) {
                        if (d.delItemIfPresent(name) == null) throw Exc.nameError(name.value);
                    } else {
                        try {
                            Ops.delitem(f.locals, name);
                        } catch (PyException e) {
                            if (e.matches(Exc.KeyError)) throw Exc.nameError(name.value);
                            throw e;
                        }
                    }
                    break;
                }
                case DELETE_ATTR: {
                    PyObject o = r[--sp];
                    r[sp] = null;
                    Ops.setattr(o, co.names[arg], null);
                    break;
                }
                case UNARY_NEGATIVE: r[sp - 1] = Ops.neg(r[sp - 1]); break;
                case UNARY_POSITIVE: r[sp - 1] = Ops.pos(r[sp - 1]); break;
                case UNARY_INVERT: r[sp - 1] = Ops.invert(r[sp - 1]); break;
                case DELETE_SUBSCR: {
                    PyObject k = r[--sp];
                    PyObject o = r[--sp];
                    r[sp] = r[sp + 1] = null;
                    Ops.delitem(o, k);
                    break;
                }
                case BUILD_SET: {
                    PySet s = new PySet();
                    for (int i = sp - arg; i < sp; i++) { s.add(r[i]); r[i] = null; }
                    sp -= arg;
                    r[sp++] = s;
                    break;
                }
                case BUILD_MAP: {
                    PyDict d = new PyDict(arg);
                    int base = sp - 2 * arg;
                    for (int i = base; i < sp; i += 2) { d.setItem(r[i], r[i + 1]); r[i] = r[i + 1] = null; }
                    sp = base;
                    r[sp++] = d;
                    break;
                }
                case BUILD_SLICE: {
                    PyObject step = arg == 3 ? r[--sp] : T.None;
                    PyObject stop = r[--sp];
                    PyObject start = r[sp - 1];
                    r[sp] = r[sp + 1] = null;
                    r[sp - 1] = new PySlice(start, stop, step);
                    break;
                }
                case BUILD_STRING: {
                    r[sp - arg] = new PyStr(StrMethods.join("", r, sp - arg, sp));
                    for (int i = sp - arg + 1; i < sp; i++) r[i] = null;
                    sp -= arg - 1;
                    break;
                }
                case SET_ADD: {
                    PyObject v = r[--sp];
                    r[sp] = null;
                    ((PySet) r[sp - arg]).add(v);
                    break;
                }
                case MAP_ADD: {
                    PyObject v = r[--sp];
                    PyObject k = r[--sp];
                    r[sp] = r[sp + 1] = null;
                    ((PyDict) r[sp - arg]).setItem(k, v);
                    break;
                }
                case LIST_EXTEND: {
                    PyObject it = r[--sp];
                    r[sp] = null;
                    PyList l = (PyList) r[sp - arg];
                    if (!(it instanceof PyList) && !(it instanceof PyTuple) && !Ops.isIterable(it)) {
                        PyObject fn = r[sp - arg - 2] != null ? r[sp - arg - 2] : r[sp - arg - 1];
                        throw Exc.type(funcName(fn) + " argument after * must be an iterable, not " + it.type.name);
                    }
                    l.extend(it);
                    break;
                }
                case SET_UPDATE: {
                    PyObject it = r[--sp];
                    r[sp] = null;
                    ((PySet) r[sp - arg]).addAll(it);
                    break;
                }
                case DICT_UPDATE: {
                    PyObject m = r[--sp];
                    r[sp] = null;
                    PyDict d = (PyDict) r[sp - arg];
                    if (m instanceof PyDict md) d.update(md);
                    else {
                        if (Ops.getattrOrNull(m, S.keys) == null) throw Exc.type("'" + m.type.name + "' object is not a mapping");
                        DictMethods.updateFrom(d, m);
                    }
                    break;
                }
                case DICT_MERGE: {
                    PyObject m = r[--sp];
                    r[sp] = null;
                    PyDict d = (PyDict) r[sp - arg];
                    dictMerge(d, m, r[sp - arg - 2] != null ? r[sp - arg - 2] : r[sp - arg - 1]);
                    break;
                }
                case LIST_TO_TUPLE: r[sp - 1] = PyTuple.of(((PyList) r[sp - 1]).toArray()); break;
                case FORMAT_VALUE: {
                    PyObject spec = (arg & 4) != 0 ? r[--sp] : null;
                    if (spec != null) r[sp] = null;
                    PyObject v = r[sp - 1];
                    switch (arg & 3) {
                        case 1: v = Ops.str(v); break;
                        case 2: v = Ops.repr(v); break;
                        case 3: v = new PyStr(Builtins.ascii(Ops.repr(v).value)); break;
                        default: break;
                    }
                    if (spec == null && v.type == T.STR) r[sp - 1] = v;
                    else if (spec == null && v.type == T.INT) r[sp - 1] = v.repr();
                    else r[sp - 1] = Ops.format(v, spec == null ? Intern.EMPTY : (PyStr) spec);
                    break;
                }
                case UNPACK_EX: {
                    PyObject seq = r[--sp];
                    r[sp] = null;
                    int before = arg & 0xff, after = arg >> 8;
                    PyObject[] items;
                    if (!Ops.isIterable(seq)) throw Exc.type("cannot unpack non-iterable " + seq.type.name + " object");
                    items = Ops.toArray(seq);
                    int n = items.length;
                    if (n < before + after) {
                        throw Exc.value("not enough values to unpack (expected at least " + (before + after) + ", got " + n + ")");
                    }
                    for (int i = n - 1; i >= n - after; i--) r[sp++] = items[i];
                    r[sp++] = new PyList(Arrays.copyOfRange(items, before, n - after));
                    for (int i = before - 1; i >= 0; i--) r[sp++] = items[i];
                    break;
                }
                case GET_YIELD_FROM_ITER: {
                    PyObject o = r[sp - 1];
                    if (o instanceof PyGenerator g) {
                        if (g.type == T.COROUTINE && (co.flags & (PyCode.CO_COROUTINE | PyCode.CO_ITERABLE_COROUTINE)) == 0) {
                            throw Exc.type("cannot 'yield from' a coroutine object in a non-coroutine generator");
                        }
                    } else {
                        r[sp - 1] = Ops.iter(o);
                    }
                    break;
                }
                case GET_AWAITABLE: r[sp - 1] = getAwaitable(r[sp - 1], arg); break;
                case GET_AITER: {
                    PyObject o = r[sp - 1];
                    PyObject m = o.type.lookup(S.__aiter__);
                    if (m == null) throw Exc.type("'async for' requires an object with __aiter__ method, got " + o.type.name);
                    r[sp - 1] = Ops.callMethod(m, o);
                    break;
                }
                case GET_ANEXT: {
                    PyObject o = r[sp - 1];
                    PyObject m = o.type.lookup(S.__anext__);
                    if (m == null) throw Exc.type("'async for' requires an iterator with __anext__ method, got " + o.type.name);
                    r[sp++] = getAwaitable(Ops.callMethod(m, o), 0);
                    break;
                }
                case END_ASYNC_FOR: {
                    PyObject e = r[--sp];
                    r[sp] = null;
                    if (!e.type.isSubtype(Exc.StopAsyncIteration)) {
                        PyException pe = new PyException((PyBaseException) e);
                        pe.reraise = true;
                        throw pe;
                    }
                    r[--sp] = null;
                    break;
                }
                case BEFORE_WITH: {
                    PyObject mgr = r[sp - 1];
                    PyObject enter = mgr.type.lookup(S.__enter__), exit = mgr.type.lookup(S.__exit__);
                    if (enter == null) throw Exc.type("'" + mgr.type.name + "' object does not support the context manager protocol");
                    if (exit == null) throw Exc.type("'" + mgr.type.name + "' object does not support the context manager protocol (missed __exit__ method)");
                    r[sp - 1] = Ops.descrGet(exit, mgr, mgr.type);
                    directCallable = enter;
                    PyObject entered = Ops.callMethod(enter, mgr);
                    directCallable = null;
                    r[sp++] = entered;
                    break;
                }
                case BEFORE_ASYNC_WITH: {
                    PyObject mgr = r[sp - 1];
                    PyObject enter = mgr.type.lookup(S.__aenter__), exit = mgr.type.lookup(S.__aexit__);
                    if (enter == null || exit == null) {
                        throw Exc.type("'" + mgr.type.name + "' object does not support the asynchronous context manager protocol");
                    }
                    r[sp - 1] = Ops.descrGet(exit, mgr, mgr.type);
                    r[sp++] = Ops.callMethod(enter, mgr);
                    break;
                }
                case WITH_EXIT: {
                    PyObject exit = r[--sp];
                    r[sp] = null;
                    PyObject res = Ops.call(exit, T.None, T.None, T.None);
                    if (arg == 1) r[sp++] = res;
                    break;
                }
                case WITH_EXCEPT_START: {
                    PyObject exc = r[sp - 1];
                    PyObject exit = r[sp - 3];
                    PyBaseException be = (PyBaseException) exc;
                    r[sp++] = Ops.call(exit, exc.type, exc, be.traceback == null ? T.None : be.traceback);
                    break;
                }
                case PUSH_EXC_INFO: {
                    PyObject exc = r[sp - 1];
                    r[sp - 1] = handled == null ? T.None : handled;
                    r[sp++] = exc;
                    handled = (PyBaseException) exc;
                    break;
                }
                case POP_EXCEPT: {
                    PyObject prev = r[--sp];
                    r[sp] = null;
                    handled = prev == T.None ? null : (PyBaseException) prev;
                    break;
                }
                case POP_EXCEPT_RERAISE: {
                    PyObject exc = r[--sp];
                    PyObject prev = r[--sp];
                    r[sp] = r[sp + 1] = null;
                    handled = prev == T.None ? null : (PyBaseException) prev;
                    PyException pe = new PyException((PyBaseException) exc);
                    pe.reraise = true;
                    throw pe;
                }
                case CHECK_EXC_MATCH: {
                    PyObject t = r[sp - 1];
                    r[sp - 1] = excMatches(r[sp - 2], t) ? T.TRUE : T.FALSE;
                    break;
                }
                case CHECK_EG_MATCH: {
                    PyObject t = r[sp - 1];
                    PyObject eg = r[sp - 2];
                    checkExcType(t, true);
                    PyObject[] mr = ExceptionGroups.splitForStar(eg, t);
                    r[sp - 2] = mr[1];
                    r[sp - 1] = mr[0];
                    if (mr[0] != T.None) handled = (PyBaseException) mr[0];
                    break;
                }
                case PREP_RERAISE_STAR: {
                    PyObject rest = r[--sp];
                    PyObject raised = r[--sp];
                    PyObject orig = r[sp - 1];
                    r[sp] = r[sp + 1] = null;
                    r[sp - 1] = ExceptionGroups.prepReraise(orig, (PyList) raised, rest);
                    break;
                }
                case RERAISE: {
                    PyObject exc = r[--sp];
                    r[sp] = null;
                    PyException pe = new PyException((PyBaseException) exc);
                    pe.reraise = true;
                    throw pe;
                }
                case RAISE_VARARGS: {
                    PyObject cause = arg == 2 ? r[--sp] : null;
                    PyObject exc = arg >= 1 ? r[--sp] : null;
                    if (arg == 0) {
                        if (handled == null) throw Exc.runtime("No active exception to reraise");
                        PyException pe = new PyException(handled);
                        pe.reraise = true;
                        throw pe;
                    }
                    throw makeRaise(exc, cause);
                }
                case LOAD_ASSERTION_ERROR: r[sp++] = Exc.AssertionError; break;
                case MAKE_FUNCTION: {
                    PyCode fc = (PyCode) r[--sp];
                    PyFunction fn = new PyFunction(fc, f.globals, f.builtins);
                    if ((arg & 8) != 0) {
                        PyObject[] cells = ((PyTuple) r[--sp]).items;
                        fn.closure = new PyCell[cells.length];
                        for (int i = 0; i < cells.length; i++) fn.closure[i] = (PyCell) cells[i];
                    }
                    if ((arg & 4) != 0) fn.annotations = (PyDict) r[--sp];
                    if ((arg & 2) != 0) fn.kwdefaults = (PyDict) r[--sp];
                    if ((arg & 1) != 0) fn.defaults = ((PyTuple) r[--sp]).items;
                    Arrays.fill(r, sp, sp + 5 < r.length ? sp + 5 : r.length, null);
                    r[sp++] = fn;
                    break;
                }
                case LOAD_BUILD_CLASS: {
                    PyObject bc = f.builtins.getStr("__build_class__");
                    if (bc == null) throw Exc.make(Exc.NameError, "__build_class__ not found");
                    r[sp++] = bc;
                    break;
                }
                case IMPORT_NAME: {
                    PyObject fromlist = r[--sp];
                    PyObject level = r[--sp];
                    r[sp] = r[sp + 1] = null;
                    f.sp = sp;
                    frame = f;
                    r[sp++] = rt.importer.importName(co.names[arg].value, f.globals, fromlist, (int) ((PyInt) level).v);
                    break;
                }
                case IMPORT_FROM: {
                    PyObject m = r[sp - 1];
                    f.sp = sp;
                    r[sp++] = rt.importer.importFrom(m, co.names[arg]);
                    break;
                }
                case IMPORT_STAR: {
                    PyObject m = r[--sp];
                    r[sp] = null;
                    rt.importer.importStar(m, f.locals != null ? f.locals : f.globals);
                    break;
                }
                case SETUP_ANNOTATIONS: {
                    PyObject loc = f.locals;
                    if (loc instanceof PyDict d) {
                        if (d.getStr(S.__annotations__) == null) d.setItem(S.__annotations__, new PyDict());
                    } else if (loc != null) {
                        try {
                            Ops.getitem(loc, S.__annotations__);
                        } catch (PyException e) {
                            if (!e.matches(Exc.KeyError)) throw e;
                            Ops.setitem(loc, S.__annotations__, new PyDict());
                        }
                    }
                    break;
                }
                case PRINT_EXPR: {
                    PyObject v = r[--sp];
                    r[sp] = null;
                    f.sp = sp;
                    PyObject hook = rt.sys.get("displayhook");
                    if (hook == null) throw Exc.runtime("lost sys.displayhook");
                    Ops.call(hook, v);
                    break;
                }
                case LOAD_LOCALS: r[sp++] = f.locals; break;
                case MATCH_CLASS: {
                    PyObject names = r[--sp];
                    PyObject cls = r[--sp];
                    PyObject subject = r[sp - 1];
                    r[sp] = r[sp + 1] = null;
                    r[sp - 1] = Matcher.matchClass(subject, cls, arg, (PyTuple) names);
                    break;
                }
                case MATCH_MAPPING: r[sp] = PyBool.of(Matcher.isMapping(r[sp - 1])); sp++; break;
                case MATCH_SEQUENCE: r[sp] = PyBool.of(Matcher.isSequence(r[sp - 1])); sp++; break;
                case MATCH_KEYS: r[sp] = Matcher.matchKeys(r[sp - 2], (PyTuple) r[sp - 1]); sp++; break;
                case GET_LEN: r[sp] = PyInt.of(Ops.len(r[sp - 1])); sp++; break;
                case COPY_DICT_WITHOUT_KEYS: r[sp - 1] = Matcher.copyWithout(r[sp - 2], (PyTuple) r[sp - 1]); break;

            default:
                throw Exc.system("unknown opcode " + Opcode.name(op));
        }
        return sp;
    }

    // ---- helpers of the loop ------------------------------------------------------------------------

    static PyStr derefName(PyCode co, int i) {
        int nc = co.cellvars.length;
        return i < nc ? co.cellvars[i] : co.freevars[i - nc];
    }

    static PyException unboundDeref(PyCode co, int i) {
        PyStr n = derefName(co, i);
        if (i < co.cellvars.length) {
            return Exc.make(Exc.UnboundLocalError, "cannot access local variable '" + n.value + "' where it is not associated with a value");
        }
        return Exc.make(Exc.NameError, "cannot access free variable '" + n.value + "' where it is not associated with a value in enclosing scope");
    }

    static PyObject mappingGet(PyObject m, PyStr name) {
        if (m == null) return null;
        try {
            return Ops.getitem(m, name);
        } catch (PyException e) {
            if (e.matches(Exc.KeyError)) return null;
            throw e;
        }
    }

    PyObject loadGlobal(Frame f, PyCode co, int pc, int arg) {
        int i = pc >> 1;
        int[] gv = co.gcacheG;
        PyDict g = f.globals, b = f.builtins;
        if (gv != null && gv[i] == g.version && co.gcacheB[i] == b.version) {
            // neither dict has changed since: the entry is where it was
            int n = co.gcacheN[i];
            if (n > 0) return g.values[n - 1];
            if (n < 0) return b.values[-n - 1];
        }
        PyStr name = co.names[arg];
        int n = g.findStr(name);
        PyObject v;
        if (n >= 0) {
            v = g.values[n];
            n = n + 1;
        } else {
            n = b.findStr(name);
            if (n < 0) throw Exc.nameError(name.value);
            v = b.values[n];
            n = -(n + 1);
        }
        if (gv == null) {
            int len = co.code.length >> 1;
            co.gcacheG = gv = new int[len];
            co.gcacheB = new int[len];
            co.gcacheN = new int[len];
        }
        gv[i] = g.version;
        co.gcacheB[i] = b.version;
        co.gcacheN[i] = n;
        return v;
    }

    PyObject loadName(Frame f, PyStr name) {
        PyObject loc = f.locals;
        PyObject v = null;
        if (loc instanceof PyDict d && d.type == T.DICT) v = d.getStr(name);
        else if (loc != null) v = mappingGet(loc, name);
        if (v != null) return v;
        v = f.globals.getStr(name);
        if (v != null) return v;
        v = f.builtins.getStr(name);
        if (v != null) return v;
        throw Exc.nameError(name.value);
    }

    /** The StopIteration value when {@link #sendToIterator} returned null. */
    private PyObject stopValue;

    /**
     * SEND to a receiver that is not one of our generators: the next value, or null when it
     * raised StopIteration (whose value is left in {@link #stopValue}). Kept out of run() so the
     * eval loop has no exception handler (see eval).
     */
    private PyObject sendToIterator(PyObject recv, PyObject v) {
        try {
            if (v == T.None && (recv instanceof PyIterators.Base || recv.type.lookup(S.__next__) != null)) {
                return nextOrStop(recv);
            }
            return Ops.invoke(recv, "send", v);
        } catch (PyException e) {
            if (!e.matches(Exc.StopIteration)) throw e;
            PyObject val = e.exc.dict.getStr("value");
            stopValue = val == null ? T.None : val;
            return null;
        }
    }

    static PyObject nextOrStop(PyObject it) {
        PyObject v = Ops.next(it);
        if (v == null) throw Exc.stopIteration(T.None);
        return v;
    }

    PyObject[] unpackIterable(PyObject seq, int expected) {
        if (!Ops.isIterable(seq)) throw Exc.type("cannot unpack non-iterable " + seq.type.name + " object");
        PyObject it = Ops.iter(seq);
        PyObject[] out = new PyObject[expected];
        int n = 0;
        PyObject x;
        while ((x = Ops.next(it)) != null) {
            if (n == expected) throw Exc.value("too many values to unpack (expected " + expected + ")");
            out[n++] = x;
        }
        return n == expected ? out : Arrays.copyOf(out, n);
    }

    void dictMerge(PyDict d, PyObject m, PyObject func) {
        PyObject[] keys;
        if (m instanceof PyDict md) keys = md.keysArray();
        else {
            PyObject k = Ops.getattrOrNull(m, S.keys);
            if (k == null) throw Exc.type(funcName(func) + " argument after ** must be a mapping, not " + m.type.name);
            keys = Ops.toArray(Ops.call(k));
        }
        for (PyObject k : keys) {
            if (!(k instanceof PyStr)) throw Exc.type("keywords must be strings");
            if (d.containsKey(k)) throw Exc.type(funcName(func) + " got multiple values for keyword argument '" + ((PyStr) k).value + "'");
            d.setItem(k, m instanceof PyDict md ? md.getItem(k) : Ops.getitem(m, k));
        }
    }

    static String funcName(PyObject f) {
        if (f instanceof PyMethod m) f = m.func;
        if (f instanceof PyFunction fn) {
            String mod = fn.module instanceof PyStr ms && !ms.value.equals("builtins") ? ms.value + "." : "";
            return mod + fn.qualname.value + "()";
        }
        if (f instanceof PyBuiltinFunction b) return b.name + "()";
        if (f instanceof PyType t) return t.name + "()";
        return f == null ? "function" : f.type.name + " object";
    }

    /** A stackless resume of g with value: returns its frame (already linked to f), or null if finished. */
    Frame resumeStackless(PyGenerator g, Frame f, PyObject value) {
        if (g.running) throw Exc.value("generator already executing");
        if (g.finished) return null;
        Frame gf = g.frame;
        if (g.started) gf.r[gf.sp++] = value;
        else if (value != T.None) throw Exc.type("can't send non-None value to a just-started generator");
        g.started = true;
        g.running = true;
        if (++depth > recursionLimit) {
            depth--;
            g.running = false;
            throw Exc.recursion("maximum recursion depth exceeded");
        }
        gf.entry = false;
        gf.back = f;
        return gf;
    }

    /** Creates an instance of a plain Python class and returns the __init__ frame, or null. */
    Frame instantiateStackless(PyType t, PyObject[] r, int argStart, int argc) {
        PyObject newF = t.lookup(S.__new__);
        if (newF != Runtime.objectNew || t.solidBase != T.OBJECT || t.type != T.TYPE) return null;
        PyObject init = t.lookup(S.__init__);
        if (!(init instanceof PyFunction fn) || fn.code.isGeneratorLike()) return null;
        PyObject obj = Runtime.objectNewImpl(t, Ops.NO_ARGS, null);
        Frame nf = newFrame(fn, obj, r, argStart, argc, null);
        nf.initSelf = obj;
        return nf;
    }

    PyObject getAwaitable(PyObject o, int where) {
        if (o instanceof PyGenerator g && g.type == T.COROUTINE) {
            if (g.delegate() != null || g.running) throw Exc.runtime("coroutine is being awaited already");
            return o;
        }
        if (o instanceof PyGenerator g && g.type == T.GENERATOR && g.frame != null && (g.frame.code.flags & PyCode.CO_ITERABLE_COROUTINE) != 0) return o;
        PyObject m = o.type.lookup(S.__await__);
        if (m == null) {
            if (where == 1) throw Exc.type("'async with' received an object from __aenter__ that does not implement __await__: " + o.type.name);
            if (where == 2) throw Exc.type("'async with' received an object from __aexit__ that does not implement __await__: " + o.type.name);
            throw Exc.type("object " + o.type.name + " can't be used in 'await' expression");
        }
        PyObject it = Ops.callMethod(m, o);
        if (it instanceof PyGenerator g && g.type == T.COROUTINE) throw Exc.type("__await__() returned a coroutine");
        if (!Ops.isIterator(it)) throw Exc.type("__await__() returned non-iterator of type '" + it.type.name + "'");
        return it;
    }

    static void checkExcType(PyObject t, boolean star) {
        if (t instanceof PyTuple tu) {
            for (PyObject x : tu.items) checkExcType(x, star);
            return;
        }
        if (!(t instanceof PyType pt) || !pt.isSubtype(Exc.BaseException)) {
            throw Exc.type("catching classes that do not inherit from BaseException is not allowed");
        }
        if (star && pt.isSubtype(Exc.BaseExceptionGroup)) {
            throw Exc.type("catching ExceptionGroup with except* is not allowed. Use except instead.");
        }
    }

    static boolean excMatches(PyObject exc, PyObject t) {
        checkExcType(t, false);
        if (t instanceof PyTuple tu) {
            for (PyObject x : tu.items) if (exc.type.isSubtype((PyType) x)) return true;
            return false;
        }
        return exc.type.isSubtype((PyType) t);
    }

    PyException makeRaise(PyObject exc, PyObject cause) {
        PyBaseException e;
        if (exc instanceof PyType t) {
            if (!t.isSubtype(Exc.BaseException)) throw Exc.type("exceptions must derive from BaseException");
            PyObject inst = Ops.call(t);
            if (!(inst instanceof PyBaseException be)) {
                throw Exc.type("calling " + Ops.repr(t).value + " should have returned an instance of BaseException, not " + inst.type.name);
            }
            e = be;
        } else if (exc instanceof PyBaseException be) {
            e = be;
        } else {
            throw Exc.type("exceptions must derive from BaseException");
        }
        if (cause != null) {
            if (cause == T.None) e.cause = null;
            else if (cause instanceof PyType ct && ct.isSubtype(Exc.BaseException)) e.cause = Ops.call(ct);
            else if (cause instanceof PyBaseException) e.cause = cause;
            else throw Exc.type("exception causes must derive from BaseException");
            e.suppressContext = true;
        }
        setContext(e);
        return new PyException(e);
    }

    void setContext(PyBaseException e) {
        PyBaseException h = handled;
        if (h == null || h == e) return;
        // avoid cycles in the context chain
        PyBaseException o = h;
        while (o.context instanceof PyBaseException c) {
            if (c == e) { o.context = null; break; }
            o = c;
        }
        e.context = h;
    }

    /** Finds a handler for e starting at frame f; returns the frame to continue in, or rethrows. */
    Frame unwind(Frame f, PyException e) {
        boolean reraise = e.reraise;
        PyBaseException exc = e.exc;
        if (!reraise && exc.traceback == null && exc.context == null) setContext(exc);
        while (true) {
            f.escaped = true;
            if (!reraise && (f.code.flags & PyCode.CO_INLINED_COMPREHENSION) == 0) {
                exc.traceback = new PyTraceback(f, f.lasti, f.code.lineAt(f.lasti), exc.traceback);
            }
            reraise = false;
            if (f.bsp > 0) {
                f.bsp -= 2;
                int handler = f.blocks[f.bsp];
                int level = f.blocks[f.bsp + 1];
                PyGenerator dropped = droppedOwned(f.r, level);
                if (dropped != null) finalizeDropped(f.r, level, f.r.length);
                Arrays.fill(f.r, level, f.r.length, null);
                f.r[level] = exc;
                f.sp = level + 1;
                f.pc = handler;
                return f;
            }
            depth--;
            if (droppedOwned(f.r, f.stackBase()) != null) {
                finalizeDropped(f.r, f.stackBase(), f.r.length);
                Arrays.fill(f.r, f.stackBase(), f.r.length, null);
            }
            PyGenerator g = f.gen;
            if (g != null) {
                g.finished = true;
                g.running = false;
                g.frame = null;
                if (exc.type.isSubtype(Exc.StopIteration) || (g.type == T.ASYNC_GENERATOR && exc.type.isSubtype(Exc.StopAsyncIteration))) {
                    String what = g.type == T.COROUTINE ? "coroutine raised StopIteration"
                            : g.type == T.ASYNC_GENERATOR ? (exc.type.isSubtype(Exc.StopAsyncIteration) ? "async generator raised StopAsyncIteration" : "async generator raised StopIteration")
                            : "generator raised StopIteration";
                    PyBaseException re = Exc.runtime(what).exc;
                    re.cause = exc;
                    re.context = exc;
                    re.suppressContext = true;
                    re.traceback = exc.traceback;
                    exc = re;
                    e = new PyException(re);
                }
            }
            if (f.entry || f.back == null) {
                f.entry = false;
                f.back = null;
                throw e;
            }
            Frame back = f.back;
            f.back = null;
            if (f.resumeKind >= STEP_CALLABLE && g == null && exc.type.isSubtype(Exc.StopIteration)) {
                // the end of a for loop over an iterator whose next step ran as a frame
                if (f.resumeKind == STEP_CALLABLE) ((PyIterators.CallableIterator) back.r[back.sp - 1]).fn = null;
                back.r[--back.sp] = null;
                back.pc = f.resumeTarget;
                return back;
            }
            f = back;
        }
    }

    /** resumeKind of a frame running one step of a for loop: iter(callable, sentinel)'s call. */
    static final int STEP_CALLABLE = 3;
    /** resumeKind of a frame running one step of a for loop: a Python class's __next__. */
    static final int STEP_NEXT = 4;

    /**
     * FOR_ITER over an iterator whose step is Python code: iter(f, sentinel) with a Python
     * function, or an instance of a class with a Python __next__. The step runs as a frame of
     * this loop instead of a nested eval from Java, so it can be preempted, block a green thread
     * (the worker idiom {@code for job in iter(q.get, None)} waits in q.get) and recurse
     * without Java stack. Its return comes back through {@link #forIterStepReturned}, a
     * StopIteration out of it through {@link #unwind}. Null when the step is not Python code.
     */
    private Frame forIterStep(PyObject it, Frame f, int sp, int pc, int target) {
        PyFunction fn;
        PyObject self = null;
        int kind;
        if (it instanceof PyIterators.CallableIterator ci) {
            PyObject c = ci.fn;
            if (c instanceof PyFunction pf) fn = pf;
            else if (c instanceof PyMethod m && m.func instanceof PyFunction pf) { fn = pf; self = m.self; }
            else return null;
            kind = STEP_CALLABLE;
        } else if (it.type.heap && it.type.lookup(S.__next__) instanceof PyFunction pf) {
            fn = pf;
            self = it;
            kind = STEP_NEXT;
        } else {
            return null;
        }
        if (fn.code.isGeneratorLike()) return null;
        Frame nf = newFrame(fn, self, f.r, sp, 0, null);
        nf.resumeKind = kind;
        nf.resumeTarget = target;
        return enterCallee(f, sp, pc, nf);
    }

    /** The step frame of a for loop returned v into f, whose top is the iterator. */
    private static void forIterStepReturned(Frame f, int kind, int target, PyObject v) {
        if (kind == STEP_CALLABLE) {
            PyIterators.CallableIterator ci = (PyIterators.CallableIterator) f.r[f.sp - 1];
            if (Ops.eq(v, ci.sentinel)) {
                ci.fn = null;
                f.r[--f.sp] = null;
                f.pc = target;
                return;
            }
        }
        f.r[f.sp++] = v;
    }
}
