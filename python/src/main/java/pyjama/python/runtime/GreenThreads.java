package pyjama.python.runtime;

import java.util.ArrayList;
import java.util.List;

import pyjama.python.PythonHost;

/**
 * The scheduler of green threads: Python threads ({@code _thread}, {@code threading}, the kernel's
 * background tasks) multiplexed on the one Java thread of control, preemptively.
 *
 * <p>A thread runs in slices of {@link #SLICE_NANOS}. Its VM checks the clock at the instruction
 * boundaries where it polls for Ctrl-C; when the slice is over and no Java code is between the
 * scheduler and the thread's frames, the VM returns {@link Interp#SUSPENDED} and the frames wait
 * on the heap for the next slice. A blocking call (time.sleep, a lock's acquire) made directly from
 * Python code suspends its thread the same way until its {@link Wait} is over.
 *
 * <p>The main thread of each interpreter (the console session, a program) is not one of these: its
 * caller is Java code that waits for its result. It lends the CPU instead: when its slice is over
 * it runs a slice of each ready thread before going on, and while it waits (a lock, a join, a
 * sleep, the console waiting for a line through the kernel's idle hook) threads run in its place.
 * A thread that must wait with Java code on its own stack does the same, so slices can nest; a
 * thread on the Java stack is never resumed until its slice returns.
 *
 * <p>All state is static: one scheduler per process, over every interpreter in it (the kernel runs
 * threads of several sessions and programs side by side).
 */
public final class GreenThreads {
    /** Length of a time slice. */
    public static final long SLICE_NANOS = 10_000_000L;
    /** Longest in-place wait between checks for Ctrl-C and kills. */
    static final long MAX_PAUSE_NANOS = 20_000_000L;

    /** What an embedding learns about threads: the kernel shows them in its task table. */
    public interface Listener {
        void started(GreenThread t);

        /** A slice of {@code t} starts (it runs on the CPU until {@link #leave}). */
        void enter(GreenThread t);

        void leave(GreenThread t);

        void ended(GreenThread t);
    }

    /** True while any thread is alive: the VM's polls look here first. */
    static boolean active;
    private static final ArrayList<GreenThread> threads = new ArrayList<>();
    private static int cursor;
    private static long nativeIds = 1;
    private static Listener listener;

    private GreenThreads() {}

    public static void listener(Listener l) { listener = l; }

    /** The live threads, oldest first. */
    public static List<GreenThread> all() { return new ArrayList<>(threads); }

    /** The live threads of one interpreter. */
    public static List<GreenThread> of(Runtime rt) {
        ArrayList<GreenThread> out = new ArrayList<>();
        for (GreenThread t : threads) if (t.rt == rt) out.add(t);
        return out;
    }

    /** The thread whose code is running now, or null for a main thread. */
    public static GreenThread current() {
        Interp vm = Interp.cur;
        return vm == null ? null : vm.thread;
    }

    /** {@code threading.get_ident()} of the code running now. */
    static long identOf(Interp vm) {
        return vm.thread != null ? vm.thread.ident : identFor(vm.rt.interp);
    }

    /** Thread idents look like CPython's (large numbers, as pthread ids), stable per VM. */
    private static long identFor(Interp vm) {
        return (System.identityHashCode(vm) & 0xffffffffL) * 64 + 0x7f0000000000L;
    }

    /**
     * Starts {@code function(*args, **kwargs)} in a new thread of {@code rt}; it runs from the next
     * slice on. An exception that escapes it is printed (SystemExit ends the thread quietly).
     */
    public static GreenThread start(Runtime rt, PyObject function, PyObject[] args, PyStr[] kwnames, String name) {
        Interp vm = new Interp(rt.host, rt);
        vm.recursionLimit = rt.interp.recursionLimit;
        GreenThread t = new GreenThread(vm, rt, function, identFor(vm), name);
        t.nativeId = ++nativeIds;
        vm.thread = t;
        vm.startWith(firstFrame(vm, rt, function, args, kwnames));
        threads.add(t);
        active = true;
        if (listener != null) listener.started(t);
        return t;
    }

