package pyjama.python.regex;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.ToIntFunction;

/**
 * A compiled regular expression with CPython 3.12 {@code re} syntax and semantics (the data
 * behind re.Pattern). Thread-compatible and immutable; matching state lives in per-call
 * {@link Machine}s. See docs/regex.md for the binding contract.
 */
public final class Regex {
    /**
     * Maximum nesting of parenthesized groups. CPython fails with RecursionError somewhere near
     * 496 levels (Python recursion limit); we fail the same way, a little earlier, to keep the
     * Java stack of the recursive-descent parser small.
     */
    public static final int MAX_NESTING = 400;

    /**
     * Limit of the backtracking stack, in ints (4 bytes each). Exceeding it raises
     * {@link RegexException.Kind#MEMORY_ERROR}. A greedy loop over a capturing group costs about
     * 18 ints per iteration.
     */
    public static long maxBacktrackInts = 1L << 25;

    /** Endpos meaning "to the end" (sys.maxsize after clamping). */
    public static final int END = Integer.MAX_VALUE;

    private final String patternString;
    private final int[] patternText;
    private final boolean bytes;
    private final int flags;
    final int groups;
    private final Map<String, Integer> groupIndex;
    private final String[] groupNames;

    final int[] code;
    final CharClass[] classes;
    final int registers;
    /** Search hints: literal prefix every match starts with, or null. */
    final int[] prefix;
    /** Search hints: item every match starts with (op, arg), or op 0. */
    final int firstOp;
    final int firstArg;
    /** Matches can only start at position 0. */
    final boolean anchored;

    private Regex(int[] text, boolean bytes, String patternString, int flags) {
        this.patternText = text;
        this.bytes = bytes;
        this.patternString = patternString;
        Parser p = Parser.parse(text, !bytes, patternString, flags);
        this.flags = p.flags;
        this.groups = p.groups() - 1;
        LinkedHashMap<String, Integer> gi = new LinkedHashMap<>(p.groupDict);
        this.groupIndex = Collections.unmodifiableMap(gi);
        this.groupNames = new String[groups + 1];
        for (Map.Entry<String, Integer> e : gi.entrySet()) groupNames[e.getValue()] = e.getKey();
        Compiler.Result r = Compiler.compile(p.tree, p.flags, p.groupWidths, groups);
        this.code = r.code;
        this.classes = r.classes;
        this.registers = r.registers;

        // Search hints from the start of the program.
        int pc = 0;
        int fop = 0;
        int farg = 0;
        boolean anch = false;
        int[] pre = null;
        scan:
        while (true) {
            switch (code[pc]) {
                case Op.MARK, Op.LOOP_INIT -> pc += 2;
                case Op.ATOMIC_START -> pc += 1;
                case Op.LOOP_GREEDY, Op.LOOP_LAZY, Op.POSS_LOOP -> {
                    if (code[pc + 2] < 1) break scan;
                    pc += Op.LOOP_LEN;
                }
                case Op.AT -> {
                    int k = code[pc + 1];
                    anch = k == Op.AT_BEGINNING || k == Op.AT_BEGINNING_STRING;
                    break scan;
                }
                case Op.REPEAT_ONE -> {
                    if (code[pc + 2] >= 1) {
                        fop = code[pc + 4];
                        farg = code[pc + 5];
                    }
                    break scan;
                }
                default -> {
                    if (Op.isItem(code[pc])) {
                        fop = code[pc];
                        farg = code[pc + 1];
                        if (fop == Op.CHAR) {
                            IntBuffer b = new IntBuffer();
                            int q = pc;
                            while (true) {
                                if (code[q] == Op.CHAR) {
                                    b.add(code[q + 1]);
                                    q += 2;
                                } else if (code[q] == Op.MARK) {
                                    q += 2;
                                } else {
                                    break;
                                }
                            }
                            pre = b.toArray();
                        }
                    }
                    break scan;
                }
            }
        }
        this.firstOp = fop;
        this.firstArg = farg;
        this.prefix = pre;
        this.anchored = anch;
    }

    // ---- compiling ----

