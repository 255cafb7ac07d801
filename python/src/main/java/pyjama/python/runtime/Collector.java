package pyjama.python.runtime;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;

/**
 * Object death as Python code sees it, in a runtime without reference counts (one per
 * interpreter, i.e. per {@link Runtime}, shared by its green threads). The Java GC decides when
 * an object dies; this class makes the deaths visible at <em>safe points</em> of the
 * interpreter, where running Python code is allowed:
 *
 * <ul>
 * <li>Weak references: every {@link PyWeakref} (ref or proxy) holds a {@link Target}, a Java
 *     {@link WeakReference} to its referent registered with this collector's queue. When the GC
 *     clears it, the target is queued; at the next safe point the weakref's callback runs.</li>
 * <li>{@code __del__}: an instance of a class with {@code __del__} is a {@link PyFinalizable};
 *     the JVM's finalizer thread hands it back, resurrected, to {@link #resurrected}, and the
 *     next safe point calls its {@code __del__} (once, as PEP 442 says). TeaVM's C backend has
 *     no finalization, so natively {@code __del__} never runs (docs/python-differences.md).</li>
 * </ul>
 *
 * <p>Safe points are the eval loop's periodic poll ({@link Interp#TICKS}) and {@link #collect}
 * (gc.collect()), which first runs a full Java GC and waits for the JVM's finalizers, so that
 * {@code del x; gc.collect()} leaves {@code x}'s weak references dead, their callbacks and
 * {@code x.__del__} run, as CPython's reference counting would have done at the {@code del}.
 *
 * <p>Threads: callbacks and {@code __del__} run on the VM ({@link Interp}) whose safe point it
 * is, i.e. the Python thread whose instruction boundary or gc.collect() call found the deaths,
 * as calls nested in its eval loop; never on the JVM's finalizer thread, and never on another
 * thread's VM (whose frames may be between two instructions while it lends the CPU). A round
 * of callbacks is not re-entered: while one runs (perhaps suspended in a wait, other threads
 * running meanwhile), other safe points of the runtime leave the rest for later. As CPython's,
 * the callbacks run in whichever thread is running when the collector notices the deaths.
 *
 * <p>The registry maps a referent's identity hash to its weak references in creation order:
 * CPython's per-object weakref list, which getweakrefcount/getweakrefs/__weakref__ read and
 * which lets callback-less refs and proxies be shared. Only the JVM's finalizer thread touches
 * this class from outside the interpreter's Java thread, and only {@link #resurrected}
 * (synchronized); green threads all run on the interpreter's Java thread.
 */
final class Collector {
    /** A weak reference's hold on its referent; the weakref object itself is held weakly. */
    static final class Target extends WeakReference<PyObject> {
        final int key;
        /** Weak, so that a weakref object nobody holds dies and its callback never runs, as in CPython. */
        final WeakReference<PyWeakref> owner;
        /** The referent has a __del__: gc.collect() counts it once, as finalized. */
        final boolean finalizable;
        /** The referent's death has been handled (callback run or skipped, entry removed). */
        boolean done;

        Target(PyObject referent, PyWeakref owner, ReferenceQueue<PyObject> queue) {
            super(referent, queue);
            this.key = System.identityHashCode(referent);
            this.owner = new WeakReference<>(owner);
            this.finalizable = referent instanceof PyFinalizable;
        }
    }

    private final ReferenceQueue<PyObject> queue = new ReferenceQueue<>();
    private final HashMap<Integer, ArrayList<Target>> registry = new HashMap<>();
    /** Finalizable objects the JVM has finalized, waiting for their __del__ (filled by the finalizer thread). */
    private final ArrayList<PyFinalizable> finalized = new ArrayList<>();
    private volatile boolean finalizedPending;
    /** A safe point is running callbacks: a poll inside one of them does not start another round. */
    private boolean running;
    /** The next {@link PyFinalizable#serial}. */
    long nextSerial;

    /** gc.isenabled() (kept for the gc module; the Java GC runs whatever it says). */
    boolean enabled = true;

    Collector() {}

    // ---- the registry --------------------------------------------------------------------------

    Target register(PyObject referent, PyWeakref owner) {
        Target t = new Target(referent, owner, queue);
        ArrayList<Target> l = registry.get(t.key);
        if (l == null) {
            l = new ArrayList<>(2);
            registry.put(t.key, l);
        } else {
            prune(l);
        }
        l.add(t);
        return t;
    }

