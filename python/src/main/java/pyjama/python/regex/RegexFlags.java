package pyjama.python.regex;

/**
 * Flag bits, with exactly CPython's values so the {@code re} binding can pass {@code re.RegexFlag}
 * integers straight through.
 */
public final class RegexFlags {
    private RegexFlags() {}

    public static final int TEMPLATE = 1;
    public static final int IGNORECASE = 2;
    public static final int LOCALE = 4;
    public static final int MULTILINE = 8;
    public static final int DOTALL = 16;
    public static final int UNICODE = 32;
    public static final int VERBOSE = 64;
    public static final int DEBUG = 128;
    public static final int ASCII = 256;

    /** Flags that select how character kinds are interpreted; at most one may be active. */
    static final int TYPE_FLAGS = ASCII | LOCALE | UNICODE;
    /** Flags that cannot be scoped with (?x:...). */
    static final int GLOBAL_FLAGS = DEBUG | TEMPLATE;

    /** The flag bit for an inline-flag letter, or 0 if the letter is not a flag. */
    static int forLetter(int c) {
        return switch (c) {
            case 'i' -> IGNORECASE;
            case 'L' -> LOCALE;
            case 'm' -> MULTILINE;
            case 's' -> DOTALL;
            case 'x' -> VERBOSE;
            case 'a' -> ASCII;
            case 't' -> TEMPLATE;
            case 'u' -> UNICODE;
            default -> 0;
        };
    }
}
