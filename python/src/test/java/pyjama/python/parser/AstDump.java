package pyjama.python.parser;

import java.math.BigDecimal;
import java.util.List;

import pyjama.python.ast.Const;
import pyjama.python.ast.Ctx;
import pyjama.python.ast.Expr;
import pyjama.python.ast.Mod;
import pyjama.python.ast.Node;
import pyjama.python.ast.Op;
import pyjama.python.ast.Pattern;
import pyjama.python.ast.Pos;
import pyjama.python.ast.Stmt;

/**
 * Formats our AST exactly as CPython 3.12's {@code ast.dump(tree, include_attributes=True)}:
 * same node and field names and order, None-valued optional fields left out, Python reprs
 * for constants. Test-only: the corpus tests compare its output with the oracle's.
 */
final class AstDump {
    private final StringBuilder sb = new StringBuilder();

    static String dump(Mod m) {
        AstDump d = new AstDump();
        d.mod(m);
        return d.sb.toString();
    }

    static String dump(Expr e) {
        AstDump d = new AstDump();
        d.expr(e);
        return d.sb.toString();
    }

    // --------------------------------------------------------------- node writer

    private int fields;

    private void open(String name) {
        sb.append(name).append('(');
        fields = 0;
    }

    private void key(String name) {
        if (fields++ > 0) sb.append(", ");
        sb.append(name).append('=');
    }

    private void close() {
        sb.append(')');
        fields = 1; // the enclosing node has at least this field written
    }

    private void attrs(Pos p) {
        int saved = fields;
        key("lineno"); sb.append(p.line());
        key("col_offset"); sb.append(p.col());
        key("end_lineno"); sb.append(p.endLine());
        key("end_col_offset"); sb.append(p.endCol());
    }

    private interface Item<T> { void write(T t); }

