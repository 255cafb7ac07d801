package pyjama.python.parser;

import java.util.ArrayList;
import java.util.List;

import pyjama.python.ast.Ctx;
import pyjama.python.ast.Expr;
import pyjama.python.ast.Mod;
import pyjama.python.ast.Node;
import pyjama.python.ast.Op;
import pyjama.python.ast.Pattern;
import pyjama.python.ast.Pos;
import pyjama.python.ast.Stmt;

/** Statements and the three entry points (file, interactive, eval), as CPython 3.12's grammar. */
final class StmtParser extends PatternParser {
    StmtParser(Tokenizer tokenizer, List<Token> toks) {
        super(tokenizer, toks);
    }

    // ------------------------------------------------------------------ entry points

    Mod.Module file() {
        List<Stmt> body = new ArrayList<>();
        while (!at(Token.Kind.ENDMARKER)) {
            statement(body);
        }
        return new Mod.Module(body);
    }

    Mod.Interactive interactive() {
        List<Stmt> body = new ArrayList<>();
        if (at(Token.Kind.ENDMARKER)) return new Mod.Interactive(body);
        if (at(Token.Kind.NEWLINE)) {
            next();
        } else {
            statement(body);
        }
        while (at(Token.Kind.NEWLINE)) next();
        if (!at(Token.Kind.ENDMARKER)) {
            Token t = peek();
            if (t.kind() == Token.Kind.INDENT || t.kind() == Token.Kind.DEDENT) throw invalidSyntax();
            Stmt first = body.isEmpty() ? null : body.get(0);
            int line = first == null ? t.line() : first.pos().line();
            int col = first == null ? t.col() : first.pos().col();
            throw error(PySyntaxError.Kind.SYNTAX, "multiple statements found while compiling a single statement",
                    line, col + 1, t.endLine(), t.endCol() + 1);
        }
        return new Mod.Interactive(body);
    }

    Mod.Expression eval() {
        while (at(Token.Kind.NEWLINE)) next();
        Expr e = expressions();
        while (at(Token.Kind.NEWLINE)) next();
        if (!at(Token.Kind.ENDMARKER)) {
            checkMissingComma(e);
            throw invalidSyntax();
        }
        return new Mod.Expression(e);
    }

    // ------------------------------------------------------------------ statements

    private void statement(List<Stmt> out) {
        Token t = peek();
        if (t.kind() == Token.Kind.NAME) {
            switch (t.text()) {
                case "def" -> { out.add(functionDef(List.of(), null)); return; }
                case "class" -> { out.add(classDef(List.of())); return; }
                case "if" -> { out.add(ifStmt()); return; }
                case "while" -> { out.add(whileStmt()); return; }
                case "for" -> { out.add(forStmt(null)); return; }
                case "with" -> { out.add(withStmt(null)); return; }
                case "try" -> { out.add(tryStmt()); return; }
                case "async" -> {
                    Token n = peek(1);
                    if (n.isName("def")) { out.add(functionDef(List.of(), null)); return; }
                    if (n.isName("for")) { next(); out.add(forStmt(t)); return; }
                    if (n.isName("with")) { next(); out.add(withStmt(t)); return; }
                    throw invalidSyntax();
                }
                case "match" -> {
                    Stmt m = tryMatchStmt();
                    if (m != null) { out.add(m); return; }
                }
                default -> { }
            }
        } else if (t.isOp("@")) {
            out.add(decorated());
            return;
        }
        simpleStmts(out);
    }

    private void simpleStmts(List<Stmt> out) {
        while (true) {
            out.add(simpleStmt());
            if (acceptOp(";")) {
                if (at(Token.Kind.NEWLINE)) break;
                continue;
            }
            break;
        }
        if (!at(Token.Kind.NEWLINE)) throw invalidSyntax();
        Token end = last();
        blockEndLine = end.endLine();
        blockEndCol = end.endCol();
        next();
    }

    /**
     * Where the most recent simple-statement line ended (a trailing ';' included): every
     * block ends with one, so it is also where an enclosing compound statement ends.
     */
    private int blockEndLine, blockEndCol;