    /** re.compile(str pattern, flags). Throws PatternError or RegexException. */
    public static Regex compile(String pattern, int flags) {
        return new Regex(PyText.toCodePoints(pattern), false, pattern, flags);
    }

    /** re.compile for a str pattern given as code points. */
    public static Regex compile(int[] patternCodePoints, int flags) {
        int[] t = patternCodePoints.clone();
        return new Regex(t, false, PyText.fromCodePoints(t, 0, t.length), flags);
    }

    /** re.compile(bytes pattern, flags). */
    public static Regex compileBytes(byte[] pattern, int flags) {
        int[] t = new int[pattern.length];
        for (int i = 0; i < t.length; i++) t[i] = pattern[i] & 0xff;
        return new Regex(t, true, PyText.fromCodePoints(t, 0, t.length), flags);
    }

    /** Installs the \N{name} resolver (name to code point, -1 if unknown); null restores the built-in table. */
    public static void setUnicodeNameResolver(ToIntFunction<String> resolver) {
        UnicodeNames.resolver = resolver;
    }

    // ---- pattern attributes ----

    /** The pattern text (bytes patterns: Latin-1 decoded). */
    public String pattern() { return patternString; }
    public int[] patternCodePoints() { return patternText.clone(); }
    public boolean isBytes() { return bytes; }
    /** pattern.flags: the given flags, plus inline global flags, plus UNICODE for str without ASCII. */
    public int flags() { return flags; }
    /** pattern.groups: number of capturing groups. */
    public int groups() { return groups; }
    /** pattern.groupindex, in definition order (unmodifiable). */
    public Map<String, Integer> groupIndex() { return groupIndex; }
    /** Name of group g, or null. */
    public String groupName(int g) { return g >= 0 && g < groupNames.length ? groupNames[g] : null; }

    // ---- matching ----

    private void checkSubject(Subject s) {
        if (s.bytes != bytes) {
            throw new RegexException(RegexException.Kind.TYPE_ERROR, bytes
                    ? "cannot use a bytes pattern on a string-like object"
                    : "cannot use a string pattern on a bytes-like object");
        }
    }

    private static int clamp(int v, int length) { return v < 0 ? 0 : Math.min(v, length); }

    /** pattern.match(string, pos, endpos): anchored at pos. Null for no match. */
    public RegexMatch match(Subject s, int pos, int endpos, BooleanSupplier interrupt) {
        return anchored(s, pos, endpos, interrupt, false);
    }

    /** pattern.fullmatch(string, pos, endpos). */
    public RegexMatch fullmatch(Subject s, int pos, int endpos, BooleanSupplier interrupt) {
        return anchored(s, pos, endpos, interrupt, true);
    }

    private RegexMatch anchored(Subject s, int pos, int endpos, BooleanSupplier interrupt, boolean all) {
        checkSubject(s);
        int n = s.text.length;
        pos = clamp(pos, n);
        endpos = clamp(endpos, n);
        Machine m = new Machine(this, s.text, endpos, interrupt);
        return m.matchAt(pos, all) ? result(m, s, pos, endpos) : null;
    }

    /** pattern.search(string, pos, endpos). */
    public RegexMatch search(Subject s, int pos, int endpos, BooleanSupplier interrupt) {
        checkSubject(s);
        int n = s.text.length;
        pos = clamp(pos, n);
        endpos = clamp(endpos, n);
        Machine m = new Machine(this, s.text, endpos, interrupt);
        return m.search(pos, false) ? result(m, s, pos, endpos) : null;
    }

    public RegexMatch match(String s) { return match(Subject.of(s), 0, END, null); }
    public RegexMatch fullmatch(String s) { return fullmatch(Subject.of(s), 0, END, null); }
    public RegexMatch search(String s) { return search(Subject.of(s), 0, END, null); }

    /** Successive matches (finditer / findall / sub / split building block). */
    public MatchScanner scanner(Subject s, int pos, int endpos, BooleanSupplier interrupt) {
        checkSubject(s);
        int n = s.text.length;
        return new MatchScanner(this, s, clamp(pos, n), clamp(endpos, n), interrupt);
    }

