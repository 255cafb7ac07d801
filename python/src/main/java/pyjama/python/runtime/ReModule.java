package pyjama.python.runtime;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import pyjama.python.regex.MatchScanner;
import pyjama.python.regex.PatternError;
import pyjama.python.regex.Regex;
import pyjama.python.regex.RegexException;
import pyjama.python.regex.RegexFlags;
import pyjama.python.regex.RegexMatch;
import pyjama.python.regex.SubResult;
import pyjama.python.regex.Subject;
import pyjama.python.regex.Template;

/**
 * The {@code re} module: a binding over {@link Regex}. The engine never calls Python, so
 * {@code sub} with a callable replacement is driven here, one match at a time.
 */
final class ReModule {
    private ReModule() {}

    static final PyType PATTERN = BindingModules.builtinType("Pattern", "re");
    static final PyType MATCH = BindingModules.builtinType("Match", "re");
    static final PyType SCANNER = BindingModules.builtinType("SRE_Scanner", "_sre");
    /** re.RegexFlag: an int subclass whose repr names the flags (CPython: an IntFlag). */
    static final PyType REGEX_FLAG = ClassBuilder.create("re", "RegexFlag", T.INT).build();
    /** re.error; its instances carry msg, pattern, pos, lineno, colno. */
    static final PyType ERROR = ClassBuilder.create("re", "error", Exc.Exception).build();

    /** RegexFlag members in CPython's definition order (the order repr lists them in). */
    static final String[] FLAG_NAMES = { "ASCII", "IGNORECASE", "LOCALE", "UNICODE", "MULTILINE", "DOTALL", "VERBOSE", "TEMPLATE", "DEBUG" };
    static final int[] FLAG_VALUES = { RegexFlags.ASCII, RegexFlags.IGNORECASE, RegexFlags.LOCALE, RegexFlags.UNICODE,
        RegexFlags.MULTILINE, RegexFlags.DOTALL, RegexFlags.VERBOSE, RegexFlags.TEMPLATE, RegexFlags.DEBUG };
    static final String[] FLAG_SHORT = { "A", "I", "L", "U", "M", "S", "X", "T", null };
    /** The order _sre's Pattern repr lists flags in (differs from RegexFlag's). */
    static final String[] PATTERN_REPR_NAMES = { "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "UNICODE", "VERBOSE", "DEBUG", "ASCII" };
    static final int[] PATTERN_REPR_VALUES = { RegexFlags.IGNORECASE, RegexFlags.LOCALE, RegexFlags.MULTILINE, RegexFlags.DOTALL,
        RegexFlags.UNICODE, RegexFlags.VERBOSE, RegexFlags.DEBUG, RegexFlags.ASCII };
    static final int MAX_CACHE = 512;

    // ---- objects ----------------------------------------------------------------------------

    static final class PyPattern extends PyObject {
        final Regex regex;
        final PyObject source;   // the str or bytes the pattern was compiled from
        final Runtime rt;

        PyPattern(Regex regex, PyObject source, Runtime rt) { super(PATTERN); this.regex = regex; this.source = source; this.rt = rt; }

        @Override public PyObject repr() {
            String r = Ops.repr(source).value;
            if (r.length() > 200) r = r.substring(0, 200);
            int flags = regex.flags();
            if (!regex.isBytes() && (flags & (RegexFlags.LOCALE | RegexFlags.UNICODE | RegexFlags.ASCII)) == RegexFlags.UNICODE) {
                flags &= ~RegexFlags.UNICODE;
            }
            if (flags == 0) return new PyStr("re.compile(" + r + ")");
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < PATTERN_REPR_NAMES.length; i++) {
                if ((flags & PATTERN_REPR_VALUES[i]) != 0) {
                    if (sb.length() > 0) sb.append('|');
                    sb.append("re.").append(PATTERN_REPR_NAMES[i]);
                    flags &= ~PATTERN_REPR_VALUES[i];
                }
            }
            if (flags != 0) {
                if (sb.length() > 0) sb.append('|');
                sb.append("0x").append(Integer.toHexString(flags));
            }
            return new PyStr("re.compile(" + r + ", " + sb + ")");
        }

        @Override public PyObject richcompare(PyObject other, int op) {
            if ((op != Ops.EQ && op != Ops.NE) || !(other instanceof PyPattern p)) return T.NotImplemented;
            boolean eq = this == p || (regex.flags() == p.regex.flags() && regex.isBytes() == p.regex.isBytes()
                    && Ops.eq(source, p.source));
            return PyBool.of(op == Ops.EQ ? eq : !eq);
        }

        @Override public long hash() {
            long h = Ops.hash(source) ^ (regex.flags() * 1000003L);
            return h == -1 ? -2 : h;
        }

        BooleanSupplier interrupt() {
            pyjama.python.PythonHost host = rt.host;
            return host == null ? null : host::interruptRequested;
        }

        /** The subject for a string argument, with CPython's str/bytes mismatch errors. */
        Subject subject(PyObject s) {
            if (s instanceof PyStr str) {
                if (regex.isBytes()) throw Exc.type("cannot use a bytes pattern on a string-like object");
                return Subject.of(str.value);
            }
            byte[] b = bytesLike(s);
            if (b == null) throw Exc.type("expected string or bytes-like object, got '" + s.type.name + "'");
            if (!regex.isBytes()) throw Exc.type("cannot use a string pattern on a bytes-like object");
            return Subject.ofBytes(b);
        }
    }