    private Stmt simpleStmt() {
        Token t = peek();
        if (t.kind() == Token.Kind.NAME) {
            switch (t.text()) {
                case "pass" -> { next(); return new Stmt.Pass(pos(t)); }
                case "break" -> { next(); return new Stmt.Break(pos(t)); }
                case "continue" -> { next(); return new Stmt.Continue(pos(t)); }
                case "return" -> {
                    next();
                    Expr v = null;
                    if (startsExpression(peek()) || atOp("*")) v = starExpressions();
                    return new Stmt.Return(from(t), v);
                }
                case "raise" -> {
                    next();
                    Expr exc = null, cause = null;
                    if (startsExpression(peek())) {
                        exc = expression();
                        if (acceptKw("from")) cause = expression();
                    }
                    return new Stmt.Raise(from(t), exc, cause);
                }
                case "global", "nonlocal" -> {
                    next();
                    List<String> names = new ArrayList<>();
                    do {
                        names.add(expectName().text());
                    } while (acceptOp(","));
                    return t.text().equals("global") ? new Stmt.Global(from(t), names)
                            : new Stmt.Nonlocal(from(t), names);
                }
                case "del" -> { return delStmt(); }
                case "assert" -> {
                    next();
                    Expr test = expression();
                    Expr msg = acceptOp(",") ? expression() : null;
                    return new Stmt.Assert(from(t), test, msg);
                }
                case "import" -> { return importStmt(); }
                case "from" -> { return fromImport(); }
                case "type" -> {
                    Token n1 = peek(1);
                    if (n1.kind() == Token.Kind.NAME && !KEYWORDS.contains(n1.text())
                            && (peek(2).isOp("=") || peek(2).isOp("["))) {
                        return typeAlias();
                    }
                }
                default -> { }
            }
        }
        return exprOrAssign();
    }

    /** The last bare (unparenthesized) tuple made by starExpressions: del and with targets care. */
    private Stmt delStmt() {
        Token d = next();
        List<Expr> targets = new ArrayList<>();
        while (true) {
            Expr e = starExpressionForDel();
            targets.add(storeTarget(e, "delete"));
            if (!acceptOp(",")) break;
            if (at(Token.Kind.NEWLINE) || atOp(";")) break;
        }
        return new Stmt.Delete(from(d), targets);
    }

    private Expr starExpressionForDel() {
        if (atOp("*")) {
            Token star = next();
            Expr v = bitwiseOr();
            return new Expr.Starred(from(star), v, Ctx.LOAD);
        }
        return expression();
    }

    private Stmt importStmt() {
        Token imp = next();
        List<Node.Alias> names = new ArrayList<>();
        do {
            names.add(dottedAlias());
        } while (acceptOp(","));
        if (atKw("from")) {
            // import a from b
            while (!at(Token.Kind.NEWLINE) && !atOp(";")) next();
            throw errorAt("Did you mean to use 'from ... import ...' instead?", imp, last());
        }
        return new Stmt.Import(from(imp), names);
    }

    private Node.Alias dottedAlias() {
        Token start = peek();
        String name = dottedName();
        String as = null;
        if (acceptKw("as")) as = expectName().text();
        return new Node.Alias(from(start), name, as);
    }

    private String dottedName() {
        StringBuilder sb = new StringBuilder(expectName().text());
        while (atOp(".")) {
            next();
            sb.append('.').append(expectName().text());
        }
        return sb.toString();
    }

    private Stmt fromImport() {
        Token f = next();
        int level = 0;
        while (true) {
            if (acceptOp(".")) level++;
            else if (acceptOp("...")) level += 3;
            else break;
        }
        String module = null;
        if (!atKw("import") || level == 0) module = dottedName();
        expectKw("import");
        List<Node.Alias> names = new ArrayList<>();
        if (atOp("*")) {
            Token star = next();
            names.add(new Node.Alias(pos(star), "*", null));
        } else if (acceptOp("(")) {
            do {
                if (atOp(")")) break;
                names.add(importAsName());
            } while (acceptOp(","));
            expectOp(")");
        } else {
            names.add(importAsName());
            while (acceptOp(",")) {
                if (at(Token.Kind.NEWLINE)) {
                    throw errorAt("trailing comma not allowed without surrounding parentheses", peek(), peek());
                }
                names.add(importAsName());
            }
        }
        return new Stmt.ImportFrom(from(f), module, names, level);
    }

