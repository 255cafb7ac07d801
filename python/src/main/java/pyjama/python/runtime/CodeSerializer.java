package pyjama.python.runtime;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;

/**
 * Code objects to bytes and back: what {@link Precompiled} stores, so that the build compiles
 * Python once on the JVM and the kernel only rebuilds the objects (our marshal; the format is
 * ours, not CPython's).
 * <p>
 * Format: {@link #MAGIC}, {@link #VERSION}, then one object. Integers are varints of 7 bits
 * per byte (high bit: more follow), signed ones zigzag-coded. Strings are written once (their
 * UTF-16 units as varints) and then referred to by number. Positions (line, column, end line,
 * end column per instruction) are deltas from the previous instruction, a single 0 byte when
 * unchanged.
 * Constants: None, Ellipsis, bool, int, float, complex, str (interned or not, as the compiler
 * left it), bytes, tuple, frozenset (its table layout kept) and nested code: what the compiler
 * puts in co_consts. Anything else
 * is an {@link IllegalArgumentException} when writing; a malformed or foreign string is one
 * when reading. Bump {@link #VERSION} whenever PyCode or the opcodes change meaning.
 */
public final class CodeSerializer {
    private CodeSerializer() {}

    static final char MAGIC = 'P';
    /** The format and the compiler's output conventions; a different version is refused. */
    public static final char VERSION = 1;

    private static final char T_NONE = 'N', T_ELLIPSIS = '.', T_TRUE = 'T', T_FALSE = 'F', T_INT = 'i',
            T_BIGINT = 'I', T_FLOAT = 'f', T_COMPLEX = 'j', T_STR = 's', T_STR_INTERNED = 'S', T_BYTES = 'b',
            T_TUPLE = 't', T_FROZENSET = 'z', T_CODE = 'c';

    /** The code object as bytes (see the class comment). */
    public static byte[] write(PyCode code) {
        Writer w = new Writer();
        w.out.write(MAGIC);
        w.out.write(VERSION);
        w.object(code);
        return w.out.toByteArray();
    }

    /** A fresh code object (with fresh constants) from what {@link #write} produced. */
    public static PyCode read(byte[] data) {
        if (data.length < 2 || data[0] != MAGIC) throw new IllegalArgumentException("not serialized code");
        if (data[1] != VERSION) {
            throw new IllegalArgumentException("serialized code of version " + data[1] + ", expected " + (int) VERSION);
        }
        Reader r = new Reader(data);
        r.pos = 2;
        PyObject o = r.object();
        if (!(o instanceof PyCode c) || r.pos != data.length) throw new IllegalArgumentException("malformed serialized code");
        return c;
    }

    private static final class Writer {
        final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        final HashMap<String, Integer> strings = new HashMap<>();

        void tag(char t) { out.write(t); }

        /** v as an unsigned 64-bit number. */
        void uint(long v) {
            while (Long.compareUnsigned(v, 0x80) >= 0) {
                out.write((int) (0x80 | (v & 0x7f)));
                v >>>= 7;
            }
            out.write((int) v);
        }

        void sint(long v) { uint((v << 1) ^ (v >> 63)); }

        void string(String s) {
            Integer i = strings.get(s);
            if (i != null) {
                uint(i + 1L);
                return;
            }
            strings.put(s, strings.size());
            uint(0);
            uint(s.length());
            for (int k = 0; k < s.length(); k++) uint(s.charAt(k));
        }

        void strs(PyStr[] a) {
            uint(a.length);
            for (PyStr s : a) string(s.value);
        }

        void ints(int[] a) {
            uint(a.length);
            for (int v : a) sint(v);
        }

