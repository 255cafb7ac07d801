package pyjama.python.runtime;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
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
import pyjama.python.parser.PySyntaxError;

import static pyjama.python.runtime.Opcode.*;

/** AST to code objects (CPython's compile.c, with a runtime block stack for handlers). */
public final class Compiler {
    /**
     * compile() flags, as CPython's (ast.PyCF_*). PyCF_ALLOW_TOP_LEVEL_AWAIT lets the module
     * (exec, single and eval modes) use await, async for, async with and async comprehensions;
     * a module that does gets CO_COROUTINE, so running its code makes a coroutine.
     */
    public static final int PyCF_ONLY_AST = 0x400, PyCF_TYPE_COMMENTS = 0x1000,
            PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;
    /** compile()'s flag for `from __future__ import annotations` (__future__.annotations.compiler_flag). */
    static final int CO_FUTURE_ANNOTATIONS = 0x1000000;

    final String filename;
    final String[] sourceLines;
    final Symtable st;
    Unit u;
    final boolean interactive;

    private Compiler(String filename, String source, boolean interactive, int flags) {
        this.filename = filename;
        this.sourceLines = source == null ? new String[0] : source.split("\n", -1);
        this.st = new Symtable(filename, sourceLines, (flags & PyCF_ALLOW_TOP_LEVEL_AWAIT) != 0);
        this.interactive = interactive;
    }

    /** Compiles a module tree; mode is "exec", "single" or "eval". */
    public static PyCode compile(Mod mod, String filename, String source) {
        return compile(mod, filename, source, 0);
    }

    /** Compiles a module tree with compile() flags (top-level await and the annotations future change the code). */
    public static PyCode compile(Mod mod, String filename, String source, int flags) {
        Compiler c = new Compiler(filename, source, mod instanceof Mod.Interactive, flags);
        c.futureAnnotations = (flags & CO_FUTURE_ANNOTATIONS) != 0;
        PyCode code = c.compileMod(mod);
        code.expressionMode = mod instanceof Mod.Expression;
        return code;
    }

    static PySyntaxError syntaxError(String msg, String filename, String[] lines, Pos p) {
        int line = p == null ? 0 : p.line();
        String text = line >= 1 && line <= lines.length ? lines[line - 1] + "\n" : null;
        return new PySyntaxError(PySyntaxError.Kind.SYNTAX, msg, filename, line, p == null ? 0 : p.col() + 1,
                p == null ? 0 : p.endLine(), p == null ? 0 : p.endCol() + 1, text, false);
    }

    PySyntaxError error(String msg, Pos p) { return syntaxError(msg, filename, sourceLines, p); }

    // ---- SyntaxWarnings ------------------------------------------------------------------------

    /**
     * CPython's compiler_warn: a SyntaxWarning through warnings.warn_explicit, at once; one the
     * filters turn into an exception becomes a SyntaxError at the same place. Without a running
     * interpreter (or a warnings module) nothing is reported.
     */
    void warn(String msg, Pos p) {
        Interp in = Interp.cur;
        if (in == null || in.rt == null) return;
        PyObject warnExplicit;
        try {
            warnExplicit = Ops.getattr(in.rt.importer.importModule("warnings"), "warn_explicit");
        } catch (PyException e) {
            return;
        }
        try {
            Ops.call(warnExplicit, new PyObject[] { new PyStr(msg), Exc.SyntaxWarning, new PyStr(filename), PyInt.of(p.line()) }, null);
        } catch (PyException e) {
            if (e.matches(Exc.SyntaxWarning)) throw error(msg, p);
            throw e;
        }
    }

    /** The type name CPython's infer_type gives a literal expression, or null when it cannot tell. */
    static String literalType(Expr e) {
        PyObject c = literalValue(e);
        if (c != null) return c.type.name;
        return switch (e) {
            case Expr.Tuple t -> "tuple";
            case Expr.List_ l -> "list";
            case Expr.ListComp l -> "list";
            case Expr.Dict d -> "dict";
            case Expr.DictComp d -> "dict";
            case Expr.Set s -> "set";
            case Expr.SetComp s -> "set";
            case Expr.GeneratorExp g -> "generator";
            case Expr.Lambda l -> "function";
            case Expr.JoinedStr j -> "str";
            case Expr.FormattedValue f -> "str";
            default -> null;
        };
    }

    /** The value of an expression CPython's AST optimizer makes a constant (literals, -1, tuples of them), else null. */
    static PyObject literalValue(Expr e) {
        PyObject v = folded(e);
        if (v != null) return v;
        if (e instanceof Expr.Tuple t) {
            PyObject[] items = new PyObject[t.elts().size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = literalValue(t.elts().get(i));
                if (items[i] == null) return null;
            }
            return PyTuple.of(items);
        }
        return null;
    }

    /** check_is_arg: a constant other than None, True, False and ... next to "is" is suspicious. */
    static boolean isIdentityArg(Expr e) {
        PyObject v = literalValue(e);
        return v == null || v == T.None || v == T.TRUE || v == T.FALSE || v == T.Ellipsis;
    }

    /** check_compare: '"is" with 'int' literal. Did you mean "=="?' */
    void checkCompare(Expr.Compare c) {
        Expr leftExpr = c.left();
        boolean left = isIdentityArg(leftExpr);
        for (int i = 0; i < c.ops().size(); i++) {
            Op.Cmp op = c.ops().get(i);
            Expr rightExpr = c.comparators().get(i);
            boolean right = isIdentityArg(rightExpr);
            if ((op == Op.Cmp.IS || op == Op.Cmp.ISNOT) && (!right || !left)) {
                String type = literalType(!left ? leftExpr : rightExpr);
                warn(op == Op.Cmp.IS ? "\"is\" with '" + type + "' literal. Did you mean \"==\"?"
                        : "\"is not\" with '" + type + "' literal. Did you mean \"!=\"?", c.pos());
                return;
            }
            left = right;
            leftExpr = rightExpr;
        }
    }

    /** check_caller: calling a literal. */
    void checkCaller(Expr f) {
        boolean literal = literalValue(f) != null || f instanceof Expr.Tuple || f instanceof Expr.List_ || f instanceof Expr.ListComp
                || f instanceof Expr.Dict || f instanceof Expr.DictComp || f instanceof Expr.Set || f instanceof Expr.SetComp
                || f instanceof Expr.GeneratorExp || f instanceof Expr.JoinedStr || f instanceof Expr.FormattedValue;
        if (literal) warn("'" + literalType(f) + "' object is not callable; perhaps you missed a comma?", f.pos());
    }

    /** check_subscripter and check_index: subscripting a literal that cannot be, or with a literal index it refuses. */
    void checkSubscript(Expr.Subscript s) {
        Expr e = s.value();
        PyObject v = literalValue(e);
        boolean unsubscriptable = v != null
                ? v == T.None || v == T.Ellipsis || v instanceof PyInt || v instanceof PyFloat || v instanceof PyComplex || v instanceof PySet
                : e instanceof Expr.Set || e instanceof Expr.SetComp || e instanceof Expr.GeneratorExp || e instanceof Expr.Lambda;
        if (unsubscriptable) {
            warn("'" + literalType(e) + "' object is not subscriptable; perhaps you missed a comma?", e.pos());
            return;
        }
        String indexType = s.slice() instanceof Expr.Slice ? "slice" : literalType(s.slice());
        if (indexType == null || indexType.equals("int") || indexType.equals("bool") || indexType.equals("slice")) return;
        boolean sequence = v != null ? v instanceof PyStr || v instanceof PyBytes || v instanceof PyTuple
                : e instanceof Expr.Tuple || e instanceof Expr.List_ || e instanceof Expr.ListComp || e instanceof Expr.JoinedStr
                        || e instanceof Expr.FormattedValue;
        if (sequence) {
            warn(literalType(e) + " indices must be integers or slices, not " + indexType + "; perhaps you missed a comma?", e.pos());
        }
    }

    // ---- compilation units ------------------------------------------------------------------------

    enum FB { EXCEPT_STAR, WHILE, FOR, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, HANDLER_CLEANUP, WITH, ASYNC_WITH, POP_VALUE, EXCEPTION_HANDLER, ASYNC_FOR }

    static final class FBlock {
        final FB kind;
        final int start, exit;   // labels
        final Object datum;      // finally body / handler name
        FBlock(FB kind, int start, int exit, Object datum) { this.kind = kind; this.start = start; this.exit = exit; this.datum = datum; }
    }

    final class Unit {
        final Symtable.Scope scope;
        final String name, qualname;
        int[] code = new int[64];
        int n;  // ints used
        int[] lines = new int[32], cols = new int[32], endLines = new int[32], endCols = new int[32];
        final ArrayList<PyObject> consts = new ArrayList<>();
        final HashMap<Object, Integer> constIndex = new HashMap<>();
        final ArrayList<PyStr> names = new ArrayList<>();
        final HashMap<String, Integer> nameIndex = new HashMap<>();
        final ArrayList<String> varnames = new ArrayList<>();
        final ArrayList<String> cellvars = new ArrayList<>();
        final ArrayList<String> freevars = new ArrayList<>();
        final ArrayList<Integer> labelPos = new ArrayList<>();
        final ArrayList<FBlock> fblocks = new ArrayList<>();
        Pos pos = Pos.NONE;
        int firstLine;
        int setups;
        final Unit parent;
        boolean inLoopForBreak;

        Unit(Symtable.Scope scope, String name, String qualname, Unit parent) {
            this.scope = scope;
            this.name = name;
            this.qualname = qualname;
            this.parent = parent;
            for (String p : scope.params) varnames.add(p);
            if (scope.isFunctionLike()) {
                for (var en : scope.scopes.entrySet()) {
                    int sc = en.getValue();
                    if ((sc == Symtable.LOCAL || sc == Symtable.CELL) && !varnames.contains(en.getKey())) varnames.add(en.getKey());
                }
            }
            cellvars.addAll(scope.cellvars);
            freevars.addAll(scope.freevars);
        }

        int emit(int op, int arg) {
            if (n + 2 > code.length) code = java.util.Arrays.copyOf(code, code.length * 2);
            int i = n >> 1;
            if (i >= lines.length) {
                int m = lines.length * 2;
                lines = java.util.Arrays.copyOf(lines, m);
                cols = java.util.Arrays.copyOf(cols, m);
                endLines = java.util.Arrays.copyOf(endLines, m);
                endCols = java.util.Arrays.copyOf(endCols, m);
            }
            lines[i] = pos.line();
            cols[i] = pos.col();
            endLines[i] = pos.endLine();
            endCols[i] = pos.endCol();
            code[n] = op;
            code[n + 1] = arg;
            n += 2;
            if (op == SETUP_FINALLY || op == SETUP_CLEANUP || op == SETUP_WITH) setups++;
            return n - 2;
        }