    private Node.Alias importAsName() {
        Token n = expectName();
        String as = null;
        if (acceptKw("as")) as = expectName().text();
        return new Node.Alias(from(n), n.text(), as);
    }

    private Stmt typeAlias() {
        Token t = next();
        Token n = next();
        List<Node.TypeParam> tps = atOp("[") ? typeParams(false) : List.of();
        expectOp("=");
        Expr v = expression();
        return new Stmt.TypeAlias(from(t), new Expr.Name(pos(n), n.text(), Ctx.STORE), tps, v);
    }

    private List<Node.TypeParam> typeParams(boolean def) {
        Token open = expectOp("[");
        if (atOp("]")) {
            if (def) throw errorAt("expected '('", open, open);
            throw invalidSyntax();
        }
        bracketLevel++;
        List<Node.TypeParam> tps = new ArrayList<>();
        while (!atOp("]")) {
            Token s = peek();
            if (acceptOp("*")) {
                Token n = expectName();
                if (atOp(":")) {
                    Token colon = next();
                    Expr b = expression();
                    throw errorAt("cannot use bound with TypeVarTuple", pos(colon), b.pos());
                }
                tps.add(new Node.TypeVarTuple(from(s), n.text()));
            } else if (acceptOp("**")) {
                Token n = expectName();
                if (atOp(":")) {
                    Token colon = next();
                    Expr b = expression();
                    throw errorAt("cannot use bound with ParamSpec", pos(colon), b.pos());
                }
                tps.add(new Node.ParamSpec(from(s), n.text()));
            } else {
                Token n = expectName();
                Expr bound = null;
                if (acceptOp(":")) bound = expression();
                tps.add(new Node.TypeVar(from(s), n.text(), bound));
            }
            if (!acceptOp(",")) break;
        }
        if (tps.isEmpty()) {
            throw errorAt("Type parameter list cannot be empty", open, peek());
        }
        expectOp("]");
        bracketLevel--;
        return tps;
    }

    private static boolean isAugOp(Token t) {
        return t.kind() == Token.Kind.OP && t.text().length() >= 2 && t.text().endsWith("=")
                && !t.text().equals("==") && !t.text().equals("!=") && !t.text().equals("<=")
                && !t.text().equals(">=") && !t.text().equals(":=");
    }

    private static Op.Bin augOp(String s) {
        return switch (s) {
            case "+=" -> Op.Bin.ADD;
            case "-=" -> Op.Bin.SUB;
            case "*=" -> Op.Bin.MULT;
            case "@=" -> Op.Bin.MATMULT;
            case "/=" -> Op.Bin.DIV;
            case "%=" -> Op.Bin.MOD;
            case "&=" -> Op.Bin.BITAND;
            case "|=" -> Op.Bin.BITOR;
            case "^=" -> Op.Bin.BITXOR;
            case "<<=" -> Op.Bin.LSHIFT;
            case ">>=" -> Op.Bin.RSHIFT;
            case "**=" -> Op.Bin.POW;
            default -> Op.Bin.FLOORDIV;
        };
    }

    private Expr rhs() {
        return atKw("yield") ? yieldExpr() : starExpressions();
    }

