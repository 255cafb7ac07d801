package pyjama.python.regex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import pyjama.python.regex.Node.*;
import static pyjama.python.regex.Node.*;

/**
 * Pattern parser: a transliteration of CPython 3.12's re._parser (same grammar, same error
 * messages and positions). Recursion depth is bounded by {@link Regex#MAX_NESTING} groups.
 */
final class Parser {
    static final int MAXGROUPS = 1073741823;

    private final PatternSource source;
    /** Flags as modified by global inline flags (state.flags). */
    int flags;
    final LinkedHashMap<String, Integer> groupDict = new LinkedHashMap<>();
    /** Index = group number; null while the group is open. Entry 0 is unused. */
    final ArrayList<long[]> groupWidths = new ArrayList<>();
    private int lookbehindGroups = -1;
    private final LinkedHashMap<Integer, Integer> groupRefPos = new LinkedHashMap<>();
    private int depth;

    private Parser(PatternSource source, int flags) {
        this.source = source;
        this.flags = flags;
        groupWidths.add(null);
    }

    int groups() { return groupWidths.size(); }

    /** Parses a whole pattern; returns the tree. Parser state (flags, groups) stays readable. */
    static Parser parse(int[] pattern, boolean isText, String string, int flags) {
        PatternSource src = new PatternSource(pattern, isText, string);
        Parser p = new Parser(src, flags);
        p.tree = p.parseSub((flags & RegexFlags.VERBOSE) != 0, 0);
        p.flags = fixFlags(isText, p.flags);
        if (src.next != PatternSource.NONE) {
            throw src.error("unbalanced parenthesis", 0);
        }
        for (Map.Entry<Integer, Integer> e : p.groupRefPos.entrySet()) {
            if (e.getKey() >= p.groups()) {
                String msg = "invalid group reference " + e.getKey();
                throw new PatternError(msg, string, !isText, e.getValue());
            }
        }
        return p;
    }

    Seq tree;

    static int fixFlags(boolean isText, int flags) {
        if (isText) {
            if ((flags & RegexFlags.LOCALE) != 0) {
                throw new RegexException(RegexException.Kind.VALUE_ERROR, "cannot use LOCALE flag with a str pattern");
            }
            if ((flags & RegexFlags.ASCII) == 0) {
                flags |= RegexFlags.UNICODE;
            } else if ((flags & RegexFlags.UNICODE) != 0) {
                throw new RegexException(RegexException.Kind.VALUE_ERROR, "ASCII and UNICODE flags are incompatible");
            }
        } else {
            if ((flags & RegexFlags.UNICODE) != 0) {
                throw new RegexException(RegexException.Kind.VALUE_ERROR, "cannot use UNICODE flag with a bytes pattern");
            }
            if ((flags & RegexFlags.LOCALE) != 0 && (flags & RegexFlags.ASCII) != 0) {
                throw new RegexException(RegexException.Kind.VALUE_ERROR, "ASCII and LOCALE flags are incompatible");
            }
        }
        return flags;
    }

    // ---- state helpers ----

    private int openGroup(String name, int nameLen) {
        int gid = groups();
        groupWidths.add(null);
        if (groups() > MAXGROUPS) throw source.error("too many groups", nameLen + 1);
        if (name != null) {
            Integer ogid = groupDict.get(name);
            if (ogid != null) {
                throw source.error("redefinition of group name " + PyText.repr(name) + " as group " + gid
                        + "; was group " + ogid, nameLen + 1);
            }
            groupDict.put(name, gid);
        }
        return gid;
    }

    private boolean checkGroup(long gid) {
        return gid < groups() && groupWidths.get((int) gid) != null;
    }

    private void checkLookbehindGroup(long gid) {
        if (lookbehindGroups >= 0) {
            if (!checkGroup(gid)) throw source.error("cannot refer to an open group", 0);
            if (gid >= lookbehindGroups) {
                throw source.error("cannot refer to group defined in the same lookbehind subpattern", 0);
            }
        }
    }

    // ---- grammar ----