    /**
     * The frame a thread starts in: the function's own when it is a Python function called with
     * fitting arguments, else a one-line trampoline's, so that a builtin or an argument error
     * fails inside the thread as in CPython.
     */
    private static Frame firstFrame(Interp vm, Runtime rt, PyObject function, PyObject[] args, PyStr[] kwnames) {
        try {
            if (function instanceof PyFunction f && !f.code.isGeneratorLike()) {
                return vm.newFrame(f, null, args, 0, args.length, kwnames);
            }
            if (function instanceof PyMethod m && m.func instanceof PyFunction f && !f.code.isGeneratorLike()) {
                return vm.newFrame(f, m.self, args, 0, args.length, kwnames);
            }
        } catch (PyException argumentError) {
            // raised again in the thread, by the trampoline's call
        }
        PyFunction call = trampoline(rt);
        PyDict kw = new PyDict();
        if (kwnames != null) {
            int pos = args.length - kwnames.length;
            for (int i = 0; i < kwnames.length; i++) kw.setItem(kwnames[i], args[pos + i]);
            args = java.util.Arrays.copyOf(args, pos);
        }
        PyObject[] three = { function, new PyTuple(args), kw };
        return vm.newFrame(call, null, three, 0, 3, null);
    }

    private static PyFunction trampoline(Runtime rt) {
        if (rt.threadTrampoline == null) {
            PyDict g = rt.runInternalModule("_thread", "<thread>", "def call(f, a, k):\n    return f(*a, **k)\n");
            rt.threadTrampoline = (PyFunction) g.getStr("call");
        }
        return rt.threadTrampoline;
    }

    /** Runs one slice of the next thread that can run; false when none can. Never blocks. */
    public static boolean runSlice() {
        if (!active) return false;
        int n = threads.size();
        for (int i = 0; i < n; i++) {
            if (cursor >= threads.size()) cursor = 0;
            GreenThread t = threads.get(cursor++);
            if (t.onStack || t.state == GreenThread.State.DONE) continue;
            if (t.state == GreenThread.State.BLOCKED) {
                // a kill is raised at the blocked call: None stands in for its result
                PyObject r = t.killRequest != null ? T.None : t.wait.poll(t.vm.host.nanoTime());
                if (r == null) continue;
                wake(t, r);
            }
            run(t);
            return true;
        }
        return false;
    }

    /** Ends the wait of a blocked thread: {@code result} is what its blocking call returns. */
    private static void wake(GreenThread t, PyObject result) {
        t.resumeValue = result;
        t.wait = null;
        t.state = GreenThread.State.READY;
    }

    /** Called by a main thread (or a thread that cannot suspend) whose slice is over: the others' turn. */
    static void runOthers() {
        for (int i = 0, n = threads.size(); i < n; i++) {
            if (!runSlice()) return;
        }
    }

    /** The earliest deadline of a blocked thread (host nanoTime), or Long.MAX_VALUE. */
    public static long nextWake() {
        long w = Long.MAX_VALUE;
        for (GreenThread t : threads) {
            if (t.state == GreenThread.State.BLOCKED && !t.onStack) w = Math.min(w, t.wait.deadline());
        }
        return w;
    }

    private static void run(GreenThread t) {
        Interp vm = t.vm;
        Interp previous = Interp.cur;
        PythonHost host = vm.host;
        long started = host.nanoTime();
        t.onStack = true;
        Interp.cur = vm;
        vm.sliceEnd = started + SLICE_NANOS;
        if (listener != null) listener.enter(t);
        PyObject value = t.resumeValue;
        t.resumeValue = null;
        PyException raise = t.killRequest;
        t.killRequest = null;
        PyObject[] sessionStreams = t.ownStreams == null ? null : GreenThread.swapStreams(t.rt, t.ownStreams);
        try {
            PyObject r = vm.resumeWith(value, raise);
            if (r == Interp.SUSPENDED) {
                Wait w = vm.pendingWait;
                vm.pendingWait = null;
                if (w != null) {
                    t.wait = w;
                    t.state = GreenThread.State.BLOCKED;
                }
            } else {
                end(t, null);
            }
        } catch (PyException e) {
            end(t, e);
        } catch (RuntimeException e) {
            end(t, Exc.make(Exc.SystemError, "internal error in thread: " + e));
        } finally {
            if (sessionStreams != null) t.ownStreams = GreenThread.swapStreams(t.rt, sessionStreams);
            t.cpuNanos += host.nanoTime() - started;
            t.onStack = false;
            Interp.cur = previous;
            if (listener != null) listener.leave(t);
        }
    }

