package pyjama.python.regex;

import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * The backtracking matcher. It never recurses: all backtracking state lives in one int stack on
 * the heap. Stack records (header word on top, tag in its low 4 bits):
 * <pre>
 *   UNDO        [old, oldSerial, reg|T]          restore a register
 *   CHOICE      [pos, prevSerial, pc|T]          resume at pc
 *   REP_GREEDY  [minPos, curPos, prevSerial, pc|T]   give back one char of a REPEAT_ONE
 *   REP_LAZY    [curPos, count, prevSerial, pc|T]    take one more char of a REPEAT_ONE
 *   LAZY_LOOP   [pos, prevSerial, pc|T]          run one more iteration of a lazy loop
 *   BARRIER     [savedPos, prevSerial, prevBarrier, extra, kind|T]  atomic / lookaround scope
 * </pre>
 * Registers (capture slots, lastindex, loop counters) are trailed with the "serial" trick: a
 * register is saved at most once per choice-point segment, so loops without choice points do not
 * grow the stack.
 */
final class Machine {
    private static final int T_UNDO = 0;
    private static final int T_CHOICE = 1;
    private static final int T_REP_GREEDY = 2;
    private static final int T_REP_LAZY = 3;
    private static final int T_LAZY_LOOP = 4;
    private static final int T_BARRIER = 5;

    private static final int B_ATOMIC = 0;
    private static final int B_ASSERT_POS = 1;
    private static final int B_ASSERT_NEG = 2;
    private static final int B_POSS_MIN = 3;
    private static final int B_POSS_ITER = 4;

    private static final int POLL_INTERVAL = 1 << 16;

    private final Regex regex;
    private final int[] code;
    private final CharClass[] classes;
    private final int lastIndexReg;

    final int[] text;
    /** Exclusive end of the visible subject (endpos). */
    final int end;
    private final BooleanSupplier interrupt;
    private int budget = POLL_INTERVAL;

    final int[] regs;
    private final int[] regSerial;
    private int[] stack = new int[64];
    private int sp;
    private int curSerial;
    private int nextSerial;
    private int barrierTop;
    private int[] scratch = new int[16];

    private boolean matchAll;
    private boolean mustAdvance;
    int matchStart;
    int matchEnd;

    Machine(Regex regex, int[] text, int end, BooleanSupplier interrupt) {
        this.regex = regex;
        this.code = regex.code;
        this.classes = regex.classes;
        this.lastIndexReg = 2 * regex.groups;
        this.text = text;
        this.end = end;
        this.interrupt = interrupt;
        this.regs = new int[regex.registers];
        this.regSerial = new int[regex.registers];
    }

    /** Anchored attempt at pos (match/fullmatch). */
    boolean matchAt(int pos, boolean all) {
        matchAll = all;
        mustAdvance = false;
        return run(pos);
    }

    /** Anchored attempt at pos that must advance past pos when advance is set (scanner.match). */
    boolean matchAnchored(int pos, boolean advance) {
        matchAll = false;
        mustAdvance = advance;
        return run(pos);
    }

    /**
     * Leftmost match starting at or after pos. With advance, an empty match at pos itself is
     * not accepted (CPython's must_advance after an empty match in finditer/sub/split).
     */
    boolean search(int pos, boolean advance) {
        matchAll = false;
        if (pos > end) return false;
        int[] prefix = regex.prefix;
        int firstOp = regex.firstOp;
        int firstArg = regex.firstArg;
        for (int s = pos; s <= end; s++) {
            if (regex.anchored && s != 0) return false;
            if (prefix != null) {
                s = findPrefix(prefix, s);
                if (s < 0) return false;
            } else if (firstOp != 0) {
                while (s < end && !itemMatches(firstOp, firstArg, text[s])) s++;
                if (s >= end) return false;
            }
            mustAdvance = advance && s == pos;
            if (run(s)) return true;
        }
        return false;
    }

    private int findPrefix(int[] prefix, int from) {
        int c0 = prefix[0];
        int last = end - prefix.length;
        outer:
        for (int s = from; s <= last; s++) {
            if (text[s] != c0) continue;
            for (int k = 1; k < prefix.length; k++) {
                if (text[s + k] != prefix[k]) continue outer;
            }
            return s;
        }
        return -1;
    }

    private void poll() {
        budget = POLL_INTERVAL;
        if (interrupt != null && interrupt.getAsBoolean()) {
            throw new RegexException(RegexException.Kind.INTERRUPTED, "interrupted");
        }
    }

    // ---- stack primitives ----

