package pyjama.python.runtime;

import java.util.List;

import pyjama.python.ast.Ctx;
import pyjama.python.ast.Expr;
import pyjama.python.ast.Mod;
import pyjama.python.ast.Node;
import pyjama.python.ast.Op;
import pyjama.python.ast.Pattern;
import pyjama.python.ast.Pos;
import pyjama.python.ast.Stmt;

/**
 * The parser's tree as instances of the ast node classes ({@link AstModule}): CPython's
 * ast2obj. Every field is set, in _fields order (None for an absent optional one), then the
 * positions; contexts and operators are the interpreter's shared instances. Columns become
 * CPython's: UTF-8 byte offsets into the line (the parser counts code points). Test-side twin:
 * the parser's corpus tests compare the same tree, printed, with CPython's ast.dump.
 */
final class AstToPython {
    private final AstModule.Nodes nodes;
    /** The source's lines, for the byte offsets; null entries once found to be ASCII. */
    private final String[] lines;

    private AstToPython(AstModule.Nodes nodes, String source) {
        this.nodes = nodes;
        this.lines = splitLines(source);
    }

    static PyObject convert(AstModule.Nodes nodes, Mod m, String source) {
        AstToPython c = new AstToPython(nodes, source);
        return switch (m) {
            case Mod.Module mm -> c.node("Module", null, c.stmts(mm.body()), new PyList());
            case Mod.Interactive mi -> c.node("Interactive", null, c.stmts(mi.body()));
            case Mod.Expression me -> c.node("Expression", null, c.expr(me.body()));
        };
    }

    /** An instance of class {@code cls} with its fields (in ASDL order) and, when {@code pos} is given, its position. */
    private PyObject node(String cls, Pos pos, PyObject... values) {
        PyType t = nodes.cls(cls);
        PyObject o = new PyObject(t);
        Runtime.initInstance(o, t);
        AstModule.Field[] fs = nodes.fields.get(cls);
        for (int i = 0; i < fs.length; i++) o.dict.setItem(PyStr.intern(fs[i].name()), values[i] == null ? T.None : values[i]);
        if (pos != null) {
            o.dict.setStr("lineno", PyInt.of(pos.line()));
            o.dict.setStr("col_offset", PyInt.of(byteColumn(pos.line(), pos.col())));
            o.dict.setStr("end_lineno", PyInt.of(pos.endLine()));
            o.dict.setStr("end_col_offset", PyInt.of(byteColumn(pos.endLine(), pos.endCol())));
        }
        return o;
    }