    static byte[] bytesLike(PyObject s) {
        if (s instanceof PyBytes b) return b.toArray();
        if (s instanceof PyMemoryView m) return m.toBytes();
        if (s instanceof ArrayModule.PyArray a) return a.toBytes();
        return null;
    }

    static final class PyMatch extends PyObject {
        final RegexMatch m;
        final PyPattern pattern;
        final PyObject string;

        PyMatch(RegexMatch m, PyPattern pattern, PyObject string) { super(MATCH); this.m = m; this.pattern = pattern; this.string = string; }

        /** Group g's text, or dflt when it did not participate. */
        PyObject group(int g, PyObject dflt) {
            int s = m.start(g), e = m.end(g);
            if (s < 0) return dflt;
            return slice(s, e);
        }

        PyObject slice(int s, int e) {
            Subject sub = m.subject();
            if (!sub.isBytes()) return new PyStr(sub.substring(s, e));
            return new PyBytes(sub.bytes(s, e));
        }

        /** A group argument (index or name) as a group number; IndexError("no such group"). */
        int groupIndex(PyObject g) {
            if (g instanceof PyInt || (!(g instanceof PyStr) && g.type.lookup(S.__index__) != null)) {
                PyInt i = (PyInt) Ops.indexObject(g, null);
                if (i.big == null && i.v >= 0 && i.v <= m.groupCount()) return (int) i.v;
            } else if (g instanceof PyStr s) {
                Integer i = pattern.regex.groupIndex().get(s.value);
                if (i != null) return i;
            }
            throw Exc.index("no such group");
        }

        @Override public PyObject repr() {
            String r = Ops.repr(group(0, T.None)).value;
            if (r.length() > 50) r = r.substring(0, 50);
            return new PyStr("<re.Match object; span=(" + m.start(0) + ", " + m.end(0) + "), match=" + r + ">");
        }

        @Override public PyObject getitem(PyObject key) { return group(groupIndex(key), T.None); }
    }

    static final class PyScanner extends PyObject {
        final PyPattern pattern;
        final MatchScanner scanner;
        final PyObject string;

        PyScanner(PyPattern p, MatchScanner s, PyObject string) { super(SCANNER); pattern = p; scanner = s; this.string = string; }
    }

    static final class FindIter extends PyIterators.Base {
        final PyPattern pattern;
        final MatchScanner scanner;
        final PyObject string;

        FindIter(PyPattern p, MatchScanner s, PyObject string) { super(T.CALLABLE_ITERATOR); pattern = p; scanner = s; this.string = string; }

        @Override public PyObject next() {
            RegexMatch m = guard(() -> scanner.next());
            return m == null ? null : new PyMatch(m, pattern, string);
        }
    }

    // ---- errors -----------------------------------------------------------------------------

    interface Body<R> { R run(); }

    /** Runs engine code, turning engine exceptions into Python ones. */
    static <R> R guard(Body<R> b) {
        try {
            return b.run();
        } catch (PatternError e) {
            throw patternError(e);
        } catch (RegexException e) {
            throw switch (e.kind()) {
                case VALUE_ERROR -> Exc.value(e.getMessage());
                case OVERFLOW_ERROR -> Exc.overflow(e.getMessage());
                case INDEX_ERROR -> Exc.index(e.getMessage());
                case TYPE_ERROR -> Exc.type(e.getMessage());
                case RECURSION_ERROR -> Exc.recursion(e.getMessage());
                case MEMORY_ERROR -> Exc.memory();
                case INTERRUPTED -> Exc.make(Exc.KeyboardInterrupt);
            };
        }
    }

    static PyException patternError(PatternError e) {
        PyObject pattern = e.pattern() == null ? T.None
                : e.isBytesPattern() ? PyBytes.fromLatin1(e.pattern()) : new PyStr(e.pattern());
        PyBaseException ex = new PyBaseException(ERROR, PyTuple.of(new PyStr(e.getMessage())));
        ex.dict.setStr("msg", new PyStr(e.msg()));
        ex.dict.setStr("pattern", pattern);
        ex.dict.setStr("pos", e.pos() < 0 ? T.None : PyInt.of(e.pos()));
        ex.dict.setStr("lineno", e.lineno() < 0 ? T.None : PyInt.of(e.lineno()));
        ex.dict.setStr("colno", e.colno() < 0 ? T.None : PyInt.of(e.colno()));
        return new PyException(ex);
    }