    private void ensure(int n) {
        if (sp + n <= stack.length) return;
        long want = Math.max((long) stack.length * 2, (long) sp + n);
        long limit = Regex.maxBacktrackInts;
        if (want > limit) want = limit;
        if (want < (long) sp + n) {
            throw new RegexException(RegexException.Kind.MEMORY_ERROR, "");
        }
        stack = Arrays.copyOf(stack, (int) want);
    }

    private void setReg(int r, int v) {
        if (regSerial[r] != curSerial) {
            ensure(3);
            stack[sp] = regs[r];
            stack[sp + 1] = regSerial[r];
            stack[sp + 2] = (r << 4) | T_UNDO;
            sp += 3;
            regSerial[r] = curSerial;
        }
        regs[r] = v;
    }

    private void pushChoice(int pc, int pos) {
        ensure(3);
        stack[sp] = pos;
        stack[sp + 1] = curSerial;
        stack[sp + 2] = (pc << 4) | T_CHOICE;
        sp += 3;
        curSerial = nextSerial++;
    }

    private void pushBarrier(int kind, int savedPos, int extra) {
        ensure(5);
        stack[sp] = savedPos;
        stack[sp + 1] = curSerial;
        stack[sp + 2] = barrierTop;
        stack[sp + 3] = extra;
        stack[sp + 4] = (kind << 4) | T_BARRIER;
        sp += 5;
        barrierTop = sp;
        curSerial = nextSerial++;
    }

    private static int recordSize(int tag) {
        return switch (tag) {
            case T_UNDO, T_CHOICE, T_LAZY_LOOP -> 3;
            case T_REP_GREEDY, T_REP_LAZY -> 4;
            default -> 5;
        };
    }

    /**
     * Commits the scope of the top barrier: drops it and every choice point above it, keeping the
     * register undo records (they now belong to the enclosing segment).
     */
    private void cut() {
        int b = barrierTop;
        int prevSerial = stack[b - 4];
        int prevBarrier = stack[b - 3];
        int n = 0;
        int i = sp;
        while (i > b) {
            int tag = stack[i - 1] & 15;
            int size = recordSize(tag);
            if (tag == T_UNDO) {
                if (n == scratch.length) scratch = Arrays.copyOf(scratch, n * 2);
                scratch[n++] = i - 3;
            }
            i -= size;
        }
        int dst = b - 5;
        for (int k = n - 1; k >= 0; k--) {
            int src = scratch[k];
            int hdr = stack[src + 2];
            stack[dst] = stack[src];
            stack[dst + 1] = stack[src + 1];
            stack[dst + 2] = hdr;
            regSerial[hdr >>> 4] = prevSerial;
            dst += 3;
        }
        sp = dst;
        curSerial = prevSerial;
        barrierTop = prevBarrier;
    }

    /** Abandons the scope of the top barrier, restoring registers, and removes the barrier. */
    private void undoToBarrier() {
        int b = barrierTop;
        while (sp > b) {
            int hdr = stack[sp - 1];
            int tag = hdr & 15;
            if (tag == T_UNDO) {
                int r = hdr >>> 4;
                regs[r] = stack[sp - 3];
                regSerial[r] = stack[sp - 2];
            }
            sp -= recordSize(tag);
        }
        curSerial = stack[b - 4];
        barrierTop = stack[b - 3];
        sp = b - 5;
    }

    // ---- character tests ----

    private boolean itemMatches(int op, int arg, int ch) {
        return switch (op) {
            case Op.CHAR -> ch == arg;
            case Op.NOT_CHAR -> ch != arg;
            case Op.CHAR_IGN_A -> CharKind.asciiLower(ch) == arg;
            case Op.NOT_CHAR_IGN_A -> CharKind.asciiLower(ch) != arg;
            case Op.CHAR_IGN_U -> CharKind.uniLower(ch) == arg;
            case Op.NOT_CHAR_IGN_U -> CharKind.uniLower(ch) != arg;
            case Op.ANY -> ch != '\n';
            case Op.ANY_ALL -> true;
            case Op.CLASS -> classes[arg].matches(ch);
            default -> false;
        };
    }

    /** How many consecutive items match from pos, at most limit. */
    private int countItems(int op, int arg, int pos, int limit) {
        int[] t = text;
        int i = pos;
        int stop = pos + limit;
        switch (op) {
            case Op.ANY_ALL:
                return limit;
            case Op.ANY:
                while (i < stop && t[i] != '\n') i++;
                return i - pos;
            case Op.CHAR:
                while (i < stop && t[i] == arg) i++;
                return i - pos;
            case Op.NOT_CHAR:
                while (i < stop && t[i] != arg) i++;
                return i - pos;
            case Op.CLASS: {
                CharClass cc = classes[arg];
                while (i < stop && cc.matches(t[i])) i++;
                return i - pos;
            }
            default:
                while (i < stop && itemMatches(op, arg, t[i])) i++;
                return i - pos;
        }
    }

