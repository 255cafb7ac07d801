package pyjama.python.runtime;

import java.util.HashMap;

/**
 * str. The value is a Java string (UTF-16); Python indexes by code point, so strings with
 * surrogate pairs ({@code cpLen != value.length()}) take the slower code-point paths.
 */
public final class PyStr extends PyObject {
    public final String value;
    private int jhash;
    private long phash = -1;
    /** Code-point length, or -1 when not computed yet. */
    private int cpLen = -1;
    boolean interned;

    public PyStr(String value) {
        super(T.STR);
        this.value = value;
    }

    PyStr(PyType type, String value) {
        super(type);
        this.value = value;
    }

    public static PyStr of(String s) { return new PyStr(s); }

    public static PyStr intern(String s) {
        HashMap<String, PyStr> m = Intern.TABLE;
        PyStr p = m.get(s);
        if (p == null) {
            p = new PyStr(s);
            p.interned = true;
            m.put(s, p);
        }
        return p;
    }

    public static PyStr intern(PyStr s) {
        if (s.interned) return s;
        if (s.type != T.STR) return s;
        HashMap<String, PyStr> m = Intern.TABLE;
        PyStr p = m.get(s.value);
        if (p == null) {
            s.interned = true;
            m.put(s.value, s);
            return s;
        }
        return p;
    }

    /** Code points as a string for a single code point. */
    public static PyStr ofCodePoint(int cp) {
        if (cp < 128) return Intern.ASCII[cp];
        return new PyStr(new String(Character.toChars(cp)));
    }

    @Override public int hashCode() {
        int h = jhash;
        if (h == 0) { h = value.hashCode(); if (h == 0) h = 1; jhash = h; }
        return h;
    }

    @Override public boolean equals(Object o) {
        return o instanceof PyStr s && s.value.equals(value);
    }

    @Override public String toString() { return value; }

    public int cpLength() {
        int n = cpLen;
        if (n < 0) { n = value.codePointCount(0, value.length()); cpLen = n; }
        return n;
    }

    public boolean isBmpOnly() { return cpLength() == value.length(); }

    /** Java char index of the code point index i (0 <= i <= cpLength). */
    public int offset(int i) {
        if (isBmpOnly()) return i;
        return value.offsetByCodePoints(0, i);
    }

    public String substring(int cpStart, int cpEnd) {
        if (isBmpOnly()) return value.substring(cpStart, cpEnd);
        int s = value.offsetByCodePoints(0, cpStart);
        int e = value.offsetByCodePoints(s, cpEnd - cpStart);
        return value.substring(s, e);
    }

    public int codePointAt(int i) {
        if (isBmpOnly()) return value.charAt(i);
        return value.codePointAt(value.offsetByCodePoints(0, i));
    }

    public int[] codePoints() { return value.codePoints().toArray(); }

    @Override public long hash() {
        long h = phash;
        if (h == -1 && value.isEmpty()) { phash = 0; return 0; }
        if (h == -1) {
            // FNV-1a over code units, mixed; CPython's str hash is randomized anyway.
            long x = 0xcbf29ce484222325L;
            String v = value;
            for (int i = 0; i < v.length(); i++) { x ^= v.charAt(i); x *= 0x100000001b3L; }
            x ^= (x >>> 29);
            if (x == -1) x = -2;
            phash = h = x;
        }
        return h;
    }

    @Override public PyObject repr() { return new PyStr(repr(value)); }

    @Override public PyObject str() {
        return type == T.STR ? this : new PyStr(value);
    }