    private Stmt exprOrAssign() {
        Token start = peek();
        Expr e = atKw("yield") ? yieldExpr() : starExpressions();
        Token t = peek();
        if (t.isOp("=")) {
            List<Expr> targets = new ArrayList<>();
            List<Token> targetStarts = new ArrayList<>();
            targets.add(e);
            targetStarts.add(start);
            Expr value = null;
            while (acceptOp("=")) {
                if (!startsExpression(peek()) && !atOp("*") && !atKw("yield")) throw invalidSyntax();
                Token vs = peek();
                value = rhs();
                if (atOp("=")) {
                    targets.add(value);
                    targetStarts.add(vs);
                }
            }
            // check targets, with CPython's two message forms
            for (int i = 0; i < targets.size(); i++) {
                Expr tg = targets.get(i);
                Expr bad = Targets.invalidTarget(tg, Ctx.STORE);
                if (bad == null) continue;
                Token ts = targetStarts.get(i);
                boolean parenthesized = ts.isOp("(") && !(ts.line() == tg.pos().line() && ts.col() == tg.pos().col());
                if ((tg instanceof Expr.Yield || tg instanceof Expr.YieldFrom) && !parenthesized) {
                    throw errorAt("assignment to yield expression not possible", tg.pos());
                }
                if (i == 0 && targets.size() == 1 && bad == tg && (parenthesized || isBitwiseOrLevel(tg))
                        && !(tg instanceof Expr.List_ || tg instanceof Expr.Tuple
                        || tg instanceof Expr.GeneratorExp || isSingleton(tg))
                        && rhsStartsWithBitwiseOr(value)) {
                    throw errorAt("cannot assign to " + Targets.describe(tg)
                            + " here. Maybe you meant '==' instead of '='?", tg.pos());
                }
                throw errorAt("cannot assign to " + Targets.describe(bad), bad.pos());
            }
            List<Expr> stored = new ArrayList<>();
            for (Expr tg : targets) stored.add(Targets.withCtx(tg, Ctx.STORE));
            return new Stmt.Assign(from(start),
                    stored, value);
        }
        if (isAugOp(t)) {
            if (!(e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript)) {
                throw errorAt("'" + Targets.describe(e) + "' is an illegal expression for augmented assignment",
                        e.pos());
            }
            next();
            Expr value = rhs();
            return new Stmt.AugAssign(from(start), Targets.withCtx(e, Ctx.STORE),
                    augOp(t.text()), value);
        }
        if (t.isOp(":") ) {
            if (e instanceof Expr.Tuple tu) {
                Pos first = tu.elts().isEmpty() ? e.pos() : tu.elts().get(0).pos();
                boolean bare = first.line() == e.pos().line() && first.col() == e.pos().col();
                throw errorAt("only single target (not tuple) can be annotated", bare ? first : e.pos());
            }
            if (e instanceof Expr.List_) {
                throw errorAt("only single target (not list) can be annotated", e.pos());
            }
            if (!(e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript)) {
                throw errorAt("illegal target for annotation", e.pos());
            }
            next();
            Expr ann = expression();
            Expr value = null;
            if (acceptOp("=")) value = rhs();
            boolean simple = e instanceof Expr.Name && !start.isOp("(");
            return new Stmt.AnnAssign(from(start), Targets.withCtx(e, Ctx.STORE), ann, value, simple);
        }
        if (e instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec"))
                && startsExpression(t)) {
            int save = p;
            try {
                Expr arg = expressions();
                throw errorAt("Missing parentheses in call to '" + n.id() + "'. Did you mean " + n.id() + "(...)?",
                        n.pos(), arg.pos());
            } catch (PySyntaxError err) {
                if (err.msg().startsWith("Missing parentheses") || isTokenizerError(err)) throw err;
                p = save;
            }
        }
        if (t.isOp(":=")) {
            if (e instanceof Expr.Name) throw errorAt("invalid syntax", t, t);
            throw errorAt("cannot use assignment expressions with " + Targets.describe(e), e.pos());
        }
        return new Stmt.ExprStmt(from(start), e);
    }

    private static boolean isBitwiseOrLevel(Expr e) {
        return !(e instanceof Expr.Compare || e instanceof Expr.BoolOp || e instanceof Expr.IfExp
                || e instanceof Expr.Lambda || e instanceof Expr.NamedExpr || e instanceof Expr.Starred
                || e instanceof Expr.Yield || e instanceof Expr.YieldFrom
                || (e instanceof Expr.UnaryOp u && u.op() == Op.Unary.NOT));
    }

    private static boolean rhsStartsWithBitwiseOr(Expr v) {
        Expr first = v instanceof Expr.Tuple t && !t.elts().isEmpty() ? t.elts().get(0) : v;
        return !(first instanceof Expr.Starred || first instanceof Expr.Lambda || first instanceof Expr.Yield
                || first instanceof Expr.YieldFrom || (first instanceof Expr.UnaryOp u && u.op() == Op.Unary.NOT)
                || first instanceof Expr.BoolOp b && b.values().get(0) instanceof Expr.UnaryOp);
    }

    // ------------------------------------------------------------------ blocks