    private boolean isWord(int ch, boolean uni) {
        return uni ? CharKind.uniWord(ch) : CharKind.asciiWord(ch);
    }

    private boolean atMatches(int kind, int pos) {
        int[] t = text;
        switch (kind) {
            case Op.AT_BEGINNING:
            case Op.AT_BEGINNING_STRING:
                return pos == 0;
            case Op.AT_BEGINNING_LINE:
                return pos == 0 || (pos - 1 < t.length && t[pos - 1] == '\n');
            case Op.AT_END:
                return pos == end || (pos + 1 == end && t[pos] == '\n');
            case Op.AT_END_LINE:
                return pos == end || (pos < t.length && t[pos] == '\n');
            case Op.AT_END_STRING:
                return pos == end;
            default: {
                if (end == 0) return false;
                boolean uni = kind == Op.AT_BOUNDARY_U || kind == Op.AT_NON_BOUNDARY_U;
                boolean that = pos > 0 && pos - 1 < t.length && isWord(t[pos - 1], uni);
                boolean here = pos < end && isWord(t[pos], uni);
                boolean boundary = kind == Op.AT_BOUNDARY_A || kind == Op.AT_BOUNDARY_U;
                return boundary ? here != that : here == that;
            }
        }
    }

    private boolean groupMatched(int g) {
        int s = regs[2 * (g - 1)];
        int e = regs[2 * (g - 1) + 1];
        return s >= 0 && e >= 0 && e >= s;
    }

    // ---- the interpreter loop ----

