package pyjama.python.runtime;

/**
 * An instance of a Python class with {@code __del__} (whose instances are plain objects):
 * when the Java GC finds it unreachable, the JVM calls {@link #finalize} on its finalizer
 * thread, which hands the object, resurrected, to its interpreter's {@link Collector}; the
 * interpreter calls {@code __del__} at its next safe point. {@code __del__} runs at most once
 * per object (PEP 442), even if the object is resurrected. TeaVM's C backend never calls
 * finalize(), so natively {@code __del__} does not run (docs/python-differences.md).
 */
final class PyFinalizable extends PyObject {
    private final Collector collector;
    /** Creation order: __del__ methods of objects that died together run oldest first, as CPython's do. */
    final long serial;
    /** __del__ has been called (gc.is_finalized). */
    boolean finalized;

    PyFinalizable(PyType type, Collector collector) {
        super(type);
        this.collector = collector;
        this.serial = collector.nextSerial++;
    }

    // Java's finalization is deprecated for removal, but it is the only way the JVM reports an
    // object whose death must run code that sees the object, which is what __del__ is. The
    // replacements do not fit: a Cleaner's action or a PhantomReference's owner must not reach
    // the object (it is gone when they run), so __del__ would get a stand-in rebuilt around the
    // object's state: another identity (id(self), `is`), and that state, held by the cleaner
    // until the death, keeps alive every object that refers to itself through its attributes
    // (self.peer.peer is self), which is exactly the garbage __del__ exists for (PEP 442 cycles).
    // Without finalization (a JVM run with --finalization=disabled, a future JDK, TeaVM's C)
    // __del__ does not run and Collector.fullGc stops waiting for it; weak references and
    // weakref.finalize need no finalization and keep working (docs/python-differences.md).
    @SuppressWarnings({"removal", "deprecation", "checkstyle:NoFinalizer"})
    @Override protected void finalize() {
        if (!finalized) collector.resurrected(this);
    }
}
