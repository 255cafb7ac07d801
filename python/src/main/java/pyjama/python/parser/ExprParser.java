package pyjama.python.parser;

import java.util.ArrayList;
import java.util.List;

import pyjama.python.ast.Const;
import pyjama.python.ast.Ctx;
import pyjama.python.ast.Expr;
import pyjama.python.ast.Node;
import pyjama.python.ast.Op;
import pyjama.python.ast.Pos;

/**
 * Expressions, following CPython 3.12's PEG grammar rule for rule. Operator chains (binary
 * operators, unary prefixes, {@code **}, {@code not}) are parsed with loops, never by
 * recursion per operator, so a 100k-long chain cannot overflow the Java stack; real nesting
 * (brackets, lambda, conditional expressions) is bounded by {@link #MAX_DEPTH}.
 */
abstract class ExprParser extends TokenStream {
    /** Nesting bound for recursive expression forms (brackets are also limited to 200 by the tokenizer). */
    static final int MAX_DEPTH = 1000;
    int depth;
    /** How many brackets enclose the current point: "Perhaps you forgot a comma?" applies only inside. */
    int bracketLevel;

    ExprParser(Tokenizer tokenizer, List<Token> toks) {
        super(tokenizer, toks);
    }

    final void enter() {
        if (++depth > MAX_DEPTH) {
            Token t = peek();
            throw error(PySyntaxError.Kind.SYNTAX, "too many nested parentheses", t.line(), t.col() + 1, t.line(),
                    t.col() + 1);
        }
    }

    final void leave() {
        depth--;
    }

    // ------------------------------------------------------------------ starts

    /** Whether t can begin an expression (used for lookahead decisions and error recovery). */
    static boolean startsExpression(Token t) {
        return switch (t.kind()) {
            case NAME -> !KEYWORDS.contains(t.text()) || switch (t.text()) {
                case "True", "False", "None", "not", "lambda", "await" -> true;
                default -> false;
            };
            case NUMBER, STRING, FSTRING_START -> true;
            case OP -> switch (t.text()) {
                case "(", "[", "{", "-", "+", "~", "..." -> true;
                default -> false;
            };
            default -> false;
        };
    }

    // ------------------------------------------------------------------ top-level forms

    /** star_expressions: a bare tuple if there is a comma. */
    final Expr starExpressions() {
        Token start = peek();
        Expr first = starExpression();
        if (!atOp(",")) return first;
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (acceptOp(",")) {
            if (!startsExpression(peek()) && !atOp("*")) break;
            elts.add(starExpression());
        }
        return new Expr.Tuple(from(start), elts, Ctx.LOAD);
    }

    final Expr starExpression() {
        if (atOp("*")) {
            Token star = next();
            Expr v = bitwiseOr();
            return new Expr.Starred(from(star), v, Ctx.LOAD);
        }
        return expression();
    }

    /** star_named_expression: {@code *x} or a named expression. */
    final Expr starNamedExpression() {
        if (atOp("*")) {
            Token star = next();
            Expr v = bitwiseOr();
            return new Expr.Starred(from(star), v, Ctx.LOAD);
        }
        return namedExpression();
    }

    /** expressions: expression (',' expression)* [','] */
    final Expr expressions() {
        Token start = peek();
        Expr first = expression();
        if (!atOp(",")) return first;
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (acceptOp(",")) {
            if (!startsExpression(peek())) break;
            elts.add(expression());
        }
        return new Expr.Tuple(from(start), elts, Ctx.LOAD);
    }

    final Expr namedExpression() {
        Token t = peek();
        if (t.kind() == Token.Kind.NAME && !KEYWORDS.contains(t.text()) && peek(1).isOp(":=")) {
            next();
            next();
            Expr value = expression();
            return new Expr.NamedExpr(from(t), new Expr.Name(pos(t), t.text(), Ctx.STORE), value);
        }
        Expr e = expression();
        if (atOp(":=")) {
            throw errorAt("cannot use assignment expressions with " + Targets.describe(e), e.pos());
        }
        return e;
    }

    final Expr expression() {
        enter();
        try {
            if (atKw("lambda")) return lambdef();
            Token start = peek();
            Expr body = disjunction();
            if (atKw("if")) {
                next();
                Expr test = disjunction();
                if (!atKw("else")) {
                    if (!atOp(":")) throw errorAt("expected 'else' after 'if' expression", body.pos(), test.pos());
                    throw invalidSyntax();
                }
                next();
                Expr orelse = expression();
                return new Expr.IfExp(from(start), test, body, orelse);
            }
            return body;
        } finally {
            leave();
        }
    }

    final Expr yieldExpr() {
        Token y = expectKw("yield");
        if (acceptKw("from")) {
            Expr v = expression();
            return new Expr.YieldFrom(from(y), v);
        }
        if (startsExpression(peek()) || atOp("*")) {
            Expr v = starExpressions();
            return new Expr.Yield(from(y), v);
        }
        return new Expr.Yield(pos(y), null);
    }

    // ------------------------------------------------------------------ boolean and comparison