        int newLabel() { labelPos.add(-1); return labelPos.size() - 1; }

        void bind(int label) { labelPos.set(label, n); }

        int constIdx(PyObject o, Object key) {
            Integer i = key == null ? null : constIndex.get(key);
            if (i != null) return i;
            consts.add(o);
            if (key != null) constIndex.put(key, consts.size() - 1);
            return consts.size() - 1;
        }

        int nameIdx(String s) {
            Integer i = nameIndex.get(s);
            if (i != null) return i;
            names.add(PyStr.intern(s));
            nameIndex.put(s, names.size() - 1);
            return names.size() - 1;
        }
    }

    // jumps are emitted with label ids and resolved at assembly
    void jump(int op, int label) { u.emit(op, label); }

    void emit(int op, int arg) { u.emit(op, arg); }
    void emit(int op) { u.emit(op, 0); }

    void loadConst(PyObject o) {
        Object key;
        if (o instanceof PyStr s) key = "s:" + s.value;
        else if (o instanceof PyInt i && o.type == T.INT) key = "i:" + i;
        else if (o == T.None) key = "None";
        else if (o == T.TRUE) key = "True";
        else if (o == T.FALSE) key = "False";
        else key = null;
        emit(LOAD_CONST, u.constIdx(o, key));
    }

    PyCode assemble(Unit un, int argcount, int posonly, int kwonly, int flags) {
        // resolve labels
        int[] code = java.util.Arrays.copyOf(un.code, un.n);
        for (int pc = 0; pc < code.length; pc += 2) {
            if (Opcode.isJump(code[pc])) {
                int target = un.labelPos.get(code[pc + 1]);
                if (target < 0) throw new IllegalStateException("unbound label in " + un.name);
                code[pc + 1] = target;
            }
        }
        PyCode co = new PyCode();
        co.code = code;
        co.consts = un.consts.toArray(new PyObject[0]);
        co.names = un.names.toArray(new PyStr[0]);
        co.varnames = new PyStr[un.varnames.size()];
        for (int i = 0; i < co.varnames.length; i++) co.varnames[i] = PyStr.intern(un.varnames.get(i));
        co.cellvars = new PyStr[un.cellvars.size()];
        for (int i = 0; i < co.cellvars.length; i++) co.cellvars[i] = PyStr.intern(un.cellvars.get(i));
        co.freevars = new PyStr[un.freevars.size()];
        for (int i = 0; i < co.freevars.length; i++) co.freevars[i] = PyStr.intern(un.freevars.get(i));
        co.nlocals = un.scope.isFunctionLike() ? co.varnames.length : 0;
        co.argcount = argcount;
        co.posonlyargcount = posonly;
        co.kwonlyargcount = kwonly;
        co.flags = flags;
        co.name = un.name;
        co.qualname = un.qualname;
        co.filename = filename;
        co.firstlineno = un.firstLine;
        int ni = code.length / 2;
        co.lines = java.util.Arrays.copyOf(un.lines, ni);
        co.cols = java.util.Arrays.copyOf(un.cols, ni);
        co.endLines = java.util.Arrays.copyOf(un.endLines, ni);
        co.endCols = java.util.Arrays.copyOf(un.endCols, ni);
        co.maxBlocks = un.setups;
        co.cell2arg = new int[co.cellvars.length];
        for (int i = 0; i < co.cellvars.length; i++) {
            co.cell2arg[i] = -1;
            if (un.scope.isFunctionLike()) {
                int nargs = co.nargsTotal();
                for (int a = 0; a < nargs; a++) if (co.varnames[a].value.equals(co.cellvars[i].value)) co.cell2arg[i] = a;
            }
        }
        co.stacksize = stackDepth(code, co.consts);
        return co;
    }

    static int stackDepth(int[] code, PyObject[] consts) {
        int n = code.length / 2;
        int[] depth = new int[n + 1];
        java.util.Arrays.fill(depth, -1);
        int[] work = new int[n * 2 + 4];
        int wsp = 0;
        int max = 0;
        depth[0] = 0;
        work[wsp++] = 0;
        while (wsp > 0) {
            int i = work[--wsp];
            int d = depth[i];
            while (i < n) {
                int op = code[i * 2], arg = code[i * 2 + 1];
                if (Opcode.isJump(op)) {
                    int t = arg / 2;
                    int td = d + Opcode.stackEffect(op, arg, true);
                    if (td > max) max = td;
                    if (t <= n && depth[t] < td) {
                        depth[t] = td;
                        if (wsp + 1 >= work.length) work = java.util.Arrays.copyOf(work, work.length * 2);
                        work[wsp++] = t;
                    }
                }
                d += Opcode.stackEffect(op, arg, false);
                if (d > max) max = d;
                if (Opcode.isTerminal(op)) break;
                i++;
                if (i < n && depth[i] >= d) break;
                if (i < n) depth[i] = d;
            }
        }
        return max + 2;
    }

    // ---- module ----------------------------------------------------------------------------------

    boolean futureAnnotations;
    static final java.util.Set<String> FUTURES = java.util.Set.of("nested_scopes", "generators", "division",
            "absolute_import", "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations");

    void checkFutures(List<Stmt> body) {
        boolean atStart = true;
        for (int i = 0; i < body.size(); i++) {
            Stmt s = body.get(i);
            if (i == 0 && docstring(body) != null) continue;
            if (s instanceof Stmt.ImportFrom f && "__future__".equals(f.module()) && f.level() == 0) {
                if (!atStart) throw error("from __future__ imports must occur at the beginning of the file", f.pos());
                for (Node.Alias a : f.names()) {
                    if (a.name().equals("braces")) throw error("not a chance", a.pos());
                    if (!FUTURES.contains(a.name())) throw error("future feature " + a.name() + " is not defined", a.pos());
                    if (a.name().equals("annotations")) futureAnnotations = true;
                }
            } else {
                atStart = false;
            }
        }
    }

    /** The source text of a node (for `from __future__ import annotations`). */
    String sourceSegment(Pos p) {
        StringBuilder sb = new StringBuilder();
        for (int l = p.line(); l <= p.endLine() && l <= sourceLines.length; l++) {
            int[] cps = sourceLines[l - 1].codePoints().toArray();
            int s = l == p.line() ? p.col() : 0, e = l == p.endLine() ? Math.min(p.endCol(), cps.length) : cps.length;
            if (l != p.line()) sb.append('\n');
            if (s < e) sb.append(new String(cps, s, e - s));
        }
        return sb.toString();
    }

    void annotation(Expr e) {
        if (futureAnnotations) loadConst(new PyStr(sourceSegment(e.pos())));
        else expr(e);
    }

    PyCode compileMod(Mod mod) {
        Symtable.Scope top;
        List<Stmt> body;
        switch (mod) {
            case Mod.Module m -> { top = st.build(m.body(), mod); body = m.body(); checkFutures(body); }
            case Mod.Interactive m -> { top = st.build(m.body(), mod); body = m.body(); }
            case Mod.Expression e -> {
                top = st.buildExpr(e.body(), mod);
                u = new Unit(top, "<module>", "<module>", null);
                u.firstLine = 1;
                u.pos = e.body().pos();
                expr(e.body());
                emit(RETURN_VALUE);
                return assemble(u, 0, 0, 0, top.awaitsAtTopLevel ? PyCode.CO_COROUTINE : 0);
            }
        }
        u = new Unit(top, "<module>", "<module>", null);
        u.firstLine = 1;
        if (hasAnnotations(body)) emit(SETUP_ANNOTATIONS);
        int start = 0;
        if (!interactive && !body.isEmpty() && docstring(body) != null) {
            u.pos = body.get(0).pos();
            loadConst(new PyStr(docstring(body)));
            emit(STORE_NAME, u.nameIdx("__doc__"));
            start = 1;
        }
        for (int i = start; i < body.size(); i++) stmt(body.get(i));
        u.pos = body.isEmpty() ? new Pos(1, 0, 1, 0) : lastPos(body);
        loadConst(T.None);
        emit(RETURN_VALUE);
        return assemble(u, 0, 0, 0, top.awaitsAtTopLevel ? PyCode.CO_COROUTINE : 0);
    }

    static Pos lastPos(List<Stmt> body) {
        Pos p = body.get(body.size() - 1).pos();
        return new Pos(p.endLine(), p.endCol(), p.endLine(), p.endCol());
    }

