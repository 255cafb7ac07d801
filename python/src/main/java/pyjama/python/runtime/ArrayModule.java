package pyjama.python.runtime;

import java.math.BigInteger;

/**
 * The {@code array} module. Items live in one {@code long[]} whatever the typecode: integers
 * as their value (Q as unsigned bits), 'u' as the code point, 'f'/'d' as raw double bits (an
 * 'f' item is rounded to float precision when stored), so structural operations are shared.
 * Byte images are little-endian with x86-64 sizes (l, L: 8 bytes; u: 4 bytes).
 */
final class ArrayModule {
    private ArrayModule() {}

    static final PyType ARRAY = BindingModules.builtinType("array", "array");
    static final PyType ARRAY_ITERATOR = BindingModules.builtinType("arrayiterator", "array");
    static final String TYPECODES = "bBuhHiIlLqQfd";

    static int itemSize(char tc) {
        return switch (tc) {
            case 'b', 'B' -> 1;
            case 'h', 'H' -> 2;
            case 'i', 'I', 'u', 'f' -> 4;
            default -> 8;
        };
    }

    static boolean isFloat(char tc) { return tc == 'f' || tc == 'd'; }

    static final class PyArray extends PyObject {
        final char tc;
        long[] data = new long[4];
        int size;

        PyArray(PyType t, char tc) { super(t); this.tc = tc; }

        void ensure(int n) {
            if (n > data.length) data = java.util.Arrays.copyOf(data, Math.max(n, data.length * 2));
        }

        PyObject get(int i) {
            long v = data[i];
            return switch (tc) {
                case 'f', 'd' -> new PyFloat(Double.longBitsToDouble(v));
                case 'u' -> PyStr.ofCodePoint((int) v);
                case 'Q' -> v < 0 ? PyInt.of(BigInteger.valueOf(v).add(BigInteger.ONE.shiftLeft(64))) : PyInt.of(v);
                default -> PyInt.of(v);
            };
        }

        /** Converts a Python value to this array's storage, with CPython's errors. */
        long convert(PyObject o) { return ArrayModule.convert(tc, o); }

        void append(PyObject o) {
            long v = convert(o);
            ensure(size + 1);
            data[size++] = v;
        }

        byte[] toBytes() {
            int w = itemSize(tc);
            byte[] out = new byte[size * w];
            for (int i = 0; i < size; i++) {
                long bits = tc == 'f' ? Float.floatToRawIntBits((float) Double.longBitsToDouble(data[i])) : data[i];
                for (int k = 0; k < w; k++) out[i * w + k] = (byte) (bits >>> (8 * k));
            }
            return out;
        }

        void fromBytes(byte[] b) {
            int w = itemSize(tc);
            if (b.length % w != 0) throw Exc.value("bytes length not a multiple of item size");
            int n = b.length / w;
            ensure(size + n);
            for (int i = 0; i < n; i++) data[size + i] = decode(b, i * w);
            size += n;
        }

        long decode(byte[] b, int off) {
            int w = itemSize(tc);
            long v = 0;
            for (int k = 0; k < w; k++) v |= (b[off + k] & 0xffL) << (8 * k);
            switch (tc) {
                case 'b' -> v = (byte) v;
                case 'h' -> v = (short) v;
                case 'i' -> v = (int) v;
                case 'f' -> v = Double.doubleToRawLongBits(Float.intBitsToFloat((int) v));
                default -> { }
            }
            return v;
        }

        /** Replaces the whole content from a byte image of the same length (pack_into). */
        void setBytes(byte[] b) {
            int w = itemSize(tc);
            for (int i = 0; i < size; i++) data[i] = decode(b, i * w);
        }

        PyArray copyRange(int from, int to) {
            PyArray r = new PyArray(ARRAY, tc);
            int n = Math.max(0, to - from);
            r.data = java.util.Arrays.copyOfRange(data, from, from + Math.max(n, 1));
            r.size = n;
            return r;
        }

