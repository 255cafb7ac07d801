package pyjama.python.parser;

import java.util.List;
import java.util.Set;

/** Python 3.12's keywords, as the keyword module lists them: one list for the parser and its embedders. */
public final class Keywords {
    private Keywords() {}

    /** keyword.kwlist, in its order. */
    public static final List<String> HARD = List.of("False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
            "try", "while", "with", "yield");

    /** keyword.softkwlist, in its order: keywords only where their statement is. */
    public static final List<String> SOFT = List.of("_", "case", "match", "type");

    private static final Set<String> HARD_SET = Set.copyOf(HARD);

    /** keyword.iskeyword. */
    public static boolean isKeyword(String word) { return HARD_SET.contains(word); }
}