    /** re.error(msg, pattern=None, pos=None) raised from Python code. */
    static void initError(PyObject self, PyObject[] a, PyStr[] kw) {
        PyObject[] p = Args.parse("error", a, kw, 0, new String[] { "msg", "pattern", "pos" }, 1);
        PyObject msg = p[0], pattern = Args.or(p[1], T.None), pos = Args.or(p[2], T.None);
        PyObject lineno = T.None, colno = T.None;
        String full = Ops.str(msg).value;
        if (pattern != T.None && pos != T.None) {
            long ps = Ops.index(pos, null);
            int line = 1;
            long col = ps + 1;
            if (pattern instanceof PyStr s) {
                String before = s.substring(0, (int) Math.max(0, Math.min(ps, s.cpLength())));
                int nl = 0, last = -1;
                for (int i = 0; i < before.length(); i++) if (before.charAt(i) == '\n') { nl++; last = i; }
                line = 1 + nl;
                col = last < 0 ? ps + 1 : before.codePointCount(last + 1, before.length()) + 1;
                full += " at position " + ps;
                if (s.value.indexOf('\n') >= 0) full += " (line " + line + ", column " + col + ")";
            } else {
                full += " at position " + ps;
            }
            lineno = PyInt.of(line);
            colno = PyInt.of(col);
        }
        if (self instanceof PyBaseException be) be.args = PyTuple.of(new PyStr(full));
        self.dict.setStr("msg", msg);
        self.dict.setStr("pattern", pattern);
        self.dict.setStr("pos", pos);
        self.dict.setStr("lineno", lineno);
        self.dict.setStr("colno", colno);
    }

    // ---- flags ------------------------------------------------------------------------------

    static PyInt flag(long v) { return new PyInt(REGEX_FLAG, v); }

    static String flagRepr(long v) {
        if (v == 0) return "re.NOFLAG";
        StringBuilder sb = new StringBuilder();
        long rest = v;
        if (v < 0) return Long.toString(v);   // e.g. re.I ^ -1: shown as a plain int (CPython differs)
        for (int i = 0; i < FLAG_NAMES.length; i++) {
            if ((rest & FLAG_VALUES[i]) != 0) {
                if (sb.length() > 0) sb.append('|');
                sb.append("re.").append(FLAG_NAMES[i]);
                rest &= ~FLAG_VALUES[i];
            }
        }
        if (rest != 0) {
            if (sb.length() > 0) sb.append('|');
            sb.append("0x").append(Long.toHexString(rest));
        }
        return sb.toString();
    }

    static String flagName(long v) {
        String r = flagRepr(v);
        return r.replace("re.", "");
    }

    static final int ALL_FLAGS = 0x1ff;

    /** A method descriptor that is not a PyMethodDescr: binding gives a builtin closed over self. */
    static final class SelfBinder extends PyObject {
        final String name;
        final Fn f;

        /** f receives self then the call's arguments. */
        SelfBinder(String name, Fn f) { super(T.OBJECT); this.name = name; this.f = f; }

        @Override public boolean isDescr() { return true; }

        @Override public PyObject descrGet(PyObject obj, PyType type) {
            if (obj == null) return this;
            return new PyBuiltinFunction(name, (a, kw) -> {
                PyObject[] all = new PyObject[a.length + 1];
                all[0] = obj;
                System.arraycopy(a, 0, all, 1, a.length);
                return f.call(all, kw);
            });
        }
    }

    static void installFlagMethods() {
        PyType t = REGEX_FLAG;
        t.dict.setItem(S.__repr__, new PyMethodDescr(t, "__repr__", (a, kw) -> new PyStr(flagRepr(((PyInt) a[0]).asLong()))));
        t.dict.setItem(S.__str__, new PyMethodDescr(t, "__str__", (a, kw) -> new PyStr(flagRepr(((PyInt) a[0]).asLong()))));
        t.def("__format__", (a, kw) -> new PyStr(flagRepr(((PyInt) a[0]).asLong())));
        String[][] ops = { { "__or__", "__ror__" }, { "__and__", "__rand__" }, { "__xor__", "__rxor__" } };
        for (int k = 0; k < 3; k++) {
            final int op = k;
            Fn f = (a, kw) -> {
                if (!(a[1] instanceof PyInt o)) return T.NotImplemented;
                long x = ((PyInt) a[0]).asLong(), y = o.asLong();
                return flag(op == 0 ? x | y : op == 1 ? x & y : x ^ y);
            };
            t.def(ops[k][0], f);
            t.def(ops[k][1], f);
        }
        // Ops.unary takes a PyMethodDescr found on an int subclass for int's own slot, so
        // __invert__ is a plain descriptor that binds self itself.
        t.dict.setItem(S.__invert__, new SelfBinder("__invert__", Fn.method0("RegexFlag.__invert__", self -> flag(ALL_FLAGS & ~((PyInt) self).asLong()))));
        t.dict.setItem(PyStr.intern("__contains__"), new SelfBinder("__contains__", Fn.method1("RegexFlag.__contains__", (self, o) -> {
            if (!(o instanceof PyInt i)) throw Exc.type("unsupported operand type(s) for 'in': '" + o.type.name + "' and 'RegexFlag'");
            long v = i.asLong();
            return PyBool.of((((PyInt) self).asLong() & v) == v);
        })));
        t.getset("value", self -> PyInt.of(((PyInt) self).asLong()), null);
        t.getset("name", self -> {
            long v = ((PyInt) self).asLong();
            return v == 0 ? new PyStr("NOFLAG") : new PyStr(flagName(v));
        }, null);
        for (int i = 0; i < FLAG_NAMES.length; i++) t.dict.setItem(PyStr.intern(FLAG_NAMES[i]), flag(FLAG_VALUES[i]));
        t.dict.setItem(PyStr.intern("NOFLAG"), flag(0));
        t.modified();
    }