    private static void end(GreenThread t, PyException e) {
        t.state = GreenThread.State.DONE;
        t.vm.suspended = null;
        ThreadModule.releaseSentinels(t.sentinels);
        threads.remove(t);
        active = !threads.isEmpty();
        if (e != null && !e.exc.type().isSubtype(Exc.SystemExit)) reportEscaped(t, e);
        if (listener != null) listener.ended(t);
    }

    /** CPython's report of an exception escaping a thread started with _thread.start_new_thread. */
    private static void reportEscaped(GreenThread t, PyException e) {
        String what;
        try {
            what = Ops.repr(t.function).value;
        } catch (PyException ignored) {
            what = "<object repr() failed>";
        }
        StringBuilder sb = new StringBuilder("Exception ignored in thread started by: ").append(what).append('\n');
        Traceback.formatOne(e.exc, sb);
        try {
            t.rt.writeErr(sb.toString());
        } catch (PyException ignored) {
            t.rt.host.writeErr(sb.toString());
        }
    }

    /**
     * Waits for {@code w} with the caller's Java stack in place (see {@link Interp#block}): other
     * threads run meanwhile; when none can, the host waits (the kernel halts until an interrupt).
     * Ctrl-C raises KeyboardInterrupt in the waiting code (in a thread too: one blocked here can
     * be waiting for a thread under it on the Java stack, which cannot run until it gives up).
     */
    static PyObject waitHere(Interp vm, Wait w) {
        PythonHost host = vm.host;
        GreenThread self = vm.thread;
        while (true) {
            long now = host.nanoTime();
            PyObject r = w.poll(now);
            if (r != null) return r;
            if (self != null && self.killRequest != null) {
                PyException k = self.killRequest;
                self.killRequest = null;
                throw k;
            }
            if (host.interruptRequested() || (self == null && vm.takeInterrupt())) throw Exc.make(Exc.KeyboardInterrupt);
            if (runSlice()) continue;
            long until = Math.min(w.deadline(), nextWake());
            long pause = Math.min(until - host.nanoTime(), MAX_PAUSE_NANOS);
            if (pause <= 0) continue;
            if (self == null) {
                if (host.sleep(pause)) throw Exc.make(Exc.KeyboardInterrupt);
            } else {
                host.pause(pause);
            }
        }
    }

    /**
     * Asks {@code t} to raise {@code exc} at its next instruction boundary (or in the call it is
     * blocked in). Returns false if it has ended.
     */
    public static boolean raiseIn(GreenThread t, PyException exc) {
        if (t.state == GreenThread.State.DONE) return false;
        t.killRequest = exc;
        if (!t.onStack) {
            // Delivered now, as a signal would be: the thread runs its handlers and finally
            // blocks in a slice of its own and, unless it catches the exception, ends.
            if (t.state == GreenThread.State.BLOCKED) wake(t, T.None);
            run(t);
        }
        return true;
    }

    /** Removes {@code t} without running any more of its code (kill -9); false if it is running now. */
    public static boolean drop(GreenThread t) {
        if (t.state == GreenThread.State.DONE) return true;
        if (t.onStack) return false;
        end(t, null);
        return true;
    }

    /** Drops every thread of {@code rt} that is not running now: its interpreter is going away. */
    public static void dropAll(Runtime rt) {
        for (GreenThread t : of(rt)) drop(t);
    }
}
