package pyjama.python.binpack;

/**
 * A failure the struct/binascii bindings raise. {@link #kind} names the Python exception class;
 * the message is CPython 3.12's text.
 */
public final class StructError extends RuntimeException {
    public enum Kind {
        /** struct.error */
        STRUCT_ERROR,
        /** OverflowError */
        OVERFLOW_ERROR,
        /** binascii.Error */
        BINASCII_ERROR,
        /** ValueError */
        VALUE_ERROR,
        /** MemoryError */
        MEMORY_ERROR,
        /** SystemError (CPython's own failure for the format "0p" on unpack) */
        SYSTEM_ERROR
    }

    public final Kind kind;

    public StructError(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    static StructError error(String message) {
        return new StructError(Kind.STRUCT_ERROR, message);
    }
}
