package pyjama.python.digest;

/** A failure the hashlib binding raises: {@link #kind} names the Python exception class. */
public final class DigestError extends RuntimeException {
    public enum Kind { VALUE_ERROR, OVERFLOW_ERROR, MEMORY_ERROR }

    public final Kind kind;

    public DigestError(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }
}