    public static String repr(String s) {
        boolean hasSingle = s.indexOf('\'') >= 0, hasDouble = s.indexOf('"') >= 0;
        char q = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(q);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == q || c == '\\') sb.append('\\').appendCodePoint(c);
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c == '\t') sb.append("\\t");
            else if (c < 0x20 || c == 0x7f) sb.append("\\x").append(hex2(c));
            else if (c < 0x7f) sb.append((char) c);
            else if (isPrintable(c)) sb.appendCodePoint(c);
            else if (c <= 0xff) sb.append("\\x").append(hex2(c));
            else if (c <= 0xffff) sb.append("\\u").append(hex(c, 4));
            else sb.append("\\U").append(hex(c, 8));
        }
        sb.append(q);
        return sb.toString();
    }

    static String hex2(int c) { return hex(c, 2); }

    static String hex(int c, int width) {
        String h = Integer.toHexString(c);
        StringBuilder sb = new StringBuilder();
        for (int i = h.length(); i < width; i++) sb.append('0');
        return sb.append(h).toString();
    }

    /** CPython's str.isprintable for one code point (approximated with Java's Unicode tables). */
    public static boolean isPrintable(int c) {
        if (c == ' ') return true;
        int t = Character.getType(c);
        switch (t) {
            case Character.CONTROL: case Character.FORMAT: case Character.SURROGATE:
            case Character.PRIVATE_USE: case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR: case Character.PARAGRAPH_SEPARATOR: case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    @Override public PyObject richcompare(PyObject other, int op) {
        if (!(other instanceof PyStr o)) return T.NotImplemented;
        if (op == Ops.EQ) return PyBool.of(value.equals(o.value));
        if (op == Ops.NE) return PyBool.of(!value.equals(o.value));
        int c = compare(value, o.value);
        return PyBool.of(Ops.cmpResult(c, op));
    }

    /** Code-point order (differs from String.compareTo only around surrogates). */
    static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i), y = b.charAt(i);
            if (x != y) {
                boolean sx = Character.isSurrogate(x), sy = Character.isSurrogate(y);
                if (sx != sy) return sx ? 1 : -1;
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    @Override public boolean isTrue() { return !value.isEmpty(); }
    @Override public int len() { return cpLength(); }
    @Override public boolean hasLen() { return true; }

    @Override public boolean contains(PyObject item) {
        if (!(item instanceof PyStr s)) {
            throw Exc.type("'in <string>' requires string as left operand, not " + item.type.name);
        }
        return value.contains(s.value);
    }

    @Override public PyObject getitem(PyObject key) {
        if (key instanceof PySlice sl) {
            int n = cpLength();
            long[] r = sl.indices(n);
            int start = (int) r[0], stop = (int) r[1], step = (int) r[2], len = (int) r[3];
            if (step == 1) return new PyStr(len <= 0 ? "" : substring(start, start + len));
            StringBuilder sb = new StringBuilder(len);
            if (isBmpOnly()) {
                for (int i = 0, j = start; i < len; i++, j += step) sb.append(value.charAt(j));
            } else {
                int[] cps = codePoints();
                for (int i = 0, j = start; i < len; i++, j += step) sb.appendCodePoint(cps[j]);
            }
            return new PyStr(sb.toString());
        }
        long i = Ops.index(key, "string indices must be integers, not '", "'");
        int n = cpLength();
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw Exc.index("string index out of range");
        if (isBmpOnly()) {
            char c = value.charAt((int) i);
            return c < 128 ? Intern.ASCII[c] : new PyStr(String.valueOf(c));
        }
        return ofCodePoint(codePointAt((int) i));
    }

    @Override public PyObject iter() { return new PyIterators.StrIterator(this); }

    @Override public PyObject binop(int op, PyObject other) {
        if (op == Ops.ADD) {
            if (other instanceof PyStr o) return new PyStr(value.concat(o.value));
            throw Exc.type("can only concatenate str (not \"" + other.type.name + "\") to str");
        }
        if (op == Ops.MUL) {
            if (Ops.hasIndex(other)) return repeat(Ops.index(other, null));
            return T.NotImplemented;
        }
        if (op == Ops.MOD) return StrFormat.percent(this, other);
        return T.NotImplemented;
    }

    @Override public PyObject rbinop(int op, PyObject other) {
        if (op == Ops.MUL && Ops.hasIndex(other)) return repeat(Ops.index(other, null));
        return T.NotImplemented;
    }

    PyStr repeat(long n) {
        if (n <= 0 || value.isEmpty()) return Intern.EMPTY;
        if ((long) value.length() * n > Integer.MAX_VALUE - 16) throw Exc.memory();
        return new PyStr(value.repeat((int) n));
    }
}

/** The intern table and one-character strings; no dependencies so it initializes first. */
final class Intern {
    static final HashMap<String, PyStr> TABLE = new HashMap<>();
    static final PyStr[] ASCII = new PyStr[128];
    static final PyStr EMPTY;
    static {
        for (int i = 0; i < 128; i++) ASCII[i] = PyStr.intern(String.valueOf((char) i));
        EMPTY = PyStr.intern("");
    }
}
