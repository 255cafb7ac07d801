package pyjama.python.regex;

import java.util.ArrayList;
import java.util.List;

import pyjama.python.regex.Node.*;
import static pyjama.python.regex.Node.*;

/**
 * Parse tree to program, following CPython's re._compiler choices (which repeats are
 * single-character, how case-insensitivity is applied, look-behind width checks).
 */
final class Compiler {
    private int[] code = new int[64];
    private int len;
    final List<CharClass> classes = new ArrayList<>();
    private final List<long[]> groupWidths;
    /** First register of loop counters (after capture slots and lastindex). */
    private final int loopRegBase;
    int loopRegs;

    private Compiler(List<long[]> groupWidths, int captureGroups) {
        this.groupWidths = groupWidths;
        this.loopRegBase = 2 * captureGroups + 1;
    }

    static final class Result {
        int[] code;
        CharClass[] classes;
        int registers;
    }

    static Result compile(Seq tree, int flags, List<long[]> groupWidths, int captureGroups) {
        Compiler c = new Compiler(groupWidths, captureGroups);
        c.seq(tree, flags);
        c.emit(Op.MATCH);
        Result r = new Result();
        r.code = java.util.Arrays.copyOf(c.code, c.len);
        r.classes = c.classes.toArray(new CharClass[0]);
        r.registers = c.loopRegBase + c.loopRegs;
        return r;
    }

    private void emit(int v) {
        if (len == code.length) code = java.util.Arrays.copyOf(code, len * 2);
        code[len++] = v;
    }

    private static int combineFlags(int flags, int add, int del) {
        if ((add & RegexFlags.TYPE_FLAGS) != 0) flags &= ~RegexFlags.TYPE_FLAGS;
        return (flags | add) & ~del;
    }

    private static int clampCount(long v) {
        if (v >= Node.MAXREPEAT) return Op.INF;
        return v >= Op.INF ? Op.INF - 1 : (int) v;
    }

    private void seq(Seq s, int flags) {
        for (Node n : s.items) node(n, flags);
    }

