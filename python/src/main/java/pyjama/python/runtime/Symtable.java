package pyjama.python.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import pyjama.python.ast.Expr;
import pyjama.python.ast.Node;
import pyjama.python.ast.Pattern;
import pyjama.python.ast.Pos;
import pyjama.python.ast.Stmt;
import pyjama.python.parser.PySyntaxError;

/**
 * The symbol table pass (CPython's symtable.c): one Scope per module, class, function,
 * lambda and comprehension, then the analysis that decides for each name whether it is
 * local, global, free (closure), or a cell.
 */
final class Symtable {
    static final int DEF_LOCAL = 1, DEF_GLOBAL = 2, DEF_NONLOCAL = 4, DEF_PARAM = 8, USE = 16, DEF_IMPORT = 32,
            DEF_COMP_ITER = 64, DEF_ANNOT = 128;
    static final int LOCAL = 1, GLOBAL_EXPLICIT = 2, GLOBAL_IMPLICIT = 3, FREE = 4, CELL = 5;

    enum Kind { MODULE, CLASS, FUNCTION, LAMBDA, COMPREHENSION }

    static final class Scope {
        final String name;
        final Kind kind;
        final Scope parent;
        final LinkedHashMap<String, Integer> flags = new LinkedHashMap<>();
        final HashMap<String, Integer> scopes = new HashMap<>();
        final ArrayList<String> params = new ArrayList<>();
        final ArrayList<Scope> children = new ArrayList<>();
        final LinkedHashSet<String> cellvars = new LinkedHashSet<>();
        final LinkedHashSet<String> freevars = new LinkedHashSet<>();
        boolean isGenerator, isCoroutine, hasReturnValue;
        boolean needsClassCell;
        boolean hasVarargs, hasVarkw;
        boolean inClass;  // a function directly inside a class body (for super())
        /** The annotation scope of PEP 695 type parameters ("<generic parameters of f>"). */
        boolean isTypeParams;
        final HashMap<String, Pos> globalPos = new HashMap<>();
        Pos firstPos;
        /** A comprehension that awaits (async for, await, or an async comprehension inside it). */
        boolean isAsyncComp;
        /**
         * The module awaits at top level (PyCF_ALLOW_TOP_LEVEL_AWAIT): its code object gets
         * CO_COROUTINE and running it makes a coroutine (CPython's ste_coroutine on the module).
         */
        boolean awaitsAtTopLevel;

        Scope(String name, Kind kind, Scope parent) {
            this.name = name;
            this.kind = kind;
            this.parent = parent;
        }

        boolean isFunctionLike() { return kind == Kind.FUNCTION || kind == Kind.LAMBDA || kind == Kind.COMPREHENSION; }

        int flag(String n) { return flags.getOrDefault(n, 0); }

        void add(String n, int f) { flags.put(n, flag(n) | f); }

        int scopeOf(String n) {
            Integer s = scopes.get(n);
            if (s != null) return s;
            return kind == Kind.MODULE || kind == Kind.CLASS ? GLOBAL_IMPLICIT : GLOBAL_IMPLICIT;
        }
    }

    final IdentityHashMap<Object, Scope> scopeOfNode = new IdentityHashMap<>();
    final String filename;
    final String[] sourceLines;
    /** compile(..., flags=PyCF_ALLOW_TOP_LEVEL_AWAIT): await and async for/with/comprehensions at module level. */
    final boolean allowTopLevelAwait;
    Scope cur;
    Scope top;

    Symtable(String filename, String[] sourceLines, boolean allowTopLevelAwait) {
        this.filename = filename;
        this.sourceLines = sourceLines;
        this.allowTopLevelAwait = allowTopLevelAwait;
    }

    /** The current scope is the module and top-level await is allowed (CPython's IS_TOP_LEVEL_AWAIT). */
    private boolean topLevelAwaitHere() { return allowTopLevelAwait && cur.kind == Kind.MODULE; }

    PySyntaxError error(String msg, Pos p) {
        return Compiler.syntaxError(msg, filename, sourceLines, p);
    }