    private boolean run(int start) {
        Arrays.fill(regs, -1);
        Arrays.fill(regSerial, 0);
        sp = 0;
        curSerial = 0;
        nextSerial = 1;
        barrierTop = 0;
        matchStart = start;
        final int[] code = this.code;
        final int[] t = this.text;
        final int end = this.end;
        int pc = 0;
        int pos = start;
        main:
        for (;;) {
            if (--budget < 0) poll();
            fail:
            {
                switch (code[pc]) {
                    case Op.CHAR:
                        if (pos < end && t[pos] == code[pc + 1]) {
                            pos++;
                            pc += 2;
                            continue main;
                        }
                        break fail;
                    case Op.CLASS:
                        if (pos < end && classes[code[pc + 1]].matches(t[pos])) {
                            pos++;
                            pc += 2;
                            continue main;
                        }
                        break fail;
                    case Op.NOT_CHAR:
                    case Op.CHAR_IGN_A:
                    case Op.NOT_CHAR_IGN_A:
                    case Op.CHAR_IGN_U:
                    case Op.NOT_CHAR_IGN_U:
                    case Op.ANY:
                    case Op.ANY_ALL:
                        if (pos < end && itemMatches(code[pc], code[pc + 1], t[pos])) {
                            pos++;
                            pc += 2;
                            continue main;
                        }
                        break fail;
                    case Op.AT:
                        if (atMatches(code[pc + 1], pos)) {
                            pc += 2;
                            continue main;
                        }
                        break fail;
                    case Op.MARK: {
                        int slot = code[pc + 1];
                        setReg(slot, pos);
                        if ((slot & 1) != 0) setReg(lastIndexReg, (slot >> 1) + 1);
                        pc += 2;
                        continue main;
                    }
                    case Op.GROUPREF:
                    case Op.GROUPREF_IGN_A:
                    case Op.GROUPREF_IGN_U: {
                        int op = code[pc];
                        int g = code[pc + 1];
                        if (!groupMatched(g)) break fail;
                        int p = regs[2 * (g - 1)];
                        int e = regs[2 * (g - 1) + 1];
                        int q = pos;
                        while (p < e) {
                            if (q >= end) break fail;
                            int a = t[p];
                            int b = t[q];
                            if (op == Op.GROUPREF_IGN_A) {
                                a = CharKind.asciiLower(a);
                                b = CharKind.asciiLower(b);
                            } else if (op == Op.GROUPREF_IGN_U) {
                                a = CharKind.uniLower(a);
                                b = CharKind.uniLower(b);
                            }
                            if (a != b) break fail;
                            p++;
                            q++;
                        }
                        pos = q;
                        pc += 2;
                        continue main;
                    }
                    case Op.GROUPREF_EXISTS:
                        pc = groupMatched(code[pc + 1]) ? pc + 3 : code[pc + 2];
                        continue main;
                    case Op.JMP:
                        pc = code[pc + 1];
                        continue main;
                    case Op.SPLIT:
                        pushChoice(code[pc + 1], pos);
                        pc += 2;
                        continue main;
                    case Op.REPEAT_ONE: {
                        int kind = code[pc + 1];
                        int min = code[pc + 2];
                        int max = code[pc + 3];
                        int iop = code[pc + 4];
                        int iarg = code[pc + 5];
                        int avail = end - pos;
                        // CPython fails a single-character repeat outright when fewer than min
                        // characters remain, even for min 0 when pos is past endpos.
                        if (avail < min) break fail;
                        if (kind == Node.LAZY) {
                            int want = min < avail ? min : avail;
                            int n = countItems(iop, iarg, pos, want);
                            if (n < min) break fail;
                            pos += n;
                            if (max != min) {
                                ensure(4);
                                stack[sp] = pos;
                                stack[sp + 1] = n;
                                stack[sp + 2] = curSerial;
                                stack[sp + 3] = (pc << 4) | T_REP_LAZY;
                                sp += 4;
                                curSerial = nextSerial++;
                            }
                            pc += Op.REPEAT_ONE_LEN;
                            continue main;
                        }
                        int limit = (max == Op.INF || max > avail) ? avail : max;
                        int n = countItems(iop, iarg, pos, limit);
                        if (n < min) break fail;
                        if (kind == Node.POSSESSIVE || n == min) {
                            pos += n;
                            pc += Op.REPEAT_ONE_LEN;
                            continue main;
                        }
                        int minPos = pos + min;
                        int p = pos + n;
                        int next = pc + Op.REPEAT_ONE_LEN;
                        if (code[next] == Op.CHAR) {
                            int c = code[next + 1];
                            while (p >= minPos && (p >= end || t[p] != c)) p--;
                            if (p < minPos) break fail;
                        }
                        if (p > minPos) {
                            ensure(4);
                            stack[sp] = minPos;
                            stack[sp + 1] = p;
                            stack[sp + 2] = curSerial;
                            stack[sp + 3] = (pc << 4) | T_REP_GREEDY;
                            sp += 4;
                            curSerial = nextSerial++;
                        }
                        pos = p;
                        pc = next;
                        continue main;
                    }
                    case Op.LOOP_INIT: {
                        int r = code[pc + 1];
                        setReg(r, 0);
                        setReg(r + 1, -1);
                        pc += 2;
                        continue main;
                    }
                    case Op.LOOP_GREEDY: {
                        int r = code[pc + 1];
                        int c = regs[r];
                        int max = code[pc + 3];
                        if (c < code[pc + 2]) {
                            setReg(r, c + 1);
                            pc += Op.LOOP_LEN;
                        } else if ((max == Op.INF || c < max) && pos != regs[r + 1]) {
                            pushChoice(code[pc + 4], pos);
                            setReg(r, c + 1);
                            setReg(r + 1, pos);
                            pc += Op.LOOP_LEN;
                        } else {
                            pc = code[pc + 4];
                        }
                        continue main;
                    }
                    case Op.LOOP_LAZY: {
                        int r = code[pc + 1];
                        int c = regs[r];
                        int max = code[pc + 3];
                        if (c < code[pc + 2]) {
                            setReg(r, c + 1);
                            pc += Op.LOOP_LEN;
                            continue main;
                        }
                        if (!((max != Op.INF && c >= max) || pos == regs[r + 1])) {
                            ensure(3);
                            stack[sp] = pos;
                            stack[sp + 1] = curSerial;
                            stack[sp + 2] = (pc << 4) | T_LAZY_LOOP;
                            sp += 3;
                            curSerial = nextSerial++;
                        }
                        pc = code[pc + 4];
                        continue main;
                    }
                    case Op.POSS_LOOP: {
                        int r = code[pc + 1];
                        int c = regs[r];
                        int max = code[pc + 3];
                        if (c < code[pc + 2]) {
                            pushBarrier(B_POSS_MIN, pos, 0);
                            pc += Op.LOOP_LEN;
                        } else if (max == Op.INF || c < max) {
                            pushBarrier(B_POSS_ITER, pos, code[pc + 4]);
                            pc += Op.LOOP_LEN;
                        } else {
                            pc = code[pc + 4];
                        }
                        continue main;
                    }
                    case Op.POSS_END: {
                        int loopPc = code[pc + 1];
                        int b = barrierTop;
                        int kind = stack[b - 1] >>> 4;
                        int saved = stack[b - 5];
                        cut();
                        int r = code[loopPc + 1];
                        setReg(r, regs[r] + 1);
                        pc = (kind == B_POSS_ITER && pos == saved) ? code[loopPc + 4] : loopPc;
                        continue main;
                    }
                    case Op.ATOMIC_START:
                        pushBarrier(B_ATOMIC, pos, 0);
                        pc += 1;
                        continue main;
                    case Op.ATOMIC_END:
                        cut();
                        pc += 1;
                        continue main;
                    case Op.ASSERT: {
                        boolean negative = code[pc + 1] != 0;
                        int width = code[pc + 2];
                        if (pos < width) {
                            if (negative) {
                                pc = code[pc + 3];
                                continue main;
                            }
                            break fail;
                        }
                        pushBarrier(negative ? B_ASSERT_NEG : B_ASSERT_POS, pos, code[pc + 3]);
                        pos -= width;
                        pc += 4;
                        continue main;
                    }
                    case Op.ASSERT_END: {
                        int b = barrierTop;
                        int kind = stack[b - 1] >>> 4;
                        if (kind == B_ASSERT_POS) {
                            pos = stack[b - 5];
                            pc = stack[b - 2];
                            cut();
                            continue main;
                        }
                        undoToBarrier();
                        break fail;
                    }
                    case Op.MATCH:
                        if (matchAll && pos != end) break fail;
                        if (mustAdvance && pos == start) break fail;
                        matchEnd = pos;
                        return true;
                    default:
                        throw new IllegalStateException("bad opcode");
                }
            }
            // Backtrack: unwind to the most recent choice point that can still resume.
            for (;;) {
                if (sp == 0) return false;
                int hdr = stack[sp - 1];
                switch (hdr & 15) {
                    case T_UNDO: {
                        int r = hdr >>> 4;
                        regs[r] = stack[sp - 3];
                        regSerial[r] = stack[sp - 2];
                        sp -= 3;
                        continue;
                    }
                    case T_CHOICE:
                        pc = hdr >>> 4;
                        pos = stack[sp - 3];
                        curSerial = stack[sp - 2];
                        sp -= 3;
                        continue main;
                    case T_REP_GREEDY: {
                        int rpc = hdr >>> 4;
                        int minPos = stack[sp - 4];
                        int p = stack[sp - 3] - 1;
                        int next = rpc + Op.REPEAT_ONE_LEN;
                        if (code[next] == Op.CHAR) {
                            int c = code[next + 1];
                            while (p >= minPos && (p >= end || t[p] != c)) p--;
                        }
                        if (p < minPos) {
                            curSerial = stack[sp - 2];
                            sp -= 4;
                            continue;
                        }
                        if (p == minPos) {
                            curSerial = stack[sp - 2];
                            sp -= 4;
                        } else {
                            stack[sp - 3] = p;
                            curSerial = nextSerial++;
                        }
                        pos = p;
                        pc = next;
                        continue main;
                    }
                    case T_REP_LAZY: {
                        int rpc = hdr >>> 4;
                        int cur = stack[sp - 4];
                        int count = stack[sp - 3];
                        int max = code[rpc + 3];
                        if ((max == Op.INF || count < max) && cur < end
                                && itemMatches(code[rpc + 4], code[rpc + 5], t[cur])) {
                            cur++;
                            count++;
                            stack[sp - 4] = cur;
                            stack[sp - 3] = count;
                            curSerial = nextSerial++;
                            pos = cur;
                            pc = rpc + Op.REPEAT_ONE_LEN;
                            continue main;
                        }
                        curSerial = stack[sp - 2];
                        sp -= 4;
                        continue;
                    }
                    case T_LAZY_LOOP: {
                        int lpc = hdr >>> 4;
                        pos = stack[sp - 3];
                        curSerial = stack[sp - 2];
                        sp -= 3;
                        int r = code[lpc + 1];
                        setReg(r, regs[r] + 1);
                        setReg(r + 1, pos);
                        pc = lpc + Op.LOOP_LEN;
                        continue main;
                    }
                    default: {
                        int kind = hdr >>> 4;
                        int saved = stack[sp - 5];
                        curSerial = stack[sp - 4];
                        barrierTop = stack[sp - 3];
                        int extra = stack[sp - 2];
                        sp -= 5;
                        if (kind == B_ASSERT_NEG || kind == B_POSS_ITER) {
                            pos = saved;
                            pc = extra;
                            continue main;
                        }
                        continue;
                    }
                }
            }
        }
    }
}
