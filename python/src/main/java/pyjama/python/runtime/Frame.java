package pyjama.python.runtime;

/**
 * A Python frame, on the heap. {@code r} holds locals [0, nlocals), cells and free variables
 * [nlocals, nlocals + ncells + nfree), then the value stack. {@code blocks} is the runtime
 * block stack of exception handlers: triples (handler pc, stack level, unused).
 */
public final class Frame extends PyObject {
    public final PyCode code;
    public final PyObject[] r;
    public int sp;
    public int pc;
    /** pc of the instruction being executed (for line numbers and tracebacks). */
    public int lasti;
    public Frame back;
    /**
     * The Python frame that was running when Java code entered this one in a nested eval loop
     * (a property getter, a metaclass __call__, a class body's __setitem__...). {@link #back} is
     * the return continuation and stays null for such a frame; this is its f_back.
     */
    public Frame javaCaller;
    public final PyDict globals;
    public final PyDict builtins;
    /** The locals mapping of module and class bodies (null for optimized function frames). */
    public PyObject locals;
    public final int[] blocks;
    public int bsp;
    public PyGenerator gen;
    public PyFunction func;
    /** For frames of __init__ called by a stackless instance creation: the new instance. */
    public PyObject initSelf;
    /** Set when resumed by FOR_ITER/SEND from the VM: the caller's jump target on return. */
    public int resumeTarget = -1;
    /** 1: resumed by FOR_ITER, 2: by SEND. */
    public int resumeKind;
    /** An exception to raise at the resume point (generator.throw). */
    public PyException pendingThrow;
    /** Depth counted against the recursion limit. */
    public int depth;
    /** The exception being handled when this frame is a generator that was suspended. */
    public PyBaseException savedExc;
    /** The frame was entered by a nested (Java) eval loop: return from run() when it returns. */
    public boolean entry;
    /** Continuation of a class body (__build_class__ state) — see Interp. */
    public Object[] buildClass;
    /** Set when something may hold on to this frame (traceback, sys._getframe): never reused. */
    public boolean escaped;
    /** The dict locals() returns for a function frame (CPython's f_locals snapshot, kept). */
    public PyDict localsSnapshot;

    public Frame(PyCode code, PyDict globals, PyDict builtins, PyObject locals) {
        super(T.FRAME);
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
        int ncells = code.cellvars.length + code.freevars.length;
        this.r = new PyObject[code.nlocals + ncells + code.stacksize + 1];
        this.sp = code.nlocals + ncells;
        this.blocks = code.maxBlocks == 0 ? NO_BLOCKS : new int[code.maxBlocks * 2];
    }

    static final int[] NO_BLOCKS = new int[0];

    /** f_back: the frame that called this one, also across a call from Java. */
    public Frame caller() { return back != null ? back : javaCaller; }

    public int lineno() { return code.lineAt(lasti); }

    public int stackBase() { return code.nlocals + code.cellvars.length + code.freevars.length; }

    @Override public PyObject repr() {
        return new PyStr("<frame at 0x" + Long.toHexString(Ops.id(this)) + ", file '" + code.filename + "', line " + lineno() + ", code " + code.name + ">");
    }
}
