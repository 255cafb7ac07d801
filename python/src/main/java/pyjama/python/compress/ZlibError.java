package pyjama.python.compress;

/**
 * A failure the zlib binding must raise as a Python exception. {@link #kind} names the Python
 * exception class; {@link #getMessage()} is CPython 3.12's message text, exactly.
 */
public final class ZlibError extends RuntimeException {
    /** Which Python exception the binding raises. */
    public enum Kind {
        /** {@code zlib.error} */
        ZLIB_ERROR,
        /** {@code ValueError} */
        VALUE_ERROR,
        /** {@code MemoryError} */
        MEMORY_ERROR
    }

    public final Kind kind;

    public ZlibError(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    static ZlibError error(String message) {
        return new ZlibError(Kind.ZLIB_ERROR, message);
    }

    static ZlibError value(String message) {
        return new ZlibError(Kind.VALUE_ERROR, message);
    }
}