    Scope build(List<Stmt> body, Object node) {
        top = new Scope("top", Kind.MODULE, null);
        scopeOfNode.put(node, top);
        cur = top;
        for (Stmt s : body) stmt(s);
        analyze(top, new LinkedHashSet<>(), new LinkedHashSet<>());
        return top;
    }

    Scope buildExpr(Expr e, Object node) {
        top = new Scope("top", Kind.MODULE, null);
        scopeOfNode.put(node, top);
        cur = top;
        expr(e);
        analyze(top, new LinkedHashSet<>(), new LinkedHashSet<>());
        return top;
    }

    private Scope push(String name, Kind k, Object node) {
        Scope s = new Scope(name, k, cur);
        cur.children.add(s);
        scopeOfNode.put(node, s);
        cur = s;
        return s;
    }

    private void pop() { cur = cur.parent; }

    void def(String n, int f, Pos p) {
        int old = cur.flag(n);
        if ((old & DEF_GLOBAL) != 0 && (f & DEF_PARAM) != 0) throw error("name '" + n + "' is parameter and global", p);
        cur.add(n, f);
    }

    void use(String n) { cur.add(n, USE); }

    // ---- statements ------------------------------------------------------------------------------

    void stmts(List<Stmt> l) { for (Stmt s : l) stmt(s); }

