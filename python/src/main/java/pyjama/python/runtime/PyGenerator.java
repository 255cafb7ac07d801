package pyjama.python.runtime;

/**
 * Generators, coroutines and async generators: a suspended frame. Resumed stacklessly by the
 * VM (FOR_ITER, SEND) or from Java by {@link #resume} (a nested eval loop).
 */
public final class PyGenerator extends PyObject {
    public Frame frame;
    /** gi_code/cr_code/ag_code: kept when the finished frame is let go. */
    public final PyCode code;
    public boolean started, running, finished;
    public PyObject returnValue;
    public PyStr name, qualname;
    /** For async generators: the value was produced by a real yield (not an await passthrough). */
    public boolean lastWasAsyncYield;
    public boolean awaited;
    /** Referenced by one for loop's stack slot alone: closed when the loop drops it (see Interp.finalizeDropped). */
    boolean loopOwned;

    public PyGenerator(PyType t, Frame f, PyFunction fn) {
        super(t);
        this.frame = f;
        this.code = f.code;
        f.gen = this;
        this.name = fn != null ? fn.name : PyStr.intern(f.code.name);
        this.qualname = fn != null ? fn.qualname : new PyStr(f.code.qualname);
    }

    public boolean isCoroutine() { return type == T.COROUTINE; }

    String kindName() {
        return type == T.COROUTINE ? "coroutine" : type == T.ASYNC_GENERATOR ? "async generator" : "generator";
    }

    /** Resumes with value (or throwing exc); returns the yielded value, or null when it returned. */
    public PyObject resume(PyObject value, PyException exc) {
        if (running) throw Exc.value(kindName() + " already executing");
        if (finished) {
            if (exc != null) throw exc;
            if (type == T.COROUTINE) throw Exc.runtime("cannot reuse already awaited coroutine");
            returnValue = T.None;
            return null;
        }
        if (!started && exc == null && value != T.None) {
            throw Exc.type("can't send non-None value to a just-started " + kindName());
        }
        Frame f = frame;
        if (started && exc == null) f.r[f.sp++] = value;
        if (!started && exc != null) {
            // throwing into a just-started generator: it finishes without running
            finished = true;
            frame = null;
            throw exc;
        }
        started = true;
        f.pendingThrow = exc;
        PyObject v = Interp.cur.resumeGenerator(this);
        if (finished) {
            returnValue = v;
            return null;
        }
        return v;
    }

    @Override public PyObject iter() {
        if (type != T.GENERATOR) return super.iter();
        return this;
    }

    @Override public PyObject next() {
        if (type != T.GENERATOR) return super.next();
        return resume(T.None, null);
    }

    public PyObject send(PyObject v) {
        PyObject r = resume(v, null);
        if (r == null) throw Exc.stopIteration(returnValue);
        return r;
    }

    public PyObject throwIn(PyException e) {
        // delegate to a sub-iterator when suspended in yield from / await
        PyObject sub = delegate();
        if (sub != null && !running) {
            PyObject r;
            try {
                if (e.matches(Exc.GeneratorExit)) {
                    closeIter(sub);
                    r = resume(T.None, e);
                } else if (sub instanceof PyGenerator g) {
                    running = true;
                    try {
                        r = g.throwIn(e);
                    } finally {
                        running = false;
                    }
                    return r;
                } else {
                    PyObject th = Ops.getattrOrNull(sub, S.throw_);
                    if (th == null) {
                        r = resume(T.None, e);
                    } else {
                        running = true;
                        try {
                            r = Ops.call(th, e.exc);
                        } finally {
                            running = false;
                        }
                        return r;
                    }
                }
            } catch (PyException inner) {
                if (inner.matches(Exc.StopIteration)) {
                    PyObject v = inner.exc.dict.getStr("value");
                    // the sub-iterator finished: resume ourselves with its value at the SEND
                    popDelegate();
                    r = resume(v == null ? T.None : v, null);
                } else {
                    popDelegate();
                    r = resume(T.None, inner);
                }
            }
            if (r == null) throw Exc.stopIteration(returnValue);
            return r;
        }
        PyObject r = resume(T.None, e);
        if (r == null) throw Exc.stopIteration(returnValue);
        return r;
    }

    static void closeIter(PyObject sub) {
        if (sub instanceof PyGenerator g) { g.close(); return; }
        PyObject c = Ops.getattrOrNull(sub, S.close);
        if (c != null) Ops.call(c);
    }

    /** The receiver of a suspended yield from / await, or null. */
    PyObject delegate() {
        Frame f = frame;
        if (f == null || !started || finished) return null;
        int pc = f.pc;
        int[] code = f.code.code;
        // suspended at YIELD_VALUE 2 (inside a SEND loop): the receiver is on top of the stack
        if (pc >= 2 && code[pc - 2] == Opcode.YIELD_VALUE && code[pc - 1] == 2 && f.sp > f.stackBase()) {
            return f.r[f.sp - 1];
        }
        return null;
    }

    /** After a delegated throw finished the sub-iterator, drop the receiver: resume goes to the SEND exit. */
    void popDelegate() {
        Frame f = frame;
        if (f == null || f.sp <= f.stackBase()) return;
        // the frame is at "JUMP loop" after YIELD_VALUE; make the next SEND see a finished receiver by
        // replacing it with an exhausted iterator marker
        f.r[f.sp - 1] = FINISHED_RECEIVER;
    }

    static final PyObject FINISHED_RECEIVER = new PyObject(T.OBJECT);

    public void close() {
        if (finished || frame == null) { finished = true; return; }
        if (!started) { finished = true; frame = null; return; }
        try {
            PyObject r = throwIn(Exc.make(Exc.GeneratorExit));
            if (r != null) throw Exc.runtime(kindName() + " ignored GeneratorExit");
        } catch (PyException e) {
            if (e.matches(Exc.GeneratorExit) || e.matches(Exc.StopIteration)) return;
            throw e;
        }
    }

    @Override public PyObject repr() {
        // the type's name (error messages say "async generator", the repr "async_generator")
        return new PyStr("<" + type.name + " object " + qualname.value + " at 0x" + Long.toHexString(Ops.id(this)) + ">");
    }
}