    static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c
                && c.value() instanceof Const.Str s) return s.value();
        return null;
    }

    static boolean hasAnnotations(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof Stmt.AnnAssign) return true;
            if (s instanceof Stmt.If i && (hasAnnotations(i.body()) || hasAnnotations(i.orelse()))) return true;
            if (s instanceof Stmt.While w && (hasAnnotations(w.body()) || hasAnnotations(w.orelse()))) return true;
            if (s instanceof Stmt.For f && (hasAnnotations(f.body()) || hasAnnotations(f.orelse()))) return true;
            if (s instanceof Stmt.With w && hasAnnotations(w.body())) return true;
            if (s instanceof Stmt.Try t) {
                if (hasAnnotations(t.body()) || hasAnnotations(t.orelse()) || hasAnnotations(t.finalbody())) return true;
                for (Node.ExceptHandler h : t.handlers()) if (hasAnnotations(h.body())) return true;
            }
        }
        return false;
    }

    // ---- names -------------------------------------------------------------------------------------

    void nameOp(String name, Ctx ctx) {
        if (ctx != Ctx.LOAD && name.equals("__debug__")) throw error("cannot assign to __debug__", u.pos);
        Symtable.Scope sc = u.scope;
        String mangled = mangle(name);
        int scope = sc.scopeOf(mangled);
        if (!sc.scopes.containsKey(mangled)) scope = Symtable.GLOBAL_IMPLICIT;
        boolean fn = sc.isFunctionLike();
        switch (scope) {
            case Symtable.FREE: {
                int i = u.cellvars.size() + u.freevars.indexOf(mangled);
                if (sc.kind == Symtable.Kind.CLASS && ctx == Ctx.LOAD) {
                    emit(LOAD_CLASSDEREF, i);
                    return;
                }
                emit(ctx == Ctx.LOAD ? LOAD_DEREF : ctx == Ctx.STORE ? STORE_DEREF : DELETE_DEREF, i);
                return;
            }
            case Symtable.CELL: {
                int i = u.cellvars.indexOf(mangled);
                emit(ctx == Ctx.LOAD ? LOAD_DEREF : ctx == Ctx.STORE ? STORE_DEREF : DELETE_DEREF, i);
                return;
            }
            case Symtable.LOCAL:
                if (fn) {
                    int i = u.varnames.indexOf(mangled);
                    emit(ctx == Ctx.LOAD ? LOAD_FAST : ctx == Ctx.STORE ? STORE_FAST : DELETE_FAST, i);
                    return;
                }
                emit(ctx == Ctx.LOAD ? LOAD_NAME : ctx == Ctx.STORE ? STORE_NAME : DELETE_NAME, u.nameIdx(mangled));
                return;
            case Symtable.GLOBAL_EXPLICIT:
                emit(ctx == Ctx.LOAD ? LOAD_GLOBAL : ctx == Ctx.STORE ? STORE_GLOBAL : DELETE_GLOBAL, u.nameIdx(mangled));
                return;
            default:
                if (fn) emit(ctx == Ctx.LOAD ? LOAD_GLOBAL : ctx == Ctx.STORE ? STORE_GLOBAL : DELETE_GLOBAL, u.nameIdx(mangled));
                else emit(ctx == Ctx.LOAD ? LOAD_NAME : ctx == Ctx.STORE ? STORE_NAME : DELETE_NAME, u.nameIdx(mangled));
        }
    }

    String className;  // for private name mangling

    String mangle(String name) {
        if (className == null || !name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0) return name;
        String cn = className;
        int i = 0;
        while (i < cn.length() && cn.charAt(i) == '_') i++;
        if (i == cn.length()) return name;
        return "_" + cn.substring(i) + name;
    }

    // ---- statements --------------------------------------------------------------------------------

    void stmts(List<Stmt> l) { for (Stmt s : l) stmt(s); }

    void stmt(Stmt s) {
        Pos saved = u.pos;
        u.pos = s.pos();
        switch (s) {
            case Stmt.FunctionDef f -> functionDef(f);
            case Stmt.ClassDef c -> classDef(c);
            case Stmt.Return r -> {
                if (!u.scope.isFunctionLike()) throw error("'return' outside function", r.pos());
                if (r.value() != null && u.scope.isCoroutine && u.scope.isGenerator) {
                    throw error("'return' with value in async generator", r.pos());
                }
                checkExceptStar(-1, r.pos());
                if (r.value() != null) expr(r.value()); else loadConst(T.None);
                unwindAll(true);
                u.pos = r.pos();
                emit(RETURN_VALUE);
            }
            case Stmt.Delete d -> { for (Expr t : d.targets()) delete(t); }
            case Stmt.Assign a -> {
                List<Expr> targets = a.targets().size() == 1 ? unstarredElts(a.targets().get(0)) : null;
                List<Expr> values = targets != null && a.value() instanceof Expr.Tuple ? unstarredElts(a.value()) : null;
                if (values != null && values.size() == targets.size() && (values.size() == 2 || values.size() == 3)) {
                    // a, b = x, y: CPython's rewrite too — same evaluation and store order, no tuple
                    for (Expr v : values) expr(v);
                    emit(SWAP, values.size());
                    for (Expr t : targets) store(t);
                } else {
                    expr(a.value());
                    for (int i = 0; i < a.targets().size(); i++) {
                        if (i < a.targets().size() - 1) emit(COPY, 1);
                        store(a.targets().get(i));
                    }
                }
            }
            case Stmt.AugAssign a -> augAssign(a);
            case Stmt.AnnAssign a -> annAssign(a);
            case Stmt.For f -> forStmt(f);
            case Stmt.While w -> whileStmt(w);
            case Stmt.If i -> ifStmt(i);
            case Stmt.With w -> withStmt(w, 0);
            case Stmt.Match m -> Matcher.compileMatch(this, m);
            case Stmt.Raise r -> {
                int n = 0;
                if (r.exc() != null) { expr(r.exc()); n = 1; }
                if (r.cause() != null) { expr(r.cause()); n = 2; }
                u.pos = r.pos();
                emit(RAISE_VARARGS, n);
            }
            case Stmt.Try t -> {
                if (t.isStar()) tryStar(t);
                else if (!t.finalbody().isEmpty()) tryFinally(t);
                else tryExcept(t);
            }
            case Stmt.Assert a -> {
                if (a.test() instanceof Expr.Tuple t && !t.elts().isEmpty()) warn("assertion is always true, perhaps remove parentheses?", a.pos());
                int end = u.newLabel();
                exprJump(a.test(), end, true);
                if (a.msg() != null) {
                    emit(PUSH_NULL);
                    emit(LOAD_ASSERTION_ERROR);
                    expr(a.msg());
                    u.pos = a.pos();
                    emit(CALL, 1);
                } else {
                    emit(LOAD_ASSERTION_ERROR);
                }
                u.pos = a.pos();
                emit(RAISE_VARARGS, 1);
                u.bind(end);
            }
            case Stmt.Import im -> importStmt(im);
            case Stmt.ImportFrom im -> importFrom(im);
            case Stmt.Global g -> { }
            case Stmt.Nonlocal g -> { }
            case Stmt.ExprStmt e -> {
                if (interactive && u.parent == null) {
                    expr(e.value());
                    emit(PRINT_EXPR);
                } else if (e.value() instanceof Expr.Constant) {
                    // constant expression statements compile to nothing
                } else {
                    expr(e.value());
                    emit(POP_TOP);
                }
            }
            case Stmt.Pass p -> emit(NOP);
            case Stmt.Break b -> breakStmt(b);
            case Stmt.Continue c -> continueStmt(c);
            case Stmt.TypeAlias t -> {
                if (!t.typeParams().isEmpty()) {
                    // type X[T] = value: in the annotation scope, X's parameters, then the alias
                    callTypeParamsScope(t.name().id(), t.typeParams(), t.pos(), 0, () -> {
                        loadConst(new PyStr(t.name().id()));
                        loadTypeParams();
                        expr(t.value());
                        u.pos = t.pos();
                        emit(CALL_INTRINSIC, INTRINSIC_GENERIC_TYPE_ALIAS);
                    });
                } else {
                    loadConst(new PyStr(t.name().id()));
                    expr(t.value());
                    u.pos = t.pos();
                    emit(CALL_INTRINSIC, 1);
                }
                nameOp(t.name().id(), Ctx.STORE);
            }
        }
        u.pos = saved;
    }

    void ifStmt(Stmt.If i) {
        int end = u.newLabel();
        int next = i.orelse().isEmpty() ? end : u.newLabel();
        exprJump(i.test(), next, false);
        stmts(i.body());
        if (!i.orelse().isEmpty()) {
            jump(JUMP, end);
            u.bind(next);
            stmts(i.orelse());
        }
        u.bind(end);
    }

    void whileStmt(Stmt.While w) {
        int loop = u.newLabel(), orelse = u.newLabel(), end = u.newLabel();
        u.bind(loop);
        exprJump(w.test(), orelse, false);
        u.fblocks.add(new FBlock(FB.WHILE, loop, end, null));
        stmts(w.body());
        u.fblocks.remove(u.fblocks.size() - 1);
        u.pos = w.pos();
        jump(JUMP_BACKWARD, loop);
        u.bind(orelse);
        stmts(w.orelse());
        u.bind(end);
    }

    void forStmt(Stmt.For f) {
        if (f.isAsync()) { asyncFor(f); return; }
        int loop = u.newLabel(), cleanup = u.newLabel(), end = u.newLabel();
        expr(f.iter());
        u.pos = f.iter().pos();
        // 1: the iterable is the result of the call just made, so a generator it created is
        // referenced by this loop alone (see Interp's GET_ITER and POP_ITER)
        emit(GET_ITER, f.iter() instanceof Expr.Call ? 1 : 0);
        u.bind(loop);
        u.pos = f.pos();
        jump(FOR_ITER, cleanup);
        u.fblocks.add(new FBlock(FB.FOR, loop, end, null));
        store(f.target());
        stmts(f.body());
        u.fblocks.remove(u.fblocks.size() - 1);
        u.pos = f.pos();
        jump(JUMP_BACKWARD, loop);
        u.bind(cleanup);
        stmts(f.orelse());
        u.bind(end);
    }

    void asyncFor(Stmt.For f) {
        int loop = u.newLabel(), except = u.newLabel(), end = u.newLabel(), orelse = u.newLabel();
        expr(f.iter());
        emit(GET_AITER);
        u.bind(loop);
        jump(SETUP_FINALLY, except);
        emit(GET_ANEXT);
        loadConst(T.None);
        yieldFromLoop();
        emit(POP_BLOCK);
        u.fblocks.add(new FBlock(FB.ASYNC_FOR, loop, end, null));
        store(f.target());
        stmts(f.body());
        u.fblocks.remove(u.fblocks.size() - 1);
        jump(JUMP_BACKWARD, loop);
        u.bind(except);
        emit(END_ASYNC_FOR);
        u.bind(orelse);
        stmts(f.orelse());
        u.bind(end);
    }

    void checkExceptStar(int fromIdx, Pos p) {
        for (int i = u.fblocks.size() - 1; i > fromIdx; i--) {
            if (u.fblocks.get(i).kind == FB.EXCEPT_STAR) throw error("'break', 'continue' and 'return' cannot appear in an except* block", p);
        }
    }

    void breakStmt(Stmt.Break b) {
        int loopIdx = findLoop();
        if (loopIdx < 0) throw error("'break' outside loop", b.pos());
        checkExceptStar(loopIdx, b.pos());
        unwindTo(loopIdx, false);
        FBlock loop = u.fblocks.get(loopIdx);
        if (loop.kind == FB.FOR) emit(POP_ITER);
        else if (loop.kind == FB.ASYNC_FOR) emit(POP_TOP);
        u.pos = b.pos();
        jump(JUMP, loop.exit);
    }

    void continueStmt(Stmt.Continue c) {
        int loopIdx = findLoop();
        if (loopIdx < 0) throw error("'continue' not properly in loop", c.pos());
        checkExceptStar(loopIdx, c.pos());
        unwindTo(loopIdx, false);
        u.pos = c.pos();
        jump(JUMP_BACKWARD, u.fblocks.get(loopIdx).start);
    }

    int findLoop() {
        for (int i = u.fblocks.size() - 1; i >= 0; i--) {
            FB k = u.fblocks.get(i).kind;
            if (k == FB.WHILE || k == FB.FOR || k == FB.ASYNC_FOR) return i;
        }
        return -1;
    }

    /** Emits the unwinding of fblocks above index stop (exclusive), innermost first. */
    void unwindTo(int stop, boolean preserveTos) {
        ArrayList<FBlock> saved = new ArrayList<>(u.fblocks);
        for (int i = u.fblocks.size() - 1; i > stop; i--) {
            FBlock b = u.fblocks.get(i);
            // while unwinding b, the blocks above it are gone (a return in a finally body stops there)
            while (u.fblocks.size() > i) u.fblocks.remove(u.fblocks.size() - 1);
            unwindBlock(b, preserveTos);
        }
        u.fblocks.clear();
        u.fblocks.addAll(saved);
    }

    void unwindAll(boolean preserveTos) { unwindTo(-1, preserveTos); }

    void unwindBlock(FBlock b, boolean preserve) {
        switch (b.kind) {
            case WHILE, EXCEPTION_HANDLER, EXCEPT_STAR -> { }
            case FOR, ASYNC_FOR -> {
                if (preserve) emit(SWAP, 2);
                emit(b.kind == FB.FOR ? POP_ITER : POP_TOP);
            }
            case TRY_EXCEPT -> emit(POP_BLOCK);
            case FINALLY_TRY -> {
                emit(POP_BLOCK);
                @SuppressWarnings("unchecked") List<Stmt> fin = (List<Stmt>) b.datum;
                stmts(fin);
            }
            case FINALLY_END -> {
                if (preserve) emit(SWAP, 2);
                emit(POP_TOP);
                emit(POP_BLOCK);
                if (preserve) emit(SWAP, 2);
                emit(POP_EXCEPT);
            }
            case WITH, ASYNC_WITH -> {
                emit(POP_BLOCK);
                if (preserve) emit(SWAP, 2);
                if (b.kind == FB.ASYNC_WITH) {
                    emit(WITH_EXIT, 1);
                    emit(GET_AWAITABLE, 2);
                    loadConst(T.None);
                    yieldFromLoop();
                    emit(POP_TOP);
                } else {
                    emit(WITH_EXIT, 0);
                }
            }
            case HANDLER_CLEANUP -> {
                String name = (String) b.datum;
                if (name != null) emit(POP_BLOCK);
                emit(POP_BLOCK);
                if (preserve) emit(SWAP, 2);
                emit(POP_EXCEPT);
                if (name != null) {
                    loadConst(T.None);
                    nameOp(name, Ctx.STORE);
                    nameOp(name, Ctx.DEL);
                }
            }
            case POP_VALUE -> {
                if (preserve) emit(SWAP, 2);
                emit(POP_TOP);
            }
        }
    }

    void tryExcept(Stmt.Try t) {
        int handler = u.newLabel(), end = u.newLabel(), cleanup = u.newLabel(), orelse = u.newLabel();
        jump(SETUP_FINALLY, handler);
        u.fblocks.add(new FBlock(FB.TRY_EXCEPT, -1, -1, null));
        stmts(t.body());
        u.fblocks.remove(u.fblocks.size() - 1);
        emit(POP_BLOCK);
        u.bind(orelse);
        stmts(t.orelse());
        jump(JUMP, end);
        u.bind(handler);
        u.pos = t.handlers().get(0).pos();
        emit(PUSH_EXC_INFO);
        jump(SETUP_CLEANUP, cleanup);
        u.fblocks.add(new FBlock(FB.EXCEPTION_HANDLER, -1, -1, null));
        for (int i = 0; i < t.handlers().size(); i++) {
            Node.ExceptHandler h = t.handlers().get(i);
            u.pos = h.pos();
            if (h.type() == null && i < t.handlers().size() - 1) throw error("default 'except:' must be last", h.pos());
            int next = u.newLabel();
            if (h.type() != null) {
                expr(h.type());
                u.pos = h.pos();
                emit(CHECK_EXC_MATCH);
                jump(POP_JUMP_IF_FALSE, next);
            }
            if (h.name() != null) {
                int nameCleanup = u.newLabel();
                nameOp(h.name(), Ctx.STORE);
                jump(SETUP_FINALLY, nameCleanup);
                u.fblocks.add(new FBlock(FB.HANDLER_CLEANUP, -1, -1, h.name()));
                stmts(h.body());
                u.fblocks.remove(u.fblocks.size() - 1);
                emit(POP_BLOCK);
                emit(POP_BLOCK);
                emit(POP_EXCEPT);
                loadConst(T.None);
                nameOp(h.name(), Ctx.STORE);
                nameOp(h.name(), Ctx.DEL);
                jump(JUMP, end);
                u.bind(nameCleanup);
                loadConst(T.None);
                nameOp(h.name(), Ctx.STORE);
                nameOp(h.name(), Ctx.DEL);
                emit(RERAISE, 0);
            } else {
                emit(POP_TOP);
                u.fblocks.add(new FBlock(FB.HANDLER_CLEANUP, -1, -1, null));
                stmts(h.body());
                u.fblocks.remove(u.fblocks.size() - 1);
                emit(POP_BLOCK);
                emit(POP_EXCEPT);
                jump(JUMP, end);
            }
            u.bind(next);
        }
        u.fblocks.remove(u.fblocks.size() - 1);
        emit(RERAISE, 0);
        u.bind(cleanup);
        emit(POP_EXCEPT_RERAISE);
        u.bind(end);
    }

    void tryFinally(Stmt.Try t) {
        int handler = u.newLabel(), end = u.newLabel(), cleanup = u.newLabel();
        jump(SETUP_FINALLY, handler);
        u.fblocks.add(new FBlock(FB.FINALLY_TRY, -1, -1, t.finalbody()));
        if (!t.handlers().isEmpty()) {
            tryExcept(new Stmt.Try(t.pos(), t.body(), t.handlers(), t.orelse(), List.of(), false));
        } else {
            stmts(t.body());
        }
        u.fblocks.remove(u.fblocks.size() - 1);
        emit(POP_BLOCK);
        stmts(t.finalbody());
        jump(JUMP, end);
        u.bind(handler);
        emit(PUSH_EXC_INFO);
        jump(SETUP_CLEANUP, cleanup);
        u.fblocks.add(new FBlock(FB.FINALLY_END, -1, -1, null));
        stmts(t.finalbody());
        u.fblocks.remove(u.fblocks.size() - 1);
        emit(RERAISE, 0);
        u.bind(cleanup);
        emit(POP_EXCEPT_RERAISE);
        u.bind(end);
    }

    /** try/except*: handlers run on the split parts of an exception group. */
    void tryStar(Stmt.Try t) {
        if (!t.finalbody().isEmpty()) {
            Stmt.Try inner = new Stmt.Try(t.pos(), t.body(), t.handlers(), t.orelse(), List.of(), true);
            tryFinally(new Stmt.Try(t.pos(), List.of(inner), List.of(), List.of(), t.finalbody(), false));
            return;
        }
        int handler = u.newLabel(), end = u.newLabel(), cleanup = u.newLabel();
        jump(SETUP_FINALLY, handler);
        u.fblocks.add(new FBlock(FB.TRY_EXCEPT, -1, -1, null));
        stmts(t.body());
        u.fblocks.remove(u.fblocks.size() - 1);
        emit(POP_BLOCK);
        stmts(t.orelse());
        jump(JUMP, end);
        u.bind(handler);
        // stack: [exc] → [prev, orig, rest, raisedList]
        emit(PUSH_EXC_INFO);            // [prev, exc]
        jump(SETUP_CLEANUP, cleanup);
        u.fblocks.add(new FBlock(FB.EXCEPTION_HANDLER, -1, -1, null));
        emit(COPY, 1);                  // [prev, orig, rest]
        emit(BUILD_LIST, 0);            // [prev, orig, rest, raised]
        emit(SWAP, 2);                  // [prev, orig, raised, rest]
        for (Node.ExceptHandler h : t.handlers()) {
            u.pos = h.pos();
            if (h.type() == null) throw error("expected 'except' or 'finally' block", h.pos());
            int next = u.newLabel();
            expr(h.type());             // [.., rest, type]
            emit(CHECK_EG_MATCH);       // [.., rest', match]
            emit(COPY, 1);
            jump(POP_JUMP_IF_NONE, next);   // match is not None: [.., rest', match]
            int handlerEnd = u.newLabel(), raised = u.newLabel();
            if (h.name() != null) nameOp(h.name(), Ctx.STORE); else emit(POP_TOP);
            jump(SETUP_FINALLY, raised);
            u.fblocks.add(new FBlock(FB.EXCEPT_STAR, -1, -1, null));
            stmts(h.body());
            u.fblocks.remove(u.fblocks.size() - 1);
            emit(POP_BLOCK);
            if (h.name() != null) { loadConst(T.None); nameOp(h.name(), Ctx.STORE); nameOp(h.name(), Ctx.DEL); }
            jump(JUMP, handlerEnd);
            u.bind(raised);              // [.., raised, rest', newexc]
            if (h.name() != null) { loadConst(T.None); nameOp(h.name(), Ctx.STORE); nameOp(h.name(), Ctx.DEL); }
            emit(LIST_APPEND, 2);        // append newexc to raised list
            jump(JUMP, handlerEnd);
            u.bind(next);                // [.., rest', None]
            emit(POP_TOP);
            u.bind(handlerEnd);
        }
        u.fblocks.remove(u.fblocks.size() - 1);
        // [prev, orig, raised, rest]
        emit(PREP_RERAISE_STAR);        // [prev, toRaise or None]
        emit(COPY, 1);
        int nothing = u.newLabel();
        jump(POP_JUMP_IF_NONE, nothing);
        emit(RERAISE, 0);
        u.bind(nothing);                // [prev, None]
        emit(POP_TOP);
        emit(POP_BLOCK);
        emit(POP_EXCEPT);
        jump(JUMP, end);
        u.bind(cleanup);
        emit(POP_EXCEPT_RERAISE);
        u.bind(end);
    }

    void withStmt(Stmt.With w, int itemIdx) {
        if (w.isAsync()) { asyncWith(w, itemIdx); return; }
        Node.WithItem item = w.items().get(itemIdx);
        int handler = u.newLabel(), end = u.newLabel(), cleanup = u.newLabel(), suppress = u.newLabel();
        expr(item.contextExpr());
        u.pos = w.pos();
        emit(BEFORE_WITH);                  // [exit, res]
        jump(SETUP_WITH, handler);
        u.fblocks.add(new FBlock(FB.WITH, -1, -1, null));
        if (item.optionalVars() != null) store(item.optionalVars()); else emit(POP_TOP);
        if (itemIdx + 1 < w.items().size()) withStmt(w, itemIdx + 1);
        else stmts(w.body());
        u.fblocks.remove(u.fblocks.size() - 1);
        u.pos = w.pos();
        emit(POP_BLOCK);
        emit(WITH_EXIT, 0);
        jump(JUMP, end);
        u.bind(handler);                    // [exit, exc]
        emit(PUSH_EXC_INFO);                // [exit, prev, exc]
        jump(SETUP_CLEANUP, cleanup);
        emit(WITH_EXCEPT_START, 0);         // [exit, prev, exc, res]
        jump(POP_JUMP_IF_TRUE, suppress);
        emit(RERAISE, 0);
        u.bind(suppress);                   // [exit, prev, exc]
        emit(POP_TOP);
        emit(POP_BLOCK);
        emit(POP_EXCEPT);
        emit(POP_TOP);
        jump(JUMP, end);
        u.bind(cleanup);
        emit(POP_EXCEPT_RERAISE);
        u.bind(end);
    }

    void asyncWith(Stmt.With w, int itemIdx) {
        Node.WithItem item = w.items().get(itemIdx);
        int handler = u.newLabel(), end = u.newLabel(), cleanup = u.newLabel(), suppress = u.newLabel();
        expr(item.contextExpr());
        u.pos = w.pos();
        emit(BEFORE_ASYNC_WITH);            // [exit, awaitable]
        emit(GET_AWAITABLE, 1);
        loadConst(T.None);
        yieldFromLoop();                    // [exit, res]
        jump(SETUP_WITH, handler);
        u.fblocks.add(new FBlock(FB.ASYNC_WITH, -1, -1, null));
        if (item.optionalVars() != null) store(item.optionalVars()); else emit(POP_TOP);
        if (itemIdx + 1 < w.items().size()) asyncWith(w, itemIdx + 1);
        else stmts(w.body());
        u.fblocks.remove(u.fblocks.size() - 1);
        u.pos = w.pos();
        emit(POP_BLOCK);
        emit(WITH_EXIT, 1);                 // pushes the awaitable
        emit(GET_AWAITABLE, 2);
        loadConst(T.None);
        yieldFromLoop();
        emit(POP_TOP);
        jump(JUMP, end);
        u.bind(handler);
        emit(PUSH_EXC_INFO);
        jump(SETUP_CLEANUP, cleanup);
        emit(WITH_EXCEPT_START, 0);
        emit(GET_AWAITABLE, 2);
        loadConst(T.None);
        yieldFromLoop();
        jump(POP_JUMP_IF_TRUE, suppress);
        emit(RERAISE, 0);
        u.bind(suppress);
        emit(POP_TOP);
        emit(POP_BLOCK);
        emit(POP_EXCEPT);
        emit(POP_TOP);
        jump(JUMP, end);
        u.bind(cleanup);
        emit(POP_EXCEPT_RERAISE);
        u.bind(end);
    }

    void augAssign(Stmt.AugAssign a) {
        int op = binOp(a.op());
        switch (a.target()) {
            case Expr.Name n -> {
                nameOp(n.id(), Ctx.LOAD);
                expr(a.value());
                u.pos = a.pos();
                emit(INPLACE_OP, op);
                nameOp(n.id(), Ctx.STORE);
            }
            case Expr.Attribute at -> {
                expr(at.value());
                emit(COPY, 1);
                u.pos = at.pos();
                emit(LOAD_ATTR, u.nameIdx(mangle(at.attr())));
                expr(a.value());
                u.pos = a.pos();
                emit(INPLACE_OP, op);
                emit(SWAP, 2);
                emit(STORE_ATTR, u.nameIdx(mangle(at.attr())));
            }
            case Expr.Subscript sub -> {
                expr(sub.value());
                expr(sub.slice());
                emit(COPY, 2);
                emit(COPY, 2);
                u.pos = sub.pos();
                emit(BINARY_SUBSCR);
                expr(a.value());
                u.pos = a.pos();
                emit(INPLACE_OP, op);
                emit(SWAP, 3);
                emit(SWAP, 2);
                emit(STORE_SUBSCR);
            }
            default -> throw error("'" + "expression" + "' is an illegal expression for augmented assignment", a.pos());
        }
    }

    void annAssign(Stmt.AnnAssign a) {
        if (a.value() != null) {
            expr(a.value());
            store(a.target());
        }
        boolean moduleOrClass = !u.scope.isFunctionLike();
        if (a.target() instanceof Expr.Name n && a.simple()) {
            if (moduleOrClass) {
                annotation(a.annotation());
                emit(LOAD_NAME, u.nameIdx("__annotations__"));
                loadConst(new PyStr(mangle(n.id())));
                emit(STORE_SUBSCR);
            }
        } else if (moduleOrClass && a.value() == null) {
            if (a.target() instanceof Expr.Attribute at) { expr(at.value()); emit(POP_TOP); }
            else if (a.target() instanceof Expr.Subscript s) { expr(s.value()); emit(POP_TOP); expr(s.slice()); emit(POP_TOP); }
            if (!futureAnnotations) { expr(a.annotation()); emit(POP_TOP); }
        } else if (moduleOrClass && !futureAnnotations) {
            expr(a.annotation());
            emit(POP_TOP);
        }
    }

    void importStmt(Stmt.Import im) {
        for (Node.Alias a : im.names()) {
            u.pos = a.pos();
            loadConst(PyInt.of(0));
            loadConst(T.None);
            emit(IMPORT_NAME, u.nameIdx(a.name()));
            if (a.asname() != null) {
                String[] parts = a.name().split("\\.");
                if (parts.length > 1) {
                    for (int i = 1; i < parts.length; i++) {
                        emit(IMPORT_FROM, u.nameIdx(parts[i]));
                        emit(SWAP, 2);
                        emit(POP_TOP);
                    }
                }
                nameOp(a.asname(), Ctx.STORE);
            } else {
                int dot = a.name().indexOf('.');
                nameOp(dot < 0 ? a.name() : a.name().substring(0, dot), Ctx.STORE);
            }
        }
    }

    void importFrom(Stmt.ImportFrom im) {
        PyObject[] names = new PyObject[im.names().size()];
        for (int i = 0; i < names.length; i++) names[i] = new PyStr(im.names().get(i).name());
        loadConst(PyInt.of(im.level()));
        loadConst(new PyTuple(names));
        emit(IMPORT_NAME, u.nameIdx(im.module() == null ? "" : im.module()));
        if (im.names().size() == 1 && im.names().get(0).name().equals("*")) {
            emit(IMPORT_STAR);
            return;
        }
        for (Node.Alias a : im.names()) {
            u.pos = a.pos();
            emit(IMPORT_FROM, u.nameIdx(a.name()));
            nameOp(a.asname() != null ? a.asname() : a.name(), Ctx.STORE);
        }
        emit(POP_TOP);
    }

    // ---- functions and classes ---------------------------------------------------------------------

    String qualnameFor(String name, Symtable.Scope child) {
        Unit p = u;
        while (p.scope.isTypeParams) p = p.parent; // annotation scopes are not part of qualified names
        if (p.parent == null && p.scope.kind == Symtable.Kind.MODULE) return name;
        if (p.scope.kind == Symtable.Kind.FUNCTION || p.scope.kind == Symtable.Kind.LAMBDA || p.scope.kind == Symtable.Kind.COMPREHENSION) {
            return p.qualname + ".<locals>." + name;
        }
        if (p.scope.kind == Symtable.Kind.CLASS) {
            // a global declaration of the name in the class makes it top-level
            return p.qualname + "." + name;
        }
        return name;
    }

    void functionDef(Stmt.FunctionDef f) {
        for (Expr d : f.decoratorList()) { emit(PUSH_NULL); expr(d); }
        u.pos = f.pos();
        Symtable.Scope sc = st.scopeOfNode.get(f);
        if (f.typeParams().isEmpty()) {
            int flags = defaults(f.args());
            flags |= annotations(f.args(), f.returns());
            String qn = qualnameFor(f.name(), sc);
            PyCode code = compileFunctionBody(sc, f.name(), qn, f.args(), f.body(), null, f.isAsync(), f.pos());
            makeClosure(code, flags);
        } else {
            // def f[T](...): the defaults are evaluated here and passed in; the annotation scope
            // binds T, makes the function (whose annotations and body see T) and sets __type_params__
            boolean hasDefaults = !f.args().defaults().isEmpty(), hasKw = Symtable.hasKwDefaults(f.args());
            int nargs = (hasDefaults ? 1 : 0) + (hasKw ? 1 : 0);
            callTypeParamsScope(f.name(), f.typeParams(), f.pos(), nargs, () -> {
                int flags = 0;
                if (hasDefaults) { nameOp(".defaults", Ctx.LOAD); flags |= 1; }
                if (hasKw) { nameOp(".kwdefaults", Ctx.LOAD); flags |= 2; }
                flags |= annotations(f.args(), f.returns());
                String qn = qualnameFor(f.name(), sc);
                PyCode code = compileFunctionBody(sc, f.name(), qn, f.args(), f.body(), null, f.isAsync(), f.pos());
                makeClosure(code, flags);
                loadTypeParams();
                emit(CALL_INTRINSIC, INTRINSIC_SET_TYPE_PARAMS);
            }, () -> defaults(f.args()));
        }
        for (int i = 0; i < f.decoratorList().size(); i++) { u.pos = f.decoratorList().get(f.decoratorList().size() - 1 - i).pos(); emit(CALL, 1); }
        u.pos = f.pos();
        nameOp(f.name(), Ctx.STORE);
    }

    /** CALL_INTRINSIC operands of PEP 695 (1 is a plain type alias). */
    static final int INTRINSIC_TYPEVAR = 2, INTRINSIC_TYPEVAR_WITH_BOUND = 3, INTRINSIC_PARAMSPEC = 4,
            INTRINSIC_TYPEVARTUPLE = 5, INTRINSIC_SET_TYPE_PARAMS = 6, INTRINSIC_SUBSCRIPT_GENERIC = 7,
            INTRINSIC_GENERIC_TYPE_ALIAS = 8;

    void loadTypeParams() { nameOp(".type_params", Ctx.LOAD); }

    /**
     * Compiles and calls the annotation scope of PEP 695 type parameters
     * ("<generic parameters of NAME>", a function of its own as in CPython): it creates the
     * TypeVars, ParamSpecs and TypeVarTuples (bounds evaluated at once), keeps them in
     * .type_params, runs {@code body} (which leaves the result on its stack) and returns.
     * {@code pushArgs} evaluates the {@code nargs} arguments in the enclosing scope.
     */
    void callTypeParamsScope(String name, List<Node.TypeParam> tps, Pos pos, int nargs, Runnable body, Runnable pushArgs) {
        Symtable.Scope sc = st.scopeOfNode.get(tps);
        Unit outer = u;
        u = new Unit(sc, "<generic parameters of " + name + ">", "<generic parameters of " + name + ">", outer);
        u.firstLine = pos.line();
        u.pos = pos;
        u.constIdx(T.None, null);
        for (Node.TypeParam tp : tps) {
            u.pos = tp.pos();
            loadConst(new PyStr(tp.name()));
            switch (tp) {
                case Node.TypeVar tv -> {
                    if (tv.bound() != null) {
                        expr(tv.bound());
                        emit(CALL_INTRINSIC, INTRINSIC_TYPEVAR_WITH_BOUND);
                    } else {
                        emit(CALL_INTRINSIC, INTRINSIC_TYPEVAR);
                    }
                }
                case Node.ParamSpec ps -> emit(CALL_INTRINSIC, INTRINSIC_PARAMSPEC);
                case Node.TypeVarTuple tt -> emit(CALL_INTRINSIC, INTRINSIC_TYPEVARTUPLE);
            }
            emit(COPY, 1);
            nameOp(tp.name(), Ctx.STORE);
        }
        emit(BUILD_TUPLE, tps.size());
        nameOp(".type_params", Ctx.STORE);
        u.pos = pos;
        body.run();
        emit(RETURN_VALUE);
        int flags = PyCode.CO_OPTIMIZED | PyCode.CO_NEWLOCALS;
        if (outer.scope.kind != Symtable.Kind.MODULE) flags |= PyCode.CO_NESTED;
        PyCode code = assemble(u, nargs, 0, 0, flags);
        u = outer;
        u.pos = pos;
        emit(PUSH_NULL);
        makeClosure(code, 0);
        if (pushArgs != null) pushArgs.run();
        emit(CALL, nargs);
    }

    void callTypeParamsScope(String name, List<Node.TypeParam> tps, Pos pos, int nargs, Runnable body) {
        callTypeParamsScope(name, tps, pos, nargs, body, null);
    }

    /** Pushes the defaults tuple and the kwdefaults dict there are; returns their MAKE_FUNCTION flags. */
    int defaults(Node.Arguments a) {
        int flags = 0;
        if (!a.defaults().isEmpty()) {
            for (Expr d : a.defaults()) expr(d);
            emit(BUILD_TUPLE, a.defaults().size());
            flags |= 1;
        }
        int nkw = 0;
        for (int i = 0; i < a.kwonlyargs().size(); i++) {
            Expr d = a.kwDefaults().get(i);
            if (d != null) {
                loadConst(new PyStr(mangle(a.kwonlyargs().get(i).arg())));
                expr(d);
                nkw++;
            }
        }
        if (nkw > 0) { emit(BUILD_MAP, nkw); flags |= 2; }
        return flags;
    }

    /** Pushes defaults / kwdefaults / annotations; returns MAKE_FUNCTION flags. */
    int defaultsAndAnnotations(Node.Arguments a, Expr returns) {
        int flags = defaults(a);
        return flags | annotations(a, returns);
    }

    /** Pushes the annotations dict, if any; returns its MAKE_FUNCTION flag. */
    int annotations(Node.Arguments a, Expr returns) {
        int flags = 0;
        int nann = 0;
        ArrayList<Node.Arg> all = new ArrayList<>();
        all.addAll(a.posonlyargs());
        all.addAll(a.args());
        if (a.vararg() != null) all.add(a.vararg());
        all.addAll(a.kwonlyargs());
        if (a.kwarg() != null) all.add(a.kwarg());
        for (Node.Arg x : all) {
            if (x.annotation() != null) {
                loadConst(new PyStr(mangle(x.arg())));
                if (x.annotation() instanceof Expr.Starred s && !futureAnnotations) { expr(s.value()); emit(UNPACK_SEQUENCE, 1); }
                else annotation(x.annotation());
                nann++;
            }
        }
        if (returns != null) { loadConst(new PyStr("return")); annotation(returns); nann++; }
        if (nann > 0) { emit(BUILD_MAP, nann); flags |= 4; }
        return flags;
    }

    void makeClosure(PyCode code, int flags) {
        if (code.freevars.length > 0) {
            for (PyStr fv : code.freevars) {
                String n = fv.value;
                int idx = u.cellvars.indexOf(n);
                if (idx < 0) {
                    int f = u.freevars.indexOf(n);
                    if (f < 0) throw new IllegalStateException("free var " + n + " not found in " + u.name);
                    idx = u.cellvars.size() + f;
                }
                emit(LOAD_CLOSURE, idx);
            }
            emit(BUILD_TUPLE, code.freevars.length);
            flags |= 8;
        }
        emit(LOAD_CONST, u.constIdx(code, null));
        emit(MAKE_FUNCTION, flags);
    }

    PyCode compileFunctionBody(Symtable.Scope sc, String name, String qualname, Node.Arguments args, List<Stmt> body,
                               Expr lambdaBody, boolean isAsync, Pos pos) {
        Unit outer = u;
        String savedClass = className;
        u = new Unit(sc, name, qualname, outer);
        u.firstLine = pos.line();
        u.pos = pos;
        PyObject doc = null;
        int start = 0;
        if (body != null) {
            String ds = docstring(body);
            if (ds != null) { doc = new PyStr(ds); start = 1; }
            u.constIdx(doc == null ? T.None : doc, null);
            for (int i = start; i < body.size(); i++) stmt(body.get(i));
            if (body.isEmpty() || !endsWithReturn(body)) {
                u.pos = lastPos(body);
                loadConst(T.None);
                emit(RETURN_VALUE);
            }
        } else {
            expr(lambdaBody);
            emit(RETURN_VALUE);
        }
        int flags = PyCode.CO_OPTIMIZED | PyCode.CO_NEWLOCALS;
        if (args.vararg() != null) flags |= PyCode.CO_VARARGS;
        if (args.kwarg() != null) flags |= PyCode.CO_VARKEYWORDS;
        if (sc.isGenerator && isAsync) flags |= PyCode.CO_ASYNC_GENERATOR;
        else if (isAsync) flags |= PyCode.CO_COROUTINE;
        else if (sc.isGenerator) flags |= PyCode.CO_GENERATOR;
        if (outer.scope.kind != Symtable.Kind.MODULE) flags |= PyCode.CO_NESTED;
        PyCode co = assemble(u, args.posonlyargs().size() + args.args().size(), args.posonlyargs().size(), args.kwonlyargs().size(), flags);
        co.docstring = doc;
        u = outer;
        className = savedClass;
        return co;
    }

    static boolean endsWithReturn(List<Stmt> body) {
        return !body.isEmpty() && body.get(body.size() - 1) instanceof Stmt.Return;
    }

    void classDef(Stmt.ClassDef c) {
        for (Expr d : c.decoratorList()) { emit(PUSH_NULL); expr(d); }
        u.pos = c.pos();
        if (c.typeParams().isEmpty()) {
            buildClass(c, c.bases());
        } else {
            // class C[T](bases): in the annotation scope, Generic[T] joins the bases
            callTypeParamsScope(c.name(), c.typeParams(), c.pos(), 0, () -> {
                loadTypeParams();
                emit(CALL_INTRINSIC, INTRINSIC_SUBSCRIPT_GENERIC);
                nameOp(".generic_base", Ctx.STORE);
                ArrayList<Expr> bases = new ArrayList<>(c.bases());
                bases.add(new Expr.Name(c.pos(), ".generic_base", Ctx.LOAD));
                buildClass(c, bases);
                loadTypeParams();
                emit(CALL_INTRINSIC, INTRINSIC_SET_TYPE_PARAMS);
            });
        }
        for (int i = 0; i < c.decoratorList().size(); i++) emit(CALL, 1);
        u.pos = c.pos();
        nameOp(c.name(), Ctx.STORE);
    }

    /** Compiles the class body and pushes the class (__build_class__ of the body, name, bases, keywords). */
    void buildClass(Stmt.ClassDef c, List<Expr> basesList) {
        Symtable.Scope sc = st.scopeOfNode.get(c);
        String qn = qualnameFor(c.name(), sc);
        // the class body
        Unit outer = u;
        String savedClass = className;
        u = new Unit(sc, c.name(), qn, outer);
        u.firstLine = c.pos().line();
        u.pos = c.pos();
        className = c.name();
        emit(LOAD_NAME, u.nameIdx("__name__"));
        emit(STORE_NAME, u.nameIdx("__module__"));
        loadConst(new PyStr(qn));
        emit(STORE_NAME, u.nameIdx("__qualname__"));
        List<Stmt> body = c.body();
        int start = 0;
        if (hasAnnotations(body)) emit(SETUP_ANNOTATIONS);
        String ds = docstring(body);
        if (ds != null) {
            u.pos = body.get(0).pos();
            loadConst(new PyStr(ds));
            emit(STORE_NAME, u.nameIdx("__doc__"));
            start = 1;
        }
        for (int i = start; i < body.size(); i++) stmt(body.get(i));
        u.pos = lastPos(body);
        if (sc.needsClassCell) {
            emit(LOAD_CLOSURE, u.cellvars.indexOf("__class__"));
            emit(COPY, 1);
            emit(STORE_NAME, u.nameIdx("__classcell__"));
        } else {
            loadConst(T.None);
        }
        emit(RETURN_VALUE);
        PyCode co = assemble(u, 0, 0, 0, 0);
        u = outer;
        className = savedClass;
        u.pos = c.pos();
        emit(PUSH_NULL);
        emit(LOAD_BUILD_CLASS);
        makeClosure(co, 0);
        loadConst(new PyStr(c.name()));
        callArgs(basesList, c.keywords(), 2, c.pos());
    }

    // ---- expressions --------------------------------------------------------------------------------

    static int binOp(Op.Bin op) {
        switch (op) {
            case ADD: return Ops.ADD;
            case SUB: return Ops.SUB;
            case MULT: return Ops.MUL;
            case MATMULT: return Ops.MATMUL;
            case DIV: return Ops.TRUEDIV;
            case MOD: return Ops.MOD;
            case POW: return Ops.POW;
            case LSHIFT: return Ops.LSHIFT;
            case RSHIFT: return Ops.RSHIFT;
            case BITOR: return Ops.OR;
            case BITXOR: return Ops.XOR;
            case BITAND: return Ops.AND;
            default: return Ops.FLOORDIV;
        }
    }

    static PyObject constValue(Const c) {
        switch (c) {
            case Const.None n: return T.None;
            case Const.Ellipsis e: return T.Ellipsis;
            case Const.Bool b: return PyBool.of(b.value());
            case Const.Int i: return PyInt.of(i.big());
            case Const.Float f: return new PyFloat(f.value());
            case Const.Imaginary im: return new PyComplex(0.0, im.imag());
            case Const.Str s: return new PyStr(s.value());
            case Const.Bytes b: return PyBytes.fromLatin1(b.value());
            case Const.Value v: return (PyObject) v.value();
        }
    }

    void expr(Expr e) {
        Pos saved = u.pos;
        u.pos = e.pos();
        exprInner(e);
        u.pos = saved;
    }

    void exprInner(Expr e) {
        switch (e) {
            case Expr.BoolOp b -> {
                int end = u.newLabel();
                List<Expr> vs = b.values();
                for (int i = 0; i < vs.size() - 1; i++) {
                    expr(vs.get(i));
                    u.pos = b.pos();
                    jump(b.op() == Op.Bool.AND ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP, end);
                }
                expr(vs.get(vs.size() - 1));
                u.bind(end);
            }
            case Expr.NamedExpr n -> {
                expr(n.value());
                emit(COPY, 1);
                store(n.target());
            }
            case Expr.BinOp b -> {
                expr(b.left());
                expr(b.right());
                u.pos = b.pos();
                emit(BINARY_OP, binOp(b.op()));
            }
            case Expr.UnaryOp un -> {
                if (un.op() == Op.Unary.USUB && un.operand() instanceof Expr.Constant c
                        && (c.value() instanceof Const.Int || c.value() instanceof Const.Float)) {
                    PyObject v = constValue(c.value());
                    loadConst(Ops.neg(v));
                    return;
                }
                expr(un.operand());
                u.pos = un.pos();
                switch (un.op()) {
                    case INVERT -> emit(UNARY_INVERT);
                    case NOT -> emit(UNARY_NOT);
                    case UADD -> emit(UNARY_POSITIVE);
                    case USUB -> emit(UNARY_NEGATIVE);
                }
            }
            case Expr.Lambda l -> {
                Symtable.Scope sc = st.scopeOfNode.get(l);
                int flags = defaultsAndAnnotations(l.args(), null);
                String qn = qualnameFor("<lambda>", sc);
                PyCode code = compileFunctionBody(sc, "<lambda>", qn, l.args(), null, l.body(), false, l.pos());
                makeClosure(code, flags);
            }
            case Expr.IfExp i -> {
                int orelse = u.newLabel(), end = u.newLabel();
                exprJump(i.test(), orelse, false);
                expr(i.body());
                jump(JUMP, end);
                u.bind(orelse);
                expr(i.orelse());
                u.bind(end);
            }
            case Expr.Dict d -> dictDisplay(d);
            case Expr.Set s -> sequenceDisplay(s.elts(), 2);
            case Expr.List_ l -> {
                if (l.ctx() != Ctx.LOAD) throw error("cannot use list here", l.pos());
                sequenceDisplay(l.elts(), 1);
            }
            case Expr.Tuple t -> {
                if (allConstant(t.elts())) {
                    PyObject[] items = new PyObject[t.elts().size()];
                    for (int i = 0; i < items.length; i++) items[i] = constValue(((Expr.Constant) t.elts().get(i)).value());
                    loadConst(PyTuple.of(items));
                } else {
                    sequenceDisplay(t.elts(), 0);
                }
            }
            case Expr.ListComp c -> comprehension(c, "<listcomp>", c.generators(), c.elt(), null, 1);
            case Expr.SetComp c -> comprehension(c, "<setcomp>", c.generators(), c.elt(), null, 2);
            case Expr.DictComp c -> comprehension(c, "<dictcomp>", c.generators(), c.key(), c.value(), 3);
            case Expr.GeneratorExp c -> comprehension(c, "<genexpr>", c.generators(), c.elt(), null, 0);
            case Expr.Await a -> {
                expr(a.value());
                u.pos = a.pos();
                emit(GET_AWAITABLE, 0);
                loadConst(T.None);
                yieldFromLoop();
            }
            case Expr.Yield y -> {
                if (y.value() != null) expr(y.value()); else loadConst(T.None);
                u.pos = y.pos();
                if (u.scope.isCoroutine) emit(YIELD_VALUE, 1); else emit(YIELD_VALUE, 0);
            }
            case Expr.YieldFrom y -> {
                expr(y.value());
                u.pos = y.pos();
                emit(GET_YIELD_FROM_ITER);
                loadConst(T.None);
                yieldFromLoop();
            }
            case Expr.Compare c -> compare(c);
            case Expr.Call c -> call(c);
            case Expr.FormattedValue f -> formattedValue(f);
            case Expr.JoinedStr j -> {
                int n = 0;
                for (Expr v : j.values()) {
                    if (v instanceof Expr.Constant c && c.value() instanceof Const.Str s) loadConst(new PyStr(s.value()));
                    else expr(v);
                    n++;
                }
                if (n == 0) loadConst(Intern.EMPTY);
                else if (n > 1) emit(BUILD_STRING, n);
                else if (!(j.values().get(0) instanceof Expr.FormattedValue) && !(j.values().get(0) instanceof Expr.Constant)) emit(BUILD_STRING, 1);
            }
            case Expr.Constant c -> loadConst(constValue(c.value()));
            case Expr.Attribute a -> {
                if (a.ctx() != Ctx.LOAD) throw error("attribute in wrong context", a.pos());
                expr(a.value());
                u.pos = a.pos();
                emit(LOAD_ATTR, u.nameIdx(mangle(a.attr())));
            }
            case Expr.Subscript s -> {
                checkSubscript(s);
                expr(s.value());
                expr(s.slice());
                u.pos = s.pos();
                emit(BINARY_SUBSCR);
            }
            case Expr.Starred s -> throw error("can't use starred expression here", s.pos());
            case Expr.Name n -> {
                if (n.id().equals("__debug__")) { loadConst(T.TRUE); return; }
                nameOp(n.id(), Ctx.LOAD);
            }
            case Expr.Slice s -> {
                if (s.lower() != null) expr(s.lower()); else loadConst(T.None);
                if (s.upper() != null) expr(s.upper()); else loadConst(T.None);
                if (s.step() != null) { expr(s.step()); emit(BUILD_SLICE, 3); }
                else emit(BUILD_SLICE, 2);
            }
        }
    }

    /**
     * The frozenset constant of a set display: the elements inserted in order, then inserted again
     * in that frozenset's iteration order, as CPython's constant merging rebuilds it
     * (merge_consts_recursive), which decides the layout the set inherits.
     */
    static PySet frozensetConstant(List<Expr> elts) {
        PySet first = PySet.frozen();
        for (Expr e : elts) first.add(folded(e));
        PySet merged = PySet.frozen();
        for (PyObject k : first.toArray()) merged.add(k);
        return merged;
    }

    /** A constant, or a negated int or float constant (which CPython's AST optimizer folds), else null. */
    static PyObject folded(Expr e) {
        if (e instanceof Expr.Constant c) return constValue(c.value());
        if (e instanceof Expr.UnaryOp un && un.op() == Op.Unary.USUB && un.operand() instanceof Expr.Constant c
                && (c.value() instanceof Const.Int || c.value() instanceof Const.Float)) {
            return Ops.neg(constValue(c.value()));
        }
        return null;
    }

    static boolean allFoldable(List<Expr> l) {
        for (Expr e : l) if (folded(e) == null) return false;
        return true;
    }

    static boolean allConstant(List<Expr> l) {
        for (Expr e : l) if (!(e instanceof Expr.Constant)) return false;
        return true;
    }

    /** SEND loop for yield from / await: stack [receiver, value] → [result]. */
    void yieldFromLoop() {
        int loop = u.newLabel(), exit = u.newLabel();
        u.bind(loop);
        jump(SEND, exit);
        emit(YIELD_VALUE, 2);
        jump(JUMP, loop);
        u.bind(exit);
    }

    void formattedValue(Expr.FormattedValue f) {
        expr(f.value());
        int flags = 0;
        switch (f.conversion()) {
            case 's' -> flags = 1;
            case 'r' -> flags = 2;
            case 'a' -> flags = 3;
            default -> flags = 0;
        }
        if (f.formatSpec() != null) { expr(f.formatSpec()); flags |= 4; }
        u.pos = f.pos();
        emit(FORMAT_VALUE, flags);
    }

    void dictDisplay(Expr.Dict d) {
        boolean hasUnpack = false;
        for (Expr k : d.keys()) if (k == null) hasUnpack = true;
        if (!hasUnpack) {
            for (int i = 0; i < d.keys().size(); i++) { expr(d.keys().get(i)); expr(d.values().get(i)); }
            u.pos = d.pos();
            emit(BUILD_MAP, d.keys().size());
            return;
        }
        emit(BUILD_MAP, 0);
        int pending = 0;
        for (int i = 0; i < d.keys().size(); i++) {
            Expr k = d.keys().get(i);
            if (k == null) {
                if (pending > 0) { emit(BUILD_MAP, pending); emit(DICT_UPDATE, 1); pending = 0; }
                expr(d.values().get(i));
                emit(DICT_UPDATE, 1);
            } else {
                expr(k);
                expr(d.values().get(i));
                pending++;
            }
        }
        if (pending > 0) { emit(BUILD_MAP, pending); emit(DICT_UPDATE, 1); }
    }

    /** kind: 0 tuple, 1 list, 2 set. */
    void sequenceDisplay(List<Expr> elts, int kind) {
        boolean star = false;
        for (Expr e : elts) if (e instanceof Expr.Starred) star = true;
        if (!star && kind == 2 && elts.size() > 2 && allFoldable(elts)) {
            // as CPython 3.12: the set is built from a frozenset constant, whose table layout
            // it copies, so that colliding elements iterate in CPython's order
            emit(BUILD_SET, 0);
            loadConst(frozensetConstant(elts));
            emit(SET_UPDATE, 1);
            return;
        }
        if (!star) {
            for (Expr e : elts) expr(e);
            emit(kind == 0 ? BUILD_TUPLE : kind == 1 ? BUILD_LIST : BUILD_SET, elts.size());
            return;
        }
        int pending = 0;
        boolean built = false;
        for (Expr e : elts) {
            if (e instanceof Expr.Starred s) {
                if (!built) { emit(kind == 2 ? BUILD_SET : BUILD_LIST, pending); built = true; pending = 0; }
                else if (pending > 0) throw new IllegalStateException();
                expr(s.value());
                emit(kind == 2 ? SET_UPDATE : LIST_EXTEND, 1);
            } else {
                expr(e);
                if (built) emit(kind == 2 ? SET_ADD : LIST_APPEND, 1);
                else pending++;
            }
        }
        if (kind == 0) emit(LIST_TO_TUPLE);
    }

    void compare(Expr.Compare c) {
        checkCompare(c);
        expr(c.left());
        int n = c.ops().size();
        if (n == 1) {
            expr(c.comparators().get(0));
            u.pos = c.pos();
            cmpOp(c.ops().get(0));
            return;
        }
        int cleanup = u.newLabel(), end = u.newLabel();
        for (int i = 0; i < n - 1; i++) {
            expr(c.comparators().get(i));
            emit(SWAP, 2);
            emit(COPY, 2);
            u.pos = c.pos();
            cmpOp(c.ops().get(i));
            jump(JUMP_IF_FALSE_OR_POP, cleanup);
        }
        expr(c.comparators().get(n - 1));
        u.pos = c.pos();
        cmpOp(c.ops().get(n - 1));
        jump(JUMP, end);
        u.bind(cleanup);
        emit(SWAP, 2);
        emit(POP_TOP);
        u.bind(end);
    }

    void cmpOp(Op.Cmp op) {
        switch (op) {
            case EQ -> emit(COMPARE_OP, Ops.EQ);
            case NOTEQ -> emit(COMPARE_OP, Ops.NE);
            case LT -> emit(COMPARE_OP, Ops.LT);
            case LTE -> emit(COMPARE_OP, Ops.LE);
            case GT -> emit(COMPARE_OP, Ops.GT);
            case GTE -> emit(COMPARE_OP, Ops.GE);
            case IS -> emit(IS_OP, 0);
            case ISNOT -> emit(IS_OP, 1);
            case IN -> emit(CONTAINS_OP, 0);
            case NOTIN -> emit(CONTAINS_OP, 1);
        }
    }

    /** Compiles a test and jumps to label when its truth equals jumpIf. */
    void exprJump(Expr e, int label, boolean jumpIf) {
        if (e instanceof Expr.UnaryOp un && un.op() == Op.Unary.NOT) {
            exprJump(un.operand(), label, !jumpIf);
            return;
        }
        if (e instanceof Expr.BoolOp b) {
            boolean isOr = b.op() == Op.Bool.OR;
            List<Expr> vs = b.values();
            if (isOr == jumpIf) {
                for (Expr v : vs) exprJump(v, label, jumpIf);
            } else {
                int skip = u.newLabel();
                for (int i = 0; i < vs.size() - 1; i++) exprJump(vs.get(i), skip, !jumpIf);
                exprJump(vs.get(vs.size() - 1), label, jumpIf);
                u.bind(skip);
            }
            return;
        }
        if (e instanceof Expr.Compare c && c.ops().size() == 1 && (c.ops().get(0) == Op.Cmp.IS || c.ops().get(0) == Op.Cmp.ISNOT)
                && c.comparators().get(0) instanceof Expr.Constant k && k.value() instanceof Const.None) {
            checkCompare(c);
            expr(c.left());
            boolean isNone = c.ops().get(0) == Op.Cmp.IS;
            u.pos = c.pos();
            jump(isNone == jumpIf ? POP_JUMP_IF_NONE : POP_JUMP_IF_NOT_NONE, label);
            return;
        }
        expr(e);
        u.pos = e.pos();
        jump(jumpIf ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, label);
    }

    void call(Expr.Call c) {
        checkCaller(c.func());
        boolean simple = true;
        for (Expr a : c.args()) if (a instanceof Expr.Starred) simple = false;
        for (Node.Keyword k : c.keywords()) if (k.arg() == null) simple = false;
        if (c.func() instanceof Expr.Attribute at && simple && at.ctx() == Ctx.LOAD) {
            expr(at.value());
            u.pos = at.pos();
            emit(LOAD_METHOD, u.nameIdx(mangle(at.attr())));
        } else {
            emit(PUSH_NULL);
            expr(c.func());
        }
        callArgs(c.args(), c.keywords(), 0, c.pos());
    }

    /** Emits the arguments and the call; {@code already} positional args are on the stack. */
    void callArgs(List<Expr> args, List<Node.Keyword> kws, int already, Pos pos) {
        java.util.HashSet<String> seenKw = new java.util.HashSet<>();
        for (Node.Keyword k : kws) {
            if (k.arg() != null && !seenKw.add(k.arg())) throw error("keyword argument repeated: " + k.arg(), k.pos());
        }
        boolean simple = true;
        for (Expr a : args) if (a instanceof Expr.Starred) simple = false;
        for (Node.Keyword k : kws) if (k.arg() == null) simple = false;
        if (simple) {
            for (Expr a : args) expr(a);
            if (kws.isEmpty()) {
                u.pos = pos;
                emit(CALL, already + args.size());
                return;
            }
            PyObject[] names = new PyObject[kws.size()];
            for (int i = 0; i < kws.size(); i++) {
                expr(kws.get(i).value());
                names[i] = PyStr.intern(kws.get(i).arg());
            }
            loadConst(new PyTuple(names));
            u.pos = pos;
            emit(CALL_KW, already + args.size() + kws.size());
            return;
        }
        // general case: build a tuple and a dict
        emit(BUILD_LIST, already);
        for (Expr a : args) {
            if (a instanceof Expr.Starred s) { expr(s.value()); emit(LIST_EXTEND, 1); }
            else { expr(a); emit(LIST_APPEND, 1); }
        }
        emit(LIST_TO_TUPLE);
        if (!kws.isEmpty()) {
            emit(BUILD_MAP, 0);
            for (Node.Keyword k : kws) {
                if (k.arg() == null) {
                    expr(k.value());
                    emit(DICT_MERGE, 1);
                } else {
                    loadConst(PyStr.intern(k.arg()));
                    expr(k.value());
                    emit(BUILD_MAP, 1);
                    emit(DICT_MERGE, 1);
                }
            }
            u.pos = pos;
            emit(CALL_EX, 1);
        } else {
            u.pos = pos;
            emit(CALL_EX, 0);
        }
    }

    /** kind: 0 generator, 1 list, 2 set, 3 dict. */
    void comprehension(Expr node, String name, List<Node.Comprehension> gens, Expr elt, Expr value, int kind) {
        Symtable.Scope sc = st.scopeOfNode.get(node);
        String qn = qualnameFor(name, sc);
        Unit outer = u;
        u = new Unit(sc, name, qn, outer);
        u.firstLine = node.pos().line();
        u.pos = node.pos();
        boolean isAsync = sc.isAsyncComp;
        if (kind != 0) emit(kind == 1 ? BUILD_LIST : kind == 2 ? BUILD_SET : BUILD_MAP, 0);
        compGenerator(gens, 0, elt, value, kind, isAsync);
        if (kind == 0) loadConst(T.None);
        emit(RETURN_VALUE);
        int flags = PyCode.CO_OPTIMIZED | PyCode.CO_NEWLOCALS | PyCode.CO_NESTED;
        if (kind == 0) flags |= isAsync ? PyCode.CO_ASYNC_GENERATOR : PyCode.CO_GENERATOR;
        else {
            flags |= PyCode.CO_INLINED_COMPREHENSION;
            if (isAsync) flags |= PyCode.CO_COROUTINE;
        }
        PyCode co = assemble(u, 1, 0, 0, flags);
        u = outer;
        u.pos = node.pos();
        emit(PUSH_NULL);
        makeClosure(co, 0);
        expr(gens.get(0).iter());
        u.pos = node.pos();
        if (gens.get(0).isAsync()) emit(GET_AITER); else emit(GET_ITER);
        emit(CALL, 1);
        if (isAsync && kind != 0) {
            emit(GET_AWAITABLE, 0);
            loadConst(T.None);
            yieldFromLoop();
        }
    }

    void compGenerator(List<Node.Comprehension> gens, int i, Expr elt, Expr value, int kind, boolean isAsync) {
        Node.Comprehension g = gens.get(i);
        int loop = u.newLabel(), cleanup = u.newLabel(), end = u.newLabel();
        if (i == 0) {
            emit(LOAD_FAST, 0);
        } else {
            expr(g.iter());
            if (g.isAsync()) emit(GET_AITER); else emit(GET_ITER);
        }
        int except = -1;
        u.bind(loop);
        if (g.isAsync()) {
            except = u.newLabel();
            jump(SETUP_FINALLY, except);
            emit(GET_ANEXT);
            loadConst(T.None);
            yieldFromLoop();
            emit(POP_BLOCK);
        } else {
            jump(FOR_ITER, cleanup);
        }
        store(g.target());
        for (Expr cond : g.ifs()) exprJump(cond, loop, false);
        if (i + 1 < gens.size()) {
            compGenerator(gens, i + 1, elt, value, kind, isAsync);
        } else {
            int depth = gens.size() + 1;
            switch (kind) {
                case 0 -> {
                    expr(elt);
                    emit(YIELD_VALUE, isAsync ? 1 : 0);  // 1: an async generator's own yield, not an await's
                    emit(POP_TOP);
                }
                case 1 -> { expr(elt); emit(LIST_APPEND, depth); }
                case 2 -> { expr(elt); emit(SET_ADD, depth); }
                default -> { expr(elt); expr(value); emit(MAP_ADD, depth); }
            }
        }
        jump(JUMP_BACKWARD, loop);
        if (g.isAsync()) {
            u.bind(except);
            emit(END_ASYNC_FOR);
        } else {
            u.bind(cleanup);
        }
        u.bind(end);
    }

    // ---- assignment targets ---------------------------------------------------------------------------

    void store(Expr t) {
        Pos saved = u.pos;
        u.pos = t.pos();
        switch (t) {
            case Expr.Name n -> nameOp(n.id(), Ctx.STORE);
            case Expr.Attribute a -> {
                expr(a.value());
                u.pos = a.pos();
                emit(STORE_ATTR, u.nameIdx(mangle(a.attr())));
            }
            case Expr.Subscript s -> {
                expr(s.value());
                expr(s.slice());
                u.pos = s.pos();
                emit(STORE_SUBSCR);
            }
            case Expr.Tuple tu -> unpack(tu.elts(), tu.pos());
            case Expr.List_ l -> unpack(l.elts(), l.pos());
            case Expr.Starred s -> throw error("starred assignment target must be in a list or tuple", s.pos());
            default -> throw error("cannot assign to expression", t.pos());
        }
        u.pos = saved;
    }

    /** The elements of a tuple or list display without starred items, else null. */
    static List<Expr> unstarredElts(Expr e) {
        List<Expr> elts = e instanceof Expr.Tuple t ? t.elts() : e instanceof Expr.List_ l ? l.elts() : null;
        if (elts == null) return null;
        for (Expr x : elts) if (x instanceof Expr.Starred) return null;
        return elts;
    }

    void unpack(List<Expr> elts, Pos pos) {
        int star = -1;
        for (int i = 0; i < elts.size(); i++) {
            if (elts.get(i) instanceof Expr.Starred) {
                if (star >= 0) throw error("multiple starred expressions in assignment", pos);
                star = i;
            }
        }
        u.pos = pos;
        if (star < 0) emit(UNPACK_SEQUENCE, elts.size());
        else emit(UNPACK_EX, star | ((elts.size() - star - 1) << 8));
        for (Expr e : elts) {
            if (e instanceof Expr.Starred s) store(s.value());
            else store(e);
        }
    }

    void delete(Expr t) {
        Pos saved = u.pos;
        u.pos = t.pos();
        switch (t) {
            case Expr.Name n -> nameOp(n.id(), Ctx.DEL);
            case Expr.Attribute a -> {
                expr(a.value());
                u.pos = a.pos();
                emit(DELETE_ATTR, u.nameIdx(mangle(a.attr())));
            }
            case Expr.Subscript s -> {
                expr(s.value());
                expr(s.slice());
                u.pos = s.pos();
                emit(DELETE_SUBSCR);
            }
            case Expr.Tuple tu -> { for (Expr e : tu.elts()) delete(e); }
            case Expr.List_ l -> { for (Expr e : l.elts()) delete(e); }
            default -> throw error("cannot delete expression", t.pos());
        }
        u.pos = saved;
    }

    static BigInteger unused() { return BigInteger.ZERO; }
}