        void object(PyObject o) {
            if (o == T.None) tag(T_NONE);
            else if (o == T.Ellipsis) tag(T_ELLIPSIS);
            else if (o == T.TRUE) tag(T_TRUE);
            else if (o == T.FALSE) tag(T_FALSE);
            else if (o instanceof PyInt i && o.type == T.INT) {
                if (i.isSmall()) {
                    tag(T_INT);
                    sint(i.v);
                } else {
                    tag(T_BIGINT);
                    string(i.big.toString(16));
                }
            } else if (o instanceof PyFloat f && o.type == T.FLOAT) {
                tag(T_FLOAT);
                raw64(Double.doubleToRawLongBits(f.v));
            } else if (o instanceof PyComplex c && o.type == T.COMPLEX) {
                tag(T_COMPLEX);
                raw64(Double.doubleToRawLongBits(c.re));
                raw64(Double.doubleToRawLongBits(c.im));
            } else if (o instanceof PyStr s && o.type == T.STR) {
                tag(s.interned ? T_STR_INTERNED : T_STR);
                string(s.value);
            } else if (o instanceof PyBytes b && o.type == T.BYTES) {
                tag(T_BYTES);
                byte[] a = b.toArray();
                uint(a.length);
                out.write(a, 0, a.length);
            } else if (o instanceof PyTuple t && o.type == T.TUPLE) {
                tag(T_TUPLE);
                uint(t.items.length);
                for (PyObject x : t.items) object(x);
            } else if (o instanceof PySet fs && o.type == T.FROZENSET) {
                // The table as it is (size, then each occupied slot): its layout is the
                // iteration order the compiler chose (CPython's constant merging), which
                // inserting the items again need not reproduce.
                tag(T_FROZENSET);
                uint(fs.table.length);
                uint(fs.used);
                if (fs.fill != fs.used) throw new IllegalArgumentException("a frozenset constant with deleted slots");
                for (int k = 0; k < fs.table.length; k++) {
                    if (fs.table[k] == null) continue;
                    uint(k);
                    object(fs.table[k]);
                }
            } else if (o instanceof PyCode c) {
                tag(T_CODE);
                code(c);
            } else {
                throw new IllegalArgumentException("cannot serialize a constant of type " + o.type.name);
            }
        }

        void raw64(long v) {
            for (int k = 56; k >= 0; k -= 8) out.write((int) (v >>> k) & 0xff);
        }

        void code(PyCode c) {
            uint(c.argcount);
            uint(c.posonlyargcount);
            uint(c.kwonlyargcount);
            uint(c.flags & 0xffffffffL);
            uint(c.nlocals);
            uint(c.stacksize);
            uint(c.maxBlocks);
            sint(c.firstlineno);
            string(c.name);
            string(c.qualname);
            string(c.filename);
            out.write(c.expressionMode ? 'e' : 'x');
            int n = c.code.length;
            uint(n);
            for (int k = 0; k < n; k += 2) {
                uint(c.code[k]);
                sint(c.code[k + 1]);
            }
            int prevLine = c.firstlineno, prevCol = 0, prevEndLine = c.firstlineno, prevEndCol = 0;
            for (int i = 0; i < n / 2; i++) {
                int line = c.lines[i], col = c.cols[i], endLine = c.endLines[i], endCol = c.endCols[i];
                if (line == prevLine && col == prevCol && endLine == prevEndLine && endCol == prevEndCol) {
                    uint(0);
                } else {
                    long dl = (long) line - prevLine;
                    uint(((dl << 1) ^ (dl >> 63)) + 1); // zigzag, shifted past the 0 of "same"
                    sint(col);
                    sint((long) endLine - line);
                    sint(endCol);
                }
                prevLine = line;
                prevCol = col;
                prevEndLine = endLine;
                prevEndCol = endCol;
            }
            uint(c.consts.length);
            for (PyObject o : c.consts) object(o);
            // The docstring is the compiler's first constant, the same object: kept as its index.
            int doc = 0;
            if (c.docstring != null) {
                while (doc < c.consts.length && c.consts[doc] != c.docstring) doc++;
                if (doc == c.consts.length) throw new IllegalArgumentException("a docstring that is not a constant");
                doc++;
            }
            uint(doc);
            strs(c.names);
            strs(c.varnames);
            strs(c.cellvars);
            strs(c.freevars);
            ints(c.cell2arg);
        }
    }

    private static final class Reader {
        final byte[] in;
        int pos;
        final ArrayList<String> strings = new ArrayList<>();

        Reader(byte[] in) { this.in = in; }

        int next() {
            if (pos >= in.length) throw new IllegalArgumentException("serialized code ends early");
            return in[pos++] & 0xff;
        }

        long uint() {
            byte[] b = in;
            int p = pos;
            if (p >= b.length) throw new IllegalArgumentException("serialized code ends early");
            int c = b[p++];
            if (c >= 0) { // one byte: most of them (a call per byte is dear under TeaVM)
                pos = p;
                return c;
            }
            long v = c & 0x7f;
            for (int shift = 7; ; shift += 7) {
                if (p >= b.length) throw new IllegalArgumentException("serialized code ends early");
                if (shift > 63) throw new IllegalArgumentException("malformed varint");
                c = b[p++];
                v |= (long) (c & 0x7f) << shift;
                if (c >= 0) {
                    pos = p;
                    return v;
                }
            }
        }

        /** A count of things that follow: each takes at least one byte. */
        int count() {
            long v = uint();
            if (v > in.length) throw new IllegalArgumentException("malformed count");
            return (int) v;
        }

        long sint() {
            long v = uint();
            return (v >>> 1) ^ -(v & 1);
        }

        int sint32() { return (int) sint(); }