    /** Lines as the tokenizer ends them (\n, \r\n or \r); an ASCII line is left null (columns are bytes already). */
    private static String[] splitLines(String s) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(s.substring(start, i));
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') i++;
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        String[] a = out.toArray(new String[0]);
        for (int i = 0; i < a.length; i++) {
            boolean ascii = true;
            for (int j = 0; j < a[i].length() && ascii; j++) if (a[i].charAt(j) >= 0x80) ascii = false;
            if (ascii) a[i] = null;
        }
        return a;
    }

    /** The UTF-8 byte offset of code point {@code col} of line {@code line} (1-based). */
    private int byteColumn(int line, int col) {
        if (line < 1 || line > lines.length || lines[line - 1] == null) return col;
        String s = lines[line - 1];
        int bytes = 0, cp = 0;
        for (int i = 0; i < s.length() && cp < col; cp++) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        }
        return bytes + (col - cp);
    }

    private static PyObject str(String s) { return s == null ? T.None : new PyStr(s); }

    private static PyObject flag(boolean b) { return PyInt.of(b ? 1 : 0); }

    private interface Conv<X> { PyObject conv(X x); }

    private static <X> PyList list(List<X> items, Conv<X> c) {
        PyObject[] out = new PyObject[items.size()];
        for (int i = 0; i < out.length; i++) {
            X x = items.get(i);
            out[i] = x == null ? T.None : c.conv(x);
        }
        return new PyList(out);
    }

    private PyList stmts(List<Stmt> l) { return list(l, this::stmt); }

    private PyList exprs(List<Expr> l) { return list(l, this::expr); }

    private PyObject expr(Expr e) {
        if (e == null) return T.None;
        Pos p = e.pos();
        return switch (e) {
            case Expr.BoolOp b -> node("BoolOp", p, nodes.singleton(b.op() == Op.Bool.AND ? "And" : "Or"), exprs(b.values()));
            case Expr.NamedExpr n -> node("NamedExpr", p, expr(n.target()), expr(n.value()));
            case Expr.BinOp b -> node("BinOp", p, expr(b.left()), nodes.singleton(binName(b.op())), expr(b.right()));
            case Expr.UnaryOp u -> node("UnaryOp", p, nodes.singleton(unaryName(u.op())), expr(u.operand()));
            case Expr.Lambda l -> node("Lambda", p, arguments(l.args()), expr(l.body()));
            case Expr.IfExp i -> node("IfExp", p, expr(i.test()), expr(i.body()), expr(i.orelse()));
            case Expr.Dict d -> node("Dict", p, exprs(d.keys()), exprs(d.values()));
            case Expr.Set s -> node("Set", p, exprs(s.elts()));
            case Expr.ListComp c -> node("ListComp", p, expr(c.elt()), list(c.generators(), this::comprehension));
            case Expr.SetComp c -> node("SetComp", p, expr(c.elt()), list(c.generators(), this::comprehension));
            case Expr.DictComp c -> node("DictComp", p, expr(c.key()), expr(c.value()), list(c.generators(), this::comprehension));
            case Expr.GeneratorExp c -> node("GeneratorExp", p, expr(c.elt()), list(c.generators(), this::comprehension));
            case Expr.Await a -> node("Await", p, expr(a.value()));
            case Expr.Yield y -> node("Yield", p, expr(y.value()));
            case Expr.YieldFrom y -> node("YieldFrom", p, expr(y.value()));
            case Expr.Compare c -> node("Compare", p, expr(c.left()), list(c.ops(), o -> nodes.singleton(cmpName(o))), exprs(c.comparators()));
            case Expr.Call c -> node("Call", p, expr(c.func()), exprs(c.args()), list(c.keywords(), this::keyword));
            case Expr.FormattedValue f -> node("FormattedValue", p, expr(f.value()), PyInt.of(f.conversion()), expr(f.formatSpec()));
            case Expr.JoinedStr j -> node("JoinedStr", p, exprs(j.values()));
            case Expr.Constant c -> node("Constant", p, Compiler.constValue(c.value()), str(c.kind()));
            case Expr.Attribute a -> node("Attribute", p, expr(a.value()), new PyStr(a.attr()), ctx(a.ctx()));
            case Expr.Subscript s -> node("Subscript", p, expr(s.value()), expr(s.slice()), ctx(s.ctx()));
            case Expr.Starred s -> node("Starred", p, expr(s.value()), ctx(s.ctx()));
            case Expr.Name n -> node("Name", p, new PyStr(n.id()), ctx(n.ctx()));
            case Expr.List_ l -> node("List", p, exprs(l.elts()), ctx(l.ctx()));
            case Expr.Tuple t -> node("Tuple", p, exprs(t.elts()), ctx(t.ctx()));
            case Expr.Slice s -> node("Slice", p, expr(s.lower()), expr(s.upper()), expr(s.step()));
        };
    }

    private PyObject ctx(Ctx c) {
        return nodes.singleton(switch (c) { case LOAD -> "Load"; case STORE -> "Store"; case DEL -> "Del"; });
    }

    private PyObject stmt(Stmt s) {
        Pos p = s.pos();
        return switch (s) {
            case Stmt.FunctionDef f -> node(f.isAsync() ? "AsyncFunctionDef" : "FunctionDef", p, new PyStr(f.name()),
                    arguments(f.args()), stmts(f.body()), exprs(f.decoratorList()), expr(f.returns()), T.None,
                    list(f.typeParams(), this::typeParam));
            case Stmt.ClassDef c -> node("ClassDef", p, new PyStr(c.name()), exprs(c.bases()), list(c.keywords(), this::keyword),
                    stmts(c.body()), exprs(c.decoratorList()), list(c.typeParams(), this::typeParam));
            case Stmt.Return r -> node("Return", p, expr(r.value()));
            case Stmt.Delete d -> node("Delete", p, exprs(d.targets()));
            case Stmt.Assign a -> node("Assign", p, exprs(a.targets()), expr(a.value()), T.None);
            case Stmt.TypeAlias t -> node("TypeAlias", p, expr(t.name()), list(t.typeParams(), this::typeParam), expr(t.value()));
            case Stmt.AugAssign a -> node("AugAssign", p, expr(a.target()), nodes.singleton(binName(a.op())), expr(a.value()));
            case Stmt.AnnAssign a -> node("AnnAssign", p, expr(a.target()), expr(a.annotation()), expr(a.value()), flag(a.simple()));
            case Stmt.For f -> node(f.isAsync() ? "AsyncFor" : "For", p, expr(f.target()), expr(f.iter()), stmts(f.body()),
                    stmts(f.orelse()), T.None);
            case Stmt.While w -> node("While", p, expr(w.test()), stmts(w.body()), stmts(w.orelse()));
            case Stmt.If i -> node("If", p, expr(i.test()), stmts(i.body()), stmts(i.orelse()));
            case Stmt.With w -> node(w.isAsync() ? "AsyncWith" : "With", p, list(w.items(), this::withItem), stmts(w.body()), T.None);
            case Stmt.Match m -> node("Match", p, expr(m.subject()), list(m.cases(), this::matchCase));
            case Stmt.Raise r -> node("Raise", p, expr(r.exc()), expr(r.cause()));
            case Stmt.Try t -> node(t.isStar() ? "TryStar" : "Try", p, stmts(t.body()), list(t.handlers(), this::handler),
                    stmts(t.orelse()), stmts(t.finalbody()));
            case Stmt.Assert a -> node("Assert", p, expr(a.test()), expr(a.msg()));
            case Stmt.Import i -> node("Import", p, list(i.names(), this::alias));
            case Stmt.ImportFrom i -> node("ImportFrom", p, str(i.module()), list(i.names(), this::alias), PyInt.of(i.level()));
            case Stmt.Global g -> node("Global", p, list(g.names(), PyStr::new));
            case Stmt.Nonlocal g -> node("Nonlocal", p, list(g.names(), PyStr::new));
            case Stmt.ExprStmt e -> node("Expr", p, expr(e.value()));
            case Stmt.Pass x -> node("Pass", p);
            case Stmt.Break x -> node("Break", p);
            case Stmt.Continue x -> node("Continue", p);
        };
    }

    private PyObject arguments(Node.Arguments a) {
        return node("arguments", null, list(a.posonlyargs(), this::arg), list(a.args(), this::arg), arg(a.vararg()),
                list(a.kwonlyargs(), this::arg), exprs(a.kwDefaults()), arg(a.kwarg()), exprs(a.defaults()));
    }

    private PyObject arg(Node.Arg a) {
        if (a == null) return T.None;
        return node("arg", a.pos(), new PyStr(a.arg()), expr(a.annotation()), T.None);
    }

    private PyObject keyword(Node.Keyword k) { return node("keyword", k.pos(), str(k.arg()), expr(k.value())); }

    private PyObject alias(Node.Alias a) { return node("alias", a.pos(), new PyStr(a.name()), str(a.asname())); }

    private PyObject withItem(Node.WithItem w) { return node("withitem", null, expr(w.contextExpr()), expr(w.optionalVars())); }

    private PyObject handler(Node.ExceptHandler h) {
        return node("ExceptHandler", h.pos(), expr(h.type()), str(h.name()), stmts(h.body()));
    }

    private PyObject matchCase(Node.MatchCase c) {
        return node("match_case", null, pattern(c.pattern()), expr(c.guard()), stmts(c.body()));
    }

    private PyObject comprehension(Node.Comprehension c) {
        return node("comprehension", null, expr(c.target()), expr(c.iter()), exprs(c.ifs()), flag(c.isAsync()));
    }

    private PyObject typeParam(Node.TypeParam t) {
        return switch (t) {
            case Node.TypeVar v -> node("TypeVar", v.pos(), new PyStr(v.name()), expr(v.bound()));
            case Node.ParamSpec v -> node("ParamSpec", v.pos(), new PyStr(v.name()));
            case Node.TypeVarTuple v -> node("TypeVarTuple", v.pos(), new PyStr(v.name()));
        };
    }

    private PyObject pattern(Pattern pt) {
        if (pt == null) return T.None;
        Pos p = pt.pos();
        return switch (pt) {
            case Pattern.MatchValue v -> node("MatchValue", p, expr(v.value()));
            case Pattern.MatchSingleton v -> node("MatchSingleton", p, Compiler.constValue(v.value()));
            case Pattern.MatchSequence v -> node("MatchSequence", p, list(v.patterns(), this::pattern));
            case Pattern.MatchMapping v -> node("MatchMapping", p, exprs(v.keys()), list(v.patterns(), this::pattern), str(v.rest()));
            case Pattern.MatchClass v -> node("MatchClass", p, expr(v.cls()), list(v.patterns(), this::pattern),
                    list(v.kwdAttrs(), PyStr::new), list(v.kwdPatterns(), this::pattern));
            case Pattern.MatchStar v -> node("MatchStar", p, str(v.name()));
            case Pattern.MatchAs v -> node("MatchAs", p, pattern(v.pattern()), str(v.name()));
            case Pattern.MatchOr v -> node("MatchOr", p, list(v.patterns(), this::pattern));
        };
    }

    static String binName(Op.Bin op) {
        return switch (op) {
            case ADD -> "Add"; case SUB -> "Sub"; case MULT -> "Mult"; case MATMULT -> "MatMult"; case DIV -> "Div";
            case MOD -> "Mod"; case POW -> "Pow"; case LSHIFT -> "LShift"; case RSHIFT -> "RShift"; case BITOR -> "BitOr";
            case BITXOR -> "BitXor"; case BITAND -> "BitAnd"; case FLOORDIV -> "FloorDiv";
        };
    }

    static String unaryName(Op.Unary op) {
        return switch (op) { case INVERT -> "Invert"; case NOT -> "Not"; case UADD -> "UAdd"; case USUB -> "USub"; };
    }

    static String cmpName(Op.Cmp op) {
        return switch (op) {
            case EQ -> "Eq"; case NOTEQ -> "NotEq"; case LT -> "Lt"; case LTE -> "LtE"; case GT -> "Gt"; case GTE -> "GtE";
            case IS -> "Is"; case ISNOT -> "IsNot"; case IN -> "In"; case NOTIN -> "NotIn";
        };
    }
}
