package pyjama.python.runtime;

/**
 * The Java carrier of a raised Python exception. No Java stack trace is captured (raising
 * is an ordinary control-flow event in Python and must be cheap).
 */
public final class PyException extends RuntimeException {
    public final PyBaseException exc;
    /** A re-raise (bare raise, RERAISE): adds no traceback entry. */
    public boolean reraise;

    public PyException(PyBaseException exc) {
        super(null, null, false, false);
        this.exc = exc;
    }

    public boolean matches(PyType t) { return exc.type.isSubtype(t); }

    public PyType pyType() { return exc.type; }

    @Override public String getMessage() {
        try {
            return exc.type.name + ": " + Ops.str(exc).value;
        } catch (RuntimeException e) {
            return exc.type.name;
        }
    }
}