        String string() {
            long ref = uint();
            if (ref > 0) {
                if (ref > strings.size()) throw new IllegalArgumentException("malformed string reference");
                return strings.get((int) ref - 1);
            }
            char[] units = new char[count()];
            for (int k = 0; k < units.length; k++) units[k] = (char) uint();
            String s = new String(units);
            strings.add(s);
            return s;
        }

        PyStr[] names() {
            PyStr[] a = new PyStr[count()];
            for (int i = 0; i < a.length; i++) a[i] = PyStr.intern(string());
            return a;
        }

        long raw64() {
            long v = 0;
            for (int k = 0; k < 8; k++) v = v << 8 | next();
            return v;
        }

        PyObject object() {
            int tag = next();
            switch (tag) {
                case T_NONE: return T.None;
                case T_ELLIPSIS: return T.Ellipsis;
                case T_TRUE: return T.TRUE;
                case T_FALSE: return T.FALSE;
                case T_INT: return PyInt.of(sint());
                case T_BIGINT: return PyInt.of(new BigInteger(string(), 16));
                case T_FLOAT: return new PyFloat(Double.longBitsToDouble(raw64()));
                case T_COMPLEX: {
                    double re = Double.longBitsToDouble(raw64());
                    return new PyComplex(re, Double.longBitsToDouble(raw64()));
                }
                case T_STR: return new PyStr(string());
                case T_STR_INTERNED: return PyStr.intern(string());
                case T_BYTES: {
                    int n = count();
                    if (pos + n > in.length) throw new IllegalArgumentException("serialized code ends early");
                    byte[] b = java.util.Arrays.copyOfRange(in, pos, pos + n);
                    pos += n;
                    return new PyBytes(b);
                }
                case T_TUPLE: {
                    PyObject[] items = new PyObject[count()];
                    for (int i = 0; i < items.length; i++) items[i] = object();
                    return PyTuple.of(items);
                }
                case T_FROZENSET: {
                    long size = uint();
                    int n = count();
                    if (size < 8 || size > 1 << 24 || (size & (size - 1)) != 0 || n >= size) {
                        throw new IllegalArgumentException("malformed frozenset");
                    }
                    PySet fs = PySet.frozen();
                    fs.table = new PyObject[(int) size];
                    fs.hashes = new long[(int) size];
                    for (int k = 0; k < n; k++) {
                        int slot = count();
                        if (slot >= size || fs.table[slot] != null) throw new IllegalArgumentException("malformed frozenset");
                        PyObject item = object();
                        fs.table[slot] = item;
                        fs.hashes[slot] = Ops.hash(item);
                    }
                    fs.fill = fs.used = n;
                    return fs;
                }
                case T_CODE: return code();
                default: throw new IllegalArgumentException("malformed serialized code (tag " + tag + ")");
            }
        }

        PyCode code() {
            PyCode c = new PyCode();
            c.argcount = count();
            c.posonlyargcount = count();
            c.kwonlyargcount = count();
            c.flags = (int) uint();
            c.nlocals = count();
            c.stacksize = count();
            c.maxBlocks = count();
            c.firstlineno = sint32();
            c.name = string();
            c.qualname = string();
            c.filename = string();
            c.expressionMode = next() == 'e';
            int n = count();
            if ((n & 1) != 0) throw new IllegalArgumentException("malformed serialized code");
            int[] code = new int[n];
            for (int k = 0; k < n; k += 2) {
                code[k] = (int) uint();
                code[k + 1] = sint32();
            }
            c.code = code;
            int ni = n / 2;
            int[] lines = new int[ni], cols = new int[ni], endLines = new int[ni], endCols = new int[ni];
            int line = c.firstlineno, col = 0, endLine = c.firstlineno, endCol = 0;
            for (int i = 0; i < ni; i++) {
                long dl = uint();
                if (dl != 0) {
                    dl--;
                    line += (int) ((dl >>> 1) ^ -(dl & 1));
                    col = sint32();
                    endLine = line + sint32();
                    endCol = sint32();
                }
                lines[i] = line;
                cols[i] = col;
                endLines[i] = endLine;
                endCols[i] = endCol;
            }
            c.lines = lines;
            c.cols = cols;
            c.endLines = endLines;
            c.endCols = endCols;
            PyObject[] consts = new PyObject[count()];
            for (int i = 0; i < consts.length; i++) consts[i] = object();
            c.consts = consts;
            int doc = count();
            if (doc > consts.length) throw new IllegalArgumentException("malformed docstring index");
            if (doc > 0) c.docstring = consts[doc - 1];
            c.names = names();
            c.varnames = names();
            c.cellvars = names();
            c.freevars = names();
            int[] cell2arg = new int[count()];
            for (int i = 0; i < cell2arg.length; i++) cell2arg[i] = sint32();
            c.cell2arg = cell2arg;
            return c;
        }
    }
}
