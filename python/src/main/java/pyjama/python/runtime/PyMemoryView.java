package pyjama.python.runtime;

/** memoryview (basic): a view of a bytes/bytearray object, format 'B'. */
public final class PyMemoryView extends PyObject {
    final PyBytes obj;
    final int start, length;
    boolean released;

    PyMemoryView(PyBytes obj, int start, int length) {
        super(T.MEMORYVIEW);
        this.obj = obj;
        this.start = start;
        this.length = length;
    }

    void check() { if (released) throw Exc.value("operation forbidden on released memoryview object"); }

    byte[] toBytes() {
        check();
        byte[] b = new byte[length];
        System.arraycopy(obj.bytes, start, b, 0, length);
        return b;
    }

    @Override public int len() { check(); return length; }
    @Override public boolean hasLen() { return true; }

    @Override public PyObject getitem(PyObject key) {
        check();
        if (key instanceof PySlice s) {
            long[] r = s.indices(length);
            if (r[2] != 1) {
                byte[] out = new byte[(int) Math.max(r[3], 0)];
                for (int k = 0, j = (int) r[0]; k < out.length; k++, j += (int) r[2]) out[k] = obj.bytes[start + j];
                return new PyMemoryView(new PyBytes(out), 0, out.length);
            }
            return new PyMemoryView(obj, start + (int) r[0], (int) r[3]);
        }
        long i = Ops.index(key, "memoryview: invalid slice key");
        if (i < 0) i += length;
        if (i < 0 || i >= length) throw Exc.index("index out of bounds on dimension 1");
        return PyInt.of(obj.bytes[start + (int) i] & 0xff);
    }

    @Override public void setitem(PyObject key, PyObject value) {
        check();
        if (!obj.isMutable()) throw Exc.type("cannot modify read-only memory");
        if (key instanceof PySlice s) {
            long[] r = s.indices(length);
            byte[] src = BytesMethods.toBytes(value);
            if (src.length != r[3]) throw Exc.value("memoryview assignment: lvalue and rvalue have different structures");
            for (int k = 0, j = (int) r[0]; k < r[3]; k++, j += (int) r[2]) obj.bytes[start + j] = src[k];
            return;
        }
        long i = Ops.index(key, "memoryview: invalid slice key");
        if (i < 0) i += length;
        if (i < 0 || i >= length) throw Exc.index("index out of bounds on dimension 1");
        obj.bytes[start + (int) i] = (byte) PyBytes.byteValue(value);
    }

    @Override public PyObject richcompare(PyObject other, int op) {
        if (op != Ops.EQ && op != Ops.NE) return T.NotImplemented;
        byte[] o;
        if (other instanceof PyMemoryView m) o = m.toBytes();
        else if (other instanceof PyBytes b) o = b.toArray();
        else return T.NotImplemented;
        boolean eq = java.util.Arrays.equals(toBytes(), o);
        return PyBool.of(op == Ops.EQ ? eq : !eq);
    }

    @Override public PyObject repr() {
        return new PyStr((released ? "<released memory at 0x" : "<memory at 0x") + Long.toHexString(Ops.id(this)) + ">");
    }
}