    /** Drops entries whose weakref object has died (its referent is alive: nothing to call). */
    private static void prune(ArrayList<Target> l) {
        for (int i = l.size() - 1; i >= 0; i--) {
            if (l.get(i).owner.get() == null) l.remove(i);
        }
    }

    /** The live weak references to {@code o}, in CPython's order: the shared ref, the shared proxy, then the others newest first. */
    ArrayList<PyWeakref> weakrefsTo(PyObject o) {
        ArrayList<PyWeakref> out = new ArrayList<>();
        ArrayList<Target> l = registry.get(System.identityHashCode(o));
        if (l == null) return out;
        PyWeakref basicRef = null, basicProxy = null;
        for (int i = l.size() - 1; i >= 0; i--) {
            Target t = l.get(i);
            PyWeakref w = t.owner.get();
            if (w == null || t.get() != o) continue;
            if (w.isBasic()) {
                if (w instanceof PyWeakProxy) basicProxy = w;
                else basicRef = w;
            } else {
                out.add(w);
            }
        }
        if (basicProxy != null) out.add(0, basicProxy);
        if (basicRef != null) out.add(0, basicRef);
        return out;
    }

    /** The shared callback-less ref (proxy: the shared proxy) to {@code o}, or null. */
    PyWeakref basic(PyObject o, boolean proxy) {
        ArrayList<Target> l = registry.get(System.identityHashCode(o));
        if (l == null) return null;
        for (Target t : l) {
            PyWeakref w = t.owner.get();
            if (w != null && t.get() == o && w.isBasic() && (w instanceof PyWeakProxy) == proxy) return w;
        }
        return null;
    }

    // ---- finalization ----------------------------------------------------------------------------

    /** Called by the JVM's finalizer thread: {@code o} is unreachable; its __del__ runs at the next safe point. */
    void resurrected(PyFinalizable o) {
        synchronized (finalized) {
            finalized.add(o);
        }
        finalizedPending = true;
    }

    // ---- safe points -----------------------------------------------------------------------------

    /**
     * The eval loop's poll on {@code vm}, one of this runtime's VMs (the main thread's or a green
     * thread's, the one whose instruction boundary this is): runs what died since the last safe
     * point (cheap when nothing did), as calls nested in that VM.
     */
    void atSafePoint(Interp vm) {
        if (running) return;
        Target t = (Target) queue.poll();
        if (t == null && !finalizedPending) return;
        ArrayList<Target> dead = new ArrayList<>();
        for (; t != null; t = (Target) queue.poll()) {
            if (!t.done) dead.add(t);
        }
        runDeaths(vm, dead);
    }

    /**
     * gc.collect(): a full Java GC, the JVM's pending finalizers, then the weakref callbacks and
     * __del__ methods of what died. Returns the number of dead objects seen (referents of weak
     * references and finalized objects).
     */
    int collect(Interp vm) {
        vm.clearDeadSlots();
        fullGc();
        // Scan rather than wait for the queue: the JVM clears references during the GC but
        // queues them later, from another thread.
        ArrayList<Target> dead = new ArrayList<>();
        for (ArrayList<Target> l : registry.values()) {
            for (Target t : l) {
                if (!t.done && t.get() == null) dead.add(t);
            }
        }
        for (Target t = (Target) queue.poll(); t != null; t = (Target) queue.poll()) {
            if (!t.done) dead.add(t); // runDeaths skips the duplicates (done)
        }
        return runDeaths(vm, dead);
    }

    /**
     * Finalization exists (the JVM; TeaVM's C backend, whose os.name is "TeaVM", never calls
     * finalize()). Cleared when a JVM started with --finalization=disabled fails to run the
     * sentinel within {@link #FINALIZATION_WAIT_NS}.
     */
    private static volatile boolean finalization = !"TeaVM".equals(System.getProperty("os.name"));
    private static final long FINALIZATION_WAIT_NS = 2_000_000_000L;

    /** Set by the finalizer of a sentinel that died in the same GC as the program's garbage. */
    private static final class Sentinel {
        volatile boolean finalized;
    }