    final Expr disjunction() {
        Token start = peek();
        Expr first = conjunction();
        if (!atKw("or")) return first;
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (acceptKw("or")) values.add(conjunction());
        return new Expr.BoolOp(from(start), Op.Bool.OR, values);
    }

    final Expr conjunction() {
        Token start = peek();
        Expr first = inversion();
        if (!atKw("and")) return first;
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (acceptKw("and")) values.add(inversion());
        return new Expr.BoolOp(from(start), Op.Bool.AND, values);
    }

    final Expr inversion() {
        List<Token> nots = null;
        while (atKw("not")) {
            if (nots == null) nots = new ArrayList<>();
            nots.add(next());
        }
        Expr e = comparison();
        if (nots != null) {
            for (int i = nots.size() - 1; i >= 0; i--) {
                e = new Expr.UnaryOp(from(nots.get(i)), Op.Unary.NOT, e);
            }
        }
        return e;
    }

    final Expr comparison() {
        Token start = peek();
        Expr left = bitwiseOr();
        List<Op.Cmp> ops = null;
        List<Expr> comparators = null;
        while (true) {
            Op.Cmp op = compareOp();
            if (op == null) break;
            if (ops == null) { ops = new ArrayList<>(); comparators = new ArrayList<>(); }
            ops.add(op);
            comparators.add(bitwiseOr());
        }
        if (ops == null) return left;
        return new Expr.Compare(from(start), left, ops,
                comparators);
    }

    /** Consumes a comparison operator, or returns null. */
    private Op.Cmp compareOp() {
        Token t = peek();
        if (t.kind() == Token.Kind.OP) {
            Op.Cmp op = switch (t.text()) {
                case "==" -> Op.Cmp.EQ;
                case "!=" -> Op.Cmp.NOTEQ;
                case "<" -> Op.Cmp.LT;
                case "<=" -> Op.Cmp.LTE;
                case ">" -> Op.Cmp.GT;
                case ">=" -> Op.Cmp.GTE;
                default -> null;
            };
            if (op != null) next();
            return op;
        }
        if (t.isName("in")) { next(); return Op.Cmp.IN; }
        if (t.isName("is")) {
            next();
            if (acceptKw("not")) return Op.Cmp.ISNOT;
            return Op.Cmp.IS;
        }
        if (t.isName("not") && peek(1).isName("in")) {
            next();
            next();
            return Op.Cmp.NOTIN;
        }
        return null;
    }

    // ------------------------------------------------------------------ binary operators

    private static Op.Bin binOp(Token t) {
        if (t.kind() != Token.Kind.OP) return null;
        return switch (t.text()) {
            case "|" -> Op.Bin.BITOR;
            case "^" -> Op.Bin.BITXOR;
            case "&" -> Op.Bin.BITAND;
            case "<<" -> Op.Bin.LSHIFT;
            case ">>" -> Op.Bin.RSHIFT;
            case "+" -> Op.Bin.ADD;
            case "-" -> Op.Bin.SUB;
            case "*" -> Op.Bin.MULT;
            case "/" -> Op.Bin.DIV;
            case "//" -> Op.Bin.FLOORDIV;
            case "%" -> Op.Bin.MOD;
            case "@" -> Op.Bin.MATMULT;
            default -> null;
        };
    }

    private static int precedence(Op.Bin op) {
        return switch (op) {
            case BITOR -> 1;
            case BITXOR -> 2;
            case BITAND -> 3;
            case LSHIFT, RSHIFT -> 4;
            case ADD, SUB -> 5;
            default -> 6;
        };
    }

    /** bitwise_or and everything down to term: precedence climbing with explicit stacks, all left-associative. */
    final Expr bitwiseOr() {
        Token firstStart = peek();
        Expr first = factor();
        Op.Bin op = binOp(peek());
        if (op == null) return first;
        List<Expr> operands = new ArrayList<>();
        List<Token> starts = new ArrayList<>();
        List<Op.Bin> ops = new ArrayList<>();
        operands.add(first);
        starts.add(firstStart);
        while (op != null) {
            int prec = precedence(op);
            while (!ops.isEmpty() && precedence(ops.get(ops.size() - 1)) >= prec) reduce(operands, starts, ops);
            next();
            ops.add(op);
            starts.add(peek());
            operands.add(factor());
            op = binOp(peek());
        }
        while (!ops.isEmpty()) reduce(operands, starts, ops);
        return operands.get(0);
    }

    /** The right operand is always the latest parsed, so the node ends at the last token consumed. */
    private void reduce(List<Expr> operands, List<Token> starts, List<Op.Bin> ops) {
        Expr right = operands.remove(operands.size() - 1);
        starts.remove(starts.size() - 1);
        Expr left = operands.remove(operands.size() - 1);
        Op.Bin op = ops.remove(ops.size() - 1);
        operands.add(new Expr.BinOp(from(starts.get(starts.size() - 1)), left, op, right));
    }