    private void node(Node n, int flags) {
        switch (n) {
            case Literal x -> item(n, flags);
            case NotLiteral x -> item(n, flags);
            case Any x -> item(n, flags);
            case In x -> item(n, flags);
            case At at -> {
                emit(Op.AT);
                emit(atKind(at.kind(), flags));
            }
            case Repeat r -> repeat(r, flags);
            case Group g -> {
                if (g.group() != 0) {
                    emit(Op.MARK);
                    emit(2 * (g.group() - 1));
                }
                seq(g.body(), combineFlags(flags, g.addFlags(), g.delFlags()));
                if (g.group() != 0) {
                    emit(Op.MARK);
                    emit(2 * (g.group() - 1) + 1);
                }
            }
            case Atomic a -> {
                emit(Op.ATOMIC_START);
                seq(a.body(), flags);
                emit(Op.ATOMIC_END);
            }
            case Assert a -> {
                long width = 0;
                if (a.behind()) {
                    long[] w = a.body().width(groupWidths);
                    if (w[0] > 0xffffffffL) throw new PatternError("looks too much behind", null, false, -1);
                    if (w[0] != w[1]) throw new PatternError("look-behind requires fixed-width pattern", null, false, -1);
                    width = w[0];
                }
                emit(Op.ASSERT);
                emit(a.negative() ? 1 : 0);
                emit(width > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) width);
                int contAt = len;
                emit(0);
                seq(a.body(), flags);
                emit(Op.ASSERT_END);
                code[contAt] = len;
            }
            case Branch b -> {
                List<Integer> jumps = new ArrayList<>();
                List<Seq> alts = b.alternatives();
                for (int i = 0; i < alts.size(); i++) {
                    int splitAt = -1;
                    if (i < alts.size() - 1) {
                        emit(Op.SPLIT);
                        splitAt = len;
                        emit(0);
                    }
                    seq(alts.get(i), flags);
                    if (i < alts.size() - 1) {
                        emit(Op.JMP);
                        jumps.add(len);
                        emit(0);
                        code[splitAt] = len;
                    }
                }
                for (int j : jumps) code[j] = len;
            }
            case GroupRef r -> {
                int op = Op.GROUPREF;
                if ((flags & RegexFlags.IGNORECASE) != 0) {
                    op = (flags & RegexFlags.LOCALE) == 0 && (flags & RegexFlags.UNICODE) != 0
                            ? Op.GROUPREF_IGN_U : Op.GROUPREF_IGN_A;
                }
                emit(op);
                emit(r.group());
            }
            case GroupRefExists c -> {
                emit(Op.GROUPREF_EXISTS);
                emit(c.group());
                int elseAt = len;
                emit(0);
                seq(c.yes(), flags);
                if (c.no() != null) {
                    emit(Op.JMP);
                    int endAt = len;
                    emit(0);
                    code[elseAt] = len;
                    seq(c.no(), flags);
                    code[endAt] = len;
                } else {
                    code[elseAt] = len;
                }
            }
        }
    }

    private static int atKind(int kind, int flags) {
        boolean multiline = (flags & RegexFlags.MULTILINE) != 0;
        boolean uni = (flags & RegexFlags.UNICODE) != 0 && (flags & RegexFlags.LOCALE) == 0;
        return switch (kind) {
            case AT_BEGINNING -> multiline ? Op.AT_BEGINNING_LINE : Op.AT_BEGINNING;
            case AT_BEGINNING_STRING -> Op.AT_BEGINNING_STRING;
            case AT_END -> multiline ? Op.AT_END_LINE : Op.AT_END;
            case AT_END_STRING -> Op.AT_END_STRING;
            case AT_BOUNDARY -> uni ? Op.AT_BOUNDARY_U : Op.AT_BOUNDARY_A;
            default -> uni ? Op.AT_NON_BOUNDARY_U : Op.AT_NON_BOUNDARY_A;
        };
    }

    private void repeat(Repeat r, int flags) {
        if ((flags & RegexFlags.TEMPLATE) != 0) {
            String name = r.kind() == GREEDY ? "MAX_REPEAT" : r.kind() == LAZY ? "MIN_REPEAT" : "POSSESSIVE_REPEAT";
            throw new PatternError("internal: unsupported template operator " + name, null, false, -1);
        }
        int min = clampCount(r.min());
        int max = clampCount(r.max());
        if (min == Op.INF) min = Op.INF - 1;
        // A single-character body (possibly inside non-capturing groups) repeats without loops.
        Seq body = r.body();
        int bodyFlags = flags;
        while (body.size() == 1 && body.get(0) instanceof Group g && g.group() == 0) {
            bodyFlags = combineFlags(bodyFlags, g.addFlags(), g.delFlags());
            body = g.body();
        }
        if (body.size() == 1 && isUnit(body.get(0))) {
            int[] it = itemCode(body.get(0), bodyFlags);
            emit(Op.REPEAT_ONE);
            emit(r.kind());
            emit(min);
            emit(max);
            emit(it[0]);
            emit(it[1]);
            return;
        }
        int reg = loopRegBase + loopRegs;
        loopRegs += 2;
        emit(Op.LOOP_INIT);
        emit(reg);
        int loopPc = len;
        emit(r.kind() == GREEDY ? Op.LOOP_GREEDY : r.kind() == LAZY ? Op.LOOP_LAZY : Op.POSS_LOOP);
        emit(reg);
        emit(min);
        emit(max);
        int exitAt = len;
        emit(0);
        seq(r.body(), flags);
        if (r.kind() == POSSESSIVE) {
            emit(Op.POSS_END);
            emit(loopPc);
        } else {
            emit(Op.JMP);
            emit(loopPc);
        }
        code[exitAt] = len;
    }

    private static boolean isUnit(Node n) {
        return n instanceof Literal || n instanceof NotLiteral || n instanceof Any || n instanceof In;
    }

    private void item(Node n, int flags) {
        int[] it = itemCode(n, flags);
        emit(it[0]);
        emit(it[1]);
    }

    private static int categoryMode(int flags) {
        return (flags & RegexFlags.UNICODE) != 0 && (flags & RegexFlags.LOCALE) == 0
                ? CharClass.CAT_MODE_UNICODE : CharClass.CAT_MODE_ASCII;
    }

    /** {op, arg} for a single-character node under flags. */
    private int[] itemCode(Node n, int flags) {
        boolean ignore = (flags & RegexFlags.IGNORECASE) != 0;
        boolean locale = (flags & RegexFlags.LOCALE) != 0;
        boolean uni = (flags & RegexFlags.UNICODE) != 0 && !locale;
        switch (n) {
            case Literal l -> {
                return literalCode(l.c(), false, ignore, uni);
            }
            case NotLiteral l -> {
                return literalCode(l.c(), true, ignore, uni);
            }
            case Any a -> {
                return new int[] {(flags & RegexFlags.DOTALL) != 0 ? Op.ANY_ALL : Op.ANY, 0};
            }
            case In in -> {
                int mode = !ignore ? CharClass.LOWER_NONE : uni ? CharClass.LOWER_UNICODE : CharClass.LOWER_ASCII;
                CharClass cc = CharClass.compile(in.negate(), in.items(), mode, categoryMode(flags));
                int single = cc.singleLiteral();
                if (single >= 0) return new int[] {Op.CHAR, single};
                classes.add(cc);
                return new int[] {Op.CLASS, classes.size() - 1};
            }
            default -> throw new IllegalStateException();
        }
    }

    private int[] literalCode(int c, boolean not, boolean ignore, boolean uni) {
        if (!ignore) return new int[] {not ? Op.NOT_CHAR : Op.CHAR, c};
        if (!uni) {
            if (!CharKind.asciiCased(c)) return new int[] {not ? Op.NOT_CHAR : Op.CHAR, c};
            return new int[] {not ? Op.NOT_CHAR_IGN_A : Op.CHAR_IGN_A, CharKind.asciiLower(c)};
        }
        if (!CharKind.uniCased(c)) return new int[] {not ? Op.NOT_CHAR : Op.CHAR, c};
        int lo = CharKind.uniLower(c);
        int[] extra = CharKind.extraCases(lo);
        if (extra == null) return new int[] {not ? Op.NOT_CHAR_IGN_U : Op.CHAR_IGN_U, lo};
        int[] members = new int[extra.length + 1];
        members[0] = lo;
        System.arraycopy(extra, 0, members, 1, extra.length);
        classes.add(CharClass.ofLowered(not, members, CharClass.CAT_MODE_UNICODE));
        return new int[] {Op.CLASS, classes.size() - 1};
    }
}
