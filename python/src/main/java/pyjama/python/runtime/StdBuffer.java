package pyjama.python.runtime;

import java.util.Arrays;

/**
 * sys.stdout.buffer, sys.stderr.buffer and sys.stdin.buffer: the binary layer under the standard
 * streams, as CPython's {@code _io.BufferedWriter}/{@code BufferedReader}. The host speaks text,
 * so bytes written here are decoded as UTF-8 on the way out; a multi-byte character split across
 * two writes is held back until its last byte arrives, so {@code write(b'\xc3')} followed by
 * {@code write(b'\xa9')} prints one é. Bytes that are not UTF-8 print as U+FFFD.
 */
final class StdBuffer extends PyObject {
    static final PyType WRITER = streamType("BufferedWriter");
    static final PyType READER = streamType("BufferedReader");

    final SysModule.StdStream text;
    /** The start of a UTF-8 sequence whose remaining bytes have not been written yet. */
    private byte[] pending = new byte[0];

    StdBuffer(SysModule.StdStream text) {
        super(text.fd == 0 ? READER : WRITER);
        this.text = text;
    }

    private static PyType streamType(String name) {
        PyType t = new PyType(name, T.OBJECT);
        t.type = T.TYPE;
        t.dict.type = T.DICT;
        t.setAttrRaw("__module__", new PyStr("_io"));
        t.def1("write", (s, x) -> ((StdBuffer) s).write(x));
        t.def0("flush", s -> T.None);
        t.def("read", (a, kw) -> ((StdBuffer) a[0]).read(a.length > 1 ? a[1] : T.None));
        t.def("readline", (a, kw) -> ((StdBuffer) a[0]).readline());
        t.def0("readlines", s -> {
            PyList l = new PyList();
            for (PyBytes x; (x = ((StdBuffer) s).readline()).len > 0; ) l.append(x);
            return l;
        });
        t.def0("__iter__", s -> s);
        t.def0("__next__", s -> {
            PyBytes x = ((StdBuffer) s).readline();
            if (x.len == 0) throw Exc.stopIteration();
            return x;
        });
        t.def0("isatty", s -> T.FALSE);
        t.def0("fileno", s -> PyInt.of(((StdBuffer) s).text.fd));
        t.def0("readable", s -> PyBool.of(((StdBuffer) s).text.fd == 0));
        t.def0("writable", s -> PyBool.of(((StdBuffer) s).text.fd != 0));
        t.def0("seekable", s -> T.FALSE);
        t.def0("close", s -> T.None);
        t.def0("__enter__", s -> s);
        t.def("__exit__", (a, kw) -> T.None);
        t.getset("name", s -> new PyStr(((StdBuffer) s).text.streamName()), null);
        t.getset("mode", s -> new PyStr(((StdBuffer) s).text.fd == 0 ? "rb" : "wb"), null);
        t.getset("closed", s -> T.FALSE, null);
        return t;
    }

    private PyObject write(PyObject x) {
        if (text.fd == 0) throw Exc.make(IoModule.UNSUPPORTED, "write");
        byte[] b = BindingModules.bytesArg(x);
        int n = b.length;
        byte[] all = pending.length == 0 ? b : concat(pending, b);
        int whole = completeLength(all);
        pending = Arrays.copyOfRange(all, whole, all.length);
        if (whole > 0) text.writeStr(Codecs.decode(whole == all.length ? all : Arrays.copyOf(all, whole), "utf-8", "replace"));
        return PyInt.of(n);
    }

    /** The length of the prefix of b that ends on a character boundary (at most 3 bytes held back). */
    private static int completeLength(byte[] b) {
        int n = b.length;
        for (int back = 1; back <= 3 && back <= n; back++) {
            int x = b[n - back] & 0xff;
            if (x < 0x80) return n;              // ASCII: nothing open
            if (x >= 0xc0) {                     // a lead byte: does its sequence fit?
                int need = x >= 0xf0 ? 4 : x >= 0xe0 ? 3 : 2;
                return need > back ? n - back : n;
            }
        }
        return n;                                // only continuation bytes: let the decoder judge
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    /** Bytes of a line read from the host that a sized read() did not return yet. */
    private byte[] unread = new byte[0];

    private PyBytes readline() {
        if (unread.length > 0) {
            int nl = 0;
            while (nl < unread.length && unread[nl] != '\n') nl++;
            if (nl < unread.length) return take(nl + 1);
        }
        byte[] head = take(unread.length).toArray();
        return new PyBytes(head.length == 0 ? hostLine() : concat(head, hostLine()));
    }

    private byte[] hostLine() {
        if (text.fd != 0) throw Exc.make(IoModule.UNSUPPORTED, "read");
        PyStr l = (PyStr) text.readline();
        return Codecs.encode(l.value, "utf-8", "surrogateescape");
    }

    private PyBytes take(int n) {
        PyBytes r = new PyBytes(Arrays.copyOf(unread, n));
        unread = Arrays.copyOfRange(unread, n, unread.length);
        return r;
    }

    private PyObject read(PyObject size) {
        long limit = size == T.None ? -1 : Ops.index(size, "argument should be integer or None, not '", "'");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        while (limit < 0 || out.size() < limit) {
            PyBytes l = readline();
            if (l.len == 0) break;
            out.write(l.bytes, 0, l.len);
        }
        byte[] all = out.toByteArray();
        if (limit < 0 || all.length <= limit) return new PyBytes(all);
        unread = concat(Arrays.copyOfRange(all, (int) limit, all.length), unread);
        return new PyBytes(Arrays.copyOf(all, (int) limit));
    }

    @Override public PyObject repr() {
        return new PyStr("<_io." + type.name + " name='" + text.streamName() + "'>");
    }
}