    private static final class FinalizedSentinel {
        private final Sentinel flag;
        FinalizedSentinel(Sentinel flag) { this.flag = flag; }
        @SuppressWarnings({"removal", "deprecation", "checkstyle:NoFinalizer"})
        @Override protected void finalize() { flag.finalized = true; }
    }

    /** Makes a garbage object whose finalization sets the returned flag (not referenced from the caller's frame). */
    private static Sentinel dropSentinel() {
        Sentinel s = new Sentinel();
        new FinalizedSentinel(s);
        return s;
    }

    /**
     * A full GC whose weak references are cleared (on return) and whose finalizable objects
     * have been finalized, i.e. handed to {@link #resurrected}. The JVM clears references in the
     * GC but runs finalizers later, from its own threads, after its reference handler thread has
     * queued them: wait until a sentinel that died in the same GC has been finalized, then run
     * whatever else is queued (System.runFinalization runs the queue to its end, on a thread of
     * its own that this one waits for). No Thread.sleep: TeaVM's C backend compiles this method
     * too, and Thread.sleep is a coroutine there.
     */
    @SuppressWarnings({"removal", "deprecation"})
    private static void fullGc() {
        if (!finalization) {
            System.gc();
            return;
        }
        Sentinel s = dropSentinel();
        System.gc();
        long deadline = System.nanoTime() + FINALIZATION_WAIT_NS;
        while (!s.finalized) {
            System.runFinalization();
            if (s.finalized) break;
            if (System.nanoTime() - deadline > 0) {
                finalization = false; // finalizers do not run here: do not wait again
                return;
            }
        }
        System.runFinalization();
    }

    /**
     * Removes the dead targets from the registry and runs their callbacks, then the pending
     * __del__ methods: CPython's collector order (handle_weakrefs, then finalize_garbage).
     * Callbacks of one referent run newest first, as CPython's PyObject_ClearWeakRefs calls them.
     */
    private int runDeaths(Interp vm, ArrayList<Target> dead) {
        int referents = 0;
        ArrayList<PyWeakref> calls = new ArrayList<>();
        for (Target t : dead) {
            if (t.done) continue;
            if (!t.finalizable) referents++;
            ArrayList<Target> l = registry.get(t.key);
            if (l == null) { t.done = true; continue; }
            // every dead target of this key: its referents died together, or some time ago
            ArrayList<PyWeakref> group = new ArrayList<>();
            for (int i = l.size() - 1; i >= 0; i--) {
                Target u = l.get(i);
                if (u.get() != null) continue;
                u.done = true;
                l.remove(i);
                PyWeakref w = u.owner.get();
                if (w != null && w.callback != null) group.add(w);
            }
            if (l.isEmpty()) registry.remove(t.key);
            calls.addAll(group);
        }
        boolean wasRunning = running;
        running = true;
        try {
            for (PyWeakref w : calls) {
                PyObject cb = w.callback;
                w.callback = null;
                callUnraisable(vm, cb, null, w);
            }
            return referents + runFinalizers(vm);
        } finally {
            running = wasRunning;
        }
    }

    private int runFinalizers(Interp vm) {
        int n = 0;
        while (finalizedPending) {
            ArrayList<PyFinalizable> batch;
            synchronized (finalized) {
                batch = new ArrayList<>(finalized);
                finalized.clear();
                finalizedPending = false;
            }
            batch.sort((a, b) -> Long.compare(a.serial, b.serial));
            for (PyFinalizable o : batch) {
                if (o.finalized) continue;
                o.finalized = true;
                PyObject del = o.type.lookup(S.__del__);
                if (del == null) continue;
                n++;
                callUnraisable(vm, del, o, null);
            }
        }
        return n;
    }

    /**
     * Calls the method {@code fn} on {@code self}, or the callable {@code fn} with {@code arg};
     * an exception is printed as CPython's "Exception ignored in: {@code fn}".
     */
    private static void callUnraisable(Interp in, PyObject fn, PyObject self, PyObject arg) {
        PyBaseException saved = in.handled; // a finalizer runs outside the code it interrupts
        Frame savedFrame = in.frame;
        try {
            if (self != null) Ops.callMethod(fn, self);
            else Ops.call(fn, arg);
        } catch (PyException e) {
            in.writeUnraisable(e, fn);
        } finally {
            in.handled = saved;
            in.frame = savedFrame;
        }
    }
}