    /**
     * factor: unary prefixes, then power ({@code **} is right-associative and binds its right
     * operand as a factor). Collected iteratively: f_i = prefixes_i (base_i ** f_{i+1}).
     */
    final Expr factor() {
        List<List<Token>> prefixes = new ArrayList<>();
        List<Expr> bases = new ArrayList<>();
        List<Token> baseStarts = new ArrayList<>();
        while (true) {
            List<Token> pre = null;
            while (true) {
                Token t = peek();
                if (t.isOp("-") || t.isOp("+") || t.isOp("~")) {
                    if (pre == null) pre = new ArrayList<>();
                    pre.add(next());
                } else {
                    break;
                }
            }
            prefixes.add(pre);
            baseStarts.add(peek());
            bases.add(awaitPrimary());
            if (!atOp("**")) break;
            next();
        }
        int n = bases.size();
        Expr result = wrapUnary(prefixes.get(n - 1), bases.get(n - 1));
        for (int i = n - 2; i >= 0; i--) {
            Expr b = bases.get(i);
            result = wrapUnary(prefixes.get(i), new Expr.BinOp(from(baseStarts.get(i)), b, Op.Bin.POW, result));
        }
        return result;
    }

    /** Everything built here ends at the last token consumed. */
    private Expr wrapUnary(List<Token> pre, Expr e) {
        if (pre == null) return e;
        for (int i = pre.size() - 1; i >= 0; i--) {
            Token t = pre.get(i);
            Op.Unary op = switch (t.text()) {
                case "-" -> Op.Unary.USUB;
                case "+" -> Op.Unary.UADD;
                default -> Op.Unary.INVERT;
            };
            e = new Expr.UnaryOp(from(t), op, e);
        }
        return e;
    }

    final Expr awaitPrimary() {
        if (atKw("await")) {
            Token a = next();
            Expr v = primary();
            return new Expr.Await(from(a), v);
        }
        return primary();
    }

    // ------------------------------------------------------------------ primary

    final Expr primary() {
        Token start = peek();
        Expr e = atom();
        while (true) {
            Token t = peek();
            if (t.isOp(".")) {
                next();
                Token name = expectName();
                e = new Expr.Attribute(from(start), e, name.text(), Ctx.LOAD);
            } else if (t.isOp("(")) {
                e = callArgs(e, start);
            } else if (t.isOp("[")) {
                next();
                bracketLevel++;
                enter();
                Expr slice;
                try {
                    slice = slices();
                } finally {
                    leave();
                }
                bracketLevel--;
                expectOp("]");
                e = new Expr.Subscript(from(start), e, slice, Ctx.LOAD);
            } else {
                return e;
            }
        }
    }

    private Expr slices() {
        Token start = peek();
        Expr first = sliceOrStarred();
        if (!atOp(",") && !(first instanceof Expr.Starred)) return first;
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (acceptOp(",")) {
            if (atOp("]")) break;
            elts.add(sliceOrStarred());
        }
        return new Expr.Tuple(from(start), elts, Ctx.LOAD);
    }

    private Expr sliceOrStarred() {
        if (atOp("*")) {
            Token star = next();
            Expr v = bitwiseOr();
            return new Expr.Starred(from(star), v, Ctx.LOAD);
        }
        Token start = peek();
        Expr lower = null, upper = null, step = null;
        if (!atOp(":")) {
            lower = namedExpression();
            if (!atOp(":")) {
                checkMissingComma(lower);
                return lower;
            }
            if (lower instanceof Expr.NamedExpr && !start.isOp("(")) throw invalidSyntax();
        }
        expectOp(":");
        if (!atOp(":") && !atOp("]") && !atOp(",")) upper = expression();
        if (acceptOp(":")) {
            if (!atOp("]") && !atOp(",")) step = expression();
        }
        return new Expr.Slice(from(start), lower, upper, step);
    }

    /** Call arguments; the generator-expression-as-sole-argument form spans the parentheses. */
    final Expr callArgs(Expr func, Token start) {
        return callArgs(func, start, true);
    }

