package pyjama.python.regex;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed replacement template (CPython's re._parser.parse_template): literal chunks
 * interleaved with group references. {@code literal(0) group(0) literal(1) ... literal(n)}.
 */
public final class Template {
    private final int[][] literals;
    private final int[] groups;
    private final boolean bytes;

    private Template(int[][] literals, int[] groups, boolean bytes) {
        this.literals = literals;
        this.groups = groups;
        this.bytes = bytes;
    }

    /** Number of group references. */
    public int groupRefCount() { return groups.length; }
    /** The i-th referenced group number. */
    public int groupRef(int i) { return groups[i]; }
    /** The literal chunk before group reference i (i == groupRefCount(): the tail). */
    public int[] literal(int i) { return literals[i].clone(); }
    /** True when the template has no group references (a constant replacement). */
    public boolean isLiteral() { return groups.length == 0; }

    /** The expansion for a match, as code points (str) or byte values (bytes). */
    public int[] expand(RegexMatch m) {
        IntBuffer out = new IntBuffer();
        appendTo(m, out);
        return out.toArray();
    }

    public String expandToString(RegexMatch m) {
        int[] r = expand(m);
        return PyText.fromCodePoints(r, 0, r.length);
    }

    public byte[] expandToBytes(RegexMatch m) {
        int[] r = expand(m);
        byte[] b = new byte[r.length];
        for (int i = 0; i < r.length; i++) b[i] = (byte) r[i];
        return b;
    }

    void appendTo(RegexMatch m, IntBuffer out) {
        for (int i = 0; i < groups.length; i++) {
            out.append(literals[i], 0, literals[i].length);
            int g = groups[i];
            int s = m.start(g);
            if (s >= 0) out.append(m.subject().text, s, m.end(g));
        }
        int[] tail = literals[groups.length];
        out.append(tail, 0, tail.length);
    }

    static Template parse(Regex pattern, int[] repl, boolean isText, String replString) {
        PatternSource s = new PatternSource(repl, isText, replString);
        List<int[]> lits = new ArrayList<>();
        List<Integer> refs = new ArrayList<>();
        IntBuffer literal = new IntBuffer();
        while (true) {
            int t = s.get();
            if (t == PatternSource.NONE) break;
            if ((t & PatternSource.ESC) == 0) {
                literal.add(t);
                continue;
            }
            int c = t & ~PatternSource.ESC;
            if (c == 'g') {
                if (!s.match('<')) throw s.error("missing <", 0);
                String name = s.getUntil('>', "group name");
                int nameLen = name.codePointCount(0, name.length());
                int index;
                if (!CharKind.isAsciiDecimal(name)) {
                    s.checkGroupName(name, 1);
                    Integer g = pattern.groupIndex().get(name);
                    if (g == null) {
                        throw new RegexException(RegexException.Kind.INDEX_ERROR, "unknown group name " + PyText.repr(name));
                    }
                    index = g;
                } else {
                    int i = 0;
                    while (i < name.length() - 1 && name.charAt(i) == '0') i++;
                    String digits = name.substring(i);
                    long v = digits.length() > 12 ? Long.MAX_VALUE : Long.parseLong(digits);
                    if (v >= Parser.MAXGROUPS) throw s.error("invalid group reference " + digits, nameLen + 1);
                    index = (int) v;
                }
                addGroup(pattern, s, index, nameLen + 1, lits, refs, literal);
            } else if (c == '0') {
                int v = 0;
                for (int k = 0; k < 2 && PatternSource.isOctDigit(s.next); k++) v = v * 8 + (s.get() - '0');
                literal.add(v & 0xff);
            } else if (c >= '1' && c <= '9') {
                StringBuilder text = new StringBuilder("\\").append((char) c);
                boolean isOctal = false;
                if (PatternSource.isDigit(s.next)) {
                    text.append((char) s.get());
                    if (PatternSource.isOctDigit(c) && PatternSource.isOctDigit(text.charAt(2))
                            && PatternSource.isOctDigit(s.next)) {
                        text.append((char) s.get());
                        isOctal = true;
                        int v = Integer.parseInt(text.substring(1), 8);
                        if (v > 0377) {
                            throw s.error("octal escape value " + text + " outside of range 0-0o377", text.length());
                        }
                        literal.add(v);
                    }
                }
                if (!isOctal) {
                    addGroup(pattern, s, Integer.parseInt(text.substring(1)), text.length() - 1, lits, refs, literal);
                }
            } else {
                int e = switch (c) {
                    case 'a' -> 7;
                    case 'b' -> 8;
                    case 'f' -> 12;
                    case 'n' -> 10;
                    case 'r' -> 13;
                    case 't' -> 9;
                    case 'v' -> 11;
                    case '\\' -> '\\';
                    default -> -1;
                };
                if (e >= 0) {
                    literal.add(e);
                } else {
                    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                        throw s.error("bad escape \\" + (char) c, 2);
                    }
                    literal.add('\\');
                    literal.add(c);
                }
            }
        }
        lits.add(literal.toArray());
        int[] g = new int[refs.size()];
        for (int i = 0; i < g.length; i++) g[i] = refs.get(i);
        return new Template(lits.toArray(new int[0][]), g, !isText);
    }

    private static void addGroup(Regex pattern, PatternSource s, int index, int offset,
                                 List<int[]> lits, List<Integer> refs, IntBuffer literal) {
        if (index > pattern.groups()) throw s.error("invalid group reference " + index, offset);
        lits.add(literal.toArray());
        literal.clear();
        refs.add(index);
    }

    boolean isBytes() { return bytes; }
}