    private Seq parseSub(boolean verbose, int nested) {
        List<Seq> items = new ArrayList<>();
        while (true) {
            items.add(parse(verbose, nested + 1, nested == 0 && items.isEmpty()));
            if (!source.match('|')) break;
            if (nested == 0) verbose = (flags & RegexFlags.VERBOSE) != 0;
        }
        if (items.size() == 1) return items.get(0);

        Seq subpattern = new Seq();
        // Move a prefix common to all alternatives out of the branch.
        while (true) {
            Node prefix = null;
            boolean common = true;
            for (Seq item : items) {
                if (item.isEmpty()) {
                    common = false;
                    break;
                }
                if (prefix == null) prefix = item.get(0);
                else if (!item.get(0).equals(prefix)) {
                    common = false;
                    break;
                }
            }
            if (!common) break;
            for (Seq item : items) item.items.remove(0);
            subpattern.add(prefix);
        }

        // A branch of single characters or sets becomes one set.
        List<SetItem> set = new ArrayList<>();
        boolean allSets = true;
        for (Seq item : items) {
            if (item.size() != 1) {
                allSets = false;
                break;
            }
            Node n = item.get(0);
            if (n instanceof Literal l) set.add(new SetLiteral(l.c()));
            else if (n instanceof In in && !in.negate()) set.addAll(in.items());
            else {
                allSets = false;
                break;
            }
        }
        if (allSets) {
            subpattern.add(new In(false, uniq(set)));
            return subpattern;
        }
        subpattern.add(new Branch(items));
        return subpattern;
    }

    private static List<SetItem> uniq(List<SetItem> items) {
        List<SetItem> out = new ArrayList<>(items.size());
        for (SetItem i : items) if (!out.contains(i)) out.add(i);
        return out;
    }

    private static boolean isWhitespace(int t) {
        return t == ' ' || t == '\t' || t == '\n' || t == '\r' || t == 0x0b || t == '\f';
    }

    private Seq parse(boolean verbose, int nested, boolean first) {
        Seq subpattern = new Seq();
        while (true) {
            int t = source.next;
            if (t == PatternSource.NONE) break;
            if (t == '|' || t == ')') break;
            source.get();
            if (verbose) {
                if (isWhitespace(t)) continue;
                if (t == '#') {
                    while (true) {
                        t = source.get();
                        if (t == PatternSource.NONE || t == '\n') break;
                    }
                    continue;
                }
            }
            if ((t & PatternSource.ESC) != 0) {
                subpattern.add(escape(t));
            } else if (t == '[') {
                parseSet(subpattern);
            } else if (t == '*' || t == '+' || t == '?' || t == '{') {
                if (!parseRepeat(subpattern, t)) continue;
            } else if (t == '.') {
                subpattern.add(new Any());
            } else if (t == '(') {
                parseParen(subpattern, verbose, nested, first);
                if (globalFlagsSeen) {
                    globalFlagsSeen = false;
                    verbose = (flags & RegexFlags.VERBOSE) != 0;
                }
            } else if (t == '^') {
                subpattern.add(new At(AT_BEGINNING));
            } else if (t == '$') {
                subpattern.add(new At(AT_END));
            } else {
                subpattern.add(new Literal(t));
            }
        }
        // Unpack non-capturing groups without flags.
        for (int i = subpattern.size() - 1; i >= 0; i--) {
            if (subpattern.get(i) instanceof Group g && g.group() == 0 && g.addFlags() == 0 && g.delFlags() == 0) {
                subpattern.items.remove(i);
                subpattern.items.addAll(i, g.body().items);
            }
        }
        return subpattern;
    }

    private boolean globalFlagsSeen;

