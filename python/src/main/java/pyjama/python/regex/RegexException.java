package pyjama.python.regex;

/**
 * Errors the {@code re} module raises as built-in Python exceptions rather than {@code re.error}.
 * The binding maps {@link #kind()} to the Python exception type and uses {@link #getMessage()}
 * verbatim (already CPython's text).
 */
public final class RegexException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public enum Kind {
        /** ValueError, e.g. "cannot use LOCALE flag with a str pattern". */
        VALUE_ERROR,
        /** OverflowError, e.g. "the repetition number is too large". */
        OVERFLOW_ERROR,
        /** IndexError, e.g. "unknown group name 'x'" in a replacement template. */
        INDEX_ERROR,
        /** TypeError, e.g. "cannot use a string pattern on a bytes-like object". */
        TYPE_ERROR,
        /** RecursionError: pattern nested deeper than {@link Regex#MAX_NESTING}. */
        RECURSION_ERROR,
        /** MemoryError: the backtracking stack exceeded {@link Regex#maxBacktrackInts}. */
        MEMORY_ERROR,
        /** The cancellation hook asked to stop; the binding raises KeyboardInterrupt. */
        INTERRUPTED
    }

    private final Kind kind;

    RegexException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() { return kind; }
}
