package pyjama.kernel.python;

import pyjama.python.parser.Keywords;

/**
 * Which {@code >>>} lines are shell commands. A line is offered to the shell when it starts
 * with a bare identifier that is not a Python keyword and is not followed by something that
 * makes it Python anyway (an assignment {@code x = 1}, {@code x += 1}, an annotation
 * {@code x: int}, or a call, index or attribute glued to the word: {@code x(}, {@code x[},
 * {@code x.y}). The session then checks that the word is not a name Python knows and that
 * {@code /bin/<word>.py} exists; otherwise the line is Python, and an unknown name is the
 * NameError CPython gives.
 */
final class BareWords {
    private BareWords() {}

    /** The command word of {@code line}, or null when the line can only be Python. */
    static String commandWord(String line) {
        int n = line.length();
        if (n == 0 || !start(line.charAt(0))) return null;
        int i = 1;
        while (i < n && part(line.charAt(i))) i++;
        String word = line.substring(0, i);
        if (Keywords.isKeyword(word)) return null;
        if (i == n) return word;
        char next = line.charAt(i);
        if (next != ' ' && next != '\t') return null;
        while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) i++;
        String rest = line.substring(i);
        if (rest.isEmpty()) return word;
        if (rest.startsWith("=") && !rest.startsWith("==")) return null;
        if (rest.startsWith(":")) return null;
        for (String op : AUGMENTED) if (rest.startsWith(op)) return null;
        return word;
    }

    private static final String[] AUGMENTED = {
        "+=", "-=", "*=", "/=", "//=", "%=", "**=", ">>=", "<<=", "&=", "|=", "^=", "@=", ":=",
    };

    private static boolean start(char c) { return c == '_' || Character.isLetter(c); }

    private static boolean part(char c) { return c == '_' || Character.isLetterOrDigit(c); }
}
