package pyjama.python.ast;

/** Operators, with the source text each is spelt with (used in error messages). */
public final class Op {
    private Op() {}

    public enum Bool { AND, OR }

    public enum Bin {
        ADD("+"), SUB("-"), MULT("*"), MATMULT("@"), DIV("/"), MOD("%"), POW("**"),
        LSHIFT("<<"), RSHIFT(">>"), BITOR("|"), BITXOR("^"), BITAND("&"), FLOORDIV("//");

        public final String symbol;
        Bin(String symbol) { this.symbol = symbol; }
    }

    public enum Unary {
        INVERT("~"), NOT("not"), UADD("+"), USUB("-");

        public final String symbol;
        Unary(String symbol) { this.symbol = symbol; }
    }

    public enum Cmp {
        EQ("=="), NOTEQ("!="), LT("<"), LTE("<="), GT(">"), GTE(">="),
        IS("is"), ISNOT("is not"), IN("in"), NOTIN("not in");

        public final String symbol;
        Cmp(String symbol) { this.symbol = symbol; }
    }
}