    final Expr callArgs(Expr func, Token start, boolean genexpAllowed) {
        Token open = expectOp("(");
        bracketLevel++;
        enter();
        List<Expr> args = new ArrayList<>();
        List<Node.Keyword> keywords = new ArrayList<>();
        boolean sawKeyword = false, sawDoubleStar = false;
        String misplaced = null;
        try {
            while (!atOp(")")) {
                Token t = peek();
                if (t.isOp("*")) {
                    next();
                    Expr v = expression();
                    if (sawDoubleStar) {
                        throw errorAt("iterable argument unpacking follows keyword argument unpacking", t, t);
                    }
                    if (atKw("for") || atKw("async")) {
                        throw errorAt("iterable unpacking cannot be used in comprehension", from(t));
                    }
                    args.add(new Expr.Starred(from(t), v, Ctx.LOAD));
                } else if (t.isOp("**")) {
                    next();
                    Expr v = expression();
                    keywords.add(new Node.Keyword(from(t), null, v));
                    sawDoubleStar = true;
                } else if (t.kind() == Token.Kind.NAME && peek(1).isOp("=")) {
                    if (KEYWORDS.contains(t.text())) {
                        if (t.text().equals("True") || t.text().equals("False") || t.text().equals("None")) {
                            next();
                            Token eq = next();
                            throw errorAt("cannot assign to " + t.text(), t, eq);
                        }
                        throw invalidSyntax();
                    }
                    next();
                    next();
                    if (atOp(",") || atOp(")")) {
                        throw errorAt("expected argument value expression", t, last());
                    }
                    Expr v = expression();
                    keywords.add(new Node.Keyword(from(t), t.text(), v));
                    sawKeyword = true;
                } else {
                    Expr v = namedExpression();
                    if ((atKw("for") || atKw("async")) && !genexpAllowed) throw invalidSyntax();
                    if (atKw("for") || atKw("async")) {
                        Expr gen = genexpTail(v, v.pos());
                        boolean sole = args.isEmpty() && keywords.isEmpty() && atOp(")");
                        if (!sole) {
                            Pos gp = gen.pos();
                            if (atOp(",") && args.isEmpty() && keywords.isEmpty()) {
                                throw errorAt("Generator expression must be parenthesized", gp);
                            }
                            throw errorAt("Generator expression must be parenthesized", gp);
                        }
                        Token close = peek();
                        Expr.GeneratorExp g = (Expr.GeneratorExp) gen;
                        args.add(new Expr.GeneratorExp(new Pos(open.line(), open.col(), close.endLine(), close.endCol()),
                                g.elt(), g.generators()));
                    } else {
                        if (atOp("=")) {
                            Token eq = peek();
                            if (v instanceof Expr.NamedExpr) throw errorAt("invalid syntax", eq, eq);
                            throw errorAt("expression cannot contain assignment, perhaps you meant \"==\"?",
                                    v.pos(), pos(eq));
                        }
                        checkMissingComma(v);
                        if ((sawKeyword || sawDoubleStar) && misplaced == null) {
                            misplaced = sawDoubleStar ? "positional argument follows keyword argument unpacking"
                                    : "positional argument follows keyword argument";
                        }
                        args.add(v);
                    }
                }
                if (!acceptOp(",")) break;
            }
            if (!atOp(")")) throw invalidSyntax();
            if (misplaced != null) {
                Token t = peek();
                throw errorAt(misplaced, t, t);
            }
        } finally {
            leave();
        }
        bracketLevel--;
        Token close = next();
        return new Expr.Call(from(start), func, args, keywords);
    }

    // ------------------------------------------------------------------ atoms

    final Expr atom() {
        Token t = peek();
        switch (t.kind()) {
            case NAME -> {
                String s = t.text();
                switch (s) {
                    case "True" -> { next(); return new Expr.Constant(pos(t), Const.TRUE, null); }
                    case "False" -> { next(); return new Expr.Constant(pos(t), Const.FALSE, null); }
                    case "None" -> { next(); return new Expr.Constant(pos(t), Const.NONE, null); }
                    default -> { }
                }
                if (KEYWORDS.contains(s)) throw invalidSyntax();
                next();
                return new Expr.Name(pos(t), s, Ctx.LOAD);
            }
            case NUMBER -> {
                next();
                try {
                    return new Expr.Constant(pos(t), Literals.number(t.text()), null);
                } catch (Literals.BadLiteral e) {
                    throw errorAt(e.getMessage(), t, t);
                }
            }
            case STRING, FSTRING_START -> {
                return strings();
            }
            case OP -> {
                switch (t.text()) {
                    case "(" -> { return parenAtom(); }
                    case "[" -> { return listAtom(); }
                    case "{" -> { return braceAtom(); }
                    case "..." -> { next(); return new Expr.Constant(pos(t), Const.ELLIPSIS, null); }
                    default -> throw invalidSyntax();
                }
            }
            default -> throw invalidSyntax();
        }
    }

    private Expr parenAtom() {
        Token open = next();
        bracketLevel++;
        enter();
        try {
            if (atOp(")")) {
                next();
                return new Expr.Tuple(from(open), List.of(), Ctx.LOAD);
            }
            if (atKw("yield")) {
                Expr y = yieldExpr();
                expectOp(")");
                return y;
            }
            Expr first = starNamedExpression();
            if (atKw("for") || atKw("async")) {
                if (first instanceof Expr.Starred) {
                    throw errorAt("iterable unpacking cannot be used in comprehension", first.pos());
                }
                Expr.GeneratorExp g = (Expr.GeneratorExp) genexpTail(first, first.pos());
                expectOp(")");
                return new Expr.GeneratorExp(from(open), g.elt(), g.generators());
            }
            if (atOp(")")) {
                next();
                if (first instanceof Expr.Starred) {
                    throw errorAt("cannot use starred expression here", first.pos());
                }
                return first;
            }
            if (atOp(",")) {
                List<Expr> elts = new ArrayList<>();
                elts.add(first);
                while (acceptOp(",")) {
                    if (atOp(")")) break;
                    Expr e = starNamedExpression();
                    checkMissingComma(e);
                    elts.add(e);
                }
                expectOp(")");
                return new Expr.Tuple(from(open), elts, Ctx.LOAD);
            }
            if (atOp("=") && !(first instanceof Expr.Starred)) {
                throwAssignInExpression(first);
            }
            checkMissingComma(first);
            throw invalidSyntax();
        } finally {
            leave();
            bracketLevel--;
        }
    }