    RegexMatch result(Machine m, Subject s, int pos, int endpos) {
        int[] spans = new int[2 * (groups + 1)];
        spans[0] = m.matchStart;
        spans[1] = m.matchEnd;
        for (int g = 1; g <= groups; g++) {
            int a = m.regs[2 * (g - 1)];
            int b = m.regs[2 * (g - 1) + 1];
            if (a >= 0 && b >= 0 && a <= b) {
                spans[2 * g] = a;
                spans[2 * g + 1] = b;
            } else {
                spans[2 * g] = -1;
                spans[2 * g + 1] = -1;
            }
        }
        int last = m.regs[2 * groups];
        return new RegexMatch(this, s, pos, endpos, spans, last);
    }

    /**
     * pattern.split(string, maxsplit): pieces as {start, end} spans into the subject, with null
     * for a group that did not participate (None). maxsplit 0 means no limit; negative means no
     * split at all, like CPython.
     */
    public List<int[]> split(Subject s, int maxsplit, BooleanSupplier interrupt) {
        checkSubject(s);
        List<int[]> out = new ArrayList<>();
        MatchScanner sc = scanner(s, 0, END, interrupt);
        int last = 0;
        int n = 0;
        while (maxsplit == 0 || n < maxsplit) {
            RegexMatch m = sc.next();
            if (m == null) break;
            out.add(new int[] {last, m.start(0)});
            for (int g = 1; g <= groups; g++) {
                out.add(m.start(g) < 0 ? null : new int[] {m.start(g), m.end(g)});
            }
            n++;
            last = m.end(0);
        }
        out.add(new int[] {last, s.text.length});
        return out;
    }

    /** Parses a replacement template for sub/subn/expand (str pattern: str template). */
    public Template template(String repl) {
        if (bytes) throw new RegexException(RegexException.Kind.TYPE_ERROR, "expected a bytes-like object, str found");
        return Template.parse(this, PyText.toCodePoints(repl), true, repl);
    }

    public Template template(int[] replCodePoints) {
        if (bytes) throw new RegexException(RegexException.Kind.TYPE_ERROR, "expected a bytes-like object, str found");
        int[] t = replCodePoints.clone();
        return Template.parse(this, t, true, PyText.fromCodePoints(t, 0, t.length));
    }

    public Template templateBytes(byte[] repl) {
        if (!bytes) throw new RegexException(RegexException.Kind.TYPE_ERROR, "expected str instance, bytes found");
        int[] t = new int[repl.length];
        for (int i = 0; i < t.length; i++) t[i] = repl[i] & 0xff;
        return Template.parse(this, t, false, PyText.fromCodePoints(t, 0, t.length));
    }

    /**
     * pattern.subn(template, string, count) for a template replacement (callables: drive a
     * {@link #scanner} instead; see docs/regex.md). count 0 means all; negative means none.
     */
    public SubResult subn(Subject s, Template t, int count, BooleanSupplier interrupt) {
        checkSubject(s);
        IntBuffer out = new IntBuffer();
        MatchScanner sc = scanner(s, 0, END, interrupt);
        int i = 0;
        int n = 0;
        while (count == 0 || n < count) {
            RegexMatch m = sc.next();
            if (m == null) break;
            out.append(s.text, i, m.start(0));
            t.appendTo(m, out);
            i = m.end(0);
            n++;
        }
        out.append(s.text, i, s.text.length);
        return new SubResult(out.toArray(), bytes, n);
    }

    // ---- re.escape ----

    private static boolean special(int c) {
        return c < 128 && "()[]{}?*+-|^$\\.&~# \t\n\r\u000b\f".indexOf(c) >= 0;
    }

    /** re.escape for str. */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (special(c)) sb.append('\\');
            sb.append(c);
        }
        return sb.toString();
    }

    /** re.escape for bytes. */
    public static byte[] escape(byte[] b) {
        IntBuffer out = new IntBuffer();
        for (byte x : b) {
            int c = x & 0xff;
            if (special(c)) out.add('\\');
            out.add(c);
        }
        int[] r = out.toArray();
        byte[] res = new byte[r.length];
        for (int i = 0; i < r.length; i++) res[i] = (byte) r[i];
        return res;
    }
}
