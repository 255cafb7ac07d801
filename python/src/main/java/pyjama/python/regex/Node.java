package pyjama.python.regex;

import java.util.ArrayList;
import java.util.List;

/**
 * Parse tree of a pattern, mirroring the (op, argument) tuples of CPython's {@code re._parser}.
 * Sequences are {@link Seq}; everything else is one item of a sequence.
 */
sealed interface Node {

    /** MAXREPEAT in CPython: an unbounded repeat. */
    long MAXREPEAT = 4294967295L;
    /** MAXWIDTH in CPython's getwidth: "infinitely wide". */
    long MAXWIDTH = 1L << 62;

    /** A sequence of items (CPython's SubPattern). */
    final class Seq {
        final List<Node> items;
        private long lo = -1;
        private long hi = -1;

        Seq() { this.items = new ArrayList<>(); }
        Seq(List<Node> items) { this.items = items; }

        int size() { return items.size(); }
        boolean isEmpty() { return items.isEmpty(); }
        Node get(int i) { return items.get(i); }
        void add(Node n) { items.add(n); }

        /** Minimum width in characters (CPython getwidth()[0]); groupWidths gives group refs. */
        long minWidth(List<long[]> groupWidths) { width(groupWidths); return lo; }
        long maxWidth(List<long[]> groupWidths) { width(groupWidths); return hi; }

        /** Computes (lo, hi) like CPython's SubPattern.getwidth, capped at MAXWIDTH. */
        long[] width(List<long[]> groupWidths) {
            if (lo >= 0) return new long[] {lo, hi};
            long l = 0;
            long h = 0;
            for (Node n : items) {
                switch (n) {
                    case Branch b -> {
                        long i = MAXWIDTH;
                        long j = 0;
                        for (Seq alt : b.alternatives()) {
                            long[] w = alt.width(groupWidths);
                            i = Math.min(i, w[0]);
                            j = Math.max(j, w[1]);
                        }
                        l += i;
                        h += j;
                    }
                    case Atomic a -> {
                        long[] w = a.body().width(groupWidths);
                        l += w[0];
                        h += w[1];
                    }
                    case Group g -> {
                        long[] w = g.body().width(groupWidths);
                        l += w[0];
                        h += w[1];
                    }
                    case Repeat r -> {
                        long[] w = r.body().width(groupWidths);
                        l += mulCap(w[0], r.min());
                        if (r.max() == MAXREPEAT && w[1] != 0) h = MAXWIDTH;
                        else h += mulCap(w[1], r.max());
                    }
                    case Literal x -> { l++; h++; }
                    case NotLiteral x -> { l++; h++; }
                    case Any x -> { l++; h++; }
                    case In x -> { l++; h++; }
                    case GroupRef r -> {
                        long[] w = r.group() < groupWidths.size() ? groupWidths.get(r.group()) : null;
                        if (w != null) {
                            l += w[0];
                            h += w[1];
                        }
                    }
                    case GroupRefExists c -> {
                        long[] w = c.yes().width(groupWidths);
                        long i = w[0];
                        long j = w[1];
                        if (c.no() != null) {
                            long[] w2 = c.no().width(groupWidths);
                            i = Math.min(i, w2[0]);
                            j = Math.max(j, w2[1]);
                        } else {
                            i = 0;
                        }
                        l += i;
                        h += j;
                    }
                    case At x -> { }
                    case Assert x -> { }
                }
                if (l > MAXWIDTH) l = MAXWIDTH;
                if (h > MAXWIDTH) h = MAXWIDTH;
            }
            lo = l;
            hi = h;
            return new long[] {lo, hi};
        }

        private static long mulCap(long a, long b) {
            if (a == 0 || b == 0) return 0;
            if (a > MAXWIDTH / b) return MAXWIDTH;
            return a * b;
        }
    }

    /** One member of a character set. */
    sealed interface SetItem {}
    record SetLiteral(int c) implements SetItem {}
    record SetRange(int lo, int hi) implements SetItem {}
    record SetCategory(int category) implements SetItem {}

    // Categories, as in CPython's CATEGORY_* codes.
    int CAT_DIGIT = 0;
    int CAT_NOT_DIGIT = 1;
    int CAT_SPACE = 2;
    int CAT_NOT_SPACE = 3;
    int CAT_WORD = 4;
    int CAT_NOT_WORD = 5;

    // Anchors (AT codes before flag adjustment).
    int AT_BEGINNING = 0;
    int AT_BEGINNING_STRING = 1;
    int AT_BOUNDARY = 2;
    int AT_NON_BOUNDARY = 3;
    int AT_END = 4;
    int AT_END_STRING = 5;

    // Repeat kinds.
    int GREEDY = 0;
    int LAZY = 1;
    int POSSESSIVE = 2;

    record Literal(int c) implements Node {}
    record NotLiteral(int c) implements Node {}
    record Any() implements Node {}
    record In(boolean negate, List<SetItem> items) implements Node {}
    record At(int kind) implements Node {}
    record Repeat(int kind, long min, long max, Seq body) implements Node {}
    /** group == 0 for a non-capturing group with scoped flags. */
    record Group(int group, int addFlags, int delFlags, Seq body) implements Node {}
    record Atomic(Seq body) implements Node {}
    /** behind: lookbehind; negative: (?!...) / (?<!...). */
    record Assert(boolean negative, boolean behind, Seq body) implements Node {}
    record Branch(List<Seq> alternatives) implements Node {}
    record GroupRef(int group) implements Node {}
    /** no may be null. */
    record GroupRefExists(int group, Seq yes, Seq no) implements Node {}
}