    /** {@code (x = 1)} and friends: CPython's invalid_named_expression. */
    final void throwAssignInExpression(Expr target) {
        if (target instanceof Expr.Name) {
            Token eq = next();
            Pos end = pos(eq);
            if (startsExpression(peek())) {
                int save = p;
                try {
                    end = bitwiseOr().pos();
                } catch (PySyntaxError e) {
                    if (isTokenizerError(e)) throw e;
                    p = save;
                }
            }
            throw errorAt("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", target.pos(), end);
        }
        if (!(target instanceof Expr.List_ || target instanceof Expr.Tuple || target instanceof Expr.GeneratorExp
                || isSingleton(target))) {
            throw errorAt("cannot assign to " + Targets.describe(target) + " here. Maybe you meant '==' instead of '='?",
                    target.pos());
        }
    }

    static boolean isSingleton(Expr e) {
        return e instanceof Expr.Constant c
                && (c.value() instanceof Const.None || c.value() instanceof Const.Bool);
    }

    private Expr listAtom() {
        Token open = next();
        bracketLevel++;
        enter();
        try {
            List<Expr> elts = new ArrayList<>();
            if (!atOp("]")) {
                Expr first = starNamedExpression();
                if (atKw("for") || atKw("async")) {
                    if (first instanceof Expr.Starred) {
                        throw errorAt("iterable unpacking cannot be used in comprehension", first.pos());
                    }
                    List<Node.Comprehension> gens = forIfClauses();
                    expectOp("]");
                    return new Expr.ListComp(from(open), first, gens);
                }
                checkMissingComma(first);
                elts.add(first);
                while (acceptOp(",")) {
                    if (atOp("]")) break;
                    Expr e = starNamedExpression();
                    checkMissingComma(e);
                    elts.add(e);
                }
            }
            if (!atOp("]")) {
                if (atOp("=") && !elts.isEmpty()) throwAssignInExpression(elts.get(elts.size() - 1));
                throw invalidSyntax();
            }
            next();
            return new Expr.List_(from(open), elts, Ctx.LOAD);
        } finally {
            leave();
            bracketLevel--;
        }
    }

    private Expr braceAtom() {
        Token open = next();
        bracketLevel++;
        enter();
        try {
            if (atOp("}")) {
                next();
                return new Expr.Dict(from(open), List.of(), List.of());
            }
            if (atOp("**")) return dictRest(open, new ArrayList<>(), new ArrayList<>());
            Token firstTok = peek();
            Expr first = starNamedExpression();
            if (atOp(":") && !(first instanceof Expr.Starred)) {
                if (first instanceof Expr.NamedExpr && !firstTok.isOp("(")) throw invalidSyntax();
                next();
                Expr value = expression();
                if (atKw("for") || atKw("async")) {
                    List<Node.Comprehension> gens = forIfClauses();
                    expectOp("}");
                    return new Expr.DictComp(from(open), first, value, gens);
                }
                List<Expr> keys = new ArrayList<>();
                List<Expr> values = new ArrayList<>();
                keys.add(first);
                values.add(value);
                if (!acceptOp(",")) {
                    checkMissingComma(value);
                    expectOp("}");
                    return new Expr.Dict(from(open), keys, values);
                }
                return dictRest(open, keys, values);
            }
            if (atKw("for") || atKw("async")) {
                if (first instanceof Expr.Starred) {
                    throw errorAt("iterable unpacking cannot be used in comprehension", first.pos());
                }
                List<Node.Comprehension> gens = forIfClauses();
                expectOp("}");
                return new Expr.SetComp(from(open), first, gens);
            }
            List<Expr> elts = new ArrayList<>();
            checkMissingComma(first);
            elts.add(first);
            while (acceptOp(",")) {
                if (atOp("}")) break;
                Expr e = starNamedExpression();
                checkMissingComma(e);
                elts.add(e);
            }
            expectOp("}");
            return new Expr.Set(from(open), elts);
        } finally {
            leave();
            bracketLevel--;
        }
    }

    private Expr dictRest(Token open, List<Expr> keys, List<Expr> values) {
        while (!atOp("}")) {
            if (atOp("**")) {
                Token ds = next();
                keys.add(null);
                values.add(bitwiseOr());
                if (atKw("for") || atKw("async")) {
                    throw errorAt("dict unpacking cannot be used in dict comprehension", ds, ds);
                }
            } else {
                Expr k = expression();
                if (!atOp(":")) {
                    if (atOp("}") || atOp(",")) {
                        Pos kp = k.pos();
                        throw error(PySyntaxError.Kind.SYNTAX, "':' expected after dictionary key", kp.line(),
                                kp.col() + 1, kp.endLine(), 0);
                    }
                    throw invalidSyntax();
                }
                next();
                if (atOp("}") || atOp(",")) {
                    Token t = last();
                    throw errorAt("expression expected after dictionary key and ':'", t, t);
                }
                keys.add(k);
                Expr v = expression();
                checkMissingComma(v);
                values.add(v);
            }
            if (!acceptOp(",")) break;
        }
        expectOp("}");
        return new Expr.Dict(from(open), keys, values);
    }

