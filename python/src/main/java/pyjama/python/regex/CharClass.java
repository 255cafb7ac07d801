package pyjama.python.regex;

import java.util.ArrayList;
import java.util.List;

import pyjama.python.regex.Node.*;
import static pyjama.python.regex.Node.*;

/**
 * A compiled character set ([...], \d, case-insensitive literals with extra case forms), with
 * CPython's _optimize_charset semantics: under IGNORECASE (when the set contains a cased
 * character) the subject character is lowered and tested against the lowered set members.
 * Answers for code points below 256 are precomputed into a bitmap.
 */
final class CharClass {
    static final int LOWER_NONE = 0;
    static final int LOWER_ASCII = 1;
    static final int LOWER_UNICODE = 2;

    // Category evaluation modes.
    static final int CAT_MODE_ASCII = 0;
    static final int CAT_MODE_UNICODE = 1;

    private final boolean negate;
    private final int lowerMode;
    /** Sorted, merged [lo, hi] pairs of set members (after lowering). */
    private final int[] ranges;
    /** Non-BMP literals kept raw, as CPython's charset tail. */
    private final int[] tailLiterals;
    /** Non-BMP ranges; tested also against the uppercase form when upperToo. */
    private final int[] tailRanges;
    private final boolean upperToo;
    private final int[] categories;
    private final int categoryMode;
    private final long[] latin1 = new long[4];

    private CharClass(boolean negate, int lowerMode, int[] ranges, int[] tailLiterals, int[] tailRanges,
                      boolean upperToo, int[] categories, int categoryMode) {
        this.negate = negate;
        this.lowerMode = lowerMode;
        this.ranges = ranges;
        this.tailLiterals = tailLiterals;
        this.tailRanges = tailRanges;
        this.upperToo = upperToo;
        this.categories = categories;
        this.categoryMode = categoryMode;
        for (int c = 0; c < 256; c++) {
            if (slowMatches(c)) latin1[c >> 6] |= 1L << (c & 63);
        }
    }

    boolean matches(int c) {
        if (c < 256 && c >= 0) return (latin1[c >> 6] & (1L << (c & 63))) != 0;
        return slowMatches(c);
    }

    private boolean slowMatches(int c) {
        int x = switch (lowerMode) {
            case LOWER_ASCII -> CharKind.asciiLower(c);
            case LOWER_UNICODE -> CharKind.uniLower(c);
            default -> c;
        };
        return contains(x) != negate;
    }