    private <T> void list(String name, List<T> items, Item<T> w) {
        key(name);
        int saved = fields;
        sb.append('[');
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) sb.append(", ");
            T t = items.get(i);
            if (t == null) sb.append("None");
            else w.write(t);
        }
        sb.append(']');
        fields = saved;
    }

    private void exprField(String name, Expr e) {
        if (e == null) return;
        key(name);
        int saved = fields;
        expr(e);
        fields = saved;
    }

    private void strField(String name, String s) {
        if (s == null) return;
        key(name);
        sb.append(repr(s));
    }

    private void stmts(String name, List<Stmt> body) {
        list(name, body, this::stmt);
    }

    private void exprs(String name, List<Expr> es) {
        list(name, es, this::expr);
    }

    // --------------------------------------------------------------- mod

    private void mod(Mod m) {
        switch (m) {
            case Mod.Module mm -> { open("Module"); stmts("body", mm.body()); key("type_ignores"); sb.append("[]"); close(); }
            case Mod.Interactive mi -> { open("Interactive"); stmts("body", mi.body()); close(); }
            case Mod.Expression me -> { open("Expression"); exprField("body", me.body()); close(); }
        }
    }

    // --------------------------------------------------------------- statements

    private void stmt(Stmt s) {
        int saved = fields;
        switch (s) {
            case Stmt.FunctionDef f -> {
                open(f.isAsync() ? "AsyncFunctionDef" : "FunctionDef");
                strField("name", f.name());
                key("args"); arguments(f.args());
                stmts("body", f.body());
                exprs("decorator_list", f.decoratorList());
                exprField("returns", f.returns());
                list("type_params", f.typeParams(), this::typeParam);
            }
            case Stmt.ClassDef c -> {
                open("ClassDef");
                strField("name", c.name());
                exprs("bases", c.bases());
                list("keywords", c.keywords(), this::keyword);
                stmts("body", c.body());
                exprs("decorator_list", c.decoratorList());
                list("type_params", c.typeParams(), this::typeParam);
            }
            case Stmt.Return r -> { open("Return"); exprField("value", r.value()); }
            case Stmt.Delete d -> { open("Delete"); exprs("targets", d.targets()); }
            case Stmt.Assign a -> { open("Assign"); exprs("targets", a.targets()); exprField("value", a.value()); }
            case Stmt.TypeAlias t -> {
                open("TypeAlias");
                exprField("name", t.name());
                list("type_params", t.typeParams(), this::typeParam);
                exprField("value", t.value());
            }
            case Stmt.AugAssign a -> {
                open("AugAssign"); exprField("target", a.target()); key("op"); sb.append(binName(a.op())).append("()");
                exprField("value", a.value());
            }
            case Stmt.AnnAssign a -> {
                open("AnnAssign"); exprField("target", a.target()); exprField("annotation", a.annotation());
                exprField("value", a.value()); key("simple"); sb.append(a.simple() ? 1 : 0);
            }
            case Stmt.For f -> {
                open(f.isAsync() ? "AsyncFor" : "For"); exprField("target", f.target()); exprField("iter", f.iter());
                stmts("body", f.body()); stmts("orelse", f.orelse());
            }
            case Stmt.While w -> { open("While"); exprField("test", w.test()); stmts("body", w.body()); stmts("orelse", w.orelse()); }
            case Stmt.If i -> { open("If"); exprField("test", i.test()); stmts("body", i.body()); stmts("orelse", i.orelse()); }
            case Stmt.With w -> {
                open(w.isAsync() ? "AsyncWith" : "With");
                list("items", w.items(), this::withItem);
                stmts("body", w.body());
            }
            case Stmt.Match m -> {
                open("Match"); exprField("subject", m.subject());
                list("cases", m.cases(), this::matchCase);
            }
            case Stmt.Raise r -> { open("Raise"); exprField("exc", r.exc()); exprField("cause", r.cause()); }
            case Stmt.Try t -> {
                open(t.isStar() ? "TryStar" : "Try");
                stmts("body", t.body());
                list("handlers", t.handlers(), this::handler);
                stmts("orelse", t.orelse());
                stmts("finalbody", t.finalbody());
            }
            case Stmt.Assert a -> { open("Assert"); exprField("test", a.test()); exprField("msg", a.msg()); }
            case Stmt.Import i -> { open("Import"); list("names", i.names(), this::alias); }
            case Stmt.ImportFrom i -> {
                open("ImportFrom"); strField("module", i.module()); list("names", i.names(), this::alias);
                key("level"); sb.append(i.level());
            }
            case Stmt.Global g -> { open("Global"); list("names", g.names(), x -> sb.append(repr(x))); }
            case Stmt.Nonlocal g -> { open("Nonlocal"); list("names", g.names(), x -> sb.append(repr(x))); }
            case Stmt.ExprStmt e -> { open("Expr"); exprField("value", e.value()); }
            case Stmt.Pass p -> open("Pass");
            case Stmt.Break b -> open("Break");
            case Stmt.Continue c -> open("Continue");
        }
        attrs(s.pos());
        close();
        fields = saved;
    }

    private void arguments(Node.Arguments a) {
        int saved = fields;
        open("arguments");
        list("posonlyargs", a.posonlyargs(), this::arg);
        list("args", a.args(), this::arg);
        if (a.vararg() != null) { key("vararg"); int s = fields; arg(a.vararg()); fields = s; }
        list("kwonlyargs", a.kwonlyargs(), this::arg);
        exprs("kw_defaults", a.kwDefaults());
        if (a.kwarg() != null) { key("kwarg"); int s = fields; arg(a.kwarg()); fields = s; }
        exprs("defaults", a.defaults());
        close();
        fields = saved;
    }

    private void arg(Node.Arg a) {
        int saved = fields;
        open("arg");
        strField("arg", a.arg());
        exprField("annotation", a.annotation());
        attrs(a.pos());
        close();
        fields = saved;
    }

    private void keyword(Node.Keyword k) {
        int saved = fields;
        open("keyword");
        strField("arg", k.arg());
        exprField("value", k.value());
        attrs(k.pos());
        close();
        fields = saved;
    }

    private void alias(Node.Alias a) {
        int saved = fields;
        open("alias");
        strField("name", a.name());
        strField("asname", a.asname());
        attrs(a.pos());
        close();
        fields = saved;
    }

    private void withItem(Node.WithItem w) {
        int saved = fields;
        open("withitem");
        exprField("context_expr", w.contextExpr());
        exprField("optional_vars", w.optionalVars());
        close();
        fields = saved;
    }

    private void handler(Node.ExceptHandler h) {
        int saved = fields;
        open("ExceptHandler");
        exprField("type", h.type());
        strField("name", h.name());
        stmts("body", h.body());
        attrs(h.pos());
        close();
        fields = saved;
    }

    private void matchCase(Node.MatchCase c) {
        int saved = fields;
        open("match_case");
        key("pattern"); int s = fields; pattern(c.pattern()); fields = s;
        exprField("guard", c.guard());
        stmts("body", c.body());
        close();
        fields = saved;
    }

    private void typeParam(Node.TypeParam t) {
        int saved = fields;
        switch (t) {
            case Node.TypeVar v -> { open("TypeVar"); strField("name", v.name()); exprField("bound", v.bound()); }
            case Node.ParamSpec v -> { open("ParamSpec"); strField("name", v.name()); }
            case Node.TypeVarTuple v -> { open("TypeVarTuple"); strField("name", v.name()); }
        }
        attrs(t.pos());
        close();
        fields = saved;
    }

    private void comprehension(Node.Comprehension c) {
        int saved = fields;
        open("comprehension");
        exprField("target", c.target());
        exprField("iter", c.iter());
        exprs("ifs", c.ifs());
        key("is_async"); sb.append(c.isAsync() ? 1 : 0);
        close();
        fields = saved;
    }

    // --------------------------------------------------------------- patterns

    private void pattern(Pattern p) {
        int saved = fields;
        switch (p) {
            case Pattern.MatchValue v -> { open("MatchValue"); exprField("value", v.value()); }
            case Pattern.MatchSingleton v -> { open("MatchSingleton"); key("value"); sb.append(constRepr(v.value())); }
            case Pattern.MatchSequence v -> { open("MatchSequence"); list("patterns", v.patterns(), this::pattern); }
            case Pattern.MatchMapping v -> {
                open("MatchMapping"); exprs("keys", v.keys()); list("patterns", v.patterns(), this::pattern);
                strField("rest", v.rest());
            }
            case Pattern.MatchClass v -> {
                open("MatchClass"); exprField("cls", v.cls()); list("patterns", v.patterns(), this::pattern);
                list("kwd_attrs", v.kwdAttrs(), x -> sb.append(repr(x)));
                list("kwd_patterns", v.kwdPatterns(), this::pattern);
            }
            case Pattern.MatchStar v -> { open("MatchStar"); strField("name", v.name()); }
            case Pattern.MatchAs v -> {
                open("MatchAs");
                if (v.pattern() != null) { key("pattern"); int s = fields; pattern(v.pattern()); fields = s; }
                strField("name", v.name());
            }
            case Pattern.MatchOr v -> { open("MatchOr"); list("patterns", v.patterns(), this::pattern); }
        }
        attrs(p.pos());
        close();
        fields = saved;
    }

    // --------------------------------------------------------------- expressions

    private void expr(Expr e) {
        int saved = fields;
        switch (e) {
            case Expr.BoolOp b -> { open("BoolOp"); key("op"); sb.append(b.op() == Op.Bool.AND ? "And()" : "Or()"); exprs("values", b.values()); }
            case Expr.NamedExpr n -> { open("NamedExpr"); exprField("target", n.target()); exprField("value", n.value()); }
            case Expr.BinOp b -> {
                open("BinOp"); exprField("left", b.left()); key("op"); sb.append(binName(b.op())).append("()");
                exprField("right", b.right());
            }
            case Expr.UnaryOp u -> {
                open("UnaryOp"); key("op");
                sb.append(switch (u.op()) { case INVERT -> "Invert()"; case NOT -> "Not()"; case UADD -> "UAdd()"; case USUB -> "USub()"; });
                exprField("operand", u.operand());
            }
            case Expr.Lambda l -> { open("Lambda"); key("args"); arguments(l.args()); exprField("body", l.body()); }
            case Expr.IfExp i -> { open("IfExp"); exprField("test", i.test()); exprField("body", i.body()); exprField("orelse", i.orelse()); }
            case Expr.Dict d -> { open("Dict"); exprs("keys", d.keys()); exprs("values", d.values()); }
            case Expr.Set s -> { open("Set"); exprs("elts", s.elts()); }
            case Expr.ListComp c -> { open("ListComp"); exprField("elt", c.elt()); list("generators", c.generators(), this::comprehension); }
            case Expr.SetComp c -> { open("SetComp"); exprField("elt", c.elt()); list("generators", c.generators(), this::comprehension); }
            case Expr.DictComp c -> {
                open("DictComp"); exprField("key", c.key()); exprField("value", c.value());
                list("generators", c.generators(), this::comprehension);
            }
            case Expr.GeneratorExp c -> { open("GeneratorExp"); exprField("elt", c.elt()); list("generators", c.generators(), this::comprehension); }
            case Expr.Await a -> { open("Await"); exprField("value", a.value()); }
            case Expr.Yield y -> { open("Yield"); exprField("value", y.value()); }
            case Expr.YieldFrom y -> { open("YieldFrom"); exprField("value", y.value()); }
            case Expr.Compare c -> {
                open("Compare"); exprField("left", c.left());
                list("ops", c.ops(), o -> sb.append(cmpName(o)).append("()"));
                exprs("comparators", c.comparators());
            }
            case Expr.Call c -> { open("Call"); exprField("func", c.func()); exprs("args", c.args()); list("keywords", c.keywords(), this::keyword); }
            case Expr.FormattedValue f -> {
                open("FormattedValue"); exprField("value", f.value()); key("conversion"); sb.append(f.conversion());
                exprField("format_spec", f.formatSpec());
            }
            case Expr.JoinedStr j -> { open("JoinedStr"); exprs("values", j.values()); }
            case Expr.Constant c -> { open("Constant"); key("value"); sb.append(constRepr(c.value())); strField("kind", c.kind()); }
            case Expr.Attribute a -> { open("Attribute"); exprField("value", a.value()); strField("attr", a.attr()); ctx(a.ctx()); }
            case Expr.Subscript s -> { open("Subscript"); exprField("value", s.value()); exprField("slice", s.slice()); ctx(s.ctx()); }
            case Expr.Starred s -> { open("Starred"); exprField("value", s.value()); ctx(s.ctx()); }
            case Expr.Name n -> { open("Name"); strField("id", n.id()); ctx(n.ctx()); }
            case Expr.List_ l -> { open("List"); exprs("elts", l.elts()); ctx(l.ctx()); }
            case Expr.Tuple t -> { open("Tuple"); exprs("elts", t.elts()); ctx(t.ctx()); }
            case Expr.Slice s -> { open("Slice"); exprField("lower", s.lower()); exprField("upper", s.upper()); exprField("step", s.step()); }
        }
        attrs(e.pos());
        close();
        fields = saved;
    }

    private void ctx(Ctx c) {
        key("ctx");
        sb.append(switch (c) { case LOAD -> "Load()"; case STORE -> "Store()"; case DEL -> "Del()"; });
    }

    static String binName(Op.Bin op) {
        return switch (op) {
            case ADD -> "Add"; case SUB -> "Sub"; case MULT -> "Mult"; case MATMULT -> "MatMult"; case DIV -> "Div";
            case MOD -> "Mod"; case POW -> "Pow"; case LSHIFT -> "LShift"; case RSHIFT -> "RShift"; case BITOR -> "BitOr";
            case BITXOR -> "BitXor"; case BITAND -> "BitAnd"; case FLOORDIV -> "FloorDiv";
        };
    }

    static String cmpName(Op.Cmp op) {
        return switch (op) {
            case EQ -> "Eq"; case NOTEQ -> "NotEq"; case LT -> "Lt"; case LTE -> "LtE"; case GT -> "Gt"; case GTE -> "GtE";
            case IS -> "Is"; case ISNOT -> "IsNot"; case IN -> "In"; case NOTIN -> "NotIn";
        };
    }

    // --------------------------------------------------------------- Python reprs

    static String constRepr(Const c) {
        return switch (c) {
            case Const.None n -> "None";
            case Const.Ellipsis e -> "Ellipsis";
            case Const.Bool b -> b.value() ? "True" : "False";
            case Const.Int i -> i.big().toString();
            case Const.Float f -> floatRepr(f.value());
            case Const.Imaginary im -> {
                String r = floatRepr(im.imag());
                if (r.endsWith(".0")) r = r.substring(0, r.length() - 2);
                yield r + "j";
            }
            case Const.Str s -> repr(s.value());
            case Const.Bytes b -> bytesRepr(b.value());
            case Const.Value v -> String.valueOf(v.value());
        };
    }

    static String floatRepr(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return (1 / d < 0) ? "-0.0" : "0.0";
        String sign = d < 0 ? "-" : "";
        BigDecimal bd = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        if (bd.precision() == 2) {
            // Java's toString keeps two digits where one would do (4.9E-324 for 5e-324)
            BigDecimal one = bd.round(new java.math.MathContext(1));
            if (Double.parseDouble(one.toString()) == Math.abs(d)) bd = one.stripTrailingZeros();
        }
        String digits = bd.unscaledValue().toString();
        int decpt = digits.length() - bd.scale(); // value = 0.digits * 10^decpt
        String body;
        if (decpt > -4 && decpt <= 16) {
            if (decpt <= 0) body = "0." + "0".repeat(-decpt) + digits;
            else if (decpt >= digits.length()) body = digits + "0".repeat(decpt - digits.length()) + ".0";
            else body = digits.substring(0, decpt) + "." + digits.substring(decpt);
        } else {
            int exp = decpt - 1;
            String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            String es = String.valueOf(Math.abs(exp));
            if (es.length() < 2) es = "0" + es;
            body = mant + "e" + (exp < 0 ? "-" : "+") + es;
        }
        return sign + body;
    }

    static String repr(String s) {
        boolean hasSingle = s.indexOf('\'') >= 0, hasDouble = s.indexOf('"') >= 0;
        char q = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder b = new StringBuilder();
        b.append(q);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == q || c == '\\') b.append('\\').appendCodePoint(c);
            else if (c == '\t') b.append("\\t");
            else if (c == '\n') b.append("\\n");
            else if (c == '\r') b.append("\\r");
            else if (c < 0x20 || c == 0x7f) b.append(String.format("\\x%02x", c));
            else if (c < 0x7f) b.appendCodePoint(c);
            else if (!printable(c)) {
                if (c <= 0xff) b.append(String.format("\\x%02x", c));
                else if (c <= 0xffff) b.append(String.format("\\u%04x", c));
                else b.append(String.format("\\U%08x", c));
            } else b.appendCodePoint(c);
        }
        b.append(q);
        return b.toString();
    }

    private static boolean printable(int c) {
        if (c == ' ') return true;
        int t = Character.getType(c);
        return !(t == Character.CONTROL || t == Character.FORMAT || t == Character.SURROGATE
                || t == Character.PRIVATE_USE || t == Character.UNASSIGNED || t == Character.LINE_SEPARATOR
                || t == Character.PARAGRAPH_SEPARATOR || t == Character.SPACE_SEPARATOR);
    }

    static String bytesRepr(String s) {
        boolean hasSingle = s.indexOf('\'') >= 0, hasDouble = s.indexOf('"') >= 0;
        char q = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder b = new StringBuilder("b").append(q);
        for (int i = 0; i < s.length(); i++) {
            int c = s.charAt(i) & 0xff;
            if (c == q || c == '\\') b.append('\\').append((char) c);
            else if (c == '\t') b.append("\\t");
            else if (c == '\n') b.append("\\n");
            else if (c == '\r') b.append("\\r");
            else if (c < 0x20 || c >= 0x7f) b.append(String.format("\\x%02x", c));
            else b.append((char) c);
        }
        return b.append(q).toString();
    }
}
