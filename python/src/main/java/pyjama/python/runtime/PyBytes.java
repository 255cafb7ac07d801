package pyjama.python.runtime;

import java.util.Arrays;

/** bytes and bytearray (mutable when type is bytearray). Only [0, len) of {@code bytes} is used. */
public final class PyBytes extends PyObject {
    public byte[] bytes;
    public int len;

    public PyBytes(byte[] b) { super(T.BYTES); bytes = b; len = b.length; }
    public PyBytes(PyType t, byte[] b) { super(t); bytes = b; len = b.length; }

    public static PyBytes fromLatin1(String s) {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) b[i] = (byte) s.charAt(i);
        return new PyBytes(b);
    }

    public boolean isMutable() { return type.isSubtype(T.BYTEARRAY); }

    public byte[] toArray() { return Arrays.copyOf(bytes, len); }

    PyBytes make(byte[] b) { return new PyBytes(isMutable() ? T.BYTEARRAY : T.BYTES, b); }

    void ensure(int n) { if (n > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(n, bytes.length * 2 + 8)); }

    public void append(int b) { ensure(len + 1); bytes[len++] = (byte) b; }

    @Override public int len() { return len; }
    @Override public boolean hasLen() { return true; }
    @Override public boolean isTrue() { return len != 0; }

    @Override public PyObject getitem(PyObject key) {
        if (key instanceof PySlice s) {
            long[] r = s.indices(len);
            int start = (int) r[0], step = (int) r[2], n = (int) r[3];
            byte[] out = new byte[Math.max(n, 0)];
            for (int k = 0, j = start; k < n; k++, j += step) out[k] = bytes[j];
            return make(out);
        }
        long i = Ops.index(key, "byte indices must be integers or slices, not ", "");
        if (isMutable() && !(key instanceof PyInt)) i = Ops.index(key, null);
        if (i < 0) i += len;
        if (i < 0 || i >= len) throw Exc.index(isMutable() ? "bytearray index out of range" : "index out of range");
        return PyInt.of(bytes[(int) i] & 0xff);
    }

    static int byteValue(PyObject v) {
        long b = Ops.index(v, null);
        if (b < 0 || b > 255) throw Exc.value("byte must be in range(0, 256)");
        return (int) b;
    }

    @Override public void setitem(PyObject key, PyObject value) {
        if (!isMutable()) super.setitem(key, value);
        if (key instanceof PySlice s) {
            byte[] src = BytesMethods.toBytes(value);
            long[] r = s.indices(len);
            int start = (int) r[0], stop = (int) r[1], step = (int) r[2], n = (int) r[3];
            if (step == 1) {
                if (stop < start) stop = start;
                byte[] out = new byte[len - (stop - start) + src.length];
                System.arraycopy(bytes, 0, out, 0, start);
                System.arraycopy(src, 0, out, start, src.length);
                System.arraycopy(bytes, stop, out, start + src.length, len - stop);
                bytes = out;
                len = out.length;
                return;
            }
            if (src.length != n) throw Exc.value("attempt to assign bytes of size " + src.length + " to extended slice of size " + n);
            for (int k = 0, j = start; k < n; k++, j += step) bytes[j] = src[k];
            return;
        }
        long i = Ops.index(key, "bytearray indices must be integers or slices, not ", "");
        if (i < 0) i += len;
        if (i < 0 || i >= len) throw Exc.index("bytearray index out of range");
        bytes[(int) i] = (byte) byteValue(value);
    }

    @Override public void delitem(PyObject key) {
        if (!isMutable()) super.delitem(key);
        if (key instanceof PySlice s) {
            long[] r = s.indices(len);
            int start = (int) r[0], step = (int) r[2], n = (int) r[3];
            boolean[] del = new boolean[len];
            for (int k = 0, j = start; k < n; k++, j += step) del[j] = true;
            int w = 0;
            for (int i = 0; i < len; i++) if (!del[i]) bytes[w++] = bytes[i];
            len = w;
            return;
        }
        long i = Ops.index(key, null);
        if (i < 0) i += len;
        if (i < 0 || i >= len) throw Exc.index("bytearray index out of range");
        System.arraycopy(bytes, (int) i + 1, bytes, (int) i, len - (int) i - 1);
        len--;
    }

    @Override public boolean contains(PyObject item) {
        if (item instanceof PyInt) {
            int b = byteValue(item);
            for (int i = 0; i < len; i++) if ((bytes[i] & 0xff) == b) return true;
            return false;
        }
        byte[] sub = BytesMethods.toBytes(item);
        return BytesMethods.indexOf(bytes, len, sub, 0, len) >= 0;
    }

    @Override public PyObject iter() {
        PyObject[] items = new PyObject[len];
        for (int i = 0; i < len; i++) items[i] = PyInt.of(bytes[i] & 0xff);
        return new PyIterators.ArrayIterator(T.BYTES_ITERATOR, items, len);
    }

    @Override public PyObject binop(int op, PyObject other) {
        if (op == Ops.ADD) {
            if (!(other instanceof PyBytes) && !(other instanceof PyMemoryView)) {
                throw Exc.type("can't concat " + other.type.name + " to " + type.name);
            }
            byte[] o = BytesMethods.toBytes(other);
            byte[] r = Arrays.copyOf(bytes, len + o.length);
            System.arraycopy(o, 0, r, len, o.length);
            return make(r);
        }
        if (op == Ops.MUL && Ops.hasIndex(other)) return repeat(Ops.index(other, null));
        if (op == Ops.MOD) return StrFormat.percentBytes(this, other);
        return T.NotImplemented;
    }

    @Override public PyObject rbinop(int op, PyObject other) {
        if (op == Ops.MUL && Ops.hasIndex(other)) return repeat(Ops.index(other, null));
        return T.NotImplemented;
    }

    @Override public PyObject ibinop(int op, PyObject other) {
        if (!isMutable()) return T.NotImplemented;
        if (op == Ops.ADD) {
            byte[] o = BytesMethods.toBytes(other);
            ensure(len + o.length);
            System.arraycopy(o, 0, bytes, len, o.length);
            len += o.length;
            return this;
        }
        if (op == Ops.MUL && Ops.hasIndex(other)) {
            PyBytes r = repeat(Ops.index(other, null));
            bytes = r.bytes;
            len = r.len;
            return this;
        }
        return T.NotImplemented;
    }

    PyBytes repeat(long n) {
        if (n <= 0) return make(new byte[0]);
        if (n * len > Integer.MAX_VALUE - 16) throw Exc.memory();
        byte[] r = new byte[(int) (n * len)];
        for (int k = 0; k < n; k++) System.arraycopy(bytes, 0, r, k * len, len);
        return make(r);
    }

    @Override public PyObject richcompare(PyObject other, int op) {
        if (!(other instanceof PyBytes o)) return T.NotImplemented;
        int n = Math.min(len, o.len);
        int c = 0;
        for (int i = 0; i < n && c == 0; i++) c = (bytes[i] & 0xff) - (o.bytes[i] & 0xff);
        if (c == 0) c = Integer.compare(len, o.len);
        return PyBool.of(Ops.cmpResult(c, op));
    }

    @Override public long hash() {
        if (isMutable()) throw Exc.unhashable(this);
        long x = 0xcbf29ce484222325L;
        for (int i = 0; i < len; i++) { x ^= bytes[i] & 0xff; x *= 0x100000001b3L; }
        return x == -1 ? -2 : x;
    }

    @Override public PyObject repr() {
        String body = reprBody(bytes, len);
        if (isMutable()) {
            if (body.startsWith("b\"")) body = "b\"" + body.substring(2, body.length() - 1).replace("'", "\\'") + "\"";
            return new PyStr(type.name + "(" + body + ")");
        }
        return new PyStr(body);
    }

    @Override public PyObject str() { return repr(); }

    static String reprBody(byte[] b, int len) {
        boolean hasSingle = false, hasDouble = false;
        for (int i = 0; i < len; i++) { if (b[i] == '\'') hasSingle = true; if (b[i] == '"') hasDouble = true; }
        char q = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder("b").append(q);
        for (int i = 0; i < len; i++) {
            int c = b[i] & 0xff;
            if (c == q || c == '\\') sb.append('\\').append((char) c);
            else if (c == '\t') sb.append("\\t");
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c < 0x20 || c >= 0x7f) sb.append("\\x").append(PyStr.hex2(c));
            else sb.append((char) c);
        }
        return sb.append(q).toString();
    }
}
