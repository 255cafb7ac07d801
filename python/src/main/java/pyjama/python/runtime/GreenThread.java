package pyjama.python.runtime;

/**
 * One thread of Python code with its own VM state ({@link Interp}: frames, recursion depth, the
 * exception being handled) over a shared runtime. It runs in time slices from
 * {@link GreenThreads}: between slices its frames wait in {@code vm.suspended}.
 */
public final class GreenThread {
    public enum State { READY, BLOCKED, DONE }

    final Interp vm;
    final Runtime rt;
    /** The callable the thread was started with (named when an exception escapes it). */
    final PyObject function;
    public final long ident;
    public String name;
    State state = State.READY;
    Wait wait;
    /** Running a slice: its eval loop is on the Java stack (perhaps below another thread's). */
    boolean onStack;
    /** An exception to raise in the thread at its next instruction boundary (kill). */
    PyException killRequest;
    long cpuNanos;
    /** The result of the call the thread blocked in, to hand it when it resumes. */
    PyObject resumeValue;
    /** {@code threading.get_native_id()}: small numbers, as an OS's thread ids. */
    public long nativeId;
    /**
     * sys.stdin, sys.stdout, sys.stderr of a thread that has its own (a kernel task: a
     * background job redirecting its output must not redirect the session's); null: shared,
     * as CPython's threads share them. Installed in sys for the thread's slices.
     */
    PyObject[] ownStreams;
    /** Locks released when the thread ends (_thread._set_sentinel). */
    final java.util.ArrayList<Object> sentinels = new java.util.ArrayList<>();
    /** The embedding's handle for this thread (the kernel's task table pid). */
    public int pid;

    GreenThread(Interp vm, Runtime rt, PyObject function, long ident, String name) {
        this.vm = vm;
        this.rt = rt;
        this.function = function;
        this.ident = ident;
        this.name = name;
    }

    public State state() { return state; }

    /** Gives the thread its own sys.stdin/stdout/stderr, starting as the current ones. */
    public void ownStreams() {
        ownStreams = new PyObject[STREAMS.length];
        for (int i = 0; i < STREAMS.length; i++) ownStreams[i] = rt.sys.get(STREAMS[i]);
    }

    static final String[] STREAMS = { "stdin", "stdout", "stderr" };

    /** Puts {@code values} in sys and returns what was there. */
    static PyObject[] swapStreams(Runtime rt, PyObject[] values) {
        PyObject[] old = new PyObject[STREAMS.length];
        for (int i = 0; i < STREAMS.length; i++) {
            old[i] = rt.sys.get(STREAMS[i]);
            if (values[i] != null) rt.sys.set(STREAMS[i], values[i]);
        }
        return old;
    }

    /** CPU time used by the thread's slices, in nanoseconds. */
    public long cpuNanos() { return cpuNanos; }

    public boolean alive() { return state != State.DONE; }

    /** The runtime (interpreter) the thread belongs to. */
    public Runtime runtime() { return rt; }
}