    void stmt(Stmt s) {
        switch (s) {
            case Stmt.FunctionDef f -> {
                def(f.name(), DEF_LOCAL, f.pos());
                for (Expr d : f.decoratorList()) expr(d);
                argDefaults(f.args());
                boolean generic = !f.typeParams().isEmpty();
                if (generic) {
                    typeParamsScope(f.name(), f.typeParams(), f.pos());
                    // the defaults, evaluated outside, come in as arguments (as CPython's)
                    if (!f.args().defaults().isEmpty()) { def(".defaults", DEF_PARAM, f.pos()); cur.params.add(".defaults"); }
                    if (hasKwDefaults(f.args())) { def(".kwdefaults", DEF_PARAM, f.pos()); cur.params.add(".kwdefaults"); }
                }
                argAnnotations(f.args());
                if (f.returns() != null) expr(f.returns());
                Scope sc = push(f.name(), Kind.FUNCTION, f);
                sc.firstPos = f.pos();
                sc.inClass = sc.parent.kind == Kind.CLASS || (generic && sc.parent.parent.kind == Kind.CLASS);
                if (f.isAsync()) sc.isCoroutine = true;
                params(f.args());
                stmts(f.body());
                pop();
                if (generic) pop();
            }
            case Stmt.ClassDef c -> {
                def(c.name(), DEF_LOCAL, c.pos());
                for (Expr d : c.decoratorList()) expr(d);
                boolean generic = !c.typeParams().isEmpty();
                if (generic) {
                    typeParamsScope(c.name(), c.typeParams(), c.pos());
                    def(".generic_base", DEF_LOCAL, c.pos());
                }
                for (Expr b : c.bases()) expr(b);
                for (Node.Keyword k : c.keywords()) expr(k.value());
                Scope sc = push(c.name(), Kind.CLASS, c);
                sc.firstPos = c.pos();
                stmts(c.body());
                pop();
                if (generic) pop();
            }
            case Stmt.Return r -> {
                if (!cur.isFunctionLike()) throw error("'return' outside function", r.pos());
                if (r.value() != null) { cur.hasReturnValue = true; expr(r.value()); }
            }
            case Stmt.Delete d -> { for (Expr t : d.targets()) expr(t); }
            case Stmt.Assign a -> { for (Expr t : a.targets()) expr(t); expr(a.value()); }
            case Stmt.TypeAlias t -> {
                expr(t.name());
                if (t.typeParams().isEmpty()) {
                    expr(t.value());
                } else {
                    typeParamsScope(t.name().id(), t.typeParams(), t.pos());
                    expr(t.value());
                    pop();
                }
            }
            case Stmt.AugAssign a -> { expr(a.target()); expr(a.value()); if (a.target() instanceof Expr.Name n) use(n.id()); }
            case Stmt.AnnAssign a -> {
                if (a.target() instanceof Expr.Name n) {
                    int fl = cur.flag(n.id());
                    if ((fl & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && a.simple()) {
                        throw error("annotated name '" + n.id() + "' can't be " + ((fl & DEF_GLOBAL) != 0 ? "global" : "nonlocal"), a.pos());
                    }
                    if (a.simple()) def(n.id(), DEF_LOCAL | DEF_ANNOT, a.pos());
                    else if (a.value() != null) def(n.id(), DEF_LOCAL, a.pos());
                } else {
                    expr(a.target());
                }
                if (!cur.isFunctionLike()) expr(a.annotation());
                if (a.value() != null) expr(a.value());
            }
            case Stmt.For f -> {
                expr(f.target()); expr(f.iter()); stmts(f.body()); stmts(f.orelse());
                if (f.isAsync()) checkAwaitAllowed(f.pos(), "'async for' outside async function");
            }
            case Stmt.While w -> { expr(w.test()); stmts(w.body()); stmts(w.orelse()); }
            case Stmt.If i -> { expr(i.test()); stmts(i.body()); stmts(i.orelse()); }
            case Stmt.With w -> {
                for (Node.WithItem it : w.items()) {
                    expr(it.contextExpr());
                    if (it.optionalVars() != null) expr(it.optionalVars());
                }
                if (w.isAsync()) checkAwaitAllowed(w.pos(), "'async with' outside async function");
                stmts(w.body());
            }
            case Stmt.Match m -> {
                expr(m.subject());
                for (Node.MatchCase c : m.cases()) {
                    pattern(c.pattern());
                    if (c.guard() != null) expr(c.guard());
                    stmts(c.body());
                }
            }
            case Stmt.Raise r -> { if (r.exc() != null) expr(r.exc()); if (r.cause() != null) expr(r.cause()); }
            case Stmt.Try t -> {
                stmts(t.body());
                for (Node.ExceptHandler h : t.handlers()) {
                    if (h.type() != null) expr(h.type());
                    if (h.name() != null) def(h.name(), DEF_LOCAL, h.pos());
                    stmts(h.body());
                }
                stmts(t.orelse());
                stmts(t.finalbody());
            }
            case Stmt.Assert a -> { expr(a.test()); if (a.msg() != null) expr(a.msg()); }
            case Stmt.Import im -> {
                for (Node.Alias a : im.names()) {
                    String n = a.asname() != null ? a.asname() : a.name();
                    int dot = n.indexOf('.');
                    if (a.asname() == null && dot >= 0) n = n.substring(0, dot);
                    def(n, DEF_LOCAL | DEF_IMPORT, a.pos());
                }
            }
            case Stmt.ImportFrom im -> {
                for (Node.Alias a : im.names()) {
                    if (a.name().equals("*")) {
                        if (cur.kind != Kind.MODULE) throw error("import * only allowed at module level", im.pos());
                        continue;
                    }
                    def(a.asname() != null ? a.asname() : a.name(), DEF_LOCAL | DEF_IMPORT, a.pos());
                }
            }
            case Stmt.Global g -> {
                for (String n : g.names()) {
                    int fl = cur.flag(n);
                    if ((fl & DEF_PARAM) != 0) throw error("name '" + n + "' is parameter and global", g.pos());
                    if ((fl & DEF_NONLOCAL) != 0) throw error("name '" + n + "' is nonlocal and global", g.pos());
                    if ((fl & DEF_ANNOT) != 0) throw error("annotated name '" + n + "' can't be global", g.pos());
                    if ((fl & USE) != 0) throw error("name '" + n + "' is used prior to global declaration", g.pos());
                    if ((fl & DEF_LOCAL) != 0) throw error("name '" + n + "' is assigned to before global declaration", g.pos());
                    cur.add(n, DEF_GLOBAL);
                    cur.globalPos.put(n, g.pos());
                }
            }
            case Stmt.Nonlocal g -> {
                for (String n : g.names()) {
                    if (cur.kind == Kind.MODULE) throw error("nonlocal declaration not allowed at module level", g.pos());
                    int fl = cur.flag(n);
                    if ((fl & DEF_PARAM) != 0) throw error("name '" + n + "' is parameter and nonlocal", g.pos());
                    if ((fl & DEF_GLOBAL) != 0) throw error("name '" + n + "' is nonlocal and global", g.pos());
                    if ((fl & USE) != 0) throw error("name '" + n + "' is used prior to nonlocal declaration", g.pos());
                    if ((fl & DEF_LOCAL) != 0) throw error("name '" + n + "' is assigned to before nonlocal declaration", g.pos());
                    cur.add(n, DEF_NONLOCAL);
                    cur.globalPos.put(n, g.pos());
                }
            }
            case Stmt.ExprStmt e -> expr(e.value());
            case Stmt.Pass p -> { }
            case Stmt.Break b -> { }
            case Stmt.Continue c -> { }
        }
    }

    /** async for / async with: in an async function, or at module level with top-level await. */
    void checkAwaitAllowed(Pos p, String msg) {
        Scope s = cur;
        if (s.kind == Kind.FUNCTION && s.isCoroutine) return;
        if (topLevelAwaitHere()) {
            s.awaitsAtTopLevel = true;
            return;
        }
        throw error(msg, p);
    }

    /**
     * Enters the annotation scope of PEP 695 type parameters, keyed by the parameter list:
     * a function scope binding the parameters (bounds are evaluated in it, eagerly) and
     * ".type_params", the tuple of them; the definition's own scope is its child.
     */
    void typeParamsScope(String name, List<Node.TypeParam> tps, Pos pos) {
        Scope s = push("<generic parameters of " + name + ">", Kind.FUNCTION, tps);
        s.firstPos = pos;
        s.isTypeParams = true;
        for (Node.TypeParam tp : tps) {
            String n = switch (tp) {
                case Node.TypeVar tv -> tv.name();
                case Node.ParamSpec ps -> ps.name();
                case Node.TypeVarTuple tt -> tt.name();
            };
            if ((cur.flag(n) & DEF_LOCAL) != 0) throw error("duplicate type parameter '" + n + "'", tp.pos());
            def(n, DEF_LOCAL, tp.pos());
            if (tp instanceof Node.TypeVar tv && tv.bound() != null) expr(tv.bound());
        }
        def(".type_params", DEF_LOCAL, pos);
    }

    static boolean hasKwDefaults(Node.Arguments a) {
        for (Expr d : a.kwDefaults()) if (d != null) return true;
        return false;
    }

    void argDefaults(Node.Arguments a) {
        for (Expr d : a.defaults()) expr(d);
        for (Expr d : a.kwDefaults()) if (d != null) expr(d);
    }

    void argAnnotations(Node.Arguments a) {
        for (Node.Arg x : a.posonlyargs()) if (x.annotation() != null) expr(x.annotation());
        for (Node.Arg x : a.args()) if (x.annotation() != null) expr(x.annotation());
        if (a.vararg() != null && a.vararg().annotation() != null) expr(a.vararg().annotation());
        for (Node.Arg x : a.kwonlyargs()) if (x.annotation() != null) expr(x.annotation());
        if (a.kwarg() != null && a.kwarg().annotation() != null) expr(a.kwarg().annotation());
    }

    void params(Node.Arguments a) {
        for (Node.Arg x : a.posonlyargs()) param(x);
        for (Node.Arg x : a.args()) param(x);
        for (Node.Arg x : a.kwonlyargs()) param(x);
        if (a.vararg() != null) { param(a.vararg()); cur.hasVarargs = true; }
        if (a.kwarg() != null) { param(a.kwarg()); cur.hasVarkw = true; }
    }

    void param(Node.Arg x) {
        if ((cur.flag(x.arg()) & DEF_PARAM) != 0) throw error("duplicate argument '" + x.arg() + "' in function definition", x.pos());
        def(x.arg(), DEF_PARAM, x.pos());
        cur.params.add(x.arg());
    }

    void pattern(Pattern p) {
        switch (p) {
            case Pattern.MatchValue v -> expr(v.value());
            case Pattern.MatchSingleton s -> { }
            case Pattern.MatchSequence s -> { for (Pattern q : s.patterns()) pattern(q); }
            case Pattern.MatchMapping m -> {
                for (Expr k : m.keys()) expr(k);
                for (Pattern q : m.patterns()) pattern(q);
                if (m.rest() != null) def(m.rest(), DEF_LOCAL, m.pos());
            }
            case Pattern.MatchClass c -> {
                expr(c.cls());
                for (Pattern q : c.patterns()) pattern(q);
                for (Pattern q : c.kwdPatterns()) pattern(q);
            }
            case Pattern.MatchStar s -> { if (s.name() != null) def(s.name(), DEF_LOCAL, s.pos()); }
            case Pattern.MatchAs a -> {
                if (a.pattern() != null) pattern(a.pattern());
                if (a.name() != null) def(a.name(), DEF_LOCAL, a.pos());
            }
            case Pattern.MatchOr o -> { for (Pattern q : o.patterns()) pattern(q); }
        }
    }

    // ---- expressions -------------------------------------------------------------------------------

    void exprs(List<Expr> l) { for (Expr e : l) if (e != null) expr(e); }

    void expr(Expr e) {
        switch (e) {
            case Expr.BoolOp b -> exprs(b.values());
            case Expr.NamedExpr n -> {
                expr(n.value());
                String id = ((Expr.Name) n.target()).id();
                if (cur.kind == Kind.COMPREHENSION) {
                    Scope s = cur;
                    while (s.kind == Kind.COMPREHENSION) {
                        if ((s.flag(id) & DEF_COMP_ITER) != 0) {
                            throw error("assignment expression cannot rebind comprehension iteration variable '" + id + "'", n.pos());
                        }
                        s = s.parent;
                    }
                    if (s.kind == Kind.CLASS) throw error("assignment expression within a comprehension cannot be used in a class body", n.pos());
                    boolean module = s.kind == Kind.MODULE;
                    if (module || (s.flag(id) & DEF_GLOBAL) != 0) {
                        for (Scope c = cur; c != s; c = c.parent) c.add(id, DEF_GLOBAL);
                        s.add(id, DEF_LOCAL);
                    } else {
                        s.add(id, DEF_LOCAL);
                        for (Scope c = cur; c != s; c = c.parent) c.add(id, DEF_NONLOCAL);
                    }
                } else {
                    def(id, DEF_LOCAL, n.pos());
                }
            }
            case Expr.BinOp b -> { expr(b.left()); expr(b.right()); }
            case Expr.UnaryOp u -> expr(u.operand());
            case Expr.Lambda l -> {
                argDefaults(l.args());
                Scope sc = push("lambda", Kind.LAMBDA, l);
                sc.firstPos = l.pos();
                params(l.args());
                expr(l.body());
                pop();
            }
            case Expr.IfExp i -> { expr(i.test()); expr(i.body()); expr(i.orelse()); }
            case Expr.Dict d -> { exprs(d.keys()); exprs(d.values()); }
            case Expr.Set s -> exprs(s.elts());
            case Expr.ListComp c -> comprehension(c, "listcomp", c.generators(), c.elt(), null);
            case Expr.SetComp c -> comprehension(c, "setcomp", c.generators(), c.elt(), null);
            case Expr.DictComp c -> comprehension(c, "dictcomp", c.generators(), c.key(), c.value());
            case Expr.GeneratorExp c -> comprehension(c, "genexpr", c.generators(), c.elt(), null);
            case Expr.Await a -> {
                if (cur.kind == Kind.FUNCTION && cur.isCoroutine) { }
                else if (cur.kind == Kind.COMPREHENSION) { cur.isAsyncComp = true; }
                else if (topLevelAwaitHere()) { cur.awaitsAtTopLevel = true; }
                else if (cur.isFunctionLike()) throw error("'await' outside async function", a.pos());
                else throw error("'await' outside function", a.pos());
                expr(a.value());
            }
            case Expr.Yield y -> {
                yieldCheck(y.pos());
                if (y.value() != null) expr(y.value());
            }
            case Expr.YieldFrom y -> {
                yieldCheck(y.pos());
                if (cur.isCoroutine) throw error("'yield from' inside async function", y.pos());
                expr(y.value());
            }
            case Expr.Compare c -> { expr(c.left()); exprs(c.comparators()); }
            case Expr.Call c -> {
                expr(c.func());
                exprs(c.args());
                for (Node.Keyword k : c.keywords()) expr(k.value());
            }
            case Expr.FormattedValue f -> { expr(f.value()); if (f.formatSpec() != null) expr(f.formatSpec()); }
            case Expr.JoinedStr j -> exprs(j.values());
            case Expr.Constant c -> { }
            case Expr.Attribute a -> expr(a.value());
            case Expr.Subscript s -> { expr(s.value()); expr(s.slice()); }
            case Expr.Starred s -> expr(s.value());
            case Expr.Name n -> {
                if (n.ctx() == pyjama.python.ast.Ctx.LOAD) {
                    use(n.id());
                    if (n.id().equals("super") && cur.isFunctionLike()) cur.add("__class__", USE);
                } else {
                    def(n.id(), DEF_LOCAL, n.pos());
                }
                if (n.id().equals("__class__") && cur.isFunctionLike()) cur.add("__class__", USE);
            }
            case Expr.List_ l -> exprs(l.elts());
            case Expr.Tuple t -> exprs(t.elts());
            case Expr.Slice s -> { if (s.lower() != null) expr(s.lower()); if (s.upper() != null) expr(s.upper()); if (s.step() != null) expr(s.step()); }
        }
    }

    void yieldCheck(Pos p) {
        if (!cur.isFunctionLike()) throw error("'yield' outside function", p);
        if (cur.kind == Kind.COMPREHENSION) throw error("'yield' inside " + compName(cur.name), p);
        cur.isGenerator = true;
    }

    static String compName(String n) {
        switch (n) {
            case "listcomp": return "list comprehension";
            case "setcomp": return "set comprehension";
            case "dictcomp": return "dict comprehension";
            default: return "generator expression";
        }
    }

    void comprehension(Expr node, String name, List<Node.Comprehension> gens, Expr elt, Expr value) {
        // the first iterable is evaluated in the enclosing scope
        expr(gens.get(0).iter());
        Scope sc = push(name, Kind.COMPREHENSION, node);
        sc.firstPos = node.pos();
        if (name.equals("genexpr")) sc.isGenerator = true;
        def(".0", DEF_PARAM, node.pos());
        sc.params.add(".0");
        for (int i = 0; i < gens.size(); i++) {
            Node.Comprehension g = gens.get(i);
            if (g.isAsync()) sc.isAsyncComp = true;
            markIterTargets(g.target());
            expr(g.target());
            if (i > 0) expr(g.iter());
            exprs(g.ifs());
        }
        expr(elt);
        if (value != null) expr(value);
        pop();
        if (!sc.isAsyncComp) return;
        if (!name.equals("genexpr")) {
            // Running an async list/set/dict comprehension awaits, so the enclosing scope must
            // be able to await; an enclosing comprehension becomes async in turn.
            if (cur.kind == Kind.COMPREHENSION) cur.isAsyncComp = true;
            else if (!(cur.kind == Kind.FUNCTION && cur.isCoroutine) && !topLevelAwaitHere()) {
                throw error("asynchronous comprehension outside of an asynchronous function", node.pos());
            }
        }
        // CPython 3.12 marks the module a coroutine for any async comprehension, an async
        // generator expression included, whose compiling unit is the module: list/set/dict
        // comprehensions are inlined there (PEP 709), so look through them.
        Scope host = cur;
        while (host.kind == Kind.COMPREHENSION && !host.name.equals("genexpr")) host = host.parent;
        if (allowTopLevelAwait && host.kind == Kind.MODULE) host.awaitsAtTopLevel = true;
    }

    void markIterTargets(Expr t) {
        if (t instanceof Expr.Name n) cur.add(n.id(), DEF_COMP_ITER);
        else if (t instanceof Expr.Tuple tu) for (Expr x : tu.elts()) markIterTargets(x);
        else if (t instanceof Expr.List_ l) for (Expr x : l.elts()) markIterTargets(x);
        else if (t instanceof Expr.Starred s) markIterTargets(s.value());
    }

    // ---- analysis -------------------------------------------------------------------------------------

    /** Returns the free variables of s (names that s needs from enclosing scopes). */
    Set<String> analyze(Scope s, Set<String> bound, Set<String> globals) {
        Set<String> local = new LinkedHashSet<>();
        for (Map.Entry<String, Integer> en : s.flags.entrySet()) {
            String n = en.getKey();
            int f = en.getValue();
            if ((f & DEF_GLOBAL) != 0) {
                s.scopes.put(n, GLOBAL_EXPLICIT);
            } else if ((f & DEF_NONLOCAL) != 0) {
                if (!bound.contains(n)) {
                    throw error("no binding for nonlocal '" + n + "' found", s.globalPos.getOrDefault(n, s.firstPos));
                }
                s.scopes.put(n, FREE);
            } else if ((f & (DEF_LOCAL | DEF_PARAM | DEF_IMPORT)) != 0) {
                s.scopes.put(n, LOCAL);
                local.add(n);
            } else if (s.kind != Kind.MODULE && bound.contains(n) && !(s.kind == Kind.CLASS && n.equals("__class__"))) {
                s.scopes.put(n, FREE);
            } else if (globals.contains(n)) {
                s.scopes.put(n, GLOBAL_EXPLICIT);
            } else {
                s.scopes.put(n, GLOBAL_IMPLICIT);
            }
        }
        Set<String> newBound = new LinkedHashSet<>(bound);
        Set<String> newGlobals = new LinkedHashSet<>(globals);
        if (s.isFunctionLike()) {
            newBound.addAll(local);
            for (String n : local) newGlobals.remove(n);
        }
        for (Map.Entry<String, Integer> en : s.scopes.entrySet()) {
            if (en.getValue() == GLOBAL_EXPLICIT) { newGlobals.add(en.getKey()); newBound.remove(en.getKey()); }
        }
        if (s.kind == Kind.CLASS) newBound.add("__class__");
        Set<String> childFree = new LinkedHashSet<>();
        for (Scope c : s.children) childFree.addAll(analyze(c, newBound, newGlobals));
        Set<String> myFree = new LinkedHashSet<>();
        for (String n : childFree) {
            Integer sc = s.scopes.get(n);
            if (s.kind == Kind.CLASS && n.equals("__class__")) {
                s.needsClassCell = true;
                s.cellvars.add("__class__");
                continue;
            }
            if (s.isFunctionLike() && sc != null && (sc == LOCAL || sc == CELL)) {
                s.scopes.put(n, CELL);
                s.cellvars.add(n);
                continue;
            }
            if (sc != null && sc == GLOBAL_EXPLICIT) continue;
            if (s.kind == Kind.CLASS && sc != null && sc == LOCAL) {
                // the class binds the name in its namespace, but the child sees the enclosing one
                s.freevars.add(n);
                myFree.add(n);
                continue;
            }
            if (sc == null || sc == GLOBAL_IMPLICIT) {
                if (s.kind != Kind.MODULE) s.scopes.put(n, FREE);
            }
            if (s.kind != Kind.MODULE) {
                s.freevars.add(n);
                myFree.add(n);
            }
        }
        for (Map.Entry<String, Integer> en : s.scopes.entrySet()) {
            if (en.getValue() == FREE) { s.freevars.add(en.getKey()); myFree.add(en.getKey()); }
        }
        // implicit __class__ for super() in methods
        return myFree;
    }
}
