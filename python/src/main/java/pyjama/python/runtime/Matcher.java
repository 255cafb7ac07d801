package pyjama.python.runtime;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import pyjama.python.ast.Const;
import pyjama.python.ast.Ctx;
import pyjama.python.ast.Expr;
import pyjama.python.ast.Node;
import pyjama.python.ast.Pattern;
import pyjama.python.ast.Stmt;

import static pyjama.python.runtime.Opcode.*;

/** The match statement: its compilation and the runtime checks of the MATCH_* instructions. */
final class Matcher {
    private Matcher() {}

    // ---- runtime -------------------------------------------------------------------------------------

    static boolean isMapping(PyObject o) {
        if (o instanceof PyDict || o instanceof PyMappingProxy) return true;
        if (o instanceof PyList || o instanceof PyTuple || o instanceof PyStr || o instanceof PyBytes) return false;
        PyType t = o.type;
        if (!t.heap) return false;
        if (hasAbcFlag(t, "Mapping")) return true;
        if (hasAbcFlag(t, "Sequence")) return false;
        return t.lookup(S.keys) != null && t.lookup(S.__getitem__) != null;
    }

    static boolean isSequence(PyObject o) {
        if (o instanceof PyList || o instanceof PyTuple || o instanceof PyRange || o instanceof PyMemoryView) return true;
        if (o instanceof PyStr || o instanceof PyBytes || o instanceof PyDict) return false;
        PyType t = o.type;
        if (!t.heap) return false;
        if (hasAbcFlag(t, "Sequence")) return true;
        if (hasAbcFlag(t, "Mapping")) return false;
        return t.lookup(S.__getitem__) != null && t.lookup(S.__len__) != null && t.lookup(S.keys) == null;
    }

    /** Classes registered with collections.abc (the stdlib's abc sets this marker). */
    static boolean hasAbcFlag(PyType t, String which) {
        PyObject f = t.lookup(PyStr.intern("__abc_tpflags__"));
        if (f instanceof PyInt i) return which.equals("Sequence") ? (i.v & 32) != 0 : (i.v & 64) != 0;
        for (PyType m : t.mro) {
            String mod = m.moduleName();
            if (mod != null && (mod.equals("collections.abc") || mod.equals("_collections_abc") || mod.equals("collections"))) {
                if (which.equals("Sequence") && (m.name.equals("Sequence") || m.name.equals("MutableSequence") || m.name.equals("deque"))) return true;
                if (which.equals("Mapping") && (m.name.equals("Mapping") || m.name.equals("MutableMapping"))) return true;
            }
        }
        return false;
    }

    static PyObject matchKeys(PyObject subject, PyTuple keys) {
        PyObject[] out = new PyObject[keys.items.length];
        PySet seen = new PySet();
        PyObject get = Ops.getattr(subject, PyStr.intern("get"));
        PyObject dummy = new PyObject(T.OBJECT);
        for (int i = 0; i < out.length; i++) {
            PyObject k = keys.items[i];
            if (!seen.add(k)) throw Exc.value("mapping pattern checks duplicate key (" + Ops.repr(k).value + ")");
            PyObject v = Ops.call(get, k, dummy);
            if (v == dummy) return T.None;
            out[i] = v;
        }
        return new PyTuple(out);
    }

    static PyObject copyWithout(PyObject subject, PyTuple keys) {
        PyDict d = new PyDict();
        DictMethods.updateFrom(d, subject);
        for (PyObject k : keys.items) d.delItemIfPresent(k);
        return d;
    }