    /** "invalid syntax. Perhaps you forgot a comma?": inside brackets, two expressions side by side. */
    final void checkMissingComma(Expr a) {
        if (bracketLevel <= 0) return;
        Token t = peek();
        if (!startsExpression(t)) return;
        if (t.isName("not") && peek(1).isName("in")) return;
        if (a instanceof Expr.Name && (t.kind() == Token.Kind.STRING || t.kind() == Token.Kind.FSTRING_START)) return;
        int save = p;
        Expr b;
        try {
            b = expression();
        } catch (PySyntaxError e) {
            if (isTokenizerError(e)) throw e;
            p = save;
            throw invalidSyntax();
        }
        throw errorAt("invalid syntax. Perhaps you forgot a comma?", a.pos(), b.pos());
    }

    final boolean isTokenizerError(PySyntaxError e) {
        Token lastTok = toks.get(toks.size() - 1);
        return lastTok.kind() == Token.Kind.ERROR && lastTok.error() == e;
    }

    // ------------------------------------------------------------------ comprehensions

    /** The clauses after the element of a generator expression; the caller adjusts the span. */
    final Expr genexpTail(Expr elt, Pos start) {
        List<Node.Comprehension> gens = forIfClauses();
        return new Expr.GeneratorExp(from(start), elt, gens);
    }

    final List<Node.Comprehension> forIfClauses() {
        List<Node.Comprehension> gens = new ArrayList<>();
        while (atKw("for") || (atKw("async") && peek(1).isName("for"))) {
            boolean isAsync = acceptKw("async");
            next();
            Expr target = starTargets();
            if (!atKw("in")) {
                throw invalidSyntax();
            }
            next();
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (acceptKw("if")) ifs.add(disjunction());
            gens.add(new Node.Comprehension(target, iter, ifs, isAsync));
        }
        return gens;
    }

    /**
     * star_targets for {@code for} loops and comprehensions: parsed below the comparison level
     * so that {@code in} ends it, then checked and turned into a store target.
     */
    final Expr starTargets() {
        Token start = peek();
        Expr first = starTargetElement();
        Expr e = first;
        if (atOp(",")) {
            List<Expr> elts = new ArrayList<>();
            elts.add(first);
            while (acceptOp(",")) {
                if (atKw("in") || atOp("=") || atOp(")") || atOp(":")) break;
                elts.add(starTargetElement());
            }
            e = new Expr.Tuple(from(start), elts, Ctx.LOAD);
        }
        return storeTarget(e, "assign to");
    }

    private Expr starTargetElement() {
        if (atOp("*")) {
            Token star = next();
            Expr v = bitwiseOr();
            return new Expr.Starred(from(star), v, Ctx.LOAD);
        }
        return bitwiseOr();
    }

    /** Checks a target and gives it the store context; verb is "assign to" or "delete". */
    final Expr storeTarget(Expr e, String verb) {
        Ctx ctx = verb.equals("delete") ? Ctx.DEL : Ctx.STORE;
        Expr bad = Targets.invalidTarget(e, ctx);
        if (bad != null) throw errorAt("cannot " + verb + " " + Targets.describe(bad), bad.pos());
        return Targets.withCtx(e, ctx);
    }

    // ------------------------------------------------------------------ lambda and parameters

    private Expr lambdef() {
        Token l = next();
        Node.Arguments args = Node.Arguments.EMPTY;
        if (!atOp(":")) args = parameters(false, ":");
        expectOpMsg(":");
        Expr body = expression();
        return new Expr.Lambda(from(l), args, body);
    }

