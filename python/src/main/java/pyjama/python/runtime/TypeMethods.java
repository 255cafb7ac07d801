package pyjama.python.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** Methods of the numeric types and of the small builtin types (function, method, descriptors...). */
final class TypeMethods {
    private TypeMethods() {}

    static void numberOps(PyType t, int... ops) {
        for (int op : ops) {
            final int o = op;
            t.def1(S.BIN[op].value, (s, x) -> s.binop(o, x));
            t.def1(S.RBIN[op].value, (s, x) -> s.rbinop(o, x));
        }
    }

    static void install() {
        installInt();
        installFloat();
        installComplex();
        installMisc();
    }

    // ---- int ----------------------------------------------------------------------------------------

    static PyObject floatToInt(double d) {
        if (Double.isNaN(d)) throw Exc.value("cannot convert float NaN to integer");
        if (Double.isInfinite(d)) throw Exc.overflow("cannot convert float infinity to integer");
        if (Math.abs(d) < 9e18) return PyInt.of((long) d);
        return PyInt.of(new BigDecimal(d).toBigInteger());
    }

    static PyInt parseInt(String s0, int base, PyObject orig) {
        String s = s0.strip();
        String err = "invalid literal for int() with base " + base + ": " + Ops.repr(orig).value;
        if (s.isEmpty()) throw Exc.value(err);
        boolean neg = false;
        int i = 0;
        if (s.charAt(0) == '+' || s.charAt(0) == '-') { neg = s.charAt(0) == '-'; i = 1; }
        int b = base;
        if (s.length() > i + 1 && s.charAt(i) == '0') {
            char p = Character.toLowerCase(s.charAt(i + 1));
            int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (pb != 0 && (base == 0 || base == pb)) { b = pb; i += 2; if (i < s.length() && s.charAt(i) == '_') i++; }
        }
        if (b == 0) {
            b = 10;
            // base 0: leading zeros are not allowed for non-zero decimals
            String rest = s.substring(i).replace("_", "");
            if (rest.length() > 1 && rest.charAt(0) == '0' && !rest.chars().allMatch(c -> c == '0')) throw Exc.value(err);
        }
        StringBuilder digits = new StringBuilder();
        boolean lastUnderscore = true;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (lastUnderscore) throw Exc.value(err);
                lastUnderscore = true;
                continue;
            }
            int dv = Character.digit(c, b);
            if (dv < 0) throw Exc.value(err);
            digits.append(Character.forDigit(dv, b));
            lastUnderscore = false;
        }
        if (lastUnderscore || digits.length() == 0) throw Exc.value(err);
        if (PyInt.maxStrDigits > 0 && digits.length() > PyInt.maxStrDigits && b == 10) {
            throw Exc.value("Exceeds the limit (" + PyInt.maxStrDigits + " digits) for integer string conversion: value has " + digits.length() + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        BigInteger v = new BigInteger(digits.toString(), b);
        return PyInt.of(neg ? v.negate() : v);
    }

    static PyInt toIntObj(PyObject x) {
        if (x instanceof PyInt i) return i.type == T.INT ? i : (i.big == null ? PyInt.of(i.v) : PyInt.of(i.big));
        if (x instanceof PyFloat f) return (PyInt) floatToInt(f.v);
        PyObject m = x.type.lookup(S.__int__);
        if (m != null) {
            PyObject r = Ops.callMethod(m, x);
            if (!(r instanceof PyInt ri)) throw Exc.type("__int__ returned non-int (type " + r.type.name + ")");
            return ri;
        }
        m = x.type.lookup(S.__index__);
        if (m != null) return (PyInt) Ops.indexObject(x, null);
        m = x.type.lookup(S.__trunc__);
        if (m != null) return toIntObj(Ops.callMethod(m, x));
        if (x instanceof PyStr s) return parseInt(s.value, 10, x);
        if (x instanceof PyBytes b) return parseInt(BytesMethods.latin1(b.toArray()), 10, x);
        throw Exc.type("int() argument must be a string, a bytes-like object or a real number, not '" + x.type.name + "'");
    }

    static void installInt() {
        PyType t = T.INT;
        t.defNew((a, kw) -> {
            PyObject[] p = Args.parse("int", a, kw, 1, new String[] { "x", "/", "base" }, 0);
            PyType cls = (PyType) a[0];
            PyInt v;
            if (p[0] == null) {
                if (p[1] != null) throw Exc.type("int() missing string argument");
                v = PyInt.of(0);
            } else if (p[1] == null) {
                v = toIntObj(p[0]);
            } else {
                long base = Ops.index(p[1], null);
                if (base != 0 && (base < 2 || base > 36)) throw Exc.value("int() base must be >= 2 and <= 36, or 0");
                String s;
                if (p[0] instanceof PyStr ps) s = ps.value;
                else if (p[0] instanceof PyBytes pb) s = BytesMethods.latin1(pb.toArray());
                else throw Exc.type("int() can't convert non-string with explicit base");
                v = parseInt(s, (int) base, p[0]);
            }
            if (cls == T.INT) return v;
            if (cls == T.BOOL) return PyBool.of(v.isTrue());
            PyInt r = new PyInt(cls, v.toBig());
            Runtime.initInstance(r, cls);
            return r;
        });
        numberOps(t, Ops.ADD, Ops.SUB, Ops.MUL, Ops.TRUEDIV, Ops.FLOORDIV, Ops.MOD, Ops.LSHIFT, Ops.RSHIFT, Ops.AND, Ops.OR, Ops.XOR);
        t.def("__pow__", (a, kw) -> {
            if (a.length == 3 && a[2] != T.None) return Builtins.pow3(a[0], a[1], a[2]);
            return a[0].binop(Ops.POW, a[1]);
        });
        t.def("__rpow__", (a, kw) -> a[0].rbinop(Ops.POW, a[1]));
        t.def1("__divmod__", (s, o) -> o instanceof PyInt b ? PyTuple.of(PyInt.floordiv((PyInt) s, b), PyInt.mod((PyInt) s, b)) : T.NotImplemented);
        t.def1("__rdivmod__", (s, o) -> o instanceof PyInt b ? PyTuple.of(PyInt.floordiv(b, (PyInt) s), PyInt.mod(b, (PyInt) s)) : T.NotImplemented);
        t.def0("__neg__", PyObject::neg);
        t.def0("__pos__", PyObject::pos);
        t.def0("__abs__", PyObject::abs);
        t.def0("__invert__", PyObject::invert);
        t.def0("__bool__", s -> PyBool.of(s.isTrue()));
        t.def0("__int__", s -> ((PyInt) s).type == T.INT ? s : PyInt.of(((PyInt) s).toBig()));
        t.def0("__index__", s -> ((PyInt) s).type == T.INT ? s : PyInt.of(((PyInt) s).toBig()));
        t.def0("__getnewargs__", s -> PyTuple.of(((PyInt) s).type == T.INT ? s : PyInt.of(((PyInt) s).toBig())));
        t.def0("__float__", s -> new PyFloat(((PyInt) s).toDouble()));
        t.def0("__trunc__", s -> PyInt.of(((PyInt) s).toBig()));
        t.def0("__floor__", s -> PyInt.of(((PyInt) s).toBig()));
        t.def0("__ceil__", s -> PyInt.of(((PyInt) s).toBig()));
        t.def("__round__", (a, kw) -> {
            PyInt s = (PyInt) a[0];
            if (a.length < 2 || a[1] == T.None) return PyInt.of(s.toBig());
            long nd = Ops.index(a[1], null);
            if (nd >= 0) return PyInt.of(s.toBig());
            BigInteger p = BigInteger.TEN.pow((int) Math.min(-nd, 10000));
            BigDecimal bd = new BigDecimal(s.toBig()).divide(new BigDecimal(p)).setScale(0, RoundingMode.HALF_EVEN);
            return PyInt.of(bd.toBigInteger().multiply(p));
        });
        t.def0("__hash__", s -> PyInt.of(s.hash()));
        t.def0("__repr__", s -> new PyStr(s.toString()));
        for (int k = 0; k < 6; k++) { final int op = k; t.def1(S.CMP[k].value, (s, o) -> s.richcompare(o, op)); }
        t.def1("__format__", (s, spec) -> new PyStr(FormatSpec.formatInt((PyInt) s, Args.str(spec, "format", "2"))));
        t.def0("bit_length", s -> PyInt.of(((PyInt) s).bitLength()));
        t.def0("bit_count", s -> PyInt.of(((PyInt) s).toBig().abs().bitCount()));
        t.def0("conjugate", s -> PyInt.of(((PyInt) s).toBig()));
        t.def0("as_integer_ratio", s -> PyTuple.of(PyInt.of(((PyInt) s).toBig()), PyInt.of(1)));
        t.def0("is_integer", s -> T.TRUE);
        t.getset("real", s -> PyInt.of(((PyInt) s).toBig()), null);
        t.getset("imag", s -> PyInt.of(0), null);
        t.getset("numerator", s -> PyInt.of(((PyInt) s).toBig()), null);
        t.getset("denominator", s -> PyInt.of(1), null);
        t.def("to_bytes", (a, kw) -> {
            PyObject[] p = Args.parse("to_bytes", a, kw, 1, new String[] { "length", "byteorder", "$signed" }, 0);
            long length = p[0] == null ? 1 : Ops.index(p[0], null);
            String order = p[1] == null ? "big" : Args.str(p[1], "to_bytes", "'byteorder'");
            boolean signed = p[2] != null && Ops.isTrue(p[2]);
            BigInteger v = ((PyInt) a[0]).toBig();
            if (length < 0) throw Exc.value("length argument must be non-negative");
            if (!signed && v.signum() < 0) throw Exc.overflow("can't convert negative int to unsigned");
            byte[] raw = v.toByteArray();
            byte[] out = new byte[(int) length];
            int fill = v.signum() < 0 ? 0xff : 0;
            int start = 0;
            while (start < raw.length - 1 && raw[start] == 0 && (signed ? (raw[start + 1] & 0x80) == 0 : true)) start++;
            if (!signed && raw.length > 0 && raw[0] == 0 && raw.length > 1) start = Math.max(start, 1);
            int n = raw.length - start;
            if (!signed && v.signum() == 0) n = 0;
            if (n > length) throw Exc.overflow("int too big to convert");
            java.util.Arrays.fill(out, (byte) fill);
            System.arraycopy(raw, start, out, (int) length - n, n);
            if (order.equals("little")) {
                for (int i = 0, j = out.length - 1; i < j; i++, j--) { byte x = out[i]; out[i] = out[j]; out[j] = x; }
            } else if (!order.equals("big")) throw Exc.value("byteorder must be either 'little' or 'big'");
            return new PyBytes(out);
        });
        t.setAttrRaw("from_bytes", new PyClassMethod(new PyBuiltinFunction("from_bytes", (a, kw) -> {
            PyObject[] p = Args.parse("from_bytes", a, kw, 1, new String[] { "bytes", "byteorder", "$signed" }, 1);
            byte[] b = BytesMethods.toBytes(p[0] instanceof PyList || p[0] instanceof PyTuple ? Builtins.bytesFromIterable(p[0]) : p[0]);
            String order = p[1] == null ? "big" : Args.str(p[1], "from_bytes", "'byteorder'");
            boolean signed = p[2] != null && Ops.isTrue(p[2]);
            if (order.equals("little")) {
                b = b.clone();
                for (int i = 0, j = b.length - 1; i < j; i++, j--) { byte x = b[i]; b[i] = b[j]; b[j] = x; }
            } else if (!order.equals("big")) throw Exc.value("byteorder must be either 'little' or 'big'");
            BigInteger v = b.length == 0 ? BigInteger.ZERO : signed ? new BigInteger(b) : new BigInteger(1, b);
            PyInt r = PyInt.of(v);
            PyType cls = (PyType) a[0];
            return cls == T.INT ? r : Ops.call(cls, r);
        })));

        PyType b = T.BOOL;
        b.defNew((a, kw) -> {
            Args.noKw("bool", kw);
            if (a.length > 2) throw Exc.type("bool expected at most 1 argument, got " + (a.length - 1));
            return a.length == 1 ? T.FALSE : PyBool.of(Ops.isTrue(a[1]));
        });
        b.def0("__repr__", PyObject::repr);
        for (int op : new int[] { Ops.AND, Ops.OR, Ops.XOR }) {
            final int o = op;
            b.def1(S.BIN[op].value, (s, x) -> s.binop(o, x));
            b.def1(S.RBIN[op].value, (s, x) -> s.rbinop(o, x));
        }
    }

    // ---- float -----------------------------------------------------------------------------------------

    static String asciiDigits(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 127 && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                if (sb == null) sb = new StringBuilder(s.substring(0, i));
                sb.append((char) ('0' + Character.digit(c, 10)));
            } else if (c > 127 && Character.isWhitespace(c)) {
                if (sb == null) sb = new StringBuilder(s.substring(0, i));
                sb.append(' ');
            } else if (sb != null) sb.append(c);
        }
        return sb == null ? s : sb.toString();
    }

    static double parseFloat(String s0, PyObject orig) {
        s0 = asciiDigits(s0);
        String s = s0.strip().replace("_", "");
        if (s0.contains("_")) {
            String t = s0.strip();
            if (t.startsWith("_") || t.endsWith("_") || t.contains("__") || t.contains("_.") || t.contains("._")) {
                throw Exc.value("could not convert string to float: " + Ops.repr(orig).value);
            }
        }
        String l = s.toLowerCase();
        String body = l.startsWith("+") || l.startsWith("-") ? l.substring(1) : l;
        boolean neg = l.startsWith("-");
        if (body.equals("inf") || body.equals("infinity")) return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        if (body.equals("nan")) return neg ? -Double.NaN : Double.NaN;
        boolean ok = !body.isEmpty();
        boolean digit = false, dot = false, exp = false;
        for (int i = 0; i < body.length() && ok; i++) {
            char c = body.charAt(i);
            if (c >= '0' && c <= '9') digit = true;
            else if (c == '.' && !dot && !exp) dot = true;
            else if ((c == 'e') && digit && !exp) {
                exp = true;
                digit = false;
                if (i + 1 < body.length() && (body.charAt(i + 1) == '+' || body.charAt(i + 1) == '-')) i++;
            } else ok = false;
        }
        if (!ok || !digit) throw Exc.value("could not convert string to float: " + Ops.repr(orig).value);
        return pyjama.python.parser.DecimalFloat.parse(l);
    }

    static double toDouble(PyObject x) {
        if (x instanceof PyFloat f) return f.v;
        if (x instanceof PyInt i) return i.toDouble();
        PyObject m = x.type.lookup(S.__float__);
        if (m != null) {
            PyObject r = Ops.callMethod(m, x);
            if (!(r instanceof PyFloat rf)) throw Exc.type(x.type.name + ".__float__ returned non-float (type " + r.type.name + ")");
            return rf.v;
        }
        m = x.type.lookup(S.__index__);
        if (m != null) return ((PyInt) Ops.indexObject(x, null)).toDouble();
        throw Exc.type("must be real number, not " + x.type.name);
    }

    static void installFloat() {
        PyType t = T.FLOAT;
        t.defNew((a, kw) -> {
            Args.noKw("float", kw);
            if (a.length > 2) throw Exc.type("float expected at most 1 argument, got " + (a.length - 1));
            PyType cls = (PyType) a[0];
            double d;
            if (a.length == 1) d = 0;
            else {
                PyObject x = a[1];
                if (x instanceof PyStr s) d = parseFloat(s.value, x);
                else if (x instanceof PyBytes bb) d = parseFloat(BytesMethods.latin1(bb.toArray()), x);
                else if (x instanceof PyFloat || x instanceof PyInt || x.type.lookup(S.__float__) != null || x.type.lookup(S.__index__) != null) d = toDouble(x);
                else throw Exc.type("float() argument must be a string or a real number, not '" + x.type.name + "'");
            }
            if (cls == T.FLOAT) return new PyFloat(d);
            PyFloat r = new PyFloat(cls, d);
            Runtime.initInstance(r, cls);
            return r;
        });
        numberOps(t, Ops.ADD, Ops.SUB, Ops.MUL, Ops.TRUEDIV, Ops.FLOORDIV, Ops.MOD, Ops.POW);
        t.def1("__divmod__", (s, o) -> {
            double a = ((PyFloat) s).v;
            if (!(o instanceof PyFloat) && !(o instanceof PyInt)) return T.NotImplemented;
            double b = toDouble(o);
            if (b == 0) throw Exc.zeroDivision("float divmod()");
            return PyTuple.of(new PyFloat(PyFloat.floordiv(a, b)), new PyFloat(PyFloat.mod(a, b)));
        });
        t.def1("__rdivmod__", (s, o) -> {
            if (!(o instanceof PyInt)) return T.NotImplemented;
            double a = toDouble(o), b = ((PyFloat) s).v;
            if (b == 0) throw Exc.zeroDivision("float divmod()");
            return PyTuple.of(new PyFloat(PyFloat.floordiv(a, b)), new PyFloat(PyFloat.mod(a, b)));
        });
        t.def0("__neg__", PyObject::neg);
        t.def0("__pos__", PyObject::pos);
        t.def0("__abs__", PyObject::abs);
        t.def0("__bool__", s -> PyBool.of(s.isTrue()));
        t.def0("__int__", s -> floatToInt(((PyFloat) s).v));
        t.def0("__trunc__", s -> floatToInt(((PyFloat) s).v));
        t.def0("__floor__", s -> floatToInt(Math.floor(((PyFloat) s).v)));
        t.def0("__ceil__", s -> floatToInt(Math.ceil(((PyFloat) s).v)));
        t.def0("__float__", s -> ((PyFloat) s).type == T.FLOAT ? s : new PyFloat(((PyFloat) s).v));
        t.def0("__getnewargs__", s -> PyTuple.of(new PyFloat(((PyFloat) s).v)));
        t.def("__round__", (a, kw) -> Builtins.roundFloat(((PyFloat) a[0]).v, a.length > 1 ? a[1] : T.None));
        t.def0("__hash__", s -> PyInt.of(s.hash()));
        t.def0("__repr__", PyObject::repr);
        for (int k = 0; k < 6; k++) { final int op = k; t.def1(S.CMP[k].value, (s, o) -> s.richcompare(o, op)); }
        t.def1("__format__", (s, spec) -> new PyStr(FloatFormat.format(((PyFloat) s).v, FormatSpec.parse(Args.str(spec, "format", "2"), "float"))));
        t.def0("is_integer", s -> { double d = ((PyFloat) s).v; return PyBool.of(!Double.isInfinite(d) && d == Math.floor(d)); });
        t.def0("conjugate", s -> new PyFloat(((PyFloat) s).v));
        t.getset("real", s -> new PyFloat(((PyFloat) s).v), null);
        t.getset("imag", s -> new PyFloat(0.0), null);
        t.def0("as_integer_ratio", s -> {
            double d = ((PyFloat) s).v;
            if (Double.isInfinite(d)) throw Exc.overflow("cannot convert Infinity to integer ratio");
            if (Double.isNaN(d)) throw Exc.value("cannot convert NaN to integer ratio");
            BigDecimal bd = new BigDecimal(d);
            BigInteger num, den;
            if (bd.scale() > 0) { num = bd.unscaledValue(); den = BigInteger.TEN.pow(bd.scale()); }
            else { num = bd.toBigInteger(); den = BigInteger.ONE; }
            BigInteger g = num.gcd(den);
            if (g.signum() != 0) { num = num.divide(g); den = den.divide(g); }
            return PyTuple.of(PyInt.of(num), PyInt.of(den));
        });
        t.def0("hex", s -> new PyStr(floatHex(((PyFloat) s).v)));
        t.setAttrRaw("fromhex", new PyClassMethod(new PyBuiltinFunction("fromhex", Fn.method1("float.fromhex", (cls, hex) -> {
            double d = fromHex(Args.str(hex, "fromhex", null));
            return cls == T.FLOAT ? new PyFloat(d) : Ops.call(cls, new PyFloat(d));
        }))));
    }

    static String floatHex(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return (1 / d < 0 ? "-" : "") + "0x0.0p+0";
        String sign = d < 0 ? "-" : "";
        d = Math.abs(d);
        long bits = Double.doubleToRawLongBits(d);
        int exp = (int) ((bits >>> 52) & 0x7ff);
        long mant = bits & 0xfffffffffffffL;
        String lead = "1";
        if (exp == 0) { exp = -1022; lead = "0"; } else exp -= 1023;
        String hex = Long.toHexString(mant);
        while (hex.length() < 13) hex = "0" + hex;
        return sign + "0x" + lead + "." + hex + "p" + (exp >= 0 ? "+" : "") + exp;
    }

    static double fromHex(String s0) {
        String s = s0.strip().toLowerCase();
        boolean neg = false;
        if (s.startsWith("-")) { neg = true; s = s.substring(1); } else if (s.startsWith("+")) s = s.substring(1);
        if (s.equals("inf") || s.equals("infinity")) return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        if (s.equals("nan")) return Double.NaN;
        if (s.startsWith("0x")) s = s.substring(2);
        int p = s.indexOf('p');
        int exp = 0;
        try {
            if (p >= 0) { exp = Integer.parseInt(s.substring(p + 1).replace("+", "")); s = s.substring(0, p); }
            int dot = s.indexOf('.');
            String ip = dot < 0 ? s : s.substring(0, dot), fp = dot < 0 ? "" : s.substring(dot + 1);
            if (ip.isEmpty() && fp.isEmpty()) throw new NumberFormatException();
            BigInteger m = new BigInteger((ip + fp).isEmpty() ? "0" : ip + fp, 16);
            BigDecimal v = new BigDecimal(m);
            int e2 = exp - 4 * fp.length();
            if (e2 >= 0) v = v.multiply(new BigDecimal(BigInteger.TWO.pow(e2)));
            else v = v.divide(new BigDecimal(BigInteger.TWO.pow(-e2)));
            double d = v.doubleValue();
            if (Double.isInfinite(d)) throw Exc.overflow("hexadecimal value too large to represent as a float");
            return neg ? -d : d;
        } catch (NumberFormatException e) {
            throw Exc.value("invalid hexadecimal floating-point string");
        }
    }

    /** Has nb_float or nb_index, as complex() requires of its arguments. */
    static boolean isNumber(PyObject o) {
        return o instanceof PyInt || o instanceof PyFloat || o.type.lookup(S.__float__) != null || o.type.lookup(S.__index__) != null;
    }

    static void installComplex() {
        PyType t = T.COMPLEX;
        t.defNew((a, kw) -> {
            PyObject[] p = Args.parse("complex", a, kw, 1, new String[] { "real", "imag" }, 0);
            double re = 0, im = 0;
            if (p[0] instanceof PyStr && p[1] != null) throw Exc.type("complex() can't take second arg if first is a string");
            if (p[1] instanceof PyStr) throw Exc.type("complex() second arg can't be a string");
            if (p[1] != null && !(p[1] instanceof PyComplex) && !isNumber(p[1])) {
                throw Exc.type("complex() second argument must be a number, not '" + p[1].type.name + "'");
            }
            boolean realIsComplex = false; // CPython's cr_is_complex
            if (p[0] != null) {
                if (p[0] instanceof PyStr s) {
                    PyComplex c = parseComplex(s.value);
                    re = c.re;
                    im = c.im;
                } else if (p[0] instanceof PyComplex c) { re = c.re; im = c.im; realIsComplex = true; }
                else if (p[0].type.lookup(S.__complex__) != null) {
                    PyObject c = Ops.callMethod(p[0].type.lookup(S.__complex__), p[0]);
                    if (!(c instanceof PyComplex cc)) throw Exc.type("__complex__ returned non-complex (type " + c.type.name + ")");
                    re = cc.re;
                    im = cc.im;
                    realIsComplex = true;
                } else if (isNumber(p[0])) {
                    re = toDouble(p[0]);
                } else {
                    throw Exc.type("complex() first argument must be a string or a number, not '" + p[0].type.name + "'");
                }
            }
            if (p[1] != null) {
                // r + i*1j as CPython computes it: a real number's 0.0 imaginary part is not
                // added (so that complex(0, -0.0) keeps its -0.0)
                double imag;
                if (p[1] instanceof PyComplex c) { re -= c.im; imag = c.re; }
                else imag = toDouble(p[1]);
                im = realIsComplex ? imag + im : imag;
            }
            return new PyComplex(re, im);
        });
        numberOps(t, Ops.ADD, Ops.SUB, Ops.MUL, Ops.TRUEDIV, Ops.POW);
        t.def0("__neg__", PyObject::neg);
        t.def0("__pos__", PyObject::pos);
        t.def0("__abs__", PyObject::abs);
        t.def0("__bool__", s -> PyBool.of(s.isTrue()));
        t.def0("__repr__", PyObject::repr);
        t.def0("__hash__", s -> PyInt.of(s.hash()));
        t.def1("__eq__", (s, o) -> s.richcompare(o, Ops.EQ));
        t.def1("__ne__", (s, o) -> s.richcompare(o, Ops.NE));
        t.def0("conjugate", s -> new PyComplex(((PyComplex) s).re, -((PyComplex) s).im));
        t.def0("__getnewargs__", s -> PyTuple.of(new PyFloat(((PyComplex) s).re), new PyFloat(((PyComplex) s).im)));
        t.getset("real", s -> new PyFloat(((PyComplex) s).re), null);
        t.getset("imag", s -> new PyFloat(((PyComplex) s).im), null);
        t.def1("__format__", (s, spec) -> {
            String sp = Args.str(spec, "format", null);
            if (sp.isEmpty()) return Ops.str(s);
            PyComplex c = (PyComplex) s;
            FormatSpec f = FormatSpec.parse(sp, "complex");
            if (f.type != 0 && "eEfFgGn".indexOf(f.type) < 0) throw Exc.value("Unknown format code '" + f.type + "' for object of type 'complex'");
            if (f.fill == '0') throw Exc.value("Zero padding is not allowed in complex format specifier");
            if (f.align == '=') throw Exc.value("'=' alignment flag is not allowed in complex format specifier");
            if (f.type == 0 && f.precision < 0) return new PyStr(f.pad(Ops.repr(s).value, false, true));
            FormatSpec inner = FormatSpec.parse(sp.replaceAll("^.?[<>^=]", "").replaceAll("^[0-9]+", ""), "complex");
            inner.width = -1;
            String r = FloatFormat.format(c.re, inner);
            FormatSpec inner2 = FormatSpec.parse("+" + (inner.precision >= 0 ? "." + inner.precision : "") + (inner.type != 0 ? String.valueOf(inner.type) : ""), "complex");
            String i = FloatFormat.format(c.im, inner2);
            return new PyStr(f.pad(r + i + "j", false, false));
        });
    }

    static PyComplex parseComplex(String s0) {
        String s = s0.strip();
        if (s.startsWith("(") && s.endsWith(")")) s = s.substring(1, s.length() - 1).strip();
        try {
            if (s.endsWith("j") || s.endsWith("J")) {
                String body = s.substring(0, s.length() - 1);
                int split = -1;
                for (int i = body.length() - 1; i > 0; i--) {
                    char c = body.charAt(i);
                    if ((c == '+' || c == '-') && Character.toLowerCase(body.charAt(i - 1)) != 'e') { split = i; break; }
                }
                if (split < 0) {
                    double im = body.isEmpty() || body.equals("+") ? 1 : body.equals("-") ? -1 : parseFloat(body, new PyStr(s0));
                    return new PyComplex(0, im);
                }
                double re = parseFloat(body.substring(0, split), new PyStr(s0));
                String ims = body.substring(split);
                double im = ims.equals("+") ? 1 : ims.equals("-") ? -1 : parseFloat(ims, new PyStr(s0));
                return new PyComplex(re, im);
            }
            return new PyComplex(parseFloat(s, new PyStr(s0)), 0);
        } catch (PyException e) {
            throw Exc.value("complex() arg is a malformed string");
        }
    }

    // ---- misc builtin types ------------------------------------------------------------------------

    static void installMisc() {
        PyType n = T.NONE_TYPE;
        n.defNew((a, kw) -> {
            if (a.length > 1) throw Exc.type("NoneType takes no arguments");
            return T.None;
        });
        n.def0("__repr__", PyObject::repr);
        n.def0("__bool__", s -> T.FALSE);
        T.NOT_IMPLEMENTED_TYPE.def0("__repr__", PyObject::repr);
        T.NOT_IMPLEMENTED_TYPE.defNew((a, kw) -> T.NotImplemented);
        // Singletons reduce to their builtin's name, so pickle and copy hand back the same object.
        T.NOT_IMPLEMENTED_TYPE.def0("__reduce__", s -> new PyStr("NotImplemented"));
        T.ELLIPSIS_TYPE.def0("__repr__", PyObject::repr);
        T.ELLIPSIS_TYPE.defNew((a, kw) -> T.Ellipsis);
        T.ELLIPSIS_TYPE.def0("__reduce__", s -> new PyStr("Ellipsis"));

        // function
        PyType f = T.FUNCTION;
        f.getset("__name__", s -> ((PyFunction) s).name, (s, v) -> {
            if (!(v instanceof PyStr vs)) throw Exc.type("__name__ must be set to a string object");
            ((PyFunction) s).name = vs;
            return T.None;
        });
        f.getset("__qualname__", s -> ((PyFunction) s).qualname, (s, v) -> {
            if (!(v instanceof PyStr vs)) throw Exc.type("__qualname__ must be set to a string object");
            ((PyFunction) s).qualname = vs;
            return T.None;
        });
        f.getset("__doc__", s -> ((PyFunction) s).doc, (s, v) -> { ((PyFunction) s).doc = v; return T.None; });
        f.getset("__module__", s -> ((PyFunction) s).module, (s, v) -> { ((PyFunction) s).module = v; return T.None; });
        f.getset("__code__", s -> ((PyFunction) s).code, (s, v) -> {
            if (!(v instanceof PyCode c)) throw Exc.type("__code__ must be set to a code object");
            ((PyFunction) s).code = c;
            return T.None;
        });
        f.getset("__globals__", s -> ((PyFunction) s).globals, null);
        f.getset("__builtins__", s -> ((PyFunction) s).builtins, null);
        f.getset("__closure__", s -> {
            PyCell[] c = ((PyFunction) s).closure;
            return c == null ? T.None : new PyTuple(c.clone());
        }, null);
        f.getset("__defaults__", s -> {
            PyObject[] d = ((PyFunction) s).defaults;
            return d == null ? T.None : new PyTuple(d);
        }, (s, v) -> { ((PyFunction) s).defaults = v == T.None ? null : ((PyTuple) v).items; return T.None; });
        f.getset("__kwdefaults__", s -> {
            PyDict d = ((PyFunction) s).kwdefaults;
            return d == null ? T.None : d;
        }, (s, v) -> { ((PyFunction) s).kwdefaults = v == T.None ? null : (PyDict) v; return T.None; });
        f.getset("__annotations__", s -> {
            PyFunction fn = (PyFunction) s;
            if (fn.annotations == null) fn.annotations = new PyDict();
            return fn.annotations;
        }, (s, v) -> { ((PyFunction) s).annotations = (PyDict) v; return T.None; });
        f.getset("__dict__", s -> s.dict, (s, v) -> { s.dict = (PyDict) v; return T.None; });
        f.getset("__type_params__", s -> { PyObject v = s.dict.getStr("__type_params__"); return v == null ? PyTuple.EMPTY : v; },
                (s, v) -> { s.dict.setStr("__type_params__", v); return T.None; });
        f.def("__get__", (a, kw) -> {
            PyObject obj = a.length > 1 ? a[1] : T.None;
            if (obj == T.None) return a[0];
            return new PyMethod(a[0], obj);
        });
        f.def0("__repr__", PyObject::repr);
        f.def("__call__", (a, kw) -> {
            PyObject[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
            return a[0].call(rest, kw);
        });

        PyType m = T.METHOD;
        m.defNew((a, kw) -> {
            Args.noKw("method", kw);
            if (a.length != 3) throw Exc.type("method expected 2 arguments, got " + (a.length - 1));
            if (!Ops.isCallable(a[1])) throw Exc.type("first argument must be callable");
            if (a[2] == T.None) throw Exc.type("instance must not be None");
            return new PyMethod(a[1], a[2]);
        });
        m.getset("__func__", s -> ((PyMethod) s).func, null);
        m.getset("__self__", s -> ((PyMethod) s).self, null);
        m.getset("__doc__", s -> Ops.getattr(((PyMethod) s).func, S.__doc__), null);
        m.getset("__name__", s -> Ops.getattr(((PyMethod) s).func, S.__name__), null);
        m.getset("__qualname__", s -> Ops.getattr(((PyMethod) s).func, S.__qualname__), null);
        m.getset("__module__", s -> Ops.getattr(((PyMethod) s).func, S.__module__), null);
        m.def0("__repr__", PyObject::repr);
        m.def("__call__", (a, kw) -> a[0].call(java.util.Arrays.copyOfRange(a, 1, a.length), kw));

        PyType bf = T.BUILTIN_FUNCTION;
        bf.getset("__name__", s -> new PyStr(((PyBuiltinFunction) s).name), null);
        bf.getset("__qualname__", s -> {
            PyBuiltinFunction b = (PyBuiltinFunction) s;
            if (b.self instanceof PyType t) return new PyStr(t.name + "." + b.name);
            if (b.bound && !(b.self instanceof PyModule)) return new PyStr(b.self.type.name + "." + b.name);
            return new PyStr(b.name);
        }, null);
        bf.getset("__self__", s -> {
            PyBuiltinFunction b = (PyBuiltinFunction) s;
            return b.self == null ? T.None : b.self;
        }, null);
        bf.getset("__module__", s -> {
            PyBuiltinFunction b = (PyBuiltinFunction) s;
            if (b.self instanceof PyModule mod) return new PyStr(mod.name());
            return b.self == null ? PyStr.intern("builtins") : T.None;
        }, null);
        bf.getset("__doc__", s -> T.None, null);
        bf.getset("__text_signature__", s -> {
            PyBuiltinFunction b = (PyBuiltinFunction) s;
            if (b.self instanceof PyModule mod) {
                String owner = mod.name();
                return textSignature(owner.equals("builtins") ? b.name : owner + "." + b.name);
            }
            if (b.self == null) return textSignature(b.name);
            PyType t = b.self instanceof PyType ty ? ty : b.self.type;
            for (PyType k : t.mro) {
                PyObject sig = textSignature(k.name + "." + b.name);
                if (sig != T.None) return sig;
            }
            return T.None;
        }, null);
        bf.def0("__repr__", PyObject::repr);
        bf.def("__call__", (a, kw) -> a[0].call(java.util.Arrays.copyOfRange(a, 1, a.length), kw));

        PyType md = T.METHOD_DESCRIPTOR;
        md.getset("__name__", s -> new PyStr(((PyMethodDescr) s).name), null);
        md.getset("__qualname__", s -> new PyStr(((PyMethodDescr) s).owner.name + "." + ((PyMethodDescr) s).name), null);
        md.getset("__objclass__", s -> ((PyMethodDescr) s).owner, null);
        md.getset("__doc__", s -> T.None, null);
        md.getset("__text_signature__", s -> textSignature(((PyMethodDescr) s).owner.name + "." + ((PyMethodDescr) s).name), null);
        md.def("__get__", (a, kw) -> {
            PyObject obj = a.length > 1 ? a[1] : T.None;
            return a[0].descrGet(obj == T.None ? null : obj, null);
        });
        md.def0("__repr__", PyObject::repr);
        md.def("__call__", (a, kw) -> a[0].call(java.util.Arrays.copyOfRange(a, 1, a.length), kw));
        T.GETSET_DESCRIPTOR.def("__get__", (a, kw) -> {
            PyObject obj = a.length > 1 ? a[1] : T.None;
            return a[0].descrGet(obj == T.None ? null : obj, null);
        });
        T.GETSET_DESCRIPTOR.def2("__set__", (s, o, v) -> { s.descrSet(o, v); return T.None; });
        T.GETSET_DESCRIPTOR.getset("__name__", s -> new PyStr(((PyGetSetDescr) s).name), null);
        T.MEMBER_DESCRIPTOR.def("__get__", (a, kw) -> {
            PyObject obj = a.length > 1 ? a[1] : T.None;
            return a[0].descrGet(obj == T.None ? null : obj, null);
        });
        T.MEMBER_DESCRIPTOR.def2("__set__", (s, o, v) -> { s.descrSet(o, v); return T.None; });
        T.MEMBER_DESCRIPTOR.def1("__delete__", (s, o) -> { s.descrSet(o, null); return T.None; });
        T.MEMBER_DESCRIPTOR.getset("__name__", s -> new PyStr(((PyMemberDescr) s).name), null);
        T.MEMBER_DESCRIPTOR.getset("__objclass__", s -> ((PyMemberDescr) s).owner, null);
        T.GETSET_DESCRIPTOR.getset("__objclass__", s -> ((PyGetSetDescr) s).owner, null);

        // staticmethod / classmethod / property
        PyType sm = T.STATICMETHOD;
        sm.defNew((a, kw) -> {
            Fn.noKw("staticmethod", kw);
            Fn.checkPositional("staticmethod", a.length - 1, 1, 1);
            PyStaticMethod r = new PyStaticMethod((PyType) a[0]);
            r.func = a[1];
            copyWrapped(r, a[1]);
            return r;
        });
        sm.def("__init__", (a, kw) -> T.None);
        sm.getset("__func__", s -> ((PyStaticMethod) s).func, null);
        sm.getset("__wrapped__", s -> ((PyStaticMethod) s).func, null);
        sm.getset("__isabstractmethod__", s -> isAbstract(((PyStaticMethod) s).func), null);
        sm.def("__get__", (a, kw) -> ((PyStaticMethod) a[0]).func);
        sm.def("__call__", (a, kw) -> ((PyStaticMethod) a[0]).func.call(java.util.Arrays.copyOfRange(a, 1, a.length), kw));
        PyType cm = T.CLASSMETHOD;
        cm.defNew((a, kw) -> {
            Fn.noKw("classmethod", kw);
            Fn.checkPositional("classmethod", a.length - 1, 1, 1);
            PyClassMethod r = new PyClassMethod((PyType) a[0]);
            r.func = a[1];
            copyWrapped(r, a[1]);
            return r;
        });
        cm.def("__init__", (a, kw) -> T.None);
        cm.getset("__func__", s -> ((PyClassMethod) s).func, null);
        cm.getset("__wrapped__", s -> ((PyClassMethod) s).func, null);
        cm.getset("__isabstractmethod__", s -> isAbstract(((PyClassMethod) s).func), null);
        cm.def("__get__", (a, kw) -> {
            PyObject obj = a.length > 1 ? a[1] : T.None;
            PyObject type = a.length > 2 ? a[2] : T.None;
            return a[0].descrGet(obj == T.None ? null : obj, type == T.None ? null : (PyType) type);
        });
        PyType p = T.PROPERTY;
        p.defNew((a, kw) -> {
            PyProperty r = new PyProperty((PyType) a[0]);
            Runtime.initInstance(r, (PyType) a[0]);
            return r;
        });
        p.def("__init__", (a, kw) -> {
            PyObject[] q = Args.parse("property", a, kw, 1, new String[] { "fget", "fset", "fdel", "doc" }, 0);
            PyProperty pr = (PyProperty) a[0];
            pr.fget = nn(q[0]);
            pr.fset = nn(q[1]);
            pr.fdel = nn(q[2]);
            pr.doc = q[3];
            if ((pr.doc == null || pr.doc == T.None) && pr.fget != null) {
                PyObject d = Ops.getattrOrNull(pr.fget, S.__doc__);
                if (d != null && d != T.None) pr.doc = d;
            }
            return T.None;
        });
        p.getset("fget", s -> orNone(((PyProperty) s).fget), null);
        p.getset("fset", s -> orNone(((PyProperty) s).fset), null);
        p.getset("fdel", s -> orNone(((PyProperty) s).fdel), null);
        p.getset("__doc__", s -> orNone(((PyProperty) s).doc), (s, v) -> { ((PyProperty) s).doc = v; return T.None; });
        p.getset("__isabstractmethod__", s -> {
            PyProperty pr = (PyProperty) s;
            for (PyObject x : new PyObject[] { pr.fget, pr.fset, pr.fdel }) if (x != null && isAbstract(x) == T.TRUE) return T.TRUE;
            return T.FALSE;
        }, null);
        p.def("__get__", (a, kw) -> {
            PyObject obj = a.length > 1 ? a[1] : T.None;
            return a[0].descrGet(obj == T.None ? null : obj, null);
        });
        p.def2("__set__", (s, o, v) -> { s.descrSet(o, v); return T.None; });
        p.def1("__delete__", (s, o) -> { s.descrSet(o, null); return T.None; });
        p.def2("__set_name__", (s, o, name) -> { ((PyProperty) s).name = (PyStr) name; return T.None; });
        p.def1("getter", (s, fn) -> copyProperty((PyProperty) s, fn, 0));
        p.def1("setter", (s, fn) -> copyProperty((PyProperty) s, fn, 1));
        p.def1("deleter", (s, fn) -> copyProperty((PyProperty) s, fn, 2));

        // module
        PyType mo = T.MODULE;
        mo.defNew((a, kw) -> {
            PyModule mm = new PyModule((PyType) a[0]);
            return mm;
        });
        mo.def("__init__", (a, kw) -> {
            PyObject[] q = Args.parse("module", a, kw, 1, new String[] { "name", "doc" }, 1);
            PyModule mm = (PyModule) a[0];
            mm.dict.setItem(S.__name__, q[0]);
            mm.dict.setItem(S.__doc__, q[1] == null ? T.None : q[1]);
            if (mm.dict.getStr(S.__package__) == null) mm.dict.setItem(S.__package__, T.None);
            if (mm.dict.getStr(S.__loader__) == null) mm.dict.setItem(S.__loader__, T.None);
            if (mm.dict.getStr(S.__spec__) == null) mm.dict.setItem(S.__spec__, T.None);
            return T.None;
        });
        mo.getset("__dict__", s -> s.dict, null);
        mo.def0("__repr__", PyObject::repr);
        mo.def0("__dir__", s -> new PyList(s.dict.keysArray()));

        // cell, code, frame, traceback
        T.CELL.getset("cell_contents", s -> {
            PyObject v = ((PyCell) s).value;
            if (v == null) throw Exc.value("Cell is empty");
            return v;
        }, (s, v) -> { ((PyCell) s).value = v; return T.None; });
        PyType co = T.CODE;
        co.getset("co_name", s -> new PyStr(((PyCode) s).name), null);
        co.getset("co_qualname", s -> new PyStr(((PyCode) s).qualname), null);
        co.getset("co_filename", s -> new PyStr(((PyCode) s).filename), null);
        co.getset("co_firstlineno", s -> PyInt.of(((PyCode) s).firstlineno), null);
        co.getset("co_argcount", s -> PyInt.of(((PyCode) s).argcount), null);
        co.getset("co_posonlyargcount", s -> PyInt.of(((PyCode) s).posonlyargcount), null);
        co.getset("co_kwonlyargcount", s -> PyInt.of(((PyCode) s).kwonlyargcount), null);
        co.getset("co_nlocals", s -> PyInt.of(((PyCode) s).nlocals), null);
        co.getset("co_stacksize", s -> PyInt.of(((PyCode) s).stacksize), null);
        co.getset("co_flags", s -> PyInt.of(((PyCode) s).flags & 0xffffff), null);
        co.getset("co_varnames", s -> new PyTuple(((PyCode) s).varnames.clone()), null);
        co.getset("co_cellvars", s -> new PyTuple(((PyCode) s).cellvars.clone()), null);
        co.getset("co_freevars", s -> new PyTuple(((PyCode) s).freevars.clone()), null);
        co.getset("co_names", s -> new PyTuple(((PyCode) s).names.clone()), null);
        co.getset("co_consts", s -> new PyTuple(((PyCode) s).consts.clone()), null);
        co.def0("__repr__", PyObject::repr);
        co.def0("co_positions", s -> codePositions((PyCode) s));
        co.def0("co_lines", s -> codeLines((PyCode) s));
        co.def("replace", (a, kw) -> {
            PyCode src = (PyCode) a[0];
            PyCode c = new PyCode();
            c.code = src.code; c.consts = src.consts; c.names = src.names; c.varnames = src.varnames;
            c.cellvars = src.cellvars; c.freevars = src.freevars; c.argcount = src.argcount;
            c.posonlyargcount = src.posonlyargcount; c.kwonlyargcount = src.kwonlyargcount; c.flags = src.flags;
            c.nlocals = src.nlocals; c.stacksize = src.stacksize; c.maxBlocks = src.maxBlocks; c.name = src.name;
            c.qualname = src.qualname; c.filename = src.filename; c.firstlineno = src.firstlineno; c.lines = src.lines;
            c.cols = src.cols; c.endLines = src.endLines; c.endCols = src.endCols; c.cell2arg = src.cell2arg; c.docstring = src.docstring;
            int nkw = kw == null ? 0 : kw.length;
            for (int i = 0; i < nkw; i++) {
                PyObject v = a[a.length - nkw + i];
                switch (kw[i].value) {
                    case "co_flags": c.flags = (int) ((PyInt) v).v | (src.flags & PyCode.CO_INLINED_COMPREHENSION); break;
                    case "co_name": c.name = Ops.str(v).value; break;
                    case "co_qualname": c.qualname = Ops.str(v).value; break;
                    case "co_filename": c.filename = Ops.str(v).value; break;
                    case "co_firstlineno": c.firstlineno = (int) ((PyInt) v).v; break;
                    default: throw Exc.type("replace() got an unexpected keyword argument '" + kw[i].value + "'");
                }
            }
            return c;
        });
        PyType fr = T.FRAME;
        fr.getset("f_code", s -> ((Frame) s).code, null);
        fr.getset("f_globals", s -> ((Frame) s).globals, null);
        fr.getset("f_builtins", s -> ((Frame) s).builtins, null);
        fr.getset("f_locals", s -> Builtins.frameLocals((Frame) s), null);
        fr.getset("f_lineno", s -> PyInt.of(((Frame) s).lineno()), null);
        fr.getset("f_lasti", s -> PyInt.of(((Frame) s).lasti), null);
        fr.getset("f_back", s -> {
            Frame b = ((Frame) s).caller();
            return b == null ? T.None : b;
        }, null);
        fr.def0("__repr__", PyObject::repr);
        PyType tb = T.TRACEBACK;
        tb.getset("tb_frame", s -> ((PyTraceback) s).frame, null);
        tb.getset("tb_lineno", s -> PyInt.of(((PyTraceback) s).lineno), null);
        tb.getset("tb_lasti", s -> PyInt.of(((PyTraceback) s).lasti), null);
        tb.getset("tb_next", s -> {
            PyTraceback n2 = ((PyTraceback) s).next;
            return n2 == null ? T.None : n2;
        }, (s, v) -> { ((PyTraceback) s).next = v == T.None ? null : (PyTraceback) v; return T.None; });

        // generators
        for (PyType g : new PyType[] { T.GENERATOR, T.COROUTINE, T.ASYNC_GENERATOR }) {
            String pre = g == T.GENERATOR ? "gi_" : g == T.COROUTINE ? "cr_" : "ag_";
            g.getset("__name__", s -> ((PyGenerator) s).name, (s, v) -> { ((PyGenerator) s).name = (PyStr) v; return T.None; });
            g.getset("__qualname__", s -> ((PyGenerator) s).qualname, (s, v) -> { ((PyGenerator) s).qualname = (PyStr) v; return T.None; });
            g.getset(pre + "frame", s -> {
                Frame fr2 = ((PyGenerator) s).frame;
                return fr2 == null || ((PyGenerator) s).finished ? T.None : fr2;
            }, null);
            g.getset(pre + "running", s -> PyBool.of(((PyGenerator) s).running), null);
            g.getset(pre + "code", s -> ((PyGenerator) s).code, null);
            g.getset(pre + (g == T.COROUTINE ? "await" : "yieldfrom"), s -> {
                PyObject d = ((PyGenerator) s).delegate();
                return d == null ? T.None : d;
            }, null);
            g.getset(pre + "suspended", s -> {
                PyGenerator gg = (PyGenerator) s;
                return PyBool.of(gg.started && !gg.finished && !gg.running);
            }, null);
            g.def0("__repr__", PyObject::repr);
            g.def0("close", s -> { ((PyGenerator) s).close(); return T.None; });
        }
        PyType ge = T.GENERATOR;
        ge.def0("__iter__", s -> s);
        ge.def0("__next__", s -> {
            PyObject v = ((PyGenerator) s).resume(T.None, null);
            if (v == null) throw Exc.stopIteration(((PyGenerator) s).returnValue);
            return v;
        });
        ge.def1("send", (s, v) -> ((PyGenerator) s).send(v));
        ge.def("throw", (a, kw) -> ((PyGenerator) a[0]).throwIn(Builtins.makeThrown(a)));
        PyType cr = T.COROUTINE;
        cr.def1("send", (s, v) -> ((PyGenerator) s).send(v));
        cr.def("throw", (a, kw) -> ((PyGenerator) a[0]).throwIn(Builtins.makeThrown(a)));
        cr.def0("__await__", s -> new CoroutineWrapper((PyGenerator) s));
        AsyncGen.install();

        // range, slice
        PyType rg = T.RANGE;
        rg.defNew((a, kw) -> {
            Args.noKw("range", kw);
            int n2 = a.length - 1;
            if (n2 == 0) throw Exc.type("range expected at least 1 argument, got 0");
            if (n2 > 3) throw Exc.type("range expected at most 3 arguments, got " + n2);
            PyInt[] v = new PyInt[n2];
            boolean big = false;
            for (int i = 0; i < n2; i++) {
                v[i] = (PyInt) Ops.indexObject(a[i + 1], null);
                if (v[i].big != null || v[i].v == Long.MIN_VALUE || v[i].v == Long.MAX_VALUE) big = true;
            }
            if (n2 == 3 && v[2].signum() == 0) throw Exc.value("range() arg 3 must not be zero");
            if (big) {
                java.math.BigInteger z = java.math.BigInteger.ZERO, one = java.math.BigInteger.ONE;
                if (n2 == 1) return new PyRange(z, v[0].toBig(), one);
                return new PyRange(v[0].toBig(), v[1].toBig(), n2 == 3 ? v[2].toBig() : one);
            }
            if (n2 == 1) return PyRange.of(0, v[0].v, 1);
            return PyRange.of(v[0].v, v[1].v, n2 == 3 ? v[2].v : 1);
        });
        rg.getset("start", s -> ((PyRange) s).startObj(), null);
        rg.getset("stop", s -> ((PyRange) s).stopObj(), null);
        rg.getset("step", s -> ((PyRange) s).stepObj(), null);
        rg.def1("index", (s, v) -> {
            PyRange r = (PyRange) s;
            if (v instanceof PyInt i && r.contains(v)) {
                if (r.isBig() || i.big != null) return PyInt.of(i.toBig().subtract(((PyInt) r.startObj()).toBig()).divide(((PyInt) r.stepObj()).toBig()));
                return PyInt.of((i.v - r.start) / r.step);
            }
            throw Exc.value(Ops.repr(v).value + " is not in range");
        });
        rg.def1("count", (s, v) -> PyInt.of(s.contains(v) ? 1 : 0));
        rg.def0("__reversed__", s -> {
            PyRange r = (PyRange) s;
            if (r.isBig()) {
                java.math.BigInteger last = r.bstart.add(r.blength.subtract(java.math.BigInteger.ONE).multiply(r.bstep));
                return new PyRange.BigIter(last, r.bstep.negate(), r.blength);
            }
            return new PyIterators.RangeIterator(r.start + (r.length - 1) * r.step, -r.step, r.length);
        });
        commonSeq(rg);
        rg.def0("__len__", s -> ((PyRange) s).lengthObj());
        rg.def0("__reduce__", s -> PyTuple.of(T.RANGE, PyTuple.of(((PyRange) s).startObj(), ((PyRange) s).stopObj(), ((PyRange) s).stepObj())));
        PyType sl = T.SLICE;
        sl.defNew((a, kw) -> {
            Args.noKw("slice", kw);
            int n2 = a.length - 1;
            if (n2 == 0) throw Exc.type("slice expected at least 1 argument, got 0");
            if (n2 > 3) throw Exc.type("slice expected at most 3 arguments, got " + n2);
            if (n2 == 1) return new PySlice(T.None, a[1], T.None);
            return new PySlice(a[1], a[2], n2 == 3 ? a[3] : T.None);
        });
        sl.getset("start", s -> ((PySlice) s).start, null);
        sl.getset("stop", s -> ((PySlice) s).stop, null);
        sl.getset("step", s -> ((PySlice) s).step, null);
        sl.def0("__reduce__", s -> PyTuple.of(T.SLICE, PyTuple.of(((PySlice) s).start, ((PySlice) s).stop, ((PySlice) s).step)));
        sl.def1("indices", (s, n3) -> {
            long len = Ops.index(n3, null);
            if (len < 0) throw Exc.value("length should not be negative");
            long[] r = ((PySlice) s).indices(len);
            return PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1]), PyInt.of(r[2]));
        });
        sl.def0("__repr__", PyObject::repr);
        sl.def1("__eq__", (s, o) -> s.richcompare(o, Ops.EQ));

        // super
        PyType su = T.SUPER;
        su.defNew((a, kw) -> {
            Fn.noKw("super", kw);
            Fn.checkPositional("super()", a.length - 1, 0, 2); // sic: CPython's message says "super() expected"
            return PySuper.make(java.util.Arrays.copyOfRange(a, 1, a.length), Interp.cur);
        });
        su.def("__init__", (a, kw) -> T.None);
        su.getset("__thisclass__", s -> ((PySuper) s).thisType, null);
        su.getset("__self__", s -> { PyObject o = ((PySuper) s).obj; return o == null ? T.None : o; }, null);
        su.getset("__self_class__", s -> { PyType o = ((PySuper) s).objType; return o == null ? T.None : o; }, null);
        su.def0("__repr__", PyObject::repr);

        T.ENUMERATE.defNew((a, kw) -> {
            PyObject[] q = enumerateArgs(a, kw);
            PyObject start = q[1] == null ? PyInt.of(0) : Ops.indexObject(q[1], null);
            return new PyIterators.Enumerate((PyType) a[0], Ops.iter(q[0]), start);
        });
        T.ZIP.defNew((a, kw) -> {
            boolean strict = false;
            int nkw = kw == null ? 0 : kw.length;
            for (int i = 0; i < nkw; i++) {
                if (!kw[i].value.equals("strict")) throw Exc.type("'" + kw[i].value + "' is an invalid keyword argument for zip()");
                strict = Ops.isTrue(a[a.length - nkw + i]);
            }
            PyObject[] its = new PyObject[a.length - 1 - nkw];
            for (int i = 0; i < its.length; i++) {
                try {
                    its[i] = Ops.iter(a[i + 1]);
                } catch (PyException e) {
                    if (e.matches(Exc.TypeError) && !Ops.isIterable(a[i + 1])) throw Exc.type("'" + a[i + 1].type.name + "' object is not iterable");
                    throw e;
                }
            }
            return new PyIterators.Zip((PyType) a[0], its, strict);
        });
        T.MAP.defNew((a, kw) -> {
            Args.noKw("map", kw);
            if (a.length < 3) throw Exc.type("map() must have at least two arguments.");
            PyObject[] its = new PyObject[a.length - 2];
            for (int i = 0; i < its.length; i++) its[i] = Ops.iter(a[i + 2]);
            return new PyIterators.Map((PyType) a[0], a[1], its);
        });
        T.FILTER.defNew((a, kw) -> {
            Args.noKw("filter", kw);
            if (a.length != 3) throw Exc.type("filter expected 2 arguments, got " + (a.length - 1));
            return new PyIterators.Filter((PyType) a[0], a[1], Ops.iter(a[2]));
        });
        T.REVERSED.defNew((a, kw) -> {
            Args.noKw("reversed", kw);
            if (a.length != 2) throw Exc.type("reversed expected 1 argument, got " + (a.length - 1));
            return Builtins.reversed(a[1]);
        });
        // iterators
        for (PyType it : new PyType[] { T.LIST_ITERATOR, T.LIST_REVERSEITERATOR, T.TUPLE_ITERATOR, T.STR_ITERATOR,
                T.BYTES_ITERATOR, T.RANGE_ITERATOR, T.SET_ITERATOR, T.DICT_KEYITERATOR, T.DICT_VALUEITERATOR,
                T.DICT_ITEMITERATOR, T.ITERATOR, T.CALLABLE_ITERATOR, T.ENUMERATE, T.ZIP, T.MAP, T.FILTER, T.REVERSED,
                T.GENERIC_ITERATOR }) {
            it.def0("__iter__", s -> s);
            it.def0("__next__", s -> {
                PyObject v = s.next();
                if (v == null) throw Exc.stopIteration();
                return v;
            });
            it.def0("__length_hint__", s -> s instanceof PyIterators.ArrayIterator ai ? PyInt.of(ai.remaining()) : PyInt.of(0));
        }
        T.MAPPINGPROXY.def1("__getitem__", (s, k) -> s.getitem(k));
        T.MAPPINGPROXY.def("get", (a, kw) -> {
            PyObject v = Interp.mappingGet(((PyMappingProxy) a[0]).mapping, (PyStr) a[1]);
            return v == null ? (a.length > 2 ? a[2] : T.None) : v;
        });
        T.MAPPINGPROXY.def0("keys", s -> Ops.invoke(((PyMappingProxy) s).mapping, "keys"));
        T.MAPPINGPROXY.def0("values", s -> Ops.invoke(((PyMappingProxy) s).mapping, "values"));
        T.MAPPINGPROXY.def0("items", s -> Ops.invoke(((PyMappingProxy) s).mapping, "items"));
        T.MAPPINGPROXY.def0("copy", s -> Ops.invoke(((PyMappingProxy) s).mapping, "copy"));
        T.MAPPINGPROXY.def0("__iter__", PyObject::iter);
        T.MAPPINGPROXY.def0("__len__", s -> PyInt.of(s.len()));
        T.MAPPINGPROXY.def0("__str__", s -> Ops.str(((PyMappingProxy) s).mapping));
        T.MAPPINGPROXY.def1("__contains__", (s, k) -> PyBool.of(s.contains(k)));
        T.MAPPINGPROXY.defNew((a, kw) -> new PyMappingProxy(a[1]));
        PyType ga = T.GENERIC_ALIAS;
        ga.defNew((a, kw) -> {
            Fn.noKw("GenericAlias", kw);
            Fn.checkPositional("GenericAlias", a.length - 1, 2, 2);
            PyType cls = (PyType) a[0];
            PyObject r = new UnionType.GenericAlias(cls, a[1], a[2] instanceof PyTuple t ? t.items : new PyObject[] { a[2] });
            if (cls != T.GENERIC_ALIAS) Runtime.initInstance(r, cls);
            return r;
        });
        ga.def0("__repr__", PyObject::repr);
    }

    /**
     * CPython's __text_signature__ for a builtin of the same qualified name ("len", "math.sqrt",
     * "str.split"), from the generated table in the frozen module _text_signatures; None when
     * the table has none (inspect.signature then reports no signature, as for CPython's own
     * builtins without one).
     */
    static PyObject textSignature(String key) {
        PyObject mod = Interp.cur.rt.importer.importModule("_text_signatures");
        PyObject table = Ops.getattr(mod, "SIGNATURES");
        PyObject sig = table instanceof PyDict d ? d.getStr(new PyStr(key)) : null;
        return sig != null ? sig : T.None;
    }

    static void commonSeq(PyType t) {
        t.def0("__len__", s -> PyInt.of(s.len()));
        t.def1("__getitem__", (s, k) -> s.getitem(k));
        t.def1("__contains__", (s, k) -> PyBool.of(s.contains(k)));
        t.def0("__iter__", PyObject::iter);
        t.def0("__repr__", PyObject::repr);
        t.def0("__hash__", s -> PyInt.of(s.hash()));
        t.def0("__bool__", s -> PyBool.of(s.isTrue()));
        for (int k = 0; k < 6; k++) { final int op = k; t.def1(S.CMP[k].value, (s, o) -> s.richcompare(o, op)); }
    }

    static long rangeArg(PyObject o) {
        PyObject i = Ops.indexObject(o, null);
        if (((PyInt) i).big != null) throw Exc.overflow("Python int too large to convert to C ssize_t");
        return ((PyInt) i).v;
    }

    static PyObject nn(PyObject o) { return o == T.None ? null : o; }
    static PyObject orNone(PyObject o) { return o == null ? T.None : o; }

    static PyObject isAbstract(PyObject f) {
        PyObject v = Ops.getattrOrNull(f, PyStr.intern("__isabstractmethod__"));
        return v != null && Ops.isTrue(v) ? T.TRUE : T.FALSE;
    }

    static void copyWrapped(PyObject wrapper, PyObject f) {
        if (wrapper.dict == null) return;
        for (String n : new String[] { "__module__", "__name__", "__qualname__", "__doc__" }) {
            PyObject v = Ops.getattrOrNull(f, PyStr.intern(n));
            if (v != null) wrapper.dict.setStr(n, v);
        }
        wrapper.dict.setStr("__wrapped__", f);
    }

    static PyObject copyProperty(PyProperty p, PyObject fn, int which) {
        PyProperty r = new PyProperty(p.type);
        Runtime.initInstance(r, p.type);
        r.fget = which == 0 ? nn(fn) : p.fget;
        r.fset = which == 1 ? nn(fn) : p.fset;
        r.fdel = which == 2 ? nn(fn) : p.fdel;
        r.doc = p.doc;
        r.name = p.name;
        if (which == 0 && (r.doc == null || r.doc == T.None)) {
            PyObject d = Ops.getattrOrNull(fn, S.__doc__);
            if (d != null && d != T.None) r.doc = d;
        }
        return r;
    }

    /** enumerate(iterable, start=0) with the errors of CPython's hand-written enum_vectorcall. */
    static PyObject[] enumerateArgs(PyObject[] a, PyStr[] kw) {
        int nkw = kw == null ? 0 : kw.length, nargs = a.length - 1 - nkw;
        if (nargs + nkw > 2) throw Exc.type("enumerate() takes at most 2 arguments (" + (nargs + nkw) + " given)");
        if (nargs + nkw == 0) throw Exc.type("enumerate() missing required argument 'iterable'");
        PyObject first = a[1], second = nargs + nkw == 2 ? a[2] : null;
        if (nkw == 2 && kw[0].value.equals("start")) {
            checkKeyword(kw[1], "iterable");
            return new PyObject[] { second, first };
        }
        for (int i = 0; i < nkw; i++) checkKeyword(kw[i], nargs + i == 0 ? "iterable" : "start");
        return new PyObject[] { first, second };
    }

    static void checkKeyword(PyStr k, String expected) {
        if (!k.value.equals(expected)) throw Exc.type("'" + k.value + "' is an invalid keyword argument for enumerate()");
    }


    /**
     * code.co_positions(): (line, end_line, col, end_col) per instruction (2 bytes of bytecode).
     * The compiler records columns in code points; CPython's are UTF-8 byte offsets, so a line
     * with non-ASCII text is converted through its source (linecache) when it can be found.
     */
    static PyObject codePositions(PyCode co) {
        PyList out = new PyList();
        int n = co.lines == null ? 0 : co.lines.length;
        for (int i = 0; i < n; i++) {
            int line = co.lines[i], endLine = co.endLines == null ? -1 : co.endLines[i];
            int col = co.cols == null ? -1 : co.cols[i], endCol = co.endCols == null ? -1 : co.endCols[i];
            PyObject[] t = {
                line < 0 ? T.None : PyInt.of(line), endLine < 0 ? T.None : PyInt.of(endLine),
                col < 0 || line < 0 ? T.None : PyInt.of(utf8Offset(co.filename, line, col)),
                endCol < 0 || endLine < 0 ? T.None : PyInt.of(utf8Offset(co.filename, endLine, endCol)) };
            out.append(new PyTuple(t));
        }
        return out.iter();
    }

    private static int utf8Offset(String file, int line, int cpCol) {
        String src = Linecache.line(file, line);
        if (src == null) return cpCol;
        int bytes = 0, k = 0;
        for (int i = 0; i < src.length() && k < cpCol; k++) {
            int cp = src.codePointAt(i);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            i += Character.charCount(cp);
        }
        return bytes + (cpCol - k);
    }

    /** code.co_lines(): (start, end, line) byte ranges of the bytecode, one per run of a line. */
    static PyObject codeLines(PyCode co) {
        PyList out = new PyList();
        int n = co.lines == null ? 0 : co.lines.length;
        int start = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || co.lines[i] != co.lines[start]) {
                int line = co.lines[start];
                out.append(PyTuple.of(PyInt.of(2L * start), PyInt.of(2L * i), line < 0 ? T.None : PyInt.of(line)));
                start = i;
            }
        }
        return out.iter();
    }
}
