package pyjama.python.runtime;

import java.util.ArrayList;
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
 * An ast tree built or changed in Python, back to the parser's records, for
 * {@code compile(tree, ...)}: CPython's obj2ast, with its errors (a missing required field or
 * position is TypeError "required field ... missing from ...", a None one ValueError "field ...
 * is required for ...", a wrong node "expected some sort of expr, but got ..."; a missing list
 * field is empty, a missing optional one None), then the checks of CPython's ast.c validator
 * that the compiler relies on (expression contexts, empty bodies and targets, operator and
 * operand counts, constant types), raised as ValueError (TypeError for a constant's type).
 */
final class AstFromPython {
    private final AstModule.Nodes nodes;

    private AstFromPython(AstModule.Nodes nodes) { this.nodes = nodes; }

    /** The tree as a compilation unit of {@code mode} ("exec", "eval", "single"). */
    static Mod convert(AstModule.Nodes nodes, PyObject tree, String mode) {
        AstFromPython c = new AstFromPython(nodes);
        String want = switch (mode) { case "eval" -> "Expression"; case "single" -> "Interactive"; default -> "Module"; };
        if (!c.isa(tree, want)) throw Exc.type("expected " + want + " node, got " + tree.type.name);
        Mod m = switch (want) {
            case "Expression" -> new Mod.Expression(c.expr(c.required(tree, "body", "Expression")));
            case "Interactive" -> new Mod.Interactive(c.stmts(tree, "body", "Interactive"));
            default -> {
                List<Stmt> body = c.stmts(tree, "body", "Module");
                c.list(tree, "type_ignores", "Module");
                yield new Mod.Module(body);
            }
        };
        new Validator().mod(m);
        return m;
    }

    // ---- fields --------------------------------------------------------------------------------

    private boolean isa(PyObject o, String cls) { return o.type.isSubtype(nodes.cls(cls)); }

    /** A required field: TypeError when missing, ValueError when None. */
    private PyObject required(PyObject o, String field, String owner) {
        PyObject v = Ops.getattrOrNull(o, PyStr.intern(field));
        if (v == null) throw Exc.type("required field \"" + field + "\" missing from " + owner);
        if (v == T.None) throw Exc.value("field '" + field + "' is required for " + owner);
        return v;
    }

    /** An optional field: null when missing or None. */
    private PyObject optional(PyObject o, String field) {
        PyObject v = Ops.getattrOrNull(o, PyStr.intern(field));
        return v == null || v == T.None ? null : v;
    }

    /** A list field: empty when missing; anything but a list is a TypeError. */
    private PyObject[] list(PyObject o, String field, String owner) {
        PyObject v = Ops.getattrOrNull(o, PyStr.intern(field));
        if (v == null) return new PyObject[0];
        if (!(v instanceof PyList l)) throw Exc.type(owner + " field \"" + field + "\" must be a list, not a " + v.type.name);
        return l.toArray();
    }

    private interface Conv<T> { T conv(PyObject o); }

    private <T> List<T> items(PyObject o, String field, String owner, Conv<T> c) {
        ArrayList<T> out = new ArrayList<>();
        for (PyObject x : list(o, field, owner)) out.add(c.conv(x));
        return out;
    }

    private List<Stmt> stmts(PyObject o, String field, String owner) { return items(o, field, owner, this::stmt); }

    private List<Expr> exprs(PyObject o, String field, String owner) { return items(o, field, owner, this::exprOrNull); }

    private static String identifier(PyObject v) {
        if (!(v instanceof PyStr s)) throw Exc.type("AST identifier must be of type str");
        return s.value;
    }

    private static String string(PyObject v) {
        if (!(v instanceof PyStr s)) throw Exc.type("AST string must be of type str");
        return s.value;
    }

    private static int integer(PyObject v) {
        if (!(v instanceof PyInt i)) throw Exc.value("invalid integer value: " + Ops.repr(v).value);
        return Ops.toInt(i);
    }

    private String requiredId(PyObject o, String field, String owner) { return identifier(required(o, field, owner)); }

    private String optionalId(PyObject o, String field) {
        PyObject v = optional(o, field);
        return v == null ? null : identifier(v);
    }

    /**
     * The position attributes: lineno and col_offset required; the ends default to the start,
     * except for patterns and type parameters, whose grammar requires them too.
     */
    private Pos pos(PyObject o, String owner) {
        int line = integer(required(o, "lineno", owner));
        int col = integer(required(o, "col_offset", owner));
        if (owner.equals("pattern") || owner.equals("type_param")) {
            return new Pos(line, col, integer(required(o, "end_lineno", owner)), integer(required(o, "end_col_offset", owner)));
        }
        PyObject el = optional(o, "end_lineno"), ec = optional(o, "end_col_offset");
        return new Pos(line, col, el == null ? line : integer(el), ec == null ? col : integer(ec));
    }

    private PyException expected(String kind, PyObject o) {
        return Exc.type("expected some sort of " + kind + ", but got " + Ops.repr(o).value);
    }

    // ---- statements ------------------------------------------------------------------------------

    private Stmt stmt(PyObject o) {
        Pos p = pos(o, "stmt");
        String n = o.type.isSubtype(nodes.cls("stmt")) ? kind(o, "stmt") : "";
        switch (n) {
            case "FunctionDef": case "AsyncFunctionDef": {
                String name = requiredId(o, "name", n);
                Node.Arguments args = arguments(required(o, "args", n));
                List<Stmt> body = stmts(o, "body", n);
                List<Expr> decorators = exprs(o, "decorator_list", n);
                Expr returns = exprOrNull(optional(o, "returns"));
                typeComment(o);
                return new Stmt.FunctionDef(p, name, args, body, decorators, returns, items(o, "type_params", n, this::typeParam),
                        n.equals("AsyncFunctionDef"));
            }
            case "ClassDef": {
                String name = requiredId(o, "name", n);
                return new Stmt.ClassDef(p, name, exprs(o, "bases", n), items(o, "keywords", n, this::keyword),
                        stmts(o, "body", n), exprs(o, "decorator_list", n), items(o, "type_params", n, this::typeParam));
            }
            case "Return": return new Stmt.Return(p, exprOrNull(optional(o, "value")));
            case "Delete": return new Stmt.Delete(p, exprs(o, "targets", n));
            case "Assign": {
                List<Expr> targets = exprs(o, "targets", n);
                Expr value = expr(required(o, "value", n));
                typeComment(o);
                return new Stmt.Assign(p, targets, value);
            }
            case "TypeAlias": {
                Expr name = expr(required(o, "name", n));
                if (!(name instanceof Expr.Name nm)) throw Exc.value("TypeAlias with non-Name name");
                return new Stmt.TypeAlias(p, nm, items(o, "type_params", n, this::typeParam), expr(required(o, "value", n)));
            }
            case "AugAssign":
                return new Stmt.AugAssign(p, expr(required(o, "target", n)), binop(required(o, "op", n)), expr(required(o, "value", n)));
            case "AnnAssign": {
                Expr target = expr(required(o, "target", n));
                Expr annotation = expr(required(o, "annotation", n));
                Expr value = exprOrNull(optional(o, "value"));
                return new Stmt.AnnAssign(p, target, annotation, value, integer(required(o, "simple", n)) != 0);
            }
            case "For": case "AsyncFor": {
                Expr target = expr(required(o, "target", n));
                Expr iter = expr(required(o, "iter", n));
                List<Stmt> body = stmts(o, "body", n), orelse = stmts(o, "orelse", n);
                typeComment(o);
                return new Stmt.For(p, target, iter, body, orelse, n.equals("AsyncFor"));
            }
            case "While": return new Stmt.While(p, expr(required(o, "test", n)), stmts(o, "body", n), stmts(o, "orelse", n));
            case "If": return new Stmt.If(p, expr(required(o, "test", n)), stmts(o, "body", n), stmts(o, "orelse", n));
            case "With": case "AsyncWith": {
                List<Node.WithItem> items = items(o, "items", n, this::withItem);
                List<Stmt> body = stmts(o, "body", n);
                typeComment(o);
                return new Stmt.With(p, items, body, n.equals("AsyncWith"));
            }
            case "Match": return new Stmt.Match(p, expr(required(o, "subject", n)), items(o, "cases", n, this::matchCase));
            case "Raise": return new Stmt.Raise(p, exprOrNull(optional(o, "exc")), exprOrNull(optional(o, "cause")));
            case "Try": case "TryStar":
                return new Stmt.Try(p, stmts(o, "body", n), items(o, "handlers", n, this::handler), stmts(o, "orelse", n),
                        stmts(o, "finalbody", n), n.equals("TryStar"));
            case "Assert": return new Stmt.Assert(p, expr(required(o, "test", n)), exprOrNull(optional(o, "msg")));
            case "Import": return new Stmt.Import(p, items(o, "names", n, this::alias));
            case "ImportFrom": {
                String module = optionalId(o, "module");
                List<Node.Alias> names = items(o, "names", n, this::alias);
                PyObject level = optional(o, "level");
                return new Stmt.ImportFrom(p, module, names, level == null ? 0 : integer(level));
            }
            case "Global": return new Stmt.Global(p, items(o, "names", n, AstFromPython::identifier));
            case "Nonlocal": return new Stmt.Nonlocal(p, items(o, "names", n, AstFromPython::identifier));
            case "Expr": return new Stmt.ExprStmt(p, expr(required(o, "value", n)));
            case "Pass": return new Stmt.Pass(p);
            case "Break": return new Stmt.Break(p);
            case "Continue": return new Stmt.Continue(p);
            default: throw expected("stmt", o);
        }
    }

    /** type_comment is read (and must be a str or None) but the compiler has no use for it. */
    private void typeComment(PyObject o) {
        PyObject tc = optional(o, "type_comment");
        if (tc != null) string(tc);
    }

    /** Which alternative of sum type {@code sum} the node is an instance of (its nearest node class), or "". */
    private String kind(PyObject o, String sum) {
        for (PyType t : o.type.mro) {
            String s = nodes.sumOf.get(t.name);
            if (s != null && s.equals(sum) && nodes.cls(t.name) == t) return t.name;
        }
        return "";
    }

    // ---- expressions -----------------------------------------------------------------------------

    private Expr exprOrNull(PyObject o) { return o == null || o == T.None ? null : expr(o); }

    private Expr expr(PyObject o) {
        Pos p = pos(o, "expr");
        String n = o.type.isSubtype(nodes.cls("expr")) ? kind(o, "expr") : "";
        switch (n) {
            case "BoolOp": return new Expr.BoolOp(p, boolop(required(o, "op", n)), exprs(o, "values", n));
            case "NamedExpr": return new Expr.NamedExpr(p, expr(required(o, "target", n)), expr(required(o, "value", n)));
            case "BinOp": {
                Expr left = expr(required(o, "left", n));
                Op.Bin op = binop(required(o, "op", n));
                return new Expr.BinOp(p, left, op, expr(required(o, "right", n)));
            }
            case "UnaryOp": return new Expr.UnaryOp(p, unaryop(required(o, "op", n)), expr(required(o, "operand", n)));
            case "Lambda": return new Expr.Lambda(p, arguments(required(o, "args", n)), expr(required(o, "body", n)));
            case "IfExp":
                return new Expr.IfExp(p, expr(required(o, "test", n)), expr(required(o, "body", n)), expr(required(o, "orelse", n)));
            case "Dict": return new Expr.Dict(p, exprs(o, "keys", n), exprs(o, "values", n));
            case "Set": return new Expr.Set(p, exprs(o, "elts", n));
            case "ListComp": return new Expr.ListComp(p, expr(required(o, "elt", n)), items(o, "generators", n, this::comprehension));
            case "SetComp": return new Expr.SetComp(p, expr(required(o, "elt", n)), items(o, "generators", n, this::comprehension));
            case "DictComp":
                return new Expr.DictComp(p, expr(required(o, "key", n)), expr(required(o, "value", n)),
                        items(o, "generators", n, this::comprehension));
            case "GeneratorExp":
                return new Expr.GeneratorExp(p, expr(required(o, "elt", n)), items(o, "generators", n, this::comprehension));
            case "Await": return new Expr.Await(p, expr(required(o, "value", n)));
            case "Yield": return new Expr.Yield(p, exprOrNull(optional(o, "value")));
            case "YieldFrom": return new Expr.YieldFrom(p, expr(required(o, "value", n)));
            case "Compare":
                return new Expr.Compare(p, expr(required(o, "left", n)), items(o, "ops", n, this::cmpop), exprs(o, "comparators", n));
            case "Call": return new Expr.Call(p, expr(required(o, "func", n)), exprs(o, "args", n), items(o, "keywords", n, this::keyword));
            case "FormattedValue": {
                Expr value = expr(required(o, "value", n));
                int conversion = integer(required(o, "conversion", n));
                return new Expr.FormattedValue(p, value, conversion, exprOrNull(optional(o, "format_spec")));
            }
            case "JoinedStr": return new Expr.JoinedStr(p, exprs(o, "values", n));
            case "Constant": {
                PyObject v = Ops.getattrOrNull(o, PyStr.intern("value"));
                if (v == null) throw Exc.type("required field \"value\" missing from Constant");
                PyObject kind = optional(o, "kind");
                return new Expr.Constant(p, constant(v), kind == null ? null : string(kind));
            }
            case "Attribute":
                return new Expr.Attribute(p, expr(required(o, "value", n)), requiredId(o, "attr", n), ctx(required(o, "ctx", n)));
            case "Subscript":
                return new Expr.Subscript(p, expr(required(o, "value", n)), expr(required(o, "slice", n)), ctx(required(o, "ctx", n)));
            case "Starred": return new Expr.Starred(p, expr(required(o, "value", n)), ctx(required(o, "ctx", n)));
            case "Name": return new Expr.Name(p, requiredId(o, "id", n), ctx(required(o, "ctx", n)));
            case "List": return new Expr.List_(p, exprs(o, "elts", n), ctx(required(o, "ctx", n)));
            case "Tuple": return new Expr.Tuple(p, exprs(o, "elts", n), ctx(required(o, "ctx", n)));
            case "Slice":
                return new Expr.Slice(p, exprOrNull(optional(o, "lower")), exprOrNull(optional(o, "upper")), exprOrNull(optional(o, "step")));
            default: throw expected("expr", o);
        }
    }

    /** A Constant's value: only the types CPython's validator accepts (tuples and frozensets of them included). */
    static Const constant(PyObject v) {
        if (v == T.None) return Const.NONE;
        if (v == T.Ellipsis) return Const.ELLIPSIS;
        if (v == T.TRUE) return Const.TRUE;
        if (v == T.FALSE) return Const.FALSE;
        if (v.type == T.INT) return new Const.Int(((PyInt) v).toBig());
        if (v.type == T.FLOAT) return new Const.Float(((PyFloat) v).v);
        if (v.type == T.STR) return new Const.Str(((PyStr) v).value);
        if (v.type == T.BYTES) {
            PyBytes b = (PyBytes) v;
            StringBuilder sb = new StringBuilder(b.len);
            for (int i = 0; i < b.len; i++) sb.append((char) (b.bytes[i] & 0xff));
            return new Const.Bytes(sb.toString());
        }
        if (v.type == T.COMPLEX && ((PyComplex) v).re == 0 && 1 / ((PyComplex) v).re > 0) return new Const.Imaginary(((PyComplex) v).im);
        checkConstant(v);
        return new Const.Value(v);
    }

    private static void checkConstant(PyObject v) {
        PyType t = v.type;
        if (t == T.NONE_TYPE || t == T.ELLIPSIS_TYPE || t == T.BOOL || t == T.INT || t == T.FLOAT || t == T.COMPLEX
                || t == T.STR || t == T.BYTES) return;
        if (t == T.TUPLE || t == T.FROZENSET) {
            for (PyObject x : Ops.toArray(v)) checkConstant(x);
            return;
        }
        throw Exc.type("got an invalid type in Constant: " + t.name);
    }

    private Ctx ctx(PyObject o) {
        if (isa(o, "Load")) return Ctx.LOAD;
        if (isa(o, "Store")) return Ctx.STORE;
        if (isa(o, "Del")) return Ctx.DEL;
        throw expected("expr_context", o);
    }

    private Op.Bool boolop(PyObject o) {
        if (isa(o, "And")) return Op.Bool.AND;
        if (isa(o, "Or")) return Op.Bool.OR;
        throw expected("boolop", o);
    }

    private Op.Bin binop(PyObject o) {
        for (Op.Bin b : Op.Bin.values()) if (isa(o, AstToPython.binName(b))) return b;
        throw expected("operator", o);
    }

    private Op.Unary unaryop(PyObject o) {
        for (Op.Unary u : Op.Unary.values()) if (isa(o, AstToPython.unaryName(u))) return u;
        throw expected("unaryop", o);
    }

    private Op.Cmp cmpop(PyObject o) {
        for (Op.Cmp c : Op.Cmp.values()) if (isa(o, AstToPython.cmpName(c))) return c;
        throw expected("cmpop", o);
    }

    // ---- the smaller nodes -------------------------------------------------------------------------

    private Node.Comprehension comprehension(PyObject o) {
        if (!isa(o, "comprehension")) throw expected("comprehension", o);
        Expr target = expr(required(o, "target", "comprehension"));
        Expr iter = expr(required(o, "iter", "comprehension"));
        List<Expr> ifs = exprs(o, "ifs", "comprehension");
        return new Node.Comprehension(target, iter, ifs, integer(required(o, "is_async", "comprehension")) != 0);
    }

    private Node.ExceptHandler handler(PyObject o) {
        Pos p = pos(o, "excepthandler");
        if (!isa(o, "ExceptHandler")) throw expected("excepthandler", o);
        return new Node.ExceptHandler(p, exprOrNull(optional(o, "type")), optionalId(o, "name"), stmts(o, "body", "ExceptHandler"));
    }

    private Node.Arguments arguments(PyObject o) {
        if (!isa(o, "arguments")) throw expected("arguments", o);
        String n = "arguments";
        List<Node.Arg> posonly = items(o, "posonlyargs", n, this::arg);
        List<Node.Arg> args = items(o, "args", n, this::arg);
        Node.Arg vararg = argOrNull(optional(o, "vararg"));
        List<Node.Arg> kwonly = items(o, "kwonlyargs", n, this::arg);
        List<Expr> kwDefaults = exprs(o, "kw_defaults", n);
        Node.Arg kwarg = argOrNull(optional(o, "kwarg"));
        List<Expr> defaults = exprs(o, "defaults", n);
        return new Node.Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    private Node.Arg argOrNull(PyObject o) { return o == null ? null : arg(o); }

    private Node.Arg arg(PyObject o) {
        Pos p = pos(o, "arg");
        if (!isa(o, "arg")) throw expected("arg", o);
        String name = requiredId(o, "arg", "arg");
        Expr annotation = exprOrNull(optional(o, "annotation"));
        typeComment(o);
        return new Node.Arg(p, name, annotation);
    }

    private Node.Keyword keyword(PyObject o) {
        Pos p = pos(o, "keyword");
        if (!isa(o, "keyword")) throw expected("keyword", o);
        return new Node.Keyword(p, optionalId(o, "arg"), expr(required(o, "value", "keyword")));
    }

    private Node.Alias alias(PyObject o) {
        Pos p = pos(o, "alias");
        if (!isa(o, "alias")) throw expected("alias", o);
        return new Node.Alias(p, requiredId(o, "name", "alias"), optionalId(o, "asname"));
    }

    private Node.WithItem withItem(PyObject o) {
        if (!isa(o, "withitem")) throw expected("withitem", o);
        return new Node.WithItem(expr(required(o, "context_expr", "withitem")), exprOrNull(optional(o, "optional_vars")));
    }

    private Node.MatchCase matchCase(PyObject o) {
        if (!isa(o, "match_case")) throw expected("match_case", o);
        Pattern pattern = pattern(required(o, "pattern", "match_case"));
        return new Node.MatchCase(pattern, exprOrNull(optional(o, "guard")), stmts(o, "body", "match_case"));
    }

    private Node.TypeParam typeParam(PyObject o) {
        Pos p = pos(o, "type_param");
        String n = o.type.isSubtype(nodes.cls("type_param")) ? kind(o, "type_param") : "";
        return switch (n) {
            case "TypeVar" -> new Node.TypeVar(p, requiredId(o, "name", n), exprOrNull(optional(o, "bound")));
            case "ParamSpec" -> new Node.ParamSpec(p, requiredId(o, "name", n));
            case "TypeVarTuple" -> new Node.TypeVarTuple(p, requiredId(o, "name", n));
            default -> throw expected("type_param", o);
        };
    }

    private Pattern patternOrNull(PyObject o) { return o == null ? null : pattern(o); }

    private Pattern pattern(PyObject o) {
        Pos p = pos(o, "pattern");
        String n = o.type.isSubtype(nodes.cls("pattern")) ? kind(o, "pattern") : "";
        switch (n) {
            case "MatchValue": return new Pattern.MatchValue(p, expr(required(o, "value", n)));
            case "MatchSingleton": {
                PyObject v = Ops.getattrOrNull(o, PyStr.intern("value"));
                if (v == null) throw Exc.type("required field \"value\" missing from MatchSingleton");
                if (v != T.None && v != T.TRUE && v != T.FALSE) throw Exc.value("MatchSingleton can only contain True, False and None");
                return new Pattern.MatchSingleton(p, constant(v));
            }
            case "MatchSequence": return new Pattern.MatchSequence(p, items(o, "patterns", n, this::pattern));
            case "MatchMapping":
                return new Pattern.MatchMapping(p, exprs(o, "keys", n), items(o, "patterns", n, this::pattern), optionalId(o, "rest"));
            case "MatchClass":
                return new Pattern.MatchClass(p, expr(required(o, "cls", n)), items(o, "patterns", n, this::pattern),
                        items(o, "kwd_attrs", n, AstFromPython::identifier), items(o, "kwd_patterns", n, this::pattern));
            case "MatchStar": return new Pattern.MatchStar(p, optionalId(o, "name"));
            case "MatchAs": return new Pattern.MatchAs(p, patternOrNull(optional(o, "pattern")), optionalId(o, "name"));
            case "MatchOr": return new Pattern.MatchOr(p, items(o, "patterns", n, this::pattern));
            default: throw expected("pattern", o);
        }
    }

    /**
     * The checks of CPython's Python/ast.c (PyAST_Validate) on a tree made in Python, those the
     * compiler relies on: each expression's context, non-empty bodies and targets, operand counts.
     */
    static final class Validator {
        void mod(Mod m) {
            switch (m) {
                case Mod.Module mm -> stmts(mm.body(), null);
                case Mod.Interactive mi -> stmts(mi.body(), null);
                case Mod.Expression me -> expr(me.body(), Ctx.LOAD);
            }
        }

        private static PyException error(String msg) { return Exc.value(msg); }

        private void body(List<Stmt> body, String owner) {
            if (body.isEmpty()) throw error("empty body on " + owner);
            stmts(body, null);
        }

        private void stmts(List<Stmt> l, String unused) {
            for (Stmt s : l) {
                if (s == null) throw error("None disallowed in statement list");
                stmt(s);
            }
        }

        private void exprs(List<Expr> l, Ctx ctx, boolean nullOk) {
            for (Expr e : l) {
                if (e == null) {
                    if (!nullOk) throw error("None disallowed in expression list");
                    continue;
                }
                expr(e, ctx);
            }
        }

        private void opt(Expr e) { if (e != null) expr(e, Ctx.LOAD); }

        private void stmt(Stmt s) {
            switch (s) {
                case Stmt.FunctionDef f -> {
                    body(f.body(), f.isAsync() ? "AsyncFunctionDef" : "FunctionDef");
                    arguments(f.args());
                    exprs(f.decoratorList(), Ctx.LOAD, false);
                    opt(f.returns());
                }
                case Stmt.ClassDef c -> {
                    body(c.body(), "ClassDef");
                    exprs(c.bases(), Ctx.LOAD, false);
                    for (Node.Keyword k : c.keywords()) expr(k.value(), Ctx.LOAD);
                    exprs(c.decoratorList(), Ctx.LOAD, false);
                }
                case Stmt.Return r -> opt(r.value());
                case Stmt.Delete d -> {
                    if (d.targets().isEmpty()) throw error("empty targets on Delete");
                    exprs(d.targets(), Ctx.DEL, false);
                }
                case Stmt.Assign a -> {
                    if (a.targets().isEmpty()) throw error("empty targets on Assign");
                    exprs(a.targets(), Ctx.STORE, false);
                    expr(a.value(), Ctx.LOAD);
                }
                case Stmt.TypeAlias t -> { expr(t.name(), Ctx.STORE); expr(t.value(), Ctx.LOAD); }
                case Stmt.AugAssign a -> { expr(a.target(), Ctx.STORE); expr(a.value(), Ctx.LOAD); }
                case Stmt.AnnAssign a -> {
                    if (a.simple() && !(a.target() instanceof Expr.Name)) throw error("AnnAssign with simple non-Name target");
                    expr(a.target(), Ctx.STORE);
                    opt(a.value());
                    expr(a.annotation(), Ctx.LOAD);
                }
                case Stmt.For f -> {
                    expr(f.target(), Ctx.STORE);
                    expr(f.iter(), Ctx.LOAD);
                    body(f.body(), f.isAsync() ? "AsyncFor" : "For");
                    stmts(f.orelse(), null);
                }
                case Stmt.While w -> { expr(w.test(), Ctx.LOAD); body(w.body(), "While"); stmts(w.orelse(), null); }
                case Stmt.If i -> { expr(i.test(), Ctx.LOAD); body(i.body(), "If"); stmts(i.orelse(), null); }
                case Stmt.With w -> {
                    if (w.items().isEmpty()) throw error("empty items on " + (w.isAsync() ? "AsyncWith" : "With"));
                    for (Node.WithItem it : w.items()) {
                        expr(it.contextExpr(), Ctx.LOAD);
                        if (it.optionalVars() != null) expr(it.optionalVars(), Ctx.STORE);
                    }
                    body(w.body(), w.isAsync() ? "AsyncWith" : "With");
                }
                case Stmt.Match m -> {
                    expr(m.subject(), Ctx.LOAD);
                    if (m.cases().isEmpty()) throw error("empty cases on Match");
                    for (Node.MatchCase c : m.cases()) {
                        opt(c.guard());
                        body(c.body(), "match_case");
                    }
                }
                case Stmt.Raise r -> {
                    if (r.exc() == null && r.cause() != null) throw error("Raise with cause but no exception");
                    opt(r.exc());
                    opt(r.cause());
                }
                case Stmt.Try t -> {
                    String name = t.isStar() ? "TryStar" : "Try";
                    body(t.body(), name);
                    if (t.handlers().isEmpty() && t.finalbody().isEmpty()) throw error(name + " has neither except handlers nor finalbody");
                    if (t.handlers().isEmpty() && !t.orelse().isEmpty()) throw error(name + " has orelse but no except handlers");
                    for (Node.ExceptHandler h : t.handlers()) {
                        opt(h.type());
                        body(h.body(), "ExceptHandler");
                    }
                    stmts(t.finalbody(), null);
                    stmts(t.orelse(), null);
                }
                case Stmt.Assert a -> { expr(a.test(), Ctx.LOAD); opt(a.msg()); }
                case Stmt.Import i -> { if (i.names().isEmpty()) throw error("empty names on Import"); }
                case Stmt.ImportFrom i -> {
                    if (i.level() < 0) throw error("Negative ImportFrom level");
                    if (i.names().isEmpty()) throw error("empty names on ImportFrom");
                }
                case Stmt.Global g -> { if (g.names().isEmpty()) throw error("empty names on Global"); }
                case Stmt.Nonlocal g -> { if (g.names().isEmpty()) throw error("empty names on Nonlocal"); }
                case Stmt.ExprStmt e -> expr(e.value(), Ctx.LOAD);
                case Stmt.Pass x -> { }
                case Stmt.Break x -> { }
                case Stmt.Continue x -> { }
            }
        }

        private void arguments(Node.Arguments a) {
            if (a.defaults().size() > a.posonlyargs().size() + a.args().size()) {
                throw error("more positional defaults than args on arguments");
            }
            if (a.kwDefaults().size() != a.kwonlyargs().size()) {
                throw error("length of kwonlyargs is not the same as kw_defaults on arguments");
            }
            exprs(a.defaults(), Ctx.LOAD, false);
            exprs(a.kwDefaults(), Ctx.LOAD, true);
        }

        private void comprehensions(List<Node.Comprehension> gens) {
            if (gens.isEmpty()) throw error("comprehension with no generators");
            for (Node.Comprehension c : gens) {
                expr(c.target(), Ctx.STORE);
                expr(c.iter(), Ctx.LOAD);
                exprs(c.ifs(), Ctx.LOAD, false);
            }
        }

        private static String ctxName(Ctx c) {
            return switch (c) { case LOAD -> "Load"; case STORE -> "Store"; case DEL -> "Del"; };
        }

        private void checkCtx(Ctx actual, Ctx want) {
            if (actual != want) {
                throw error("expression must have " + ctxName(want) + " context but has " + ctxName(actual) + " instead");
            }
        }

        private void expr(Expr e, Ctx ctx) {
            switch (e) {
                case Expr.Name n -> checkCtx(n.ctx(), ctx);
                case Expr.Attribute a -> { checkCtx(a.ctx(), ctx); expr(a.value(), Ctx.LOAD); }
                case Expr.Subscript s -> { checkCtx(s.ctx(), ctx); expr(s.value(), Ctx.LOAD); expr(s.slice(), Ctx.LOAD); }
                case Expr.Starred s -> { checkCtx(s.ctx(), ctx); expr(s.value(), ctx); }
                case Expr.List_ l -> { checkCtx(l.ctx(), ctx); exprs(l.elts(), ctx, false); }
                case Expr.Tuple t -> { checkCtx(t.ctx(), ctx); exprs(t.elts(), ctx, false); }
                default -> {
                    if (ctx != Ctx.LOAD) {
                        throw error("expression which can't be assigned to in " + ctxName(ctx) + " context");
                    }
                    loadExpr(e);
                }
            }
        }

        private void loadExpr(Expr e) {
            switch (e) {
                case Expr.BoolOp b -> {
                    if (b.values().size() < 2) throw error("BoolOp with less than 2 values");
                    exprs(b.values(), Ctx.LOAD, false);
                }
                case Expr.NamedExpr n -> {
                    if (!(n.target() instanceof Expr.Name)) throw Exc.type("NamedExpr target must be a Name");
                    expr(n.value(), Ctx.LOAD);
                }
                case Expr.BinOp b -> { expr(b.left(), Ctx.LOAD); expr(b.right(), Ctx.LOAD); }
                case Expr.UnaryOp u -> expr(u.operand(), Ctx.LOAD);
                case Expr.Lambda l -> { arguments(l.args()); expr(l.body(), Ctx.LOAD); }
                case Expr.IfExp i -> { expr(i.test(), Ctx.LOAD); expr(i.body(), Ctx.LOAD); expr(i.orelse(), Ctx.LOAD); }
                case Expr.Dict d -> {
                    if (d.keys().size() != d.values().size()) throw error("Dict doesn't have the same number of keys as values");
                    exprs(d.keys(), Ctx.LOAD, true);
                    exprs(d.values(), Ctx.LOAD, false);
                }
                case Expr.Set s -> exprs(s.elts(), Ctx.LOAD, false);
                case Expr.ListComp c -> { comprehensions(c.generators()); expr(c.elt(), Ctx.LOAD); }
                case Expr.SetComp c -> { comprehensions(c.generators()); expr(c.elt(), Ctx.LOAD); }
                case Expr.GeneratorExp c -> { comprehensions(c.generators()); expr(c.elt(), Ctx.LOAD); }
                case Expr.DictComp c -> { comprehensions(c.generators()); expr(c.key(), Ctx.LOAD); expr(c.value(), Ctx.LOAD); }
                case Expr.Await a -> expr(a.value(), Ctx.LOAD);
                case Expr.Yield y -> opt(y.value());
                case Expr.YieldFrom y -> expr(y.value(), Ctx.LOAD);
                case Expr.Compare c -> {
                    if (c.comparators().isEmpty()) throw error("Compare with no comparators");
                    if (c.comparators().size() != c.ops().size()) {
                        throw error("Compare has a different number of comparators and operands");
                    }
                    exprs(c.comparators(), Ctx.LOAD, false);
                    expr(c.left(), Ctx.LOAD);
                }
                case Expr.Call c -> {
                    expr(c.func(), Ctx.LOAD);
                    exprs(c.args(), Ctx.LOAD, false);
                    for (Node.Keyword k : c.keywords()) expr(k.value(), Ctx.LOAD);
                }
                case Expr.FormattedValue f -> {
                    int c = f.conversion();
                    // CPython's compiler refuses it (SystemError), ours would format with repr
                    if (c != -1 && c != 's' && c != 'r' && c != 'a') throw Exc.system("Unrecognized conversion character " + c);
                    expr(f.value(), Ctx.LOAD);
                    opt(f.formatSpec());
                }
                case Expr.JoinedStr j -> exprs(j.values(), Ctx.LOAD, false);
                case Expr.Slice s -> { opt(s.lower()); opt(s.upper()); opt(s.step()); }
                default -> { }
            }
        }
    }
}