    /** ':' already consumed; {@code what} names the statement for the indentation error. */
    private List<Stmt> block(String what, int line) {
        List<Stmt> body = new ArrayList<>();
        if (at(Token.Kind.NEWLINE)) {
            next();
            if (!at(Token.Kind.INDENT)) {
                Token t = peek();
                String msg = "expected an indented block after " + what + " on line " + line;
                if (t.kind() == Token.Kind.ENDMARKER || t.kind() == Token.Kind.DEDENT && atEndOfInput(t)) {
                    throw errorAtEnd(PySyntaxError.Kind.INDENTATION, msg);
                }
                throw error(PySyntaxError.Kind.INDENTATION, msg, t.line(), t.col() + 1, t.endLine(), t.endCol() + 1);
            }
            next();
            while (!at(Token.Kind.DEDENT) && !at(Token.Kind.ENDMARKER)) {
                statement(body);
            }
            // ENDMARKER here only without implied dedents (the REPL's open block)
            if (!at(Token.Kind.DEDENT)) throw invalidSyntax();
            next();
            return body;
        }
        simpleStmts(body);
        return body;
    }

    private void expectColon() {
        if (atOp(":")) { next(); return; }
        if (at(Token.Kind.NEWLINE)) {
            Token t = peek();
            throw errorAt("expected ':'", t, t);
        }
        throw invalidSyntax();
    }

    private Pos spanTo(Token start, List<Stmt> body) {
        return new Pos(start.line(), start.col(), blockEndLine, blockEndCol);
    }

    private Expr condition() {
        Expr test = namedExpression();
        if (atOp("=")) throwAssignInExpression(test);
        return test;
    }

    private Stmt ifStmt() {
        Token t = next();
        Expr test = condition();
        expectColon();
        List<Stmt> body = block("'" + t.text() + "' statement", t.line());
        List<Stmt> orelse = List.of();
        if (atKw("elif")) {
            orelse = List.of(ifStmt());
        } else if (atKw("else")) {
            Token e = next();
            expectColon();
            orelse = block("'else' statement", e.line());
        }
        return new Stmt.If(spanTo(t, orelse.isEmpty() ? body : orelse), test, body, orelse);
    }

    private Stmt whileStmt() {
        Token t = next();
        Expr test = condition();
        expectColon();
        List<Stmt> body = block("'while' statement", t.line());
        List<Stmt> orelse = List.of();
        if (atKw("else")) {
            Token e = next();
            expectColon();
            orelse = block("'else' statement", e.line());
        }
        return new Stmt.While(spanTo(t, orelse.isEmpty() ? body : orelse), test, body, orelse);
    }

    private Stmt forStmt(Token async) {
        Token f = next();
        Token start = async != null ? async : f;
        Expr target = starTargets();
        if (!atKw("in")) {
            throw invalidSyntax();
        }
        next();
        Expr iter = starExpressions();
        expectColon();
        List<Stmt> body = block("'for' statement", f.line());
        List<Stmt> orelse = List.of();
        if (atKw("else")) {
            Token e = next();
            expectColon();
            orelse = block("'else' statement", e.line());
        }
        return new Stmt.For(spanTo(start, orelse.isEmpty() ? body : orelse), target, iter, body, orelse,
                async != null);
    }

    private Stmt withStmt(Token async) {
        Token w = next();
        Token start = async != null ? async : w;
        List<Node.WithItem> items = null;
        if (atOp("(")) {
            int save = p;
            int saveLevel = bracketLevel;
            try {
                next();
                bracketLevel++;
                List<Node.WithItem> its = new ArrayList<>();
                while (!atOp(")")) {
                    its.add(withItem(true));
                    if (!acceptOp(",")) break;
                }
                expectOp(")");
                bracketLevel--;
                if (!atOp(":") || its.isEmpty()) throw invalidSyntax();
                items = its;
            } catch (PySyntaxError e) {
                if (isTokenizerError(e)) throw e;
                p = save;
                bracketLevel = saveLevel;
                items = null;
            }
        }
        if (items == null) {
            items = new ArrayList<>();
            do {
                items.add(withItem(false));
            } while (acceptOp(","));
        }
        expectColon();
        List<Stmt> body = block("'with' statement", w.line());
        return new Stmt.With(spanTo(start, body), items, body, async != null);
    }