    // ---- argument conversion ------------------------------------------------------------------

    static int clampIndex(PyObject o) {
        PyInt i = (PyInt) Ops.indexObject(o, null);
        if (i.big != null) return i.big.signum() < 0 ? 0 : Regex.END;
        return i.v < 0 ? 0 : i.v > Regex.END ? Regex.END : (int) i.v;
    }

    static int intArg(PyObject o) {
        PyInt i = (PyInt) Ops.indexObject(o, null);
        if (i.big != null) return i.big.signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        return i.v < Integer.MIN_VALUE ? Integer.MIN_VALUE : i.v > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) i.v;
    }

    // ---- the module -----------------------------------------------------------------------------

    static {
        installFlagMethods();
        ERROR.def("__init__", (a, kw) -> { initError(a[0], ClassBuilder.rest(a), kw); return T.None; });
        ERROR.modified();
        installPatternMethods();
        installMatchMethods();
        installScannerMethods();
    }

    static final class Cache {
        final HashMap<String, PyPattern> map = new HashMap<>();
    }

    static PyPattern compile(Runtime rt, Cache cache, PyObject pattern, PyObject flagsObj) {
        int flags = flagsObj == null ? 0 : intArg(flagsObj);
        if (pattern instanceof PyPattern p) {
            if (flags != 0) throw Exc.value("cannot process flags argument with a compiled pattern");
            return p;
        }
        String key;
        if (pattern instanceof PyStr s) key = "s" + flags + ":" + s.value;
        else if (pattern instanceof PyBytes b && !b.isMutable()) key = "b" + flags + ":" + BytesMethods.latin1(b.toArray());
        else if (pattern instanceof PyBytes || pattern instanceof PyMemoryView) key = null;
        else throw Exc.type("first argument must be string or compiled pattern");
        if (key != null && (pattern.type == T.STR || pattern.type == T.BYTES)) {
            PyPattern hit = cache.map.get(key);
            if (hit != null) return hit;
        }
        final int f = flags;
        Regex r = guard(() -> pattern instanceof PyStr s ? Regex.compile(s.value, f) : Regex.compileBytes(bytesLike(pattern), f));
        PyObject src = pattern instanceof PyStr ? pattern : pattern instanceof PyBytes pb && !pb.isMutable() ? pattern : new PyBytes(bytesLike(pattern));
        PyPattern p = new PyPattern(r, src, rt);
        if (key != null && (pattern.type == T.STR || pattern.type == T.BYTES)) {
            if (cache.map.size() >= MAX_CACHE) cache.map.clear();
            cache.map.put(key, p);
        }
        return p;
    }

    /** Arguments of a module-level function: re's are Python functions, with their messages. */
    static PyObject[] pyArgs(String fname, PyObject[] a, PyStr[] kw, String[] names, int required) {
        int npos = a.length - (kw == null ? 0 : kw.length);
        if (npos > names.length) {
            String takes = required == names.length ? String.valueOf(required) : "from " + required + " to " + names.length;
            throw Exc.type(fname + "() takes " + takes + " positional arguments but " + npos + " were given");
        }
        PyObject[] out = Args.parse(fname, a, kw, 0, names, 0);
        java.util.ArrayList<String> missing = new java.util.ArrayList<>();
        for (int i = 0; i < required; i++) if (out[i] == null) missing.add("'" + names[i] + "'");
        if (!missing.isEmpty()) {
            int n = missing.size();
            String list = n == 1 ? missing.get(0)
                    : n == 2 ? missing.get(0) + " and " + missing.get(1)
                    : String.join(", ", missing.subList(0, n - 1)) + ", and " + missing.get(n - 1);
            throw Exc.type(fname + "() missing " + n + " required positional argument" + (n == 1 ? "" : "s") + ": " + list);
        }
        return out;
    }

    static PyModule create(Runtime rt) {
        PyModule m = new PyModule("re");
        Cache cache = new Cache();
        for (int i = 0; i < FLAG_NAMES.length; i++) {
            PyInt f = flag(FLAG_VALUES[i]);
            m.set(FLAG_NAMES[i], f);
            if (FLAG_SHORT[i] != null) m.set(FLAG_SHORT[i], f);
        }
        m.set("NOFLAG", flag(0));
        m.set("RegexFlag", REGEX_FLAG);
        m.set("error", ERROR);
        m.set("Pattern", PATTERN);
        m.set("Match", MATCH);
        m.set("__version__", new PyStr("2.2.1"));
        m.set("__all__", new PyList(new PyObject[] {
            new PyStr("match"), new PyStr("fullmatch"), new PyStr("search"), new PyStr("sub"), new PyStr("subn"), new PyStr("split"),
            new PyStr("findall"), new PyStr("finditer"), new PyStr("compile"), new PyStr("purge"),
            new PyStr("escape"), new PyStr("error"), new PyStr("Pattern"), new PyStr("Match"), new PyStr("A"), new PyStr("I"),
            new PyStr("L"), new PyStr("M"), new PyStr("S"), new PyStr("X"), new PyStr("U"), new PyStr("ASCII"),
            new PyStr("IGNORECASE"), new PyStr("LOCALE"), new PyStr("MULTILINE"), new PyStr("DOTALL"), new PyStr("VERBOSE"),
            new PyStr("UNICODE"), new PyStr("NOFLAG"), new PyStr("RegexFlag") }));
        m.def("compile", (a, kw) -> {
            PyObject[] p = pyArgs("compile", a, kw, new String[] { "pattern", "flags" }, 1);
            return compile(rt, cache, p[0], p[1]);
        });
        for (String name : new String[] { "search", "match", "fullmatch" }) {
            m.def(name, (a, kw) -> {
                PyObject[] p = pyArgs(name, a, kw, new String[] { "pattern", "string", "flags" }, 2);
                PyPattern pat = compile(rt, cache, p[0], p[2]);
                return matchOp(name, pat, p[1], 0, Regex.END);
            });
        }
        for (String name : new String[] { "findall", "finditer" }) {
            m.def(name, (a, kw) -> {
                PyObject[] p = pyArgs(name, a, kw, new String[] { "pattern", "string", "flags" }, 2);
                PyPattern pat = compile(rt, cache, p[0], p[2]);
                return name.equals("findall") ? findall(pat, p[1], 0, Regex.END) : finditer(pat, p[1], 0, Regex.END);
            });
        }
        m.def("split", (a, kw) -> {
            PyObject[] p = pyArgs("split", a, kw, new String[] { "pattern", "string", "maxsplit", "flags" }, 2);
            return split(compile(rt, cache, p[0], p[3]), p[1], p[2] == null ? 0 : intArg(p[2]));
        });
        for (String name : new String[] { "sub", "subn" }) {
            m.def(name, (a, kw) -> {
                PyObject[] p = pyArgs(name, a, kw, new String[] { "pattern", "repl", "string", "count", "flags" }, 3);
                return sub(compile(rt, cache, p[0], p[4]), p[1], p[2], p[3] == null ? 0 : intArg(p[3]), name.equals("subn"));
            });
        }
        m.def("escape", Fn.of1("escape", x -> {
            if (x instanceof PyStr s) return new PyStr(Regex.escape(s.value));
            byte[] b = bytesLike(x);
            if (b == null) throw Exc.type("decoding to str: need a bytes-like object, " + x.type.name + " found");
            return new PyBytes(Regex.escape(b));
        }));
        m.def("purge", (a, kw) -> { cache.map.clear(); return T.None; });
        m.set("Scanner", scannerClass(rt, cache));
        return m;
    }

    /**
     * re.Scanner(lexicon, flags=0): the phrases as alternatives, each in its own group; the
     * matched alternative is the one whose group is lastindex (CPython numbers groups inside
     * phrases wrongly; here they are allowed and skipped over).
     */
    static PyType scannerClass(Runtime rt, Cache cache) {
        return ClassBuilder.create("re", "Scanner")
                .init((self, a, kw) -> {
                    PyObject[] p = pyArgs("__init__", a, kw, new String[] { "lexicon", "flags" }, 1);
                    PyObject[] lexicon = Ops.toArray(p[0]);
                    StringBuilder sb = new StringBuilder();
                    PyList groupOf = new PyList();
                    int group = 1;
                    for (int i = 0; i < lexicon.length; i++) {
                        PyObject[] entry = Ops.toArray(lexicon[i]);
                        String phrase = Args.str(entry[0], "Scanner", null);
                        if (i > 0) sb.append('|');
                        sb.append('(').append(phrase).append(')');
                        groupOf.append(PyInt.of(group));
                        group += 1 + compile(rt, cache, entry[0], p[1]).regex.groups();
                    }
                    self.dict.setStr("lexicon", p[0]);
                    self.dict.setStr("_groups", groupOf);
                    self.dict.setStr("scanner", compile(rt, cache, new PyStr(sb.toString()), p[1]));
                })
                .method("scan", (self, a, kw) -> {
                    Args.noKw("scan", kw);
                    if (a.length != 1) throw Exc.type("Scanner.scan() takes 2 positional arguments but " + (a.length + 1) + " were given");
                    PyObject string = a[0];
                    PyPattern pat = (PyPattern) self.dict.getStr("scanner");
                    PyObject[] lexicon = Ops.toArray(self.dict.getStr("lexicon"));
                    PyObject[] groups = Ops.toArray(self.dict.getStr("_groups"));
                    Subject subj = pat.subject(string);
                    MatchScanner sc = guard(() -> pat.regex.scanner(subj, 0, Regex.END, pat.interrupt()));
                    PyList result = new PyList();
                    int i = 0;
                    while (true) {
                        RegexMatch r = guard(() -> sc.nextAnchored());
                        if (r == null) break;
                        int j = r.end(0);
                        if (i == j) break;
                        int k = 0;
                        while (k < groups.length - 1 && ((PyInt) groups[k + 1]).v <= r.lastIndex()) k++;
                        PyObject action = Ops.toArray(lexicon[k])[1];
                        PyMatch m = new PyMatch(r, pat, string);
                        if (Ops.isCallable(action)) {
                            self.dict.setStr("match", m);
                            action = Ops.call(action, self, m.group(0, T.None));
                        }
                        if (action != T.None) result.append(action);
                        i = j;
                    }
                    return PyTuple.of(result, sliceOf(subj, string, i, subj.length()));
                })
                .build();
    }

    // ---- operations shared by the module functions and Pattern methods ---------------------------

    static PyObject matchOp(String kind, PyPattern pat, PyObject string, int pos, int endpos) {
        Subject s = pat.subject(string);
        BooleanSupplier intr = pat.interrupt();
        RegexMatch r = guard(() -> switch (kind) {
            case "match" -> pat.regex.match(s, pos, endpos, intr);
            case "fullmatch" -> pat.regex.fullmatch(s, pos, endpos, intr);
            default -> pat.regex.search(s, pos, endpos, intr);
        });
        return r == null ? T.None : new PyMatch(r, pat, string);
    }

    static PyObject findall(PyPattern pat, PyObject string, int pos, int endpos) {
        Subject s = pat.subject(string);
        MatchScanner sc = guard(() -> pat.regex.scanner(s, pos, endpos, pat.interrupt()));
        PyList out = new PyList();
        int groups = pat.regex.groups();
        PyObject empty = null;
        while (true) {
            RegexMatch r = guard(() -> sc.next());
            if (r == null) break;
            PyMatch m = new PyMatch(r, pat, string);
            if (empty == null) empty = m.slice(0, 0);
            if (groups == 0) out.append(m.group(0, empty));
            else if (groups == 1) out.append(m.group(1, empty));
            else {
                PyObject[] t = new PyObject[groups];
                for (int g = 1; g <= groups; g++) t[g - 1] = m.group(g, empty);
                out.append(PyTuple.of(t));
            }
        }
        return out;
    }

    static PyObject finditer(PyPattern pat, PyObject string, int pos, int endpos) {
        Subject s = pat.subject(string);
        MatchScanner sc = guard(() -> pat.regex.scanner(s, pos, endpos, pat.interrupt()));
        return new FindIter(pat, sc, string);
    }

    static PyObject split(PyPattern pat, PyObject string, int maxsplit) {
        Subject s = pat.subject(string);
        List<int[]> parts = guard(() -> pat.regex.split(s, maxsplit, pat.interrupt()));
        PyList out = new PyList();
        for (int[] span : parts) {
            if (span == null) { out.append(T.None); continue; }
            out.append(sliceOf(s, string, span[0], span[1]));
        }
        return out;
    }

    static PyObject sliceOf(Subject s, PyObject string, int st, int en) {
        if (!s.isBytes()) return new PyStr(s.substring(st, en));
        return new PyBytes(s.bytes(st, en));
    }

    static PyObject sub(PyPattern pat, PyObject repl, PyObject string, int count, boolean subn) {
        boolean isBytesRepl = repl instanceof PyBytes || repl instanceof PyMemoryView;
        if (!(repl instanceof PyStr) && !isBytesRepl && Ops.isCallable(repl)) return subCallable(pat, repl, string, count, subn);
        Subject s = pat.subject(string);
        Template t = guard(() -> {
            if (repl instanceof PyStr rs) {
                if (pat.regex.isBytes()) throw Exc.type("expected a bytes-like object, str found");
                return pat.regex.template(rs.value);
            }
            byte[] b = bytesLike(repl);
            if (b == null) throw Exc.type("expected str instance, " + repl.type.name + " found");
            if (!pat.regex.isBytes()) throw Exc.type("expected str instance, " + repl.type.name + " found");
            return pat.regex.templateBytes(b);
        });
        SubResult r = guard(() -> pat.regex.subn(s, t, count, pat.interrupt()));
        PyObject text;
        if (!r.isBytes()) text = new PyStr(r.string());
        else text = new PyBytes(r.bytes());
        if (r.count() == 0 && string instanceof PyStr && string.type == T.STR) text = string;
        return subn ? PyTuple.of(text, PyInt.of(r.count())) : text;
    }

    static PyObject subCallable(PyPattern pat, PyObject fn, PyObject string, int count, boolean subn) {
        Subject s = pat.subject(string);
        MatchScanner sc = guard(() -> pat.regex.scanner(s, 0, Regex.END, pat.interrupt()));
        boolean bytes = s.isBytes();
        StringBuilder sb = bytes ? null : new StringBuilder();
        java.io.ByteArrayOutputStream bb = bytes ? new java.io.ByteArrayOutputStream() : null;
        int last = 0, n = 0;
        while (count >= 0 && (count == 0 || n < count)) {
            RegexMatch r = guard(() -> sc.next());
            if (r == null) break;
            int st = r.start(0), en = r.end(0);
            if (bytes) { byte[] piece = s.bytes(last, st); bb.write(piece, 0, piece.length); }
            else sb.append(s.substring(last, st));
            PyObject v = Ops.call(fn, new PyMatch(r, pat, string));
            if (v != T.None) {
                if (bytes) {
                    byte[] vb = bytesLike(v);
                    if (vb == null || v instanceof PyStr) throw Exc.type("expected a bytes-like object, " + v.type.name + " found");
                    bb.write(vb, 0, vb.length);
                } else {
                    if (!(v instanceof PyStr vs)) throw Exc.type("expected str instance, " + v.type.name + " found");
                    sb.append(vs.value);
                }
            }
            last = en;
            n++;
        }
        PyObject text;
        if (bytes) {
            byte[] piece = s.bytes(last, s.length());
            bb.write(piece, 0, piece.length);
            text = new PyBytes(bb.toByteArray());
        } else {
            sb.append(s.substring(last, s.length()));
            text = new PyStr(sb.toString());
        }
        return subn ? PyTuple.of(text, PyInt.of(n)) : text;
    }

    // ---- Pattern, Match and scanner methods ---------------------------------------------------------

    static PyPattern self(PyObject o, String meth) {
        if (o instanceof PyPattern p) return p;
        throw Exc.type("descriptor '" + meth + "' for 're.Pattern' objects doesn't apply to a '" + o.type.name + "' object");
    }

    static PyMatch selfMatch(PyObject o, String meth) {
        if (o instanceof PyMatch m) return m;
        throw Exc.type("descriptor '" + meth + "' for 're.Match' objects doesn't apply to a '" + o.type.name + "' object");
    }

    static PyObject classGetitem(PyObject[] a) { return UnionType.alias(a[0], a[1]); }

    static void installPatternMethods() {
        PyType t = PATTERN;
        t.weakrefable = true;
        for (String name : new String[] { "search", "match", "fullmatch", "findall", "finditer", "scanner" }) {
            t.def(name, (a, kw) -> {
                PyPattern p = self(a[0], name);
                PyObject[] v = Args.parse(name, a, kw, 1, new String[] { "string", "pos", "endpos" }, 1);
                int pos = v[1] == null ? 0 : clampIndex(v[1]);
                int endpos = v[2] == null ? Regex.END : clampIndex(v[2]);
                return switch (name) {
                    case "findall" -> findall(p, v[0], pos, endpos);
                    case "finditer" -> finditer(p, v[0], pos, endpos);
                    case "scanner" -> {
                        Subject s = p.subject(v[0]);
                        yield new PyScanner(p, guard(() -> p.regex.scanner(s, pos, endpos, p.interrupt())), v[0]);
                    }
                    default -> matchOp(name, p, v[0], pos, endpos);
                };
            });
        }
        t.def("split", (a, kw) -> {
            PyPattern p = self(a[0], "split");
            PyObject[] v = Args.parse("split", a, kw, 1, new String[] { "string", "maxsplit" }, 1);
            return split(p, v[0], v[1] == null ? 0 : intArg(v[1]));
        });
        for (String name : new String[] { "sub", "subn" }) {
            t.def(name, (a, kw) -> {
                PyPattern p = self(a[0], name);
                PyObject[] v = Args.parse(name, a, kw, 1, new String[] { "repl", "string", "count" }, 2);
                return sub(p, v[0], v[1], v[2] == null ? 0 : intArg(v[2]), name.equals("subn"));
            });
        }
        t.getset("pattern", o -> self(o, "pattern").source, null);
        t.getset("flags", o -> PyInt.of(self(o, "flags").regex.flags()), null);
        t.getset("groups", o -> PyInt.of(self(o, "groups").regex.groups()), null);
        t.getset("groupindex", o -> {
            PyDict d = new PyDict();
            for (Map.Entry<String, Integer> e : self(o, "groupindex").regex.groupIndex().entrySet()) {
                d.setItem(new PyStr(e.getKey()), PyInt.of(e.getValue()));
            }
            return new PyMappingProxy(d);
        }, null);
        t.def("__copy__", (a, kw) -> a[0]);
        t.def("__deepcopy__", (a, kw) -> a[0]);
        t.setAttrRaw("__class_getitem__", new PyClassMethod(new PyBuiltinFunction("__class_getitem__", (a, kw) -> classGetitem(a))));
        t.modified();
    }

    static void installMatchMethods() {
        PyType t = MATCH;
        t.def("group", (a, kw) -> {
            Args.noKw("group", kw);
            PyMatch m = selfMatch(a[0], "group");
            if (a.length == 1) return m.group(0, T.None);
            if (a.length == 2) return m.group(m.groupIndex(a[1]), T.None);
            PyObject[] out = new PyObject[a.length - 1];
            for (int i = 1; i < a.length; i++) out[i - 1] = m.group(m.groupIndex(a[i]), T.None);
            return PyTuple.of(out);
        });
        t.def("__getitem__", (a, kw) -> selfMatch(a[0], "__getitem__").getitem(a[1]));
        t.def("groups", (a, kw) -> {
            PyMatch m = selfMatch(a[0], "groups");
            PyObject[] v = Args.parse("groups", a, kw, 1, new String[] { "default" }, 0);
            PyObject dflt = Args.or(v[0], T.None);
            PyObject[] out = new PyObject[m.m.groupCount()];
            for (int g = 1; g <= out.length; g++) out[g - 1] = m.group(g, dflt);
            return PyTuple.of(out);
        });
        t.def("groupdict", (a, kw) -> {
            PyMatch m = selfMatch(a[0], "groupdict");
            PyObject[] v = Args.parse("groupdict", a, kw, 1, new String[] { "default" }, 0);
            PyObject dflt = Args.or(v[0], T.None);
            PyDict d = new PyDict();
            for (Map.Entry<String, Integer> e : m.pattern.regex.groupIndex().entrySet()) {
                d.setItem(new PyStr(e.getKey()), m.group(e.getValue(), dflt));
            }
            return d;
        });
        for (String name : new String[] { "start", "end", "span" }) {
            t.def(name, (a, kw) -> {
                Args.noKw(name, kw);
                PyMatch m = selfMatch(a[0], name);
                if (a.length > 2) throw Exc.type(name + " expected at most 1 argument, got " + (a.length - 1));
                int g = a.length == 2 ? m.groupIndex(a[1]) : 0;
                return switch (name) {
                    case "start" -> PyInt.of(m.m.start(g));
                    case "end" -> PyInt.of(m.m.end(g));
                    default -> PyTuple.of(PyInt.of(m.m.start(g)), PyInt.of(m.m.end(g)));
                };
            });
        }
        t.def("expand", (a, kw) -> {
            PyMatch m = selfMatch(a[0], "expand");
            PyObject[] v = Args.parse("expand", a, kw, 1, new String[] { "template" }, 1);
            PyObject tpl = v[0];
            return guard(() -> {
                Regex r = m.pattern.regex;
                if (tpl instanceof PyStr s) {
                    if (r.isBytes()) throw Exc.type("expected a bytes-like object, str found");
                    return new PyStr(r.template(s.value).expandToString(m.m));
                }
                byte[] b = bytesLike(tpl);
                if (b == null || !r.isBytes()) throw Exc.type("expected str instance, " + tpl.type.name + " found");
                return new PyBytes(r.templateBytes(b).expandToBytes(m.m));
            });
        });
        t.getset("lastindex", o -> { int i = selfMatch(o, "lastindex").m.lastIndex(); return i < 0 ? T.None : PyInt.of(i); }, null);
        t.getset("lastgroup", o -> { String g = selfMatch(o, "lastgroup").m.lastGroup(); return g == null ? T.None : new PyStr(g); }, null);
        t.getset("re", o -> selfMatch(o, "re").pattern, null);
        t.getset("string", o -> selfMatch(o, "string").string, null);
        t.getset("pos", o -> PyInt.of(selfMatch(o, "pos").m.pos()), null);
        t.getset("endpos", o -> PyInt.of(selfMatch(o, "endpos").m.endpos()), null);
        t.getset("regs", o -> {
            PyMatch m = selfMatch(o, "regs");
            PyObject[] out = new PyObject[m.m.groupCount() + 1];
            for (int g = 0; g < out.length; g++) out[g] = PyTuple.of(PyInt.of(m.m.start(g)), PyInt.of(m.m.end(g)));
            return PyTuple.of(out);
        }, null);
        t.def("__copy__", (a, kw) -> a[0]);
        t.def("__deepcopy__", (a, kw) -> a[0]);
        t.setAttrRaw("__class_getitem__", new PyClassMethod(new PyBuiltinFunction("__class_getitem__", (a, kw) -> classGetitem(a))));
        t.modified();
    }

    static void installScannerMethods() {
        PyType t = SCANNER;
        t.def0("match", o -> {
            PyScanner s = (PyScanner) o;
            RegexMatch r = guard(() -> s.scanner.nextAnchored());
            return r == null ? T.None : new PyMatch(r, s.pattern, s.string);
        });
        t.def0("search", o -> {
            PyScanner s = (PyScanner) o;
            RegexMatch r = guard(() -> s.scanner.next());
            return r == null ? T.None : new PyMatch(r, s.pattern, s.string);
        });
        t.getset("pattern", o -> ((PyScanner) o).pattern, null);
        t.modified();
    }
}