    /** Returns false when the '{' turned out to be a literal (caller continues). */
    private boolean parseRepeat(Seq subpattern, int t) {
        int here = source.tell();
        long min;
        long max;
        if (t == '?') {
            min = 0;
            max = 1;
        } else if (t == '*') {
            min = 0;
            max = MAXREPEAT;
        } else if (t == '+') {
            min = 1;
            max = MAXREPEAT;
        } else {
            if (source.next == '}') {
                subpattern.add(new Literal('{'));
                return false;
            }
            min = 0;
            max = MAXREPEAT;
            StringBuilder lo = new StringBuilder();
            StringBuilder hi = new StringBuilder();
            while (PatternSource.isDigit(source.next)) lo.append((char) source.get());
            if (source.match(',')) {
                while (PatternSource.isDigit(source.next)) hi.append((char) source.get());
            } else {
                hi.append(lo);
            }
            if (!source.match('}')) {
                subpattern.add(new Literal('{'));
                source.seek(here);
                return false;
            }
            if (lo.length() > 0) {
                min = parseCount(lo.toString());
                if (min >= MAXREPEAT) {
                    throw new RegexException(RegexException.Kind.OVERFLOW_ERROR, "the repetition number is too large");
                }
            }
            if (hi.length() > 0) {
                max = parseCount(hi.toString());
                if (max >= MAXREPEAT) {
                    throw new RegexException(RegexException.Kind.OVERFLOW_ERROR, "the repetition number is too large");
                }
                if (max < min) {
                    throw source.error("min repeat greater than max repeat", source.tell() - here);
                }
            }
        }
        Node item = subpattern.isEmpty() ? null : subpattern.get(subpattern.size() - 1);
        if (item == null || item instanceof At) {
            throw source.error("nothing to repeat", source.tell() - here + 1);
        }
        if (item instanceof Repeat) {
            throw source.error("multiple repeat", source.tell() - here + 1);
        }
        Seq body;
        if (item instanceof Group g && g.group() == 0 && g.addFlags() == 0 && g.delFlags() == 0) {
            body = g.body();
        } else {
            body = new Seq();
            body.add(item);
        }
        int kind;
        if (source.match('?')) kind = LAZY;
        else if (source.match('+')) kind = POSSESSIVE;
        else kind = GREEDY;
        subpattern.items.set(subpattern.size() - 1, new Repeat(kind, min, max, body));
        return true;
    }

    /** Decimal digits to a value, saturating at MAXREPEAT. */
    private static long parseCount(String digits) {
        long v = 0;
        for (int i = 0; i < digits.length(); i++) {
            v = v * 10 + (digits.charAt(i) - '0');
            if (v >= MAXREPEAT) return MAXREPEAT;
        }
        return v;
    }

    /** Parses after '('; sets globalFlagsSeen for "(?x)"-style global flags. */
    private boolean parseParen(Seq subpattern, boolean verbose, int nested, boolean first) {
        int start = source.tell() - 1;
        boolean capture = true;
        boolean atomic = false;
        String name = null;
        int addFlags = 0;
        int delFlags = 0;
        if (source.match('?')) {
            int c = source.get();
            if (c == PatternSource.NONE) throw source.error("unexpected end of pattern", 0);
            if (c == 'P') {
                if (source.match('<')) {
                    name = source.getUntil('>', "group name");
                    source.checkGroupName(name, 1);
                } else if (source.match('=')) {
                    name = source.getUntil(')', "group name");
                    source.checkGroupName(name, 1);
                    int nameLen = name.codePointCount(0, name.length());
                    Integer gid = groupDict.get(name);
                    if (gid == null) throw source.error("unknown group name " + PyText.repr(name), nameLen + 1);
                    if (!checkGroup(gid)) throw source.error("cannot refer to an open group", nameLen + 1);
                    checkLookbehindGroup(gid);
                    subpattern.add(new GroupRef(gid));
                    return true;
                } else {
                    int c2 = source.get();
                    if (c2 == PatternSource.NONE) throw source.error("unexpected end of pattern", 0);
                    throw source.error("unknown extension ?P" + PatternSource.tokenText(c2),
                            PatternSource.tokenLength(c2) + 2);
                }
            } else if (c == ':') {
                capture = false;
            } else if (c == '#') {
                while (true) {
                    if (source.next == PatternSource.NONE) {
                        throw source.error("missing ), unterminated comment", source.tell() - start);
                    }
                    if (source.get() == ')') break;
                }
                return true;
            } else if (c == '=' || c == '!' || c == '<') {
                boolean behind = false;
                if (c == '<') {
                    c = source.get();
                    if (c == PatternSource.NONE) throw source.error("unexpected end of pattern", 0);
                    if (c != '=' && c != '!') {
                        throw source.error("unknown extension ?<" + PatternSource.tokenText(c),
                                PatternSource.tokenLength(c) + 2);
                    }
                    behind = true;
                }
                int savedLookbehind = lookbehindGroups;
                if (behind && savedLookbehind < 0) lookbehindGroups = groups();
                enter();
                Seq p = parseSub(verbose, nested + 1);
                depth--;
                if (behind && savedLookbehind < 0) lookbehindGroups = -1;
                if (!source.match(')')) {
                    throw source.error("missing ), unterminated subpattern", source.tell() - start);
                }
                subpattern.add(new Assert(c == '!', behind, p));
                return true;
            } else if (c == '(') {
                parseConditional(subpattern, verbose, nested, start);
                return true;
            } else if (c == '>') {
                capture = false;
                atomic = true;
            } else if (RegexFlags.forLetter(c) != 0 || c == '-') {
                int[] f = parseFlags(c);
                if (f == null) {
                    if (!first || !subpattern.isEmpty()) {
                        throw source.error("global flags not at the start of the expression", source.tell() - start);
                    }
                    globalFlagsSeen = true;
                    return true;
                }
                addFlags = f[0];
                delFlags = f[1];
                capture = false;
            } else {
                throw source.error("unknown extension ?" + PatternSource.tokenText(c), PatternSource.tokenLength(c) + 1);
            }
        }
        int group = 0;
        if (capture) {
            group = openGroup(name, name == null ? 0 : name.codePointCount(0, name.length()));
        }
        boolean subVerbose = (verbose || (addFlags & RegexFlags.VERBOSE) != 0) && (delFlags & RegexFlags.VERBOSE) == 0;
        enter();
        Seq p = parseSub(subVerbose, nested + 1);
        depth--;
        if (!source.match(')')) {
            throw source.error("missing ), unterminated subpattern", source.tell() - start);
        }
        if (group != 0) groupWidths.set(group, p.width(groupWidths));
        if (atomic) subpattern.add(new Atomic(p));
        else subpattern.add(new Group(group, addFlags, delFlags, p));
        return true;
    }