    static PyObject matchClass(PyObject subject, PyObject cls, int npos, PyTuple names) {
        if (!(cls instanceof PyType t)) throw Exc.type("called match pattern must be a class");
        if (!Builtins.isinstance(subject, t)) return T.None;
        ArrayList<PyObject> attrs = new ArrayList<>();
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        if (npos > 0) {
            PyObject ma = Ops.getattrOrNull(t, S.__match_args__);
            boolean selfMatch = ma == null && isSelfMatching(t);
            if (selfMatch) {
                if (npos > 1) throw Exc.type(t.name + "() accepts 1 positional sub-pattern (" + npos + " given)");
                attrs.add(subject);
            } else {
                PyObject[] margs;
                if (ma == null) margs = new PyObject[0];
                else if (ma instanceof PyTuple mt) margs = mt.items;
                else throw Exc.type(t.name + ".__match_args__ must be a tuple (got " + ma.type.name + ")");
                if (npos > margs.length) {
                    throw Exc.type(t.name + "() accepts " + margs.length + " positional sub-pattern" + (margs.length == 1 ? "" : "s") + " (" + npos + " given)");
                }
                for (int i = 0; i < npos; i++) {
                    if (!(margs[i] instanceof PyStr an)) throw Exc.type("__match_args__ elements must be strings (got " + margs[i].type.name + ")");
                    seen.add(an.value);
                    PyObject v = Ops.getattrOrNull(subject, PyStr.intern(an));
                    if (v == null) return T.None;
                    attrs.add(v);
                }
            }
        }
        for (PyObject n : names.items) {
            String s = ((PyStr) n).value;
            if (!seen.add(s)) throw Exc.type(t.name + "() got multiple sub-patterns for attribute '" + s + "'");
            PyObject v = Ops.getattrOrNull(subject, PyStr.intern(s));
            if (v == null) return T.None;
            attrs.add(v);
        }
        return new PyTuple(attrs.toArray(new PyObject[0]));
    }

    static boolean isSelfMatching(PyType t) {
        PyType[] self = { T.BOOL, T.BYTEARRAY, T.BYTES, T.DICT, T.FLOAT, T.FROZENSET, T.INT, T.LIST, T.SET, T.STR, T.TUPLE };
        for (PyType s : self) if (t.isSubtype(s)) return true;
        return false;
    }

    // ---- compilation ---------------------------------------------------------------------------------

    static final class Fail { final int label, pops; Fail(int l, int p) { label = l; pops = p; } }

    static void compileMatch(Compiler c, Stmt.Match m) {
        c.expr(m.subject());
        int end = c.u.newLabel();
        List<Node.MatchCase> cases = m.cases();
        for (int i = 0; i < cases.size(); i++) {
            Node.MatchCase mc = cases.get(i);
            boolean last = i == cases.size() - 1;
            if (!last && mc.guard() == null && irrefutable(mc.pattern())) {
                if (mc.pattern() instanceof Pattern.MatchAs a && a.name() != null) {
                    throw c.error("name capture '" + a.name() + "' makes remaining patterns unreachable", mc.pattern().pos());
                }
                throw c.error("wildcard makes remaining patterns unreachable", mc.pattern().pos());
            }
            c.u.pos = mc.pattern().pos();
            int caseFail = c.u.newLabel();
            ArrayList<Fail> fails = new ArrayList<>();
            c.emit(COPY, 1);
            bound = new LinkedHashSet<>();
            pattern(c, mc.pattern(), caseFail, 0, fails);
            if (mc.guard() != null) {
                c.exprJump(mc.guard(), caseFail, false);
            }
            c.emit(POP_TOP);
            c.stmts(mc.body());
            c.jump(JUMP, end);
            for (Fail f : fails) {
                c.u.bind(f.label);
                for (int k = 0; k < f.pops; k++) c.emit(POP_TOP);
                c.jump(JUMP, caseFail);
            }
            c.u.bind(caseFail);
        }
        c.emit(POP_TOP);
        c.u.bind(end);
    }

    static boolean irrefutable(Pattern p) {
        if (p instanceof Pattern.MatchAs a) return a.pattern() == null || irrefutable(a.pattern());
        if (p instanceof Pattern.MatchOr o) {
            for (Pattern q : o.patterns()) if (irrefutable(q)) return true;
        }
        return false;
    }

    /** Jump to a label that pops n values then fails the case. */
    static void failIf(Compiler c, int op, int caseFail, int pops, ArrayList<Fail> fails) {
        if (pops == 0) { c.jump(op, caseFail); return; }
        int l = c.u.newLabel();
        fails.add(new Fail(l, pops));
        c.jump(op, l);
    }

    static LinkedHashSet<String> bound = new LinkedHashSet<>();

    static void store(Compiler c, String name) {
        if (!bound.add(name)) throw c.error("multiple assignments to name '" + name + "' in pattern", c.u.pos);
        c.nameOp(name, Ctx.STORE);
    }

