package pyjama.kernel.console;

/** How one {@link LineEditor} session ended. */
public sealed interface EditResult {
    /** Enter: the line, without its terminator. */
    record Line(String text) implements EditResult {}

    /** Ctrl-C: the line was abandoned. */
    record Cancelled() implements EditResult {}

    /** Ctrl-D on an empty line: the user ended the session. */
    record EndOfInput() implements EditResult {}

    /** The line outgrew the limit; it and the input up to the next newline were thrown away. */
    record Discarded(int limitBytes) implements EditResult {}
}