    private boolean contains(int x) {
        int lo = 0;
        int hi = (ranges.length >> 1) - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (x < ranges[2 * mid]) hi = mid - 1;
            else if (x > ranges[2 * mid + 1]) lo = mid + 1;
            else return true;
        }
        for (int t : tailLiterals) if (t == x) return true;
        for (int i = 0; i < tailRanges.length; i += 2) {
            if (tailRanges[i] <= x && x <= tailRanges[i + 1]) return true;
            if (upperToo) {
                int u = CharKind.uniUpper(x);
                if (tailRanges[i] <= u && u <= tailRanges[i + 1]) return true;
            }
        }
        for (int cat : categories) {
            if (inCategory(cat, x, categoryMode)) return true;
        }
        return false;
    }

    static boolean inCategory(int cat, int c, int mode) {
        boolean uni = mode == CAT_MODE_UNICODE;
        return switch (cat) {
            case CAT_DIGIT -> uni ? CharKind.uniDigit(c) : CharKind.asciiDigit(c);
            case CAT_NOT_DIGIT -> !(uni ? CharKind.uniDigit(c) : CharKind.asciiDigit(c));
            case CAT_SPACE -> uni ? CharKind.uniSpace(c) : CharKind.asciiSpace(c);
            case CAT_NOT_SPACE -> !(uni ? CharKind.uniSpace(c) : CharKind.asciiSpace(c));
            case CAT_WORD -> uni ? CharKind.uniWord(c) : CharKind.asciiWord(c);
            case CAT_NOT_WORD -> !(uni ? CharKind.uniWord(c) : CharKind.asciiWord(c));
            default -> false;
        };
    }

    /**
     * Compiles a set for the given (final, scoped) flags.
     * @param ignoreMode LOWER_NONE without IGNORECASE (or with LOCALE, which we treat as ASCII:
     *                   pass LOWER_ASCII), else LOWER_ASCII / LOWER_UNICODE
     */
    static CharClass compile(boolean negate, List<SetItem> items, int ignoreMode, int categoryMode) {
        List<Integer> tailLit = new ArrayList<>();
        List<Integer> tailRng = new ArrayList<>();
        List<Integer> cats = new ArrayList<>();
        int[] ranges;
        boolean hasCased = false;
        if (ignoreMode == LOWER_NONE) {
            List<int[]> rs = new ArrayList<>();
            for (SetItem it : items) {
                switch (it) {
                    case SetLiteral l -> rs.add(new int[] {l.c(), l.c()});
                    case SetRange r -> rs.add(new int[] {r.lo(), r.hi()});
                    case SetCategory c -> cats.add(c.category());
                }
            }
            ranges = merge(rs);
        } else {
            boolean uni = ignoreMode == LOWER_UNICODE;
            long[] bmp = new long[1024];
            for (SetItem it : items) {
                switch (it) {
                    case SetLiteral l -> {
                        int c = l.c();
                        if (c > 0xffff) {
                            hasCased = true;
                            tailLit.add(c);
                        } else {
                            int lo = uni ? CharKind.uniLower(c) : CharKind.asciiLower(c);
                            addBmp(bmp, lo, uni, tailLit);
                            if (!hasCased && (uni ? CharKind.uniCased(c) : CharKind.asciiCased(c))) hasCased = true;
                        }
                    }
                    case SetRange r -> {
                        int top = Math.min(r.hi(), 0xffff);
                        for (int i = r.lo(); i <= top; i++) {
                            addBmp(bmp, uni ? CharKind.uniLower(i) : CharKind.asciiLower(i), uni, tailLit);
                        }
                        if (r.hi() > 0xffff) {
                            hasCased = true;
                            tailRng.add(r.lo());
                            tailRng.add(r.hi());
                        } else if (!hasCased) {
                            for (int i = r.lo(); i <= r.hi(); i++) {
                                if (uni ? CharKind.uniCased(i) : CharKind.asciiCased(i)) {
                                    hasCased = true;
                                    break;
                                }
                            }
                        }
                    }
                    case SetCategory c -> cats.add(c.category());
                }
            }
            List<int[]> rs = new ArrayList<>();
            int i = 0;
            while (i < 65536) {
                if ((bmp[i >> 6] & (1L << (i & 63))) == 0) {
                    i++;
                    continue;
                }
                int j = i;
                while (j + 1 < 65536 && (bmp[(j + 1) >> 6] & (1L << ((j + 1) & 63))) != 0) j++;
                rs.add(new int[] {i, j});
                i = j + 1;
            }
            ranges = merge(rs);
        }
        int lowerMode = hasCased ? ignoreMode : LOWER_NONE;
        boolean upperToo = ignoreMode != LOWER_NONE;
        return new CharClass(negate, lowerMode, ranges, toArray(tailLit), toArray(tailRng), upperToo,
                toArray(cats), categoryMode);
    }

    private static void addBmp(long[] bmp, int c, boolean uni, List<Integer> overflow) {
        if (c > 0xffff) {
            overflow.add(c);
            return;
        }
        bmp[c >> 6] |= 1L << (c & 63);
        if (uni) {
            int[] extra = CharKind.extraCases(c);
            if (extra != null) for (int e : extra) bmp[e >> 6] |= 1L << (e & 63);
        }
    }

    /** A set of explicit code points (case-insensitive literal with extra case forms). */
    static CharClass ofLowered(boolean negate, int[] members, int categoryMode) {
        List<int[]> rs = new ArrayList<>();
        for (int m : members) rs.add(new int[] {m, m});
        return new CharClass(negate, LOWER_UNICODE, merge(rs), new int[0], new int[0], true, new int[0], categoryMode);
    }

    private static int[] merge(List<int[]> rs) {
        rs.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> out = new ArrayList<>();
        for (int[] r : rs) {
            if (!out.isEmpty() && r[0] <= out.get(out.size() - 1)[1] + 1) {
                int[] last = out.get(out.size() - 1);
                if (r[1] > last[1]) last[1] = r[1];
            } else {
                out.add(new int[] {r[0], r[1]});
            }
        }
        int[] flat = new int[out.size() * 2];
        for (int i = 0; i < out.size(); i++) {
            flat[2 * i] = out.get(i)[0];
            flat[2 * i + 1] = out.get(i)[1];
        }
        return flat;
    }

    private static int[] toArray(List<Integer> l) {
        int[] a = new int[l.size()];
        for (int i = 0; i < a.length; i++) a[i] = l.get(i);
        return a;
    }

    /** The single member if this set is exactly one non-negated code point without lowering. */
    int singleLiteral() {
        if (!negate && lowerMode == LOWER_NONE && ranges.length == 2 && ranges[0] == ranges[1]
                && tailLiterals.length == 0 && tailRanges.length == 0 && categories.length == 0) {
            return ranges[0];
        }
        return -1;
    }
}