    /** Subject on top of the stack; consumed on success. On failure, pops + 1 values are dropped. */
    static void pattern(Compiler c, Pattern p, int caseFail, int pops, ArrayList<Fail> fails) {
        c.u.pos = p.pos();
        switch (p) {
            case Pattern.MatchAs a -> {
                if (a.pattern() == null) {
                    if (a.name() == null) c.emit(POP_TOP);
                    else store(c, a.name());
                    return;
                }
                c.emit(COPY, 1);
                pattern(c, a.pattern(), caseFail, pops + 1, fails);
                if (a.name() != null) store(c, a.name()); else c.emit(POP_TOP);
            }
            case Pattern.MatchValue v -> {
                c.expr(v.value());
                c.emit(COMPARE_OP, Ops.EQ);
                failIf(c, POP_JUMP_IF_FALSE, caseFail, pops, fails);
            }
            case Pattern.MatchSingleton s -> {
                c.loadConst(Compiler.constValue(s.value()));
                c.emit(IS_OP, 0);
                failIf(c, POP_JUMP_IF_FALSE, caseFail, pops, fails);
            }
            case Pattern.MatchOr o -> {
                int success = c.u.newLabel();
                List<Pattern> alts = o.patterns();
                LinkedHashSet<String> firstNames = null;
                for (int i = 0; i < alts.size(); i++) {
                    LinkedHashSet<String> names = new LinkedHashSet<>();
                    boundNames(alts.get(i), names);
                    if (firstNames == null) firstNames = names;
                    else if (!firstNames.equals(names)) throw c.error("alternative patterns bind different names", o.pos());
                    if (i < alts.size() - 1 && irrefutable(alts.get(i))) {
                        Pattern alt = alts.get(i);
                        if (alt instanceof Pattern.MatchAs a && a.name() != null) throw c.error("name capture '" + a.name() + "' makes remaining patterns unreachable", alt.pos());
                        throw c.error("wildcard makes remaining patterns unreachable", alt.pos());
                    }
                    int next = c.u.newLabel();
                    ArrayList<Fail> altFails = new ArrayList<>();
                    c.emit(COPY, 1);
                    LinkedHashSet<String> saved = bound;
                    bound = new LinkedHashSet<>(saved);
                    pattern(c, alts.get(i), next, 0, altFails);
                    if (i == alts.size() - 1) saved.addAll(bound);
                    bound = saved;
                    c.emit(POP_TOP);
                    c.jump(JUMP, success);
                    for (Fail f : altFails) {
                        c.u.bind(f.label);
                        for (int k = 0; k < f.pops; k++) c.emit(POP_TOP);
                        c.jump(JUMP, next);
                    }
                    c.u.bind(next);
                }
                c.emit(POP_TOP);
                if (pops == 0) c.jump(JUMP, caseFail);
                else failIf(c, JUMP, caseFail, pops, fails);
                c.u.bind(success);
            }
            case Pattern.MatchSequence s -> {
                List<Pattern> ps = s.patterns();
                int star = -1;
                for (int i = 0; i < ps.size(); i++) {
                    if (ps.get(i) instanceof Pattern.MatchStar) {
                        if (star >= 0) throw c.error("multiple starred names in sequence pattern", ps.get(i).pos());
                        star = i;
                    }
                }
                c.emit(MATCH_SEQUENCE);
                failIf(c, POP_JUMP_IF_FALSE, caseFail, pops + 1, fails);
                int n = ps.size();
                c.emit(GET_LEN);
                c.loadConst(PyInt.of(star >= 0 ? n - 1 : n));
                c.emit(COMPARE_OP, star >= 0 ? Ops.GE : Ops.EQ);
                failIf(c, POP_JUMP_IF_FALSE, caseFail, pops + 1, fails);
                if (star >= 0) c.emit(UNPACK_EX, star | ((n - star - 1) << 8));
                else c.emit(UNPACK_SEQUENCE, n);
                for (int i = 0; i < n; i++) {
                    Pattern q = ps.get(i);
                    if (q instanceof Pattern.MatchStar ms) {
                        if (ms.name() != null) store(c, ms.name()); else c.emit(POP_TOP);
                    } else {
                        pattern(c, q, caseFail, pops + (n - i - 1), fails);
                    }
                }
            }
            case Pattern.MatchMapping mm -> {
                c.emit(MATCH_MAPPING);
                failIf(c, POP_JUMP_IF_FALSE, caseFail, pops + 1, fails);
                int k = mm.keys().size();
                if (k > 0) {
                    c.emit(GET_LEN);
                    c.loadConst(PyInt.of(k));
                    c.emit(COMPARE_OP, Ops.GE);
                    failIf(c, POP_JUMP_IF_FALSE, caseFail, pops + 1, fails);
                }
                java.util.HashSet<String> seenKeys = new java.util.HashSet<>();
                for (Expr key : mm.keys()) {
                    if (key instanceof Expr.Constant kc) {
                        PyObject kv = Compiler.constValue(kc.value());
                        String ks = kv.type.name + ":" + Ops.repr(kv).value;
                        if (!seenKeys.add(ks)) throw c.error("mapping pattern checks duplicate key (" + Ops.repr(kv).value + ")", mm.pos());
                    }
                    if (!(key instanceof Expr.Constant) && !(key instanceof Expr.Attribute) && !(key instanceof Expr.UnaryOp) && !(key instanceof Expr.BinOp)) {
                        throw c.error("mapping pattern keys may only match literals and attribute lookups", key.pos());
                    }
                    c.expr(key);
                }
                c.emit(BUILD_TUPLE, k);            // [subj, keys]
                c.emit(MATCH_KEYS);                // [subj, keys, vals]
                c.emit(COPY, 1);
                failIf(c, POP_JUMP_IF_NONE, caseFail, pops + 3, fails);
                c.emit(UNPACK_SEQUENCE, k);        // [subj, keys, v_k .. v_1]
                for (int i = 0; i < k; i++) pattern(c, mm.patterns().get(i), caseFail, pops + 2 + (k - i - 1), fails);
                if (mm.rest() != null) {
                    c.emit(COPY_DICT_WITHOUT_KEYS);  // [subj, rest]
                    store(c, mm.rest());
                    c.emit(POP_TOP);
                } else {
                    c.emit(POP_TOP);
                    c.emit(POP_TOP);
                }
            }
            case Pattern.MatchClass mc -> {
                c.expr(mc.cls());
                PyObject[] names = new PyObject[mc.kwdAttrs().size()];
                for (int i = 0; i < names.length; i++) names[i] = new PyStr(mc.kwdAttrs().get(i));
                c.loadConst(new PyTuple(names));
                c.emit(MATCH_CLASS, mc.patterns().size());
                c.emit(COPY, 1);
                failIf(c, POP_JUMP_IF_NONE, caseFail, pops + 1, fails);
                int n = mc.patterns().size() + names.length;
                c.emit(UNPACK_SEQUENCE, n);
                int i = 0;
                for (Pattern q : mc.patterns()) { pattern(c, q, caseFail, pops + (n - i - 1), fails); i++; }
                for (Pattern q : mc.kwdPatterns()) { pattern(c, q, caseFail, pops + (n - i - 1), fails); i++; }
            }
            case Pattern.MatchStar st -> throw c.error("can't use starred name here", st.pos());
        }
    }

    static void boundNames(Pattern p, LinkedHashSet<String> out) {
        switch (p) {
            case Pattern.MatchAs a -> { if (a.pattern() != null) boundNames(a.pattern(), out); if (a.name() != null) out.add(a.name()); }
            case Pattern.MatchOr o -> boundNames(o.patterns().get(0), out);
            case Pattern.MatchSequence s -> { for (Pattern q : s.patterns()) boundNames(q, out); }
            case Pattern.MatchMapping m -> { for (Pattern q : m.patterns()) boundNames(q, out); if (m.rest() != null) out.add(m.rest()); }
            case Pattern.MatchClass mc -> { for (Pattern q : mc.patterns()) boundNames(q, out); for (Pattern q : mc.kwdPatterns()) boundNames(q, out); }
            case Pattern.MatchStar st -> { if (st.name() != null) out.add(st.name()); }
            default -> { }
        }
    }

    static Const unused() { return Const.NONE; }
}
