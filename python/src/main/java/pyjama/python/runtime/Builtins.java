package pyjama.python.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;

import pyjama.python.ast.Mod;
import pyjama.python.parser.Parser;
import pyjama.python.parser.PySyntaxError;

/** The builtins module. */
public final class Builtins {
    private Builtins() {}

    static PyModule create(Runtime rt) {
        PyModule b = new PyModule("builtins");
        b.set("__doc__", new PyStr("Built-in functions, types, exceptions, and other objects."));
        PyType[] types = { T.OBJECT, T.TYPE, T.INT, T.BOOL, T.FLOAT, T.COMPLEX, T.STR, T.BYTES, T.BYTEARRAY, T.MEMORYVIEW,
            T.LIST, T.TUPLE, T.DICT, T.SET, T.FROZENSET, T.RANGE, T.SLICE, T.PROPERTY, T.CLASSMETHOD, T.STATICMETHOD,
            T.SUPER, T.ENUMERATE, T.ZIP, T.MAP, T.FILTER, T.REVERSED };
        for (PyType t : types) b.set(t.name, t);
        for (PyType t : Exc.ALL) b.set(t.name, t);
        b.set("EnvironmentError", Exc.OSError);
        b.set("IOError", Exc.OSError);
        b.set("None", T.None);
        b.set("Ellipsis", T.Ellipsis);
        b.set("NotImplemented", T.NotImplemented);
        b.set("True", T.TRUE);
        b.set("False", T.FALSE);
        b.set("__debug__", T.TRUE);

        b.def("abs", Fn.of1("abs", Ops::abs));
        b.def("all", Fn.of1("all", x -> {
            PyObject it = Ops.iter(x), v;
            while ((v = Ops.next(it)) != null) if (!Ops.isTrue(v)) return T.FALSE;
            return T.TRUE;
        }));
        b.def("any", Fn.of1("any", x -> {
            PyObject it = Ops.iter(x), v;
            while ((v = Ops.next(it)) != null) if (Ops.isTrue(v)) return T.TRUE;
            return T.FALSE;
        }));
        b.def("ascii", Fn.of1("ascii", x -> new PyStr(ascii(Ops.repr(x).value))));
        b.def("bin", Fn.of1("bin", x -> new PyStr(radix((PyInt) Ops.indexObject(x, null), 2, "0b"))));
        b.def("oct", Fn.of1("oct", x -> new PyStr(radix((PyInt) Ops.indexObject(x, null), 8, "0o"))));
        b.def("hex", Fn.of1("hex", x -> new PyStr(radix((PyInt) Ops.indexObject(x, null), 16, "0x"))));
        b.def("breakpoint", (a, kw) -> T.None);
        b.def("callable", Fn.of1("callable", x -> PyBool.of(Ops.isCallable(x))));
        b.def("chr", Fn.of1("chr", x -> {
            long c = Ops.index(x, null);
            if (c < 0 || c > 0x10ffff) throw Exc.value("chr() arg not in range(0x110000)");
            return PyStr.ofCodePoint((int) c);
        }));
        b.def("ord", Fn.of1("ord", x -> {
            if (x instanceof PyStr s) {
                if (s.cpLength() != 1) throw Exc.type("ord() expected a character, but string of length " + s.cpLength() + " found");
                return PyInt.of(s.value.codePointAt(0));
            }
            if (x instanceof PyBytes by) {
                if (by.len != 1) throw Exc.type("ord() expected a character, but string of length " + by.len + " found");
                return PyInt.of(by.bytes[0] & 0xff);
            }
            throw Exc.type("ord() expected string of length 1, but " + x.type.name + " found");
        }));
        b.def("compile", (a, kw) -> {
            PyObject[] p = Args.parse("compile", a, kw, 0, new String[] { "source", "filename", "mode", "flags", "dont_inherit",
                    "optimize", "$_feature_version" }, 3);
            // an ast tree (only if _ast exists: without it nothing can have made one)
            boolean tree = rt.astNodes != null && p[0].type.isSubtype(rt.astNodes.ast);
            String src = tree ? null : p[0] instanceof PyBytes by ? SourceBytes.decode(by.toArray())
                    : p[0] instanceof PyStr s ? s.value : null;
            if (!tree && src == null) throw Exc.type("compile() arg 1 must be a string, bytes or AST object");
            if (src != null) checkNoNul(src);
            String filename = Ops.str(p[1]).value;
            String mode = Args.str(p[2], "compile", "3");
            int flags = p[3] == null ? 0 : Ops.toInt(p[3]);
            if ((flags & ~COMPILE_FLAGS) != 0) throw Exc.value("compile(): unrecognised flags");
            int optimize = p[5] == null ? -1 : Ops.toInt(p[5]);
            if (optimize < -1 || optimize > 2) throw Exc.value("compile(): invalid optimize value");
            boolean onlyAst = (flags & Compiler.PyCF_ONLY_AST) != 0;
            if (!mode.equals("exec") && !mode.equals("eval") && !mode.equals("single")) {
                if (!mode.equals("func_type")) throw Exc.value("compile() mode must be 'exec', 'eval' or 'single'");
                if (!onlyAst) throw Exc.value("compile() mode 'func_type' requires flag PyCF_ONLY_AST");
                throw Exc.notImplemented("compile(): mode 'func_type' is not supported");
            }
            if (tree) {
                if (onlyAst) return p[0]; // returned as it is, as CPython does
                Mod m = AstFromPython.convert(rt.astNodes, p[0], mode);
                try {
                    return Compiler.compile(m, filename, null, flags);
                } catch (PySyntaxError e) {
                    throw syntaxError(e);
                }
            }
            if (onlyAst) {
                try {
                    return AstToPython.convert(AstModule.nodes(rt), Parser.parse(src, filename, mode), src);
                } catch (PySyntaxError e) {
                    throw syntaxError(e);
                }
            }
            return compileSource(src, filename, mode, flags);
        });
        b.def("delattr", Fn.of2("delattr", (o, n) -> {
            Ops.setattr(o, attrName(n), null);
            return T.None;
        }));
        b.def("getattr", (a, kw) -> {
            Args.noKw("getattr", kw);
            Args.count("getattr", a, 2, 3);
            PyStr n = attrName(a[1]);
            if (a.length == 3) {
                PyObject v = Ops.getattrOrNull(a[0], n);
                return v == null ? a[2] : v;
            }
            return Ops.getattrChecked(a[0], n);
        });
        b.def("setattr", Fn.of3("setattr", (o, n, v) -> { Ops.setattr(o, attrName(n), v); return T.None; }));
        b.def("hasattr", Fn.of2("hasattr", (o, n) -> PyBool.of(Ops.getattrOrNull(o, attrName(n)) != null)));
        b.def("dir", Fn.positional("dir", 0, 1, (a, kw) -> {
            if (a.length == 0) {
                Frame f = Interp.cur.frame;
                PyObject loc = f == null ? null : frameLocals(f);
                PyList l = loc instanceof PyDict d ? new PyList(d.keysArray()) : Ops.toList(loc == null ? new PyList() : loc);
                l.sort(null, false);
                return l;
            }
            return dir(a[0]);
        }));
        b.def("divmod", Fn.of2("divmod", (x, y) -> {
            if (x instanceof PyInt xi && y instanceof PyInt yi) {
                if (yi.signum() == 0) throw Exc.zeroDivision("integer division or modulo by zero");
                return PyTuple.of(PyInt.floordiv(xi, yi), PyInt.mod(xi, yi));
            }
            PyObject r = Ops.callDunder(x, PyStr.intern("__divmod__"), y);
            if (r != null && r != T.NotImplemented) return r;
            r = x.type != y.type ? Ops.callDunder(y, PyStr.intern("__rdivmod__"), x) : null;
            if (r != null && r != T.NotImplemented) return r;
            throw Exc.type("unsupported operand type(s) for divmod(): '" + x.type.name + "' and '" + y.type.name + "'");
        }));
        b.def("eval", Fn.positional("eval", 1, 3, (a, kw) -> evalExec(a, kw, true)));
        b.def("exec", (a, kw) -> evalExec(a, kw, false));
        b.def("format", Fn.positional("format", 1, 2, (a, kw) -> {
            if (a.length > 1 && !(a[1] instanceof PyStr)) throw Exc.type("format() argument 2 must be str, not " + a[1].type.name);
            return Ops.format(a[0], a.length > 1 ? (PyStr) a[1] : Intern.EMPTY);
        }));
        b.def("globals", Fn.of0("globals", () -> Interp.cur.frame.globals));
        b.def("locals", Fn.of0("locals", () -> frameLocals(Interp.cur.frame)));
        b.def("vars", Fn.positional("vars", 0, 1, (a, kw) -> {
            if (a.length == 0) return frameLocals(Interp.cur.frame);
            PyObject d = Ops.getattrOrNull(a[0], S.__dict__);
            if (d == null) throw Exc.type("vars() argument must have __dict__ attribute");
            return d;
        }));
        b.def("hash", Fn.of1("hash", x -> PyInt.of(Ops.hash(x))));
        b.def("help", (a, kw) -> {
            if (a.length == 0) {
                rt.write("Type help(object) for help about object.\n");
                return T.None;
            }
            // The rendering is Python (frozen _pyjama_help, on inspect); printed through sys.stdout.
            PyObject render = Ops.getattr(rt.importer.importModule("_pyjama_help"), "render");
            PyObject text = Ops.call(render, a[0]);
            rt.write(Ops.str(text).value);
            return T.None;
        });
        b.def("id", Fn.of1("id", x -> PyInt.of(Ops.id(x))));
        b.def("input", (a, kw) -> {
            Args.count("input", a, 0, 1);
            String prompt = a.length > 0 ? Ops.str(a[0]).value : "";
            PyObject stdout = rt.sys.get("stdout");
            if (stdout != null && !prompt.isEmpty()) {
                Ops.invoke(stdout, "write", new PyStr(prompt));
                PyObject fl = Ops.getattrOrNull(stdout, S.flush);
                if (fl != null) Ops.call(fl);
            }
            PyObject stdin = rt.sys.get("stdin");
            PyObject line = Ops.invoke(stdin, "readline");
            String s = Ops.str(line).value;
            if (s.isEmpty()) throw Exc.make(Exc.EOFError, "EOF when reading a line");
            if (s.endsWith("\n")) s = s.substring(0, s.length() - 1);
            return new PyStr(s);
        });
        b.def("isinstance", Fn.of2("isinstance", (o, t) -> PyBool.of(isinstance(o, t))));
        b.def("issubclass", Fn.of2("issubclass", (c, t) -> PyBool.of(issubclass(c, t))));
        b.def("iter", (a, kw) -> {
            Args.noKw("iter", kw);
            Args.count("iter", a, 1, 2);
            if (a.length == 2) {
                if (!Ops.isCallable(a[0])) throw Exc.type("iter(v, w): v must be callable");
                return new PyIterators.CallableIterator(a[0], a[1]);
            }
            return Ops.iter(a[0]);
        });
        b.def("aiter", Fn.of1("aiter", x -> {
            PyObject m = x.type.lookup(S.__aiter__);
            if (m == null) throw Exc.type("'" + x.type.name + "' object is not an async iterable");
            return Ops.callMethod(m, x);
        }));
        b.def("anext", Fn.positional("anext", 1, 2, (a, kw) -> {
            PyObject m = a[0].type.lookup(S.__anext__);
            if (m == null) throw Exc.type("'" + a[0].type.name + "' object is not an async iterator");
            PyObject aw = Ops.callMethod(m, a[0]);
            if (a.length == 1) return aw;
            return new AnextDefault(Interp.cur.getAwaitable(aw, 0), a[1]);
        }));
        b.def("len", Fn.of1("len", x -> x instanceof PyRange r ? r.lengthObj() : PyInt.of(Ops.len(x))));
        b.def("max", (a, kw) -> minmax(a, kw, "max", Ops.GT));
        b.def("min", (a, kw) -> minmax(a, kw, "min", Ops.LT));
        b.def("next", (a, kw) -> {
            Args.noKw("next", kw);
            Args.count("next", a, 1, 2);
            PyObject it = a[0];
            if (!Ops.isIterator(it)) throw Exc.type("'" + it.type.name + "' object is not an iterator");
            if (it instanceof PyGenerator g && g.type == T.GENERATOR) {
                PyObject v = g.resume(T.None, null);
                if (v != null) return v;
                if (a.length == 2) return a[1];
                throw Exc.stopIteration(g.returnValue);
            }
            if (it.type.heap) {
                PyObject m = it.type.lookup(S.__next__);
                if (!(m instanceof PyMethodDescr)) {
                    try {
                        return Ops.callMethod(m, it);
                    } catch (PyException e) {
                        if (a.length == 2 && e.matches(Exc.StopIteration)) return a[1];
                        throw e;
                    }
                }
            }
            PyObject v = it.next();
            if (v != null) return v;
            if (a.length == 2) return a[1];
            throw Exc.stopIteration();
        });
        b.def("open", (a, kw) -> IoModule.open(rt, a, kw));
        b.def("pow", (a, kw) -> {
            PyObject[] p = Args.parse("pow", a, kw, 0, new String[] { "base", "exp", "mod" }, 2);
            if (p[2] == null || p[2] == T.None) return Ops.binary(p[0], p[1], Ops.POW);
            return pow3(p[0], p[1], p[2]);
        });
        b.def("print", (a, kw) -> {
            if (kw != null) for (PyStr k : kw) {
                String ks = k.value;
                if (!ks.equals("sep") && !ks.equals("end") && !ks.equals("file") && !ks.equals("flush")) throw Exc.type("'" + ks + "' is an invalid keyword argument for print()");
            }
            PyObject[] p = Args.parse("print", withoutPositional(a, kw), kw, 0, new String[] { "$sep", "$end", "$file", "$flush" }, 0);
            int npos = a.length - (kw == null ? 0 : kw.length);
            PyObject sepO = p[0], endO = p[1], file = p[2];
            if (sepO != null && sepO != T.None && !(sepO instanceof PyStr)) throw Exc.type("sep must be None or a string, not " + sepO.type.name);
            if (endO != null && endO != T.None && !(endO instanceof PyStr)) throw Exc.type("end must be None or a string, not " + endO.type.name);
            String sep = sepO == null || sepO == T.None ? " " : ((PyStr) sepO).value;
            String end = endO == null || endO == T.None ? "\n" : ((PyStr) endO).value;
            if (file == null || file == T.None) file = rt.sys.get("stdout");
            if (file == null || file == T.None) return T.None;
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < npos; i++) {
                if (i > 0) sb.append(sep);
                sb.append(Ops.str(a[i]).value);
            }
            sb.append(end);
            if (file instanceof SysModule.StdStream ss) ss.writeStr(sb.toString());
            else {
                PyObject w = Ops.getattr(file, S.write);
                // CPython writes each piece separately
                for (int i = 0; i < npos; i++) {
                    if (i > 0) Ops.call(w, new PyStr(sep));
                    Ops.call(w, Ops.str(a[i]));
                }
                Ops.call(w, new PyStr(end));
            }
            if (p[3] != null && Ops.isTrue(p[3])) {
                PyObject fl = Ops.getattrOrNull(file, S.flush);
                if (fl != null) Ops.call(fl);
            }
            return T.None;
        });
        b.def("repr", Fn.of1("repr", Ops::repr));
        b.def("round", (a, kw) -> {
            PyObject[] p = Args.parse("round", a, kw, 0, new String[] { "number", "ndigits" }, 1);
            PyObject x = p[0];
            if (x instanceof PyFloat f && f.type == T.FLOAT) return roundFloat(f.v, p[1] == null ? T.None : p[1]);
            PyObject m = x.type.lookup(S.__round__);
            if (m == null) throw Exc.type("type " + x.type.name + " doesn't define __round__ method");
            if (p[1] == null || p[1] == T.None) return Ops.callMethod(m, x);
            return Ops.callMethod(m, x, p[1]);
        });
        b.def("sorted", (a, kw) -> {
            int npos = a.length - (kw == null ? 0 : kw.length);
            if (npos != 1) throw Exc.type("sorted expected 1 argument, got " + npos);
            // the keywords go to list.sort, which names itself in their errors
            PyObject[] p = Args.parse("sort", a, kw, 0, new String[] { "iterable", "/", "$key", "$reverse" }, 1);
            PyList l = Ops.toList(p[0]);
            l.sort(p[1] == null || p[1] == T.None ? null : p[1], p[2] != null && Ops.isTrue(p[2]));
            return l;
        });
        b.def("sum", (a, kw) -> {
            PyObject[] p = Args.parse("sum", a, kw, 0, new String[] { "iterable", "/", "start" }, 1);
            PyObject acc = p[1] == null ? PyInt.of(0) : p[1];
            if (acc instanceof PyStr) throw Exc.type("sum() can't sum strings [use ''.join(seq) instead]");
            if (acc instanceof PyBytes by && !by.isMutable()) throw Exc.type("sum() can't sum bytes [use b''.join(seq) instead]");
            if (acc instanceof PyBytes) throw Exc.type("sum() can't sum bytearray [use b''.join(seq) instead]");
            PyObject it = Ops.iter(p[0]), v;
            while ((v = Ops.next(it)) != null) {
                if (acc instanceof PyInt x && v instanceof PyInt y && acc.type == T.INT && v.type == T.INT) acc = PyInt.add(x, y);
                else if (acc.type == T.FLOAT && (v.type == T.FLOAT || v.type == T.INT)) {
                    // Neumaier compensated summation, as CPython 3.12
                    double s = ((PyFloat) acc).v, c = 0;
                    PyObject x = v;
                    while (true) {
                        double d = x instanceof PyFloat xf ? xf.v : ((PyInt) x).toDouble();
                        double t = s + d;
                        if (Math.abs(s) >= Math.abs(d)) c += (s - t) + d; else c += (d - t) + s;
                        s = t;
                        x = Ops.next(it);
                        if (x == null || !(x.type == T.FLOAT || x.type == T.INT)) break;
                    }
                    if (c != 0 && !Double.isInfinite(c) && !Double.isNaN(c)) s += c;
                    acc = new PyFloat(s);
                    if (x == null) return acc;
                    acc = Ops.binary(acc, x, Ops.ADD);
                }
                else acc = Ops.binary(acc, v, Ops.ADD);
            }
            return acc;
        });
        b.def("__build_class__", Runtime::buildClass);
        b.def("__import__", (a, kw) -> {
            PyObject[] p = Args.parse("__import__", a, kw, 0, new String[] { "name", "globals", "locals", "fromlist", "level" }, 1);
            PyObject g = p[1] == null || p[1] == T.None ? new PyDict() : p[1];
            int level = p[4] == null ? 0 : Ops.toInt(p[4]);
            return rt.importer.importName(Args.str(p[0], "__import__", "1"), (PyDict) g, p[3] == null ? T.None : p[3], level);
        });
        b.set("copyright", new PyStr("Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved."));
        b.set("credits", new PyStr("Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\nfor supporting Python development."));
        b.set("license", new PyStr("See https://www.python.org/psf/license/"));
        return b;
    }

    static PyObject[] withoutPositional(PyObject[] a, PyStr[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        PyObject[] r = new PyObject[nkw];
        System.arraycopy(a, a.length - nkw, r, 0, nkw);
        return r;
    }

    static PyStr attrName(PyObject n) {
        if (!(n instanceof PyStr s)) throw Exc.type("attribute name must be string, not '" + n.type.name + "'");
        return PyStr.intern(s);
    }

    static String radix(PyInt v, int r, String prefix) {
        BigInteger b = v.toBig();
        String s = b.abs().toString(r);
        return (b.signum() < 0 ? "-" : "") + prefix + s;
    }

    public static String ascii(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c < 128) sb.append((char) c);
            else if (c <= 0xff) sb.append("\\x").append(PyStr.hex(c, 2));
            else if (c <= 0xffff) sb.append("\\u").append(PyStr.hex(c, 4));
            else sb.append("\\U").append(PyStr.hex(c, 8));
        }
        return sb.toString();
    }

    static boolean isBuiltinNumber(PyObject o) { return o instanceof PyInt || o instanceof PyFloat || o instanceof PyComplex; }

    static PyObject pow3(PyObject x, PyObject y, PyObject z) {
        if (x instanceof PyInt a && y instanceof PyInt b && z instanceof PyInt m) return PyInt.powmod(a, b, m);
        PyObject f = x.type.lookup(S.BIN[Ops.POW]);
        if (f != null && !(f instanceof PyMethodDescr)) {
            PyObject r = Ops.callMethod(f, x, y, z);
            if (r != T.NotImplemented) return r;
        }
        boolean numbers = isBuiltinNumber(x) && isBuiltinNumber(y);
        if (numbers && (x instanceof PyComplex || y instanceof PyComplex || (z instanceof PyComplex && !(x instanceof PyFloat || y instanceof PyFloat)))) {
            throw Exc.value("complex modulo"); // complex's nb_power refuses a modulus
        }
        if ((x instanceof PyFloat || y instanceof PyFloat || z instanceof PyFloat) && (x instanceof PyInt || x instanceof PyFloat) && (y instanceof PyInt || y instanceof PyFloat)) {
            throw Exc.type("pow() 3rd argument not allowed unless all arguments are integers");
        }
        throw Exc.type("unsupported operand type(s) for ** or pow(): '" + x.type.name + "', '" + y.type.name + "', '" + z.type.name + "'");
    }

    static PyObject roundFloat(double d, PyObject nd) {
        if (nd == T.None) {
            if (Double.isNaN(d)) throw Exc.value("cannot convert float NaN to integer");
            if (Double.isInfinite(d)) throw Exc.overflow("cannot convert float infinity to integer");
            double r = Libm.rint(d); // not Math.rint: TeaVM rounds half up
            return TypeMethods.floatToInt(r);
        }
        long n = Ops.index(nd, null);
        if (Double.isNaN(d) || Double.isInfinite(d) || d == 0) return new PyFloat(d);
        if (n > 323) return new PyFloat(d);
        if (n < -308) return new PyFloat(0.0 * d);
        BigDecimal bd = new BigDecimal(d).setScale((int) n, RoundingMode.HALF_EVEN);
        double r = pyjama.python.parser.DecimalFloat.of(bd);
        if (r == 0) r = Math.copySign(0.0, d);
        if (Double.isInfinite(r)) throw Exc.overflow("rounded value too large to represent");
        return new PyFloat(r);
    }

    static PyObject minmax(PyObject[] a, PyStr[] kw, String name, int op) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = a.length - nkw;
        PyObject key = null, dflt = null;
        if (npos == 0) throw Exc.type(name + " expected at least 1 argument, got 0");
        for (int i = 0; i < nkw; i++) {
            String k = kw[i].value;
            if (k.equals("key")) key = a[npos + i];
            else if (k.equals("default")) dflt = a[npos + i];
            else throw Exc.type("'" + k + "' is an invalid keyword argument for " + name + "()");
        }
        if (key == T.None) key = null;
        PyObject it;
        if (npos == 1) it = Ops.iter(a[0]);
        else {
            if (dflt != null) throw Exc.type("Cannot specify a default for " + name + "() with multiple positional arguments");
            it = new PyIterators.ArrayIterator(T.TUPLE_ITERATOR, a, npos);
        }
        PyObject best = null, bestKey = null, v;
        while ((v = Ops.next(it)) != null) {
            PyObject k = key == null ? v : Ops.call(key, v);
            if (best == null || Ops.isTrue(Ops.compare(k, bestKey, op))) {
                best = v;
                bestKey = k;
            }
        }
        if (best == null) {
            if (dflt != null) return dflt;
            throw Exc.value(name + "() iterable argument is empty");
        }
        return best;
    }

    static PyObject reversed(PyObject x) {
        if (x instanceof PyList l && l.type == T.LIST) return new PyIterators.ListReverseIterator(l);
        PyObject m = x.type.lookup(S.__reversed__);
        if (m != null) {
            if (m == T.None) throw Exc.type("'" + x.type.name + "' object is not reversible");
            return Ops.callMethod(m, x);
        }
        if (x instanceof PyDict || x.type.lookup(S.__getitem__) == null || x.type.lookup(S.__len__) == null) {
            throw Exc.type("'" + x.type.name + "' object is not reversible");
        }
        return new PyIterators.Reversed(T.REVERSED, x, Ops.len(x));
    }

    static boolean isinstanceDefault(PyObject o, PyType t) {
        if (o.type.isSubtype(t)) return true;
        PyObject c = Ops.getattrOrNull(o, S.__class__);
        return c instanceof PyType ct && ct != o.type && ct.isSubtype(t);
    }

    public static boolean isinstance(PyObject o, PyObject t) {
        if (t instanceof PyType pt) {
            if (o.type == pt) return true;
            // as CPython: only the exact type skips a metaclass's __instancecheck__
            if (pt.type != T.TYPE) {
                PyObject m = pt.type.lookup(S.__instancecheck__);
                if (m != null && !(m instanceof PyMethodDescr)) return Ops.isTrue(Ops.callMethod(m, pt, o));
            }
            return isinstanceDefault(o, pt);
        }
        if (t instanceof PyTuple tu) {
            for (PyObject x : tu.items) if (isinstance(o, x)) return true;
            return false;
        }
        if (t instanceof UnionType.Union u) {
            for (PyObject x : u.args) if (isinstance(o, x)) return true;
            return false;
        }
        PyObject m = t.type.lookup(S.__instancecheck__);
        if (m != null && !(m instanceof PyMethodDescr)) return Ops.isTrue(Ops.callMethod(m, t, o));
        throw Exc.type("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    public static boolean issubclass(PyObject c, PyObject t) {
        if (t instanceof PyTuple tu) {
            for (PyObject x : tu.items) if (issubclass(c, x)) return true;
            return false;
        }
        if (t instanceof UnionType.Union u) {
            for (PyObject x : u.args) if (issubclass(c, x)) return true;
            return false;
        }
        if (t instanceof PyType pt && pt.type != T.TYPE) {
            PyObject m = pt.type.lookup(S.__subclasscheck__);
            if (m != null && !(m instanceof PyMethodDescr)) return Ops.isTrue(Ops.callMethod(m, pt, c));
        } else if (!(t instanceof PyType)) {
            PyObject m = t.type.lookup(S.__subclasscheck__);
            if (m != null && !(m instanceof PyMethodDescr)) return Ops.isTrue(Ops.callMethod(m, t, c));
            throw Exc.type("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
        if (!(c instanceof PyType ct)) throw Exc.type("issubclass() arg 1 must be a class");
        return ct.isSubtype((PyType) t);
    }

    /** dir(o): the object's __dir__(), as a sorted list. */
    static PyList dir(PyObject o) {
        PyObject m = o.type.lookup(S.__dir__);
        PyList l = Ops.toList(Ops.callMethod(m, o));
        l.sort(null, false);
        return l;
    }

    static PyObject dirOf(PyObject o) {
        PySet names = new PySet();
        if (o instanceof PyModule) {
            names.addAll(o.dict);
        } else if (o instanceof PyType t) {
            for (PyType m : t.mro) names.addAll(m.dict);
        } else {
            if (o.dict != null) names.addAll(o.dict);
            for (PyType m : o.type.mro) names.addAll(m.dict);
        }
        return new PyList(names.toArray());
    }

    static PyObject frameLocals(Frame f) {
        if (f == null) return new PyDict();
        if (f.locals != null) return f.locals;
        PyDict d = f.localsSnapshot;
        if (d == null) { d = new PyDict(); f.localsSnapshot = d; f.escaped = true; }
        PyCode co0 = f.code;
        for (int i = 0; i < co0.nlocals; i++) if (f.r[i] == null) d.delItemIfPresent(co0.varnames[i]);
        PyCode co = f.code;
        for (int i = 0; i < co.nlocals; i++) {
            if (f.r[i] != null && !(i < co.varnames.length && isCellArg(co, i))) d.setItem(co.varnames[i], f.r[i]);
        }
        int nc = co.cellvars.length;
        for (int i = 0; i < nc + co.freevars.length; i++) {
            PyObject c = f.r[co.nlocals + i];
            if (c instanceof PyCell cell && cell.value != null) d.setItem(i < nc ? co.cellvars[i] : co.freevars[i - nc], cell.value);
        }
        return d;
    }

    static boolean isCellArg(PyCode co, int i) {
        for (int a : co.cell2arg) if (a == i) return true;
        return false;
    }

    static PyException makeThrown(PyObject[] a) {
        PyObject t = a[1];
        PyObject v = a.length > 2 ? a[2] : T.None;
        PyObject tb = a.length > 3 ? a[3] : T.None;
        PyBaseException e;
        if (t instanceof PyType tt && tt.isSubtype(Exc.BaseException)) {
            if (v instanceof PyBaseException ve && ve.type.isSubtype(tt)) e = ve;
            else if (v == T.None) e = (PyBaseException) Ops.call(tt);
            else e = (PyBaseException) Ops.call(tt, v);
        } else if (t instanceof PyBaseException te) {
            if (v != T.None) throw Exc.type("instance exception may not have a separate value");
            e = te;
        } else {
            throw Exc.type("exceptions must be classes or instances deriving from BaseException, not " + t.type.name);
        }
        if (tb instanceof PyTraceback ptb) e.traceback = ptb;
        return new PyException(e);
    }

    static PyObject bytesFromIterable(PyObject it) {
        PyBytes r = new PyBytes(new byte[0]);
        PyObject i = Ops.iter(it), v;
        while ((v = Ops.next(i)) != null) {
            long bv = Ops.index(v, null);
            if (bv < 0 || bv > 255) throw Exc.value("bytes must be in range(0, 256)");
            r.append((int) bv);
        }
        return r;
    }

    // ---- compile / exec / eval ---------------------------------------------------------------------

    /**
     * The flags compile() accepts, as CPython's PyCF_MASK | PyCF_MASK_OBSOLETE | PyCF_COMPILE_MASK:
     * the __future__ feature bits (0x20000..0x1000000), CO_NESTED, and PyCF_ONLY_AST,
     * PyCF_DONT_IMPLY_DEDENT, PyCF_TYPE_COMMENTS, PyCF_ALLOW_TOP_LEVEL_AWAIT,
     * PyCF_ALLOW_INCOMPLETE_INPUT. Only top-level await and the annotations future change the code.
     */
    static final int COMPILE_FLAGS = 0x1FE0000 | 0x10 | 0x400 | 0x200 | 0x1000 | 0x2000 | 0x4000;

    /** compile(), exec() and eval() refuse a source string with a NUL before parsing it, as CPython's source_as_string. */
    static void checkNoNul(String src) {
        if (src.indexOf('\0') >= 0) throw Exc.make(Exc.SyntaxError, "source code string cannot contain null bytes");
    }

    public static PyCode compileSource(String src, String filename, String mode) {
        return compileSource(src, filename, mode, 0);
    }

    /** compile() with flags (Compiler.PyCF_*); SyntaxError as a PyException. */
    public static PyCode compileSource(String src, String filename, String mode, int flags) {
        if (mode.equals("exec")) {
            PyCode stored = Precompiled.lookup(filename, flags, src);
            if (stored != null) return stored;
        }
        try {
            Mod mod = Parser.parse(src, filename, mode);
            return Compiler.compile(mod, filename, src, flags);
        } catch (PySyntaxError e) {
            throw syntaxError(e);
        }
    }

    /** Converts the parser's/compiler's error into Python's SyntaxError. */
    public static PyException syntaxError(PySyntaxError e) {
        PyType t = switch (e.kind()) {
            case SYNTAX -> Exc.SyntaxError;
            case INDENTATION -> Exc.IndentationError;
            case TAB -> Exc.TabError;
        };
        PyBaseException x = new PyBaseException(t);
        PyObject fn = e.filename() == null ? T.None : new PyStr(e.filename());
        PyObject text = e.text() == null ? T.None : new PyStr(e.text());
        x.args = PyTuple.of(new PyStr(e.msg()), PyTuple.of(fn, PyInt.of(e.line()), PyInt.of(e.col()), text, PyInt.of(e.endLine()), PyInt.of(e.endCol())));
        x.dict.setStr("msg", new PyStr(e.msg()));
        x.dict.setStr("filename", fn);
        x.dict.setStr("lineno", PyInt.of(e.line()));
        x.dict.setStr("offset", PyInt.of(e.col()));
        x.dict.setStr("text", text);
        x.dict.setStr("end_lineno", PyInt.of(e.endLine()));
        x.dict.setStr("end_offset", PyInt.of(e.endCol()));
        x.dict.setStr("print_file_and_line", T.None);
        return new PyException(x);
    }

    static PyObject evalExec(PyObject[] a, PyStr[] kw, boolean isEval) {
        String name = isEval ? "eval" : "exec";
        PyObject[] p = isEval ? new PyObject[] { a[0], a.length > 1 ? a[1] : null, a.length > 2 ? a[2] : null, null }
                : Args.parse(name, a, kw, 0, new String[] { "source", "/", "globals", "locals", "$closure" }, 1);
        Interp in = Interp.cur;
        Frame f = in.frame;
        PyObject g = p[1], l = p[2];
        if (g != null && g != T.None && !(g instanceof PyDict)) {
            throw Exc.type(name + "() globals must be a dict, not " + g.type.name);
        }
        if (l != null && l != T.None && !Matcher.isMapping(l)) throw Exc.type("locals must be a mapping");
        PyDict globals;
        PyObject locals;
        if (g == null || g == T.None) {
            globals = f != null ? f.globals : new PyDict();
            locals = l == null || l == T.None ? (f != null ? frameLocals(f) : globals) : l;
        } else {
            globals = (PyDict) g;
            locals = l == null || l == T.None ? globals : l;
        }
        if (globals.getStr(S.__builtins__) == null) globals.setItem(S.__builtins__, in.rt.builtins);
        PyCode code;
        PyObject src = p[0];
        if (src instanceof PyCode c) code = c;
        else {
            String s;
            if (src instanceof PyStr ps) s = ps.value;
            else if (src instanceof PyBytes pb) s = SourceBytes.decode(pb.toArray());
            else throw Exc.type(name + "() arg 1 must be a string, bytes or code object");
            if (isEval) s = s.stripLeading();
            checkNoNul(s);
            code = compileSource(s, "<string>", isEval ? "eval" : "exec");
        }
        PyObject b = globals.getStr(S.__builtins__);
        PyDict builtins = b instanceof PyDict d ? d : b instanceof PyModule m ? m.dict : in.rt.builtins.dict;
        PyObject r = in.runCodeAsCall(name, new Frame(code, globals, builtins, locals));
        return isEval || r == Interp.PUSH_FRAME ? r : T.None;
    }
}