    private void enter() {
        if (++depth > Regex.MAX_NESTING) {
            throw new RegexException(RegexException.Kind.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
    }

    private void parseConditional(Seq subpattern, boolean verbose, int nested, int start) {
        String condname = source.getUntil(')', "group name");
        int nameLen = condname.codePointCount(0, condname.length());
        int condgroup;
        if (!CharKind.isAsciiDecimal(condname)) {
            source.checkGroupName(condname, 1);
            Integer g = groupDict.get(condname);
            if (g == null) throw source.error("unknown group name " + PyText.repr(condname), nameLen + 1);
            condgroup = g;
        } else {
            String digits = stripZeros(condname);
            long v = digits.length() > 12 ? Long.MAX_VALUE : Long.parseLong(digits);
            if (v == 0) throw source.error("bad group number", nameLen + 1);
            if (v >= MAXGROUPS) throw source.error("invalid group reference " + digits, nameLen + 1);
            condgroup = (int) v;
            if (!groupRefPos.containsKey(condgroup)) groupRefPos.put(condgroup, source.tell() - nameLen - 1);
        }
        checkLookbehindGroup(condgroup);
        enter();
        Seq yes = parse(verbose, nested + 1, false);
        Seq no = null;
        if (source.match('|')) {
            no = parse(verbose, nested + 1, false);
            if (source.next == '|') throw source.error("conditional backref with more than two branches", 0);
        }
        depth--;
        if (!source.match(')')) {
            throw source.error("missing ), unterminated subpattern", source.tell() - start);
        }
        subpattern.add(new GroupRefExists(condgroup, yes, no));
    }

    private static String stripZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') i++;
        return digits.substring(i);
    }

    /** _parse_flags: null for global flags "(?x)", else {add, del}. */
    private int[] parseFlags(int c) {
        int add = 0;
        int del = 0;
        if (c != '-') {
            while (true) {
                int flag = RegexFlags.forLetter(c);
                if (source.isText) {
                    if (c == 'L') throw source.error("bad inline flags: cannot use 'L' flag with a str pattern", 0);
                } else {
                    if (c == 'u') throw source.error("bad inline flags: cannot use 'u' flag with a bytes pattern", 0);
                }
                add |= flag;
                if ((flag & RegexFlags.TYPE_FLAGS) != 0 && (add & RegexFlags.TYPE_FLAGS) != flag) {
                    throw source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", 0);
                }
                c = source.get();
                if (c == PatternSource.NONE) throw source.error("missing -, : or )", 0);
                if (c == ')' || c == '-' || c == ':') break;
                if (RegexFlags.forLetter(c) == 0) {
                    String msg = isAlpha(c) ? "unknown flag" : "missing -, : or )";
                    throw source.error(msg, PatternSource.tokenLength(c));
                }
            }
        }
        if (c == ')') {
            flags |= add;
            return null;
        }
        if ((add & RegexFlags.GLOBAL_FLAGS) != 0) {
            throw source.error("bad inline flags: cannot turn on global flag", 1);
        }
        if (c == '-') {
            c = source.get();
            if (c == PatternSource.NONE) throw source.error("missing flag", 0);
            if (RegexFlags.forLetter(c) == 0) {
                String msg = isAlpha(c) ? "unknown flag" : "missing flag";
                throw source.error(msg, PatternSource.tokenLength(c));
            }
            while (true) {
                int flag = RegexFlags.forLetter(c);
                if ((flag & RegexFlags.TYPE_FLAGS) != 0) {
                    throw source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", 0);
                }
                del |= flag;
                c = source.get();
                if (c == PatternSource.NONE) throw source.error("missing :", 0);
                if (c == ':') break;
                if (RegexFlags.forLetter(c) == 0) {
                    String msg = isAlpha(c) ? "unknown flag" : "missing :";
                    throw source.error(msg, PatternSource.tokenLength(c));
                }
            }
        }
        if ((del & RegexFlags.GLOBAL_FLAGS) != 0) {
            throw source.error("bad inline flags: cannot turn off global flag", 1);
        }
        if ((add & del) != 0) {
            throw source.error("bad inline flags: flag turned on and off", 1);
        }
        return new int[] {add, del};
    }

    private static boolean isAlpha(int token) {
        // Bytes patterns are Latin-1 decoded in CPython, so the same str.isalpha() applies.
        if ((token & PatternSource.ESC) != 0) return false;
        return CharKind.uniAlpha(token);
    }

    // ---- character sets ----

    private void parseSet(Seq subpattern) {
        int here = source.tell() - 1;
        boolean negate = source.match('^');
        List<SetItem> set = new ArrayList<>();
        while (true) {
            int t = source.get();
            if (t == PatternSource.NONE) throw source.error("unterminated character set", source.tell() - here);
            if (t == ']' && !set.isEmpty()) break;
            SetItem code1 = (t & PatternSource.ESC) != 0 ? classEscape(t) : new SetLiteral(t);
            if (source.match('-')) {
                int that = source.get();
                if (that == PatternSource.NONE) {
                    throw source.error("unterminated character set", source.tell() - here);
                }
                if (that == ']') {
                    set.add(code1);
                    set.add(new SetLiteral('-'));
                    break;
                }
                SetItem code2 = (that & PatternSource.ESC) != 0 ? classEscape(that) : new SetLiteral(that);
                int off = PatternSource.tokenLength(t) + 1 + PatternSource.tokenLength(that);
                String msg = "bad character range " + PatternSource.tokenText(t) + "-" + PatternSource.tokenText(that);
                if (!(code1 instanceof SetLiteral l1) || !(code2 instanceof SetLiteral l2)) {
                    throw source.error(msg, off);
                }
                if (l2.c() < l1.c()) throw source.error(msg, off);
                set.add(new SetRange(l1.c(), l2.c()));
            } else {
                set.add(code1);
            }
        }
        set = uniq(set);
        if (set.size() == 1 && set.get(0) instanceof SetLiteral l) {
            subpattern.add(negate ? new NotLiteral(l.c()) : new Literal(l.c()));
        } else {
            subpattern.add(new In(negate, set));
        }
    }

    private static final Map<Integer, Integer> SIMPLE_ESCAPES = new HashMap<>();
    static {
        SIMPLE_ESCAPES.put((int) 'a', 7);
        SIMPLE_ESCAPES.put((int) 'b', 8);
        SIMPLE_ESCAPES.put((int) 'f', 12);
        SIMPLE_ESCAPES.put((int) 'n', 10);
        SIMPLE_ESCAPES.put((int) 'r', 13);
        SIMPLE_ESCAPES.put((int) 't', 9);
        SIMPLE_ESCAPES.put((int) 'v', 11);
        SIMPLE_ESCAPES.put((int) '\\', (int) '\\');
    }

    /** Escapes meaning a set category (\d \D \s \S \w \W), or -1. */
    private static int categoryOf(int c) {
        return switch (c) {
            case 'd' -> CAT_DIGIT;
            case 'D' -> CAT_NOT_DIGIT;
            case 's' -> CAT_SPACE;
            case 'S' -> CAT_NOT_SPACE;
            case 'w' -> CAT_WORD;
            case 'W' -> CAT_NOT_WORD;
            default -> -1;
        };
    }

    private static boolean isAsciiLetter(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

    /** _class_escape: an escape inside [...]; returns a literal or a category. */
    private SetItem classEscape(int token) {
        int c = token & ~PatternSource.ESC;
        Integer simple = SIMPLE_ESCAPES.get(c);
        if (simple != null) return new SetLiteral(simple);
        int cat = categoryOf(c);
        if (cat >= 0) return new SetCategory(cat);
        int lit = numericEscape(c, true);
        if (lit >= 0) return new SetLiteral(lit);
        if (c >= '0' && c <= '9') throw badEscape("\\" + (char) c);
        if (isAsciiLetter(c)) throw badEscape("\\" + (char) c);
        return new SetLiteral(c);
    }

    private PatternError badEscape(String escape) {
        return source.error("bad escape " + escape, escape.codePointCount(0, escape.length()));
    }

    /**
     * The hex, 4- and 8-digit unicode, and named escapes and (in sets) octal escapes; returns the code point, or -1 when c
     * does not start such an escape. Errors exactly as CPython.
     */
    private int numericEscape(int c, boolean inSet) {
        if (c == 'x') {
            String h = source.getHex(2);
            if (h.length() != 2) throw source.error("incomplete escape \\x" + h, 2 + h.length());
            return Integer.parseInt(h, 16);
        }
        if (c == 'u' && source.isText) {
            String h = source.getHex(4);
            if (h.length() != 4) throw source.error("incomplete escape \\u" + h, 2 + h.length());
            return Integer.parseInt(h, 16);
        }
        if (c == 'U' && source.isText) {
            String h = source.getHex(8);
            if (h.length() != 8) throw source.error("incomplete escape \\U" + h, 2 + h.length());
            long v = Long.parseLong(h, 16);
            if (v > 0x10ffff) throw badEscape("\\U" + h);
            return (int) v;
        }
        if (c == 'N' && source.isText) {
            if (!source.match('{')) throw source.error("missing {", 0);
            String charname = source.getUntil('}', "character name");
            int cp = UnicodeNames.lookup(charname);
            if (cp < 0) {
                throw source.error("undefined character name " + PyText.repr(charname),
                        charname.codePointCount(0, charname.length()) + 4);
            }
            return cp;
        }
        if (inSet && c >= '0' && c <= '7') {
            String escape = "\\" + (char) c + source.getOct(2);
            int v = Integer.parseInt(escape.substring(1), 8);
            if (v > 0377) {
                throw source.error("octal escape value " + escape + " outside of range 0-0o377", escape.length());
            }
            return v;
        }
        return -1;
    }

    /** _escape: an escape outside sets. */
    private Node escape(int token) {
        int c = token & ~PatternSource.ESC;
        switch (c) {
            case 'A': return new At(AT_BEGINNING_STRING);
            case 'b': return new At(AT_BOUNDARY);
            case 'B': return new At(AT_NON_BOUNDARY);
            case 'Z': return new At(AT_END_STRING);
            default: break;
        }
        int cat = categoryOf(c);
        if (cat >= 0) {
            List<SetItem> items = new ArrayList<>(1);
            items.add(new SetCategory(cat));
            return new In(false, items);
        }
        Integer simple = SIMPLE_ESCAPES.get(c);
        if (simple != null) return new Literal(simple);
        int lit = numericEscape(c, false);
        if (lit >= 0) return new Literal(lit);
        if (c == '0') {
            String escape = "0" + source.getOct(2);
            return new Literal(Integer.parseInt(escape, 8));
        }
        if (c >= '1' && c <= '9') {
            StringBuilder escape = new StringBuilder("\\").append((char) c);
            if (PatternSource.isDigit(source.next)) {
                escape.append((char) source.get());
                if (PatternSource.isOctDigit(escape.charAt(1)) && PatternSource.isOctDigit(escape.charAt(2))
                        && PatternSource.isOctDigit(source.next)) {
                    escape.append((char) source.get());
                    int v = Integer.parseInt(escape.substring(1), 8);
                    if (v > 0377) {
                        throw source.error("octal escape value " + escape + " outside of range 0-0o377",
                                escape.length());
                    }
                    return new Literal(v);
                }
            }
            int group = Integer.parseInt(escape.substring(1));
            if (group < groups()) {
                if (!checkGroup(group)) throw source.error("cannot refer to an open group", escape.length());
                checkLookbehindGroup(group);
                return new GroupRef(group);
            }
            throw source.error("invalid group reference " + group, escape.length() - 1);
        }
        if (isAsciiLetter(c)) throw badEscape("\\" + (char) c);
        return new Literal(c);
    }
}