        int index(long k, String msg) {
            if (k < 0) k += size;
            if (k < 0 || k >= size) throw Exc.index(msg);
            return (int) k;
        }

        @Override public int len() { return size; }
        @Override public boolean hasLen() { return true; }
        @Override public boolean isTrue() { return size != 0; }
        @Override public long hash() { throw Exc.type("unhashable type: 'array.array'"); }

        @Override public PyObject repr() {
            String name = type.name;
            if (size == 0) return new PyStr(name + "('" + tc + "')");
            if (tc == 'u') return new PyStr(name + "('u', " + PyStr.repr(unicode()) + ")");
            StringBuilder sb = new StringBuilder(name).append("('").append(tc).append("', [");
            for (int i = 0; i < size; i++) {
                if (i > 0) sb.append(", ");
                sb.append(Ops.repr(get(i)).value);
            }
            return new PyStr(sb.append("])").toString());
        }

        String unicode() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < size; i++) sb.appendCodePoint((int) data[i]);
            return sb.toString();
        }

        @Override public PyObject getitem(PyObject key) {
            if (key instanceof PySlice s) {
                long[] r = s.indices(size);
                int start = (int) r[0], step = (int) r[2], n = (int) r[3];
                PyArray out = new PyArray(ARRAY, tc);
                out.ensure(n);
                for (int k = 0, j = start; k < n; k++, j += step) out.data[k] = data[j];
                out.size = Math.max(n, 0);
                return out;
            }
            long k = Ops.index(key, "array indices must be integers");
            return get(index(k, "array index out of range"));
        }

        @Override public void setitem(PyObject key, PyObject value) {
            if (key instanceof PySlice s) {
                if (!(value instanceof PyArray src)) {
                    throw Exc.type("can only assign array (not \"" + value.type.name + "\") to array slice");
                }
                if (src.tc != tc) throw Exc.type("bad argument type for built-in operation");
                long[] vals = java.util.Arrays.copyOf(src.data, src.size);
                long[] r = s.indices(size);
                int start = (int) r[0], stop = (int) r[1], step = (int) r[2], n = (int) r[3];
                if (step == 1) {
                    if (stop < start) stop = start;
                    int newSize = size - (stop - start) + vals.length;
                    long[] out = new long[Math.max(newSize, 4)];
                    System.arraycopy(data, 0, out, 0, start);
                    System.arraycopy(vals, 0, out, start, vals.length);
                    System.arraycopy(data, stop, out, start + vals.length, size - stop);
                    data = out;
                    size = newSize;
                    return;
                }
                if (vals.length != n) {
                    throw Exc.value("attempt to assign array of size " + vals.length + " to extended slice of size " + n);
                }
                for (int k = 0, j = start; k < n; k++, j += step) data[j] = vals[k];
                return;
            }
            long k = Ops.index(key, "array indices must be integers");
            int i = index(k, "array assignment index out of range");
            data[i] = convert(value);
        }

        @Override public void delitem(PyObject key) {
            if (key instanceof PySlice s) {
                long[] r = s.indices(size);
                int start = (int) r[0], step = (int) r[2], n = (int) r[3];
                if (n <= 0) return;
                boolean[] del = new boolean[size];
                for (int k = 0, j = start; k < n; k++, j += step) del[j] = true;
                int w = 0;
                for (int i = 0; i < size; i++) if (!del[i]) data[w++] = data[i];
                size = w;
                return;
            }
            long k = Ops.index(key, "array indices must be integers");
            int i = index(k, "array assignment index out of range");
            System.arraycopy(data, i + 1, data, i, size - i - 1);
            size--;
        }

        @Override public boolean contains(PyObject item) {
            for (int i = 0; i < size; i++) if (Ops.eq(get(i), item)) return true;
            return false;
        }

        @Override public PyObject iter() { return new ArrayIter(this); }

        @Override public PyObject richcompare(PyObject other, int op) {
            if (!(other instanceof PyArray o)) return T.NotImplemented;
            if ((op == Ops.EQ || op == Ops.NE) && size != o.size) return PyBool.of(op == Ops.NE);
            int n = Math.min(size, o.size), i = 0;
            for (; i < n; i++) if (!Ops.eq(get(i), o.get(i))) break;
            if (i < n) {
                if (op == Ops.EQ) return T.FALSE;
                if (op == Ops.NE) return T.TRUE;
                return Ops.compare(get(i), o.get(i), op);
            }
            int a = size, b = o.size;
            boolean r = switch (op) {
                case Ops.LT -> a < b;
                case Ops.LE -> a <= b;
                case Ops.EQ -> a == b;
                case Ops.NE -> a != b;
                case Ops.GT -> a > b;
                default -> a >= b;
            };
            return PyBool.of(r);
        }

        PyArray concat(PyObject other) {
            if (!(other instanceof PyArray o)) throw Exc.type("can only append array (not \"" + other.type.name + "\") to array");
            if (o.tc != tc) throw Exc.type("bad argument type for built-in operation");
            PyArray r = copyRange(0, size);
            r.ensure(size + o.size);
            System.arraycopy(o.data, 0, r.data, size, o.size);
            r.size = size + o.size;
            return r;
        }

        PyArray repeat(long n) {
            PyArray r = new PyArray(ARRAY, tc);
            if (n <= 0 || size == 0) return r;
            if ((long) size * n > Integer.MAX_VALUE - 8) throw Exc.memory();
            int total = (int) (size * n);
            r.ensure(total);
            for (int k = 0; k < n; k++) System.arraycopy(data, 0, r.data, k * size, size);
            r.size = total;
            return r;
        }

        @Override public PyObject binop(int op, PyObject other) {
            if (op == Ops.ADD) return concat(other);
            if (op == Ops.MUL && Ops.hasIndex(other)) return repeat(Ops.index(other, null));
            return T.NotImplemented;
        }

        @Override public PyObject rbinop(int op, PyObject other) {
            if (op == Ops.MUL && Ops.hasIndex(other)) return repeat(Ops.index(other, null));
            return T.NotImplemented;
        }

        @Override public PyObject ibinop(int op, PyObject other) {
            if (op == Ops.ADD) {
                PyArray c = concat(other);
                data = c.data;
                size = c.size;
                return this;
            }
            if (op == Ops.MUL && Ops.hasIndex(other)) {
                PyArray c = repeat(Ops.index(other, null));
                data = c.data.length == 0 ? new long[4] : c.data;
                size = c.size;
                return this;
            }
            return T.NotImplemented;
        }
    }

    static final class ArrayIter extends PyIterators.Base {
        PyArray a;
        int i;
        ArrayIter(PyArray a) { super(ARRAY_ITERATOR); this.a = a; }

        @Override public PyObject next() {
            if (a == null) return null;
            if (i < a.size) return a.get(i++);
            a = null;
            return null;
        }
    }

    // ---- conversions ------------------------------------------------------------------------

    static final BigInteger U64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    static PyInt intItem(PyObject o) {
        if (o instanceof PyFloat) throw Exc.type("'float' object cannot be interpreted as an integer");
        return (PyInt) Ops.indexObject(o, null);
    }

    /** C long conversion (PyLong_AsLong): "Python int too large to convert to C long". */
    static long cLong(PyInt i) {
        if (i.big != null) throw Exc.overflow("Python int too large to convert to C long");
        return i.v;
    }

    static long range(long v, long lo, long hi, String what) {
        if (v < lo) throw Exc.overflow(what + " is less than minimum");
        if (v > hi) throw Exc.overflow(what + " is greater than maximum");
        return v;
    }

    static long unsignedLong(PyInt i, String negMsg, String bigMsg) {
        if (i.signum() < 0) throw Exc.overflow(negMsg);
        if (i.big != null) {
            if (i.big.compareTo(U64_MAX) > 0) throw Exc.overflow(bigMsg);
            return i.big.longValue();
        }
        return i.v;
    }

    static long convert(char tc, PyObject o) {
        switch (tc) {
            case 'f': {
                double d = MathModule.d(o);
                return Double.doubleToRawLongBits((double) (float) d);
            }
            case 'd':
                return Double.doubleToRawLongBits(MathModule.d(o));
            case 'u': {
                if (!(o instanceof PyStr s) || s.cpLength() != 1) throw Exc.type("array item must be unicode character");
                return s.codePointAt(0);
            }
            default:
                break;
        }
        PyInt i = intItem(o);
        switch (tc) {
            case 'b': {
                long v = range(cLong(i), Short.MIN_VALUE, Short.MAX_VALUE, "signed short integer");
                return range(v, -128, 127, "signed char");
            }
            case 'B':
                return range(cLong(i), 0, 255, "unsigned byte integer");
            case 'h':
                return range(cLong(i), Short.MIN_VALUE, Short.MAX_VALUE, "signed short integer");
            case 'H': {
                long v = range(cLong(i), Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer");
                return range(v, 0, 65535, "unsigned short");
            }
            case 'i':
                return range(cLong(i), Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer");
            case 'I': {
                long v = unsignedLong(i, "can't convert negative value to unsigned int", "Python int too large to convert to C unsigned long");
                if (v < 0 || v > 0xffffffffL) throw Exc.overflow("unsigned int is greater than maximum");
                return v;
            }
            case 'l':
                return cLong(i);
            case 'L':
                return unsignedLong(i, "can't convert negative value to unsigned int", "Python int too large to convert to C unsigned long");
            case 'q':
                if (i.big != null) throw Exc.overflow("int too big to convert");
                return i.v;
            default:
                return unsignedLong(i, "can't convert negative int to unsigned", "int too big to convert");
        }
    }

    static PyArray self(PyObject o) { return (PyArray) o; }

    static void extend(PyArray a, PyObject iterable) {
        if (iterable instanceof PyArray src) {
            if (src.tc != a.tc) throw Exc.type("can only extend with array of same kind");
            int n = src.size;
            a.ensure(a.size + n);
            System.arraycopy(src.data, 0, a.data, a.size, n);
            a.size += n;
            return;
        }
        for (PyObject x : Ops.toArray(iterable)) a.append(x);
    }

    static {
        PyType t = ARRAY;
        t.weakrefable = true;
        t.finalType = false;
        t.defNew((a, kw) -> {
            PyType cls = (PyType) a[0];
            if (kw != null && kw.length > 0 && cls == ARRAY) throw Exc.type("array.array() takes no keyword arguments");
            int n = a.length - 1 - (kw == null ? 0 : kw.length);
            if (n < 1 || n > 2) throw Exc.type("array() takes at most 2 arguments (" + n + " given)");
            PyObject code = a[1];
            if (!(code instanceof PyStr cs) || cs.cpLength() != 1) {
                if (code instanceof PyStr) throw Exc.type("array() argument 1 must be a unicode character, not str");
                throw Exc.type("array() argument 1 must be a unicode character, not " + code.type.name);
            }
            char tc = cs.value.charAt(0);
            if (TYPECODES.indexOf(tc) < 0) throw Exc.value("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
            PyArray arr = new PyArray(cls, tc);
            if (cls != ARRAY) Runtime.initInstance(arr, cls);
            if (n == 2) {
                PyObject init = a[2];
                if (init instanceof PyStr s) {
                    if (tc != 'u') throw Exc.type("cannot use a str to initialize an array with typecode '" + tc + "'");
                    for (int cp : s.codePoints()) { arr.ensure(arr.size + 1); arr.data[arr.size++] = cp; }
                } else if (init instanceof PyBytes b) {
                    arr.fromBytes(b.toArray());
                } else if (init instanceof PyArray src) {
                    if (src.tc == 'u' && tc != 'u') throw Exc.type("cannot use a unicode array to initialize an array with typecode '" + tc + "'");
                    for (int i = 0; i < src.size; i++) arr.append(src.get(i));
                } else {
                    for (PyObject x : Ops.toArray(init)) arr.append(x);
                }
            }
            return arr;
        });
        t.def1("append", (s, x) -> { self(s).append(x); return T.None; });
        t.def1("extend", (s, x) -> { extend(self(s), x); return T.None; });
        t.def2("insert", (s, i, x) -> {
            PyArray a = self(s);
            long k = Ops.index(i, null);
            if (k < 0) { k += a.size; if (k < 0) k = 0; }
            if (k > a.size) k = a.size;
            long v = a.convert(x);
            a.ensure(a.size + 1);
            System.arraycopy(a.data, (int) k, a.data, (int) k + 1, a.size - (int) k);
            a.data[(int) k] = v;
            a.size++;
            return T.None;
        });
        t.def("pop", (a, kw) -> {
            Args.noKw("pop", kw);
            PyArray arr = self(a[0]);
            if (a.length > 2) throw Exc.type("pop expected at most 1 argument, got " + (a.length - 1));
            long k = a.length == 2 ? Ops.index(a[1], null) : -1;
            if (arr.size == 0) throw Exc.index("pop from empty array");
            int i = arr.index(k, "pop index out of range");
            PyObject v = arr.get(i);
            System.arraycopy(arr.data, i + 1, arr.data, i, arr.size - i - 1);
            arr.size--;
            return v;
        });
        t.def1("remove", (s, x) -> {
            PyArray a = self(s);
            for (int i = 0; i < a.size; i++) {
                if (Ops.eq(a.get(i), x)) {
                    System.arraycopy(a.data, i + 1, a.data, i, a.size - i - 1);
                    a.size--;
                    return T.None;
                }
            }
            throw Exc.value("array.remove(x): x not in array");
        });
        t.def("index", (a, kw) -> {
            Args.noKw("index", kw);
            PyArray arr = self(a[0]);
            if (a.length < 2 || a.length > 4) throw Exc.type("index expected at least 1 argument, got " + (a.length - 1));
            long start = a.length > 2 ? Ops.index(a[2], null) : 0, stop = a.length > 3 ? Ops.index(a[3], null) : Long.MAX_VALUE;
            if (start < 0) { start += arr.size; if (start < 0) start = 0; }
            if (stop < 0) { stop += arr.size; if (stop < 0) stop = 0; }
            for (long i = start; i < Math.min(stop, arr.size); i++) if (Ops.eq(arr.get((int) i), a[1])) return PyInt.of(i);
            throw Exc.value("array.index(x): x not in array");
        });
        t.def1("count", (s, x) -> {
            PyArray a = self(s);
            int n = 0;
            for (int i = 0; i < a.size; i++) if (Ops.eq(a.get(i), x)) n++;
            return PyInt.of(n);
        });
        t.def0("reverse", s -> {
            PyArray a = self(s);
            for (int i = 0, j = a.size - 1; i < j; i++, j--) { long x = a.data[i]; a.data[i] = a.data[j]; a.data[j] = x; }
            return T.None;
        });
        t.def0("tobytes", s -> new PyBytes(self(s).toBytes()));
        t.def1("frombytes", (s, b) -> {
            if (b instanceof PyStr) throw Exc.type("a bytes-like object is required, not 'str'");
            self(s).fromBytes(BindingModules.bytesArg(b));
            return T.None;
        });
        t.def0("tolist", s -> {
            PyArray a = self(s);
            PyObject[] out = new PyObject[a.size];
            for (int i = 0; i < a.size; i++) out[i] = a.get(i);
            return new PyList(out);
        });
        t.def1("fromlist", (s, l) -> {
            if (!(l instanceof PyList list)) throw Exc.type("arg must be list");
            PyArray a = self(s);
            PyArray tmp = new PyArray(ARRAY, a.tc);
            for (PyObject x : list.toArray()) tmp.append(x);   // all or nothing, as CPython
            extend(a, tmp);
            return T.None;
        });
        t.def0("tounicode", s -> {
            PyArray a = self(s);
            if (a.tc != 'u') throw Exc.value("tounicode() may only be called on unicode type arrays");
            return new PyStr(a.unicode());
        });
        t.def1("fromunicode", (s, x) -> {
            PyArray a = self(s);
            if (!(x instanceof PyStr str)) throw Exc.type("fromunicode() argument must be str, not " + x.type.name);
            if (a.tc != 'u') throw Exc.value("fromunicode() may only be called on unicode type arrays");
            for (int cp : str.codePoints()) { a.ensure(a.size + 1); a.data[a.size++] = cp; }
            return T.None;
        });
        t.def0("byteswap", s -> {
            PyArray a = self(s);
            byte[] b = a.toBytes();
            int w = itemSize(a.tc);
            for (int i = 0; i < b.length; i += w) {
                for (int x = i, y = i + w - 1; x < y; x++, y--) { byte c = b[x]; b[x] = b[y]; b[y] = c; }
            }
            a.setBytes(b);
            return T.None;
        });
        t.def0("buffer_info", s -> PyTuple.of(PyInt.of(Ops.id(s)), PyInt.of(self(s).size)));
        t.def0("__copy__", s -> self(s).copyRange(0, self(s).size));
        t.def1("__deepcopy__", (s, memo) -> self(s).copyRange(0, self(s).size));
        t.def0("__len__", s -> PyInt.of(self(s).size));
        t.def1("__getitem__", (s, k) -> self(s).getitem(k));
        t.def2("__setitem__", (s, k, v) -> { self(s).setitem(k, v); return T.None; });
        t.def1("__delitem__", (s, k) -> { self(s).delitem(k); return T.None; });
        t.def1("__contains__", (s, x) -> PyBool.of(self(s).contains(x)));
        t.def0("__iter__", s -> self(s).iter());
        // dunders for Python subclasses of array (builtin instances take the Java fast path)
        t.def0("__repr__", s -> self(s).repr());
        String[] cmp = { "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__" };
        for (int k = 0; k < cmp.length; k++) {
            final int op = k;
            t.def1(cmp[k], (s, o) -> self(s).richcompare(o, op));
        }
        t.def1("__add__", (s, o) -> self(s).binop(Ops.ADD, o));
        t.def1("__mul__", (s, o) -> self(s).binop(Ops.MUL, o));
        t.def1("__rmul__", (s, o) -> self(s).rbinop(Ops.MUL, o));
        t.def1("__iadd__", (s, o) -> self(s).ibinop(Ops.ADD, o));
        t.def1("__imul__", (s, o) -> self(s).ibinop(Ops.MUL, o));
        t.setAttrRaw("__hash__", T.None);
        ARRAY_ITERATOR.def0("__iter__", s -> s);
        ARRAY_ITERATOR.def0("__next__", s -> { PyObject v = s.next(); if (v == null) throw Exc.stopIteration(); return v; });
        ARRAY_ITERATOR.modified();
        t.getset("typecode", s -> new PyStr(String.valueOf(self(s).tc)), null);
        t.getset("itemsize", s -> PyInt.of(itemSize(self(s).tc)), null);
        t.setAttrRaw("__class_getitem__", new PyClassMethod(new PyBuiltinFunction("__class_getitem__", (a, kw) -> UnionType.alias(a[0], a[1]))));
        t.modified();
    }

    static PyModule create(Runtime rt) {
        PyModule m = new PyModule("array");
        m.set("array", ARRAY);
        m.set("ArrayType", ARRAY);
        m.set("typecodes", new PyStr(TYPECODES));
        return m;
    }
}
