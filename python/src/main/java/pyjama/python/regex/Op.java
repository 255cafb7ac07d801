package pyjama.python.regex;

/**
 * Instruction set of the compiled program (an int[]). Operand layouts are given per opcode;
 * "item" opcodes test one character and advance by one.
 */
final class Op {
    private Op() {}

    // Single-character items: op arg
    static final int CHAR = 1;
    static final int NOT_CHAR = 2;
    /** ASCII-lowered character equals arg. */
    static final int CHAR_IGN_A = 3;
    static final int NOT_CHAR_IGN_A = 4;
    /** Unicode simple-lowered character equals arg. */
    static final int CHAR_IGN_U = 5;
    static final int NOT_CHAR_IGN_U = 6;
    /** Any character but '\n': op 0 */
    static final int ANY = 7;
    static final int ANY_ALL = 8;
    /** op classIndex */
    static final int CLASS = 9;

    /** op kind */
    static final int AT = 10;
    /** op slot: records the position in capture register slot; odd slots close a group. */
    static final int MARK = 11;
    /** op group */
    static final int GROUPREF = 12;
    static final int GROUPREF_IGN_A = 13;
    static final int GROUPREF_IGN_U = 14;
    /** op group elsePc */
    static final int GROUPREF_EXISTS = 15;
    /** op target */
    static final int JMP = 16;
    /** op alternative: continue with the next instruction, backtrack to alternative. */
    static final int SPLIT = 17;
    /** op kind min max itemOp itemArg: repeat of a single-character item. */
    static final int REPEAT_ONE = 18;
    /** op reg: count = 0, last = -1 for the loop whose registers start at reg. */
    static final int LOOP_INIT = 19;
    /** op reg min max exit; the body follows and ends with JMP back to this instruction. */
    static final int LOOP_GREEDY = 20;
    static final int LOOP_LAZY = 21;
    /** op reg min max exit; the body follows and ends with POSS_END. */
    static final int POSS_LOOP = 22;
    /** op loopPc */
    static final int POSS_END = 23;
    static final int ATOMIC_START = 24;
    static final int ATOMIC_END = 25;
    /** op negative width cont; the body follows and ends with ASSERT_END. */
    static final int ASSERT = 26;
    static final int ASSERT_END = 27;
    static final int MATCH = 28;

    static final int REPEAT_ONE_LEN = 6;
    static final int LOOP_LEN = 5;

    /** Repeat bounds: INF is an unbounded maximum. */
    static final int INF = Integer.MAX_VALUE;

    // AT kinds (after flag resolution)
    static final int AT_BEGINNING = 0;
    static final int AT_BEGINNING_LINE = 1;
    static final int AT_BEGINNING_STRING = 2;
    static final int AT_END = 3;
    static final int AT_END_LINE = 4;
    static final int AT_END_STRING = 5;
    static final int AT_BOUNDARY_A = 6;
    static final int AT_NON_BOUNDARY_A = 7;
    static final int AT_BOUNDARY_U = 8;
    static final int AT_NON_BOUNDARY_U = 9;

    static boolean isItem(int op) { return op >= CHAR && op <= CLASS; }
}
