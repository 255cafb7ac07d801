package pyjama.python.runtime;

/**
 * A compiled code object. {@code code} holds pairs (opcode, operand). Locals, then cells and
 * free variables, then the value stack share one register array in the frame.
 */
public final class PyCode extends PyObject {
    public static final int CO_OPTIMIZED = 1, CO_NEWLOCALS = 2, CO_VARARGS = 4, CO_VARKEYWORDS = 8,
            CO_NESTED = 0x10, CO_GENERATOR = 0x20, CO_COROUTINE = 0x80, CO_ITERABLE_COROUTINE = 0x100,
            CO_ASYNC_GENERATOR = 0x200;
    /** Our own: a comprehension whose frame CPython 3.12 inlines (hidden from tracebacks). */
    public static final int CO_INLINED_COMPREHENSION = 0x10000000;

    public int[] code;
    public PyObject[] consts;
    public PyStr[] names;
    public PyStr[] varnames;
    public PyStr[] cellvars;
    public PyStr[] freevars;
    public int argcount, posonlyargcount, kwonlyargcount, flags, nlocals, stacksize, maxBlocks;
    public String name, qualname, filename;
    public int firstlineno;
    /** Per instruction (index pc/2): start line, start column, end line, end column (-1 unknown). */
    public int[] lines, cols, endLines, endCols;
    /** For each cellvar, the argument index it is initialised from, or -1. */
    public int[] cell2arg;
    /** Inline caches per instruction (LOAD_ATTR, LOAD_GLOBAL); lazily allocated. */
    public Object[] caches;
    /**
     * LOAD_ATTR/STORE_ATTR inline caches (per instruction {@link Interp#CACHE_WAYS} entries,
     * lazily allocated): versions of types known to have no attribute of the instruction's name,
     * so the instance dict decides (0: nothing cached; type versions start at 1 and are never
     * reused).
     */
    int[] attrMiss;
    /** LOAD_METHOD inline caches (per instruction, as many ways): a type version and what lookup gave for it. */
    int[] methodVersion;
    PyObject[] methodValue;
    /**
     * LOAD_GLOBAL inline caches: globals version, builtins version, and where the value is
     * (per instruction): entry n of the globals is n + 1, of the builtins -(n + 1), 0 none.
     * The entry's number, not the value, as CPython 3.12 caches it: a cache holding the value
     * would keep a deleted global alive for weakref and __del__.
     */
    int[] gcacheG, gcacheB, gcacheN;
    public PyObject docstring;
    /**
     * Returned frames of this code kept for reuse, linked through {@link Frame#back} (CPython keeps
     * frames in a free list too); a list rather than one slot so that recursion reuses frames.
     */
    Frame freeFrame;
    /** Length of the {@link #freeFrame} list (bounded by {@link Interp#MAX_FREE_FRAMES}). */
    int freeCount;

    public PyCode() { super(T.CODE); }

    public int nargsTotal() {
        int n = argcount + kwonlyargcount;
        if ((flags & CO_VARARGS) != 0) n++;
        if ((flags & CO_VARKEYWORDS) != 0) n++;
        return n;
    }

    public int lineAt(int pc) {
        int i = pc >> 1;
        if (i < 0) i = 0;
        if (i >= lines.length) i = lines.length - 1;
        return i < 0 ? firstlineno : lines[i];
    }

    /** Compiled in "eval" mode: running it returns the expression's value (exec() drops it). */
    public boolean expressionMode;

    public boolean isGeneratorLike() {
        return (flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) != 0;
    }

    @Override public PyObject repr() {
        return new PyStr("<code object " + name + " at 0x" + Long.toHexString(Ops.id(this)) + ", file \"" + filename + "\", line " + firstlineno + ">");
    }
}