    private Node.WithItem withItem(boolean parenthesized) {
        Expr ctx = expression();
        Expr vars = null;
        if (acceptKw("as")) {
            Expr tg = starTargetSingle();
            if (!(atOp(",") || atOp(":") || (parenthesized && atOp(")")))) {
                throw invalidSyntax();
            }
            vars = storeTarget(tg, "assign to");
        }
        return new Node.WithItem(ctx, vars);
    }

    private Expr starTargetSingle() {
        if (atOp("*")) {
            Token star = next();
            Expr v = bitwiseOr();
            return new Expr.Starred(from(star), v, Ctx.LOAD);
        }
        return bitwiseOr();
    }

    private Stmt tryStmt() {
        Token t = next();
        expectColon();
        List<Stmt> body = block("'try' statement", t.line());
        List<Node.ExceptHandler> handlers = new ArrayList<>();
        Boolean star = null;
        while (atKw("except")) {
            Token ex = next();
            boolean isStar = acceptOp("*");
            if (star != null && star != isStar) {
                throw errorAt("cannot have both 'except' and 'except*' on the same 'try'", ex, last());
            }
            star = isStar;
            Expr type = null;
            String name = null;
            if (!atOp(":")) {
                type = expression();
                if (atOp(",")) {
                    Token s = peek();
                    List<Expr> more = new ArrayList<>();
                    more.add(type);
                    while (acceptOp(",")) {
                        if (atOp(":") || atKw("as")) break;
                        more.add(expression());
                    }
                    throw errorAt("multiple exception types must be parenthesized", type.pos(),
                            more.get(more.size() - 1).pos());
                }
                if (acceptKw("as")) {
                    Token n = peek();
                    if (n.kind() != Token.Kind.NAME || KEYWORDS.contains(n.text())) {
                        if (startsExpression(n)) {
                            Expr bad = expression();
                            throw errorAt("cannot use " + Targets.describe(bad) + " as except target", bad.pos());
                        }
                        throw invalidSyntax();
                    }
                    next();
                    name = n.text();
                }
            } else if (isStar) {
                Token c = peek();
                throw errorAt("expected one or more exception types", c, c);
            }
            expectColon();
            List<Stmt> hbody = block(isStar ? "'except*' statement" : "'except' statement", ex.line());
            handlers.add(new Node.ExceptHandler(spanTo(ex, hbody), type, name, hbody));
        }
        List<Stmt> orelse = List.of();
        List<Stmt> finalbody = List.of();
        if (atKw("else")) {
            if (handlers.isEmpty()) {
                throw errorAt("expected 'except' or 'finally' block", peek(), peek());
            }
            Token e = next();
            expectColon();
            orelse = block("'else' statement", e.line());
        }
        if (atKw("finally")) {
            Token fi = next();
            expectColon();
            finalbody = block("'finally' statement", fi.line());
        }
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            Token c = peek();
            throw errorAt("expected 'except' or 'finally' block", c, c);
        }
        List<Stmt> lastBlock = !finalbody.isEmpty() ? finalbody : !orelse.isEmpty() ? orelse
                : handlers.isEmpty() ? body : null;
        Pos ps;
        if (lastBlock != null) {
            ps = spanTo(t, lastBlock);
        } else {
            Pos hp = handlers.get(handlers.size() - 1).pos();
            ps = new Pos(t.line(), t.col(), hp.endLine(), hp.endCol());
        }
        return new Stmt.Try(ps, body, handlers, orelse, finalbody, star != null && star);
    }

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (atOp("@")) {
            next();
            decorators.add(namedExpression());
            if (!at(Token.Kind.NEWLINE)) throw invalidSyntax();
            next();
        }
        if (atKw("class")) return classDef(decorators);
        if (atKw("def") || (atKw("async") && peek(1).isName("def"))) return functionDef(decorators, null);
        throw invalidSyntax();
    }

    private Stmt functionDef(List<Expr> decorators, Token unused) {
        Token start = peek();
        boolean isAsync = acceptKw("async");
        Token d = expectKw("def");
        Token name = expectName();
        List<Node.TypeParam> tps = atOp("[") ? typeParams(true) : List.of();
        if (!atOp("(")) {
            throw invalidSyntax();
        }
        next();
        bracketLevel++;
        Node.Arguments args = atOp(")") ? Node.Arguments.EMPTY : parameters(true, ")");
        bracketLevel--;
        expectOp(")");
        Expr returns = null;
        if (acceptOp("->")) returns = expression();
        expectColon();
        List<Stmt> body = block("function definition", d.line());
        return new Stmt.FunctionDef(spanTo(start, body), name.text(), args, body, decorators, returns, tps, isAsync);
    }

    private Stmt classDef(List<Expr> decorators) {
        Token c = next();
        Token name = expectName();
        List<Node.TypeParam> tps = atOp("[") ? typeParams(false) : List.of();
        List<Expr> bases = List.of();
        List<Node.Keyword> keywords = List.of();
        if (atOp("(")) {
            Expr call = primaryCallOnly(name);
            Expr.Call ce = (Expr.Call) call;
            bases = ce.args();
            keywords = ce.keywords();
        }
        expectColon();
        List<Stmt> body = block("class definition", c.line());
        return new Stmt.ClassDef(spanTo(c, body), name.text(), bases, keywords, body, decorators, tps);
    }

    /** Parses {@code (args)} after a class name as call arguments. */
    private Expr primaryCallOnly(Token name) {
        // reuse the call-argument parser by treating the class name as a callee
        Expr callee = new Expr.Name(pos(name), name.text(), Ctx.LOAD);
        return callArgs(callee, name, false);
    }

    // ------------------------------------------------------------------ match

    /** A match statement if the soft keyword starts one here, else null with nothing consumed. */
    private Stmt tryMatchStmt() {
        Token m = peek();
        Token n1 = peek(1);
        if (!(startsExpression(n1) || n1.isOp("*"))) return null;
        if (n1.kind() == Token.Kind.OP && (n1.isOp("-") || n1.isOp("+") || n1.isOp("~"))) {
            // "match -x:" is a match statement; "match - x" an expression: decided below
        }
        int save = p;
        Expr subject;
        try {
            next();
            Token s = peek();
            Expr first = starNamedExpression();
            if (atOp(",")) {
                List<Expr> elts = new ArrayList<>();
                elts.add(first);
                while (acceptOp(",")) {
                    if (atOp(":")) break;
                    elts.add(starNamedExpression());
                }
                subject = new Expr.Tuple(from(s), elts, Ctx.LOAD);
            } else {
                subject = first;
            }
            if (!atOp(":")) {
                if (at(Token.Kind.NEWLINE) && !(subject instanceof Expr.Starred)) {
                    // "match x" followed by a newline: CPython says expected ':' only if it is a match
                    p = save;
                    return null;
                }
                p = save;
                return null;
            }
        } catch (PySyntaxError e) {
            if (isTokenizerError(e)) throw e;
            p = save;
            return null;
        }
        next(); // ':'
        if (!at(Token.Kind.NEWLINE)) throw invalidSyntax();
        next();
        if (!at(Token.Kind.INDENT)) {
            Token t = peek();
            String msg = "expected an indented block after 'match' statement on line " + m.line();
            if (t.kind() == Token.Kind.ENDMARKER || t.kind() == Token.Kind.DEDENT && atEndOfInput(t)) {
                throw errorAtEnd(PySyntaxError.Kind.INDENTATION, msg);
            }
            throw error(PySyntaxError.Kind.INDENTATION, msg, t.line(), t.col() + 1, t.endLine(), t.endCol() + 1);
        }
        next();
        List<Node.MatchCase> cases = new ArrayList<>();
        while (atKw("case")) {
            Token c = next();
            Pattern pat = patterns();
            Expr guard = null;
            if (acceptKw("if")) guard = namedExpression();
            expectColon();
            List<Stmt> body = block("'case' statement", c.line());
            cases.add(new Node.MatchCase(pat, guard, body));
        }
        if (cases.isEmpty()) throw invalidSyntax();
        if (!at(Token.Kind.DEDENT)) throw invalidSyntax();
        next();
        List<Stmt> lastBody = cases.get(cases.size() - 1).body();
        return new Stmt.Match(spanTo(m, lastBody), subject, cases);
    }
}