    /**
     * Parameters of a def (annotations allowed) or lambda, up to {@code end}, with CPython's
     * validity rules and messages.
     */
    final Node.Arguments parameters(boolean annotations, String end) {
        List<Node.Arg> posonly = new ArrayList<>();
        List<Node.Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        Node.Arg vararg = null;
        List<Node.Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Node.Arg kwarg = null;
        boolean sawSlash = false, sawStar = false;
        Token starTok = null;
        while (!atOp(end)) {
            Token t = peek();
            if (kwarg != null) {
                throw errorAt("arguments cannot follow var-keyword argument", t, t);
            }
            if (t.isOp("/")) {
                if (sawSlash) throw errorAt("/ may appear only once", t, t);
                if (sawStar) throw errorAt("/ must be ahead of *", t, t);
                if (args.isEmpty()) throw errorAt("at least one argument must precede /", t, t);
                next();
                sawSlash = true;
                posonly.addAll(args);
                args.clear();
            } else if (t.isOp("*")) {
                if (sawStar) throw errorAt("* argument may appear only once", t, t);
                next();
                sawStar = true;
                starTok = t;
                if (atOp(",") || atOp(end)) {
                    if (atOp(end) || peek(1).isOp(end) || peek(1).isOp("**")) {
                        // def reports at the '*', lambda at the token that ends the search
                        Token at = end.equals(":") ? (atOp(end) ? peek() : peek(1)) : t;
                        throw errorAt("named arguments must follow bare *", at, at);
                    }
                } else {
                    vararg = param(annotations, true);
                    if (atOp("=")) {
                        Token eq = peek();
                        throw errorAt("var-positional argument cannot have default value", eq, eq);
                    }
                }
            } else if (t.isOp("**")) {
                next();
                kwarg = param(annotations, false);
                if (atOp("=")) {
                    Token eq = peek();
                    throw errorAt("var-keyword argument cannot have default value", eq, eq);
                }
            } else {
                Node.Arg a = param(annotations, false);
                Expr def = null;
                if (acceptOp("=")) {
                    if (atOp(",") || atOp(end)) throw invalidSyntax();
                    def = expression();
                }
                if (sawStar) {
                    kwonly.add(a);
                    kwDefaults.add(def);
                } else {
                    if (def != null) {
                        defaults.add(def);
                    } else if (!defaults.isEmpty()) {
                        throw errorAt("parameter without a default follows parameter with a default", a.pos());
                    }
                    args.add(a);
                }
            }
            if (!acceptOp(",")) break;
        }
        if (!atOp(end)) {
            if (end.equals(")") && (atOp("->") || atOp(":")) ) throw invalidSyntax();
            throw invalidSyntax();
        }
        if (sawStar && vararg == null && kwonly.isEmpty()) {
            throw errorAt("named arguments must follow bare *", starTok, starTok);
        }
        return new Node.Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    private Node.Arg param(boolean annotations, boolean star) {
        Token name = peek();
        if (name.kind() != Token.Kind.NAME || KEYWORDS.contains(name.text())) throw invalidSyntax();
        next();
        Expr ann = null;
        if (annotations && acceptOp(":")) {
            ann = star && atOp("*") ? starExpression() : expression();
        }
        return new Node.Arg(from(name), name.text(), ann);
    }

    // ------------------------------------------------------------------ strings

    /** Adjacent string literals, concatenated; any f-string makes the whole a JoinedStr. */
    final Expr strings() {
        Token first = peek();
        boolean anyF = false, anyBytes = false, anyStr = false;
        List<Expr> parts = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        String kind = null;
        boolean firstTok = true;
        while (at(Token.Kind.STRING) || at(Token.Kind.FSTRING_START)) {
            Token t = peek();
            if (t.kind() == Token.Kind.STRING) {
                next();
                String text = t.text();
                int q = 0;
                while (text.charAt(q) != '\'' && text.charAt(q) != '"') q++;
                String prefix = text.substring(0, q).toLowerCase();
                boolean bytes = prefix.indexOf('b') >= 0;
                boolean raw = prefix.indexOf('r') >= 0;
                if (firstTok && text.charAt(0) == 'u') kind = "u"; // CPython: lowercase only
                int ql = text.startsWith("\"\"\"", q) || text.startsWith("'''", q) ? 3 : 1;
                String body = text.substring(q + ql, text.length() - ql);
                if (bytes) anyBytes = true; else anyStr = true;
                String value;
                try {
                    value = Literals.decode(body, bytes, raw);
                } catch (Literals.BadLiteral e) {
                    throw errorAt(e.getMessage(), t, t);
                }

                plain.append(value);
                if (!value.isEmpty() || true) parts.add(new Expr.Constant(pos(t), new Const.Str(value), null));
            } else {
                anyF = true;
                anyStr = true;
                fstring(parts);
            }
            firstTok = false;
        }
        Pos whole = from(first);
        if (anyBytes && anyStr) {
            Token after = peek();
            throw errorAt("cannot mix bytes and nonbytes literals", after, after);
        }
        if (!anyF) {
            if (anyBytes) return new Expr.Constant(whole, new Const.Bytes(plain.toString()), null);
            return new Expr.Constant(whole, new Const.Str(plain.toString()), kind);
        }
        // merge adjacent constants, drop empty ones
        List<Expr> values = new ArrayList<>();
        for (Expr e : parts) {
            if (e instanceof Expr.Constant c && c.value() instanceof Const.Str s) {
                if (s.value().isEmpty()) continue;
                if (!values.isEmpty() && values.get(values.size() - 1) instanceof Expr.Constant pc
                        && pc.value() instanceof Const.Str ps) {
                    values.set(values.size() - 1, new Expr.Constant(Pos.span(pc.pos(), c.pos()),
                            new Const.Str(ps.value() + s.value()), null));
                    continue;
                }
                values.add(new Expr.Constant(c.pos(), c.value(), null));
            } else {
                values.add(e);
            }
        }
        return new Expr.JoinedStr(whole, values);
    }

    /** One f-string from FSTRING_START to FSTRING_END, appending its parts. */
    private void fstring(List<Expr> parts) {
        Token start = next();
        String prefix = start.text().toLowerCase();
        boolean raw = prefix.indexOf('r') >= 0;
        enter();
        try {
            while (true) {
                Token t = peek();
                if (t.kind() == Token.Kind.FSTRING_END) {
                    next();
                    return;
                }
                if (t.kind() == Token.Kind.FSTRING_MIDDLE) {
                    next();
                    parts.add(new Expr.Constant(pos(t), new Const.Str(decodeMiddle(t, raw)), null));
                } else if (t.isOp("{")) {
                    replacementField(parts, raw);
                } else {
                    throw invalidSyntax();
                }
            }
        } finally {
            leave();
        }
    }

    private String decodeMiddle(Token t, boolean raw) {
        try {
            return Literals.decode(t.text(), false, raw);
        } catch (Literals.BadLiteral e) {
            throw errorAt(e.getMessage(), t, t);
        }
    }

    private void replacementField(List<Expr> parts, boolean raw) {
        Token open = next();
        int saveLevel = bracketLevel;
        bracketLevel = 1;
        try {
            if (atOp("}")) {
                Token t = peek();
                throw errorAt("f-string: valid expression required before '}'", t, t);
            }
            if (atOp("!") || atOp(":") || atOp("=")) {
                Token t = peek();
                throw errorAt("f-string: valid expression required before '" + t.text() + "'", t, t);
            }
            Expr value;
            if (atKw("yield")) value = yieldExpr();
            else value = starExpressions();
            // a replacement field is a bracket: "f'{a b}'" lacks a comma (after a bare tuple's last item)
            checkMissingComma(value instanceof Expr.Tuple tu && !tu.elts().isEmpty() && tu.pos().col() == tu.elts().get(0).pos().col()
                    && tu.pos().line() == tu.elts().get(0).pos().line() ? tu.elts().get(tu.elts().size() - 1) : value);
            Token exprEnd = last();
            if (atOp("=")) {
                Token eq = next();
                Token after = peek();
                String debug = withoutComments(tokenizer.slice(open.end(), after.start()));
                parts.add(new Expr.Constant(new Pos(open.endLine(), open.endCol(), after.line(), after.col()),
                        new Const.Str(debug), null));
            }
            int conversion = -1;
            boolean debugMode = last().isOp("=") && last() != exprEnd;
            if (atOp("!")) {
                Token bang = next();
                Token c = peek();
                if (c.kind() != Token.Kind.NAME) {
                    throw errorAt("f-string: missing conversion character", c, c);
                }
                if (c.col() != bang.endCol() || c.line() != bang.endLine()) {
                    throw errorAt("f-string: conversion type must come right after the exclamanation mark", c, c);
                }
                next();
                switch (c.text()) {
                    case "s", "r", "a" -> conversion = c.text().charAt(0);
                    default -> throw errorAt("f-string: invalid conversion character '" + c.text()
                            + "': expected 's', 'r', or 'a'", c, c);
                }
            }
            Expr spec = null;
            if (atOp(":")) {
                Token colon = next();
                List<Expr> specParts = new ArrayList<>();
                boolean endsWithField = false;
                while (!atOp("}")) {
                    Token t = peek();
                    if (t.kind() == Token.Kind.FSTRING_MIDDLE) {
                        next();
                        specParts.add(new Expr.Constant(pos(t), new Const.Str(decodeMiddle(t, raw)), null));
                        endsWithField = false;
                    } else if (t.isOp("{")) {
                        replacementField(specParts, raw);
                        endsWithField = true;
                    } else if (t.kind() == Token.Kind.FSTRING_END) {
                        throw errorAt("f-string: expecting '}', or format specs", t, t);
                    } else {
                        throw errorAt("f-string: expecting '}'", t, t);
                    }
                }
                Token close = peek();
                if (endsWithField) {
                    specParts.add(new Expr.Constant(new Pos(close.line(), close.col(), close.line(), close.col()),
                            new Const.Str(""), null));
                }
                spec = new Expr.JoinedStr(new Pos(colon.line(), colon.col(), close.line(), close.col()), specParts);
            }
            if (!atOp("}")) {
                // what CPython's invalid_replacement_field rules expect at this point
                Token t = peek();
                String expected = spec != null ? "'}'" : conversion >= 0 ? "':' or '}'"
                        : debugMode ? "'!', or ':', or '}'" : "'=', or '!', or ':', or '}'";
                throw errorAt("f-string: expecting " + expected, t, t);
            }
            Token close = next();
            if (debugMode && conversion == -1 && spec == null) conversion = 'r';
            parts.add(new Expr.FormattedValue(new Pos(open.line(), open.col(), close.endLine(), close.endCol()), value,
                    conversion, spec));
        } finally {
            bracketLevel = saveLevel;
        }
    }

    /** The debug text of {@code f"{x = }"} is the source as written, minus comments. */
    private static String withoutComments(String text) {
        if (text.indexOf('#') < 0) return text;
        StringBuilder sb = new StringBuilder(text.length());
        int quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
                sb.append(c);
            } else if (c == '\'' || c == '"') {
                quote = c;
                sb.append(c);
            } else if (c == '#') {
                while (i + 1 < text.length() && text.charAt(i + 1) != '\n') i++;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

}
