package pyjama.python.runtime;

/** The methods of bytes and bytearray. */
final class BytesMethods {
    private BytesMethods() {}

    static String latin1(byte[] b) {
        char[] c = new char[b.length];
        for (int i = 0; i < b.length; i++) c[i] = (char) (b[i] & 0xff);
        return new String(c);
    }

    static String utf8(byte[] b) { return Codecs.decode(b, "utf-8", "strict"); }

    static byte[] toBytes(PyObject o) {
        if (o instanceof PyBytes b) return b.toArray();
        if (o instanceof PyMemoryView m) return m.toBytes();
        throw Exc.type("a bytes-like object is required, not '" + o.type.name + "'");
    }

    /** __buffer__(flags): a memoryview of the object; a writable one is refused for bytes. */
    static PyMemoryView bufferOf(PyBytes b, PyObject flags) {
        long f = Ops.index(flags, null);
        if ((f & 1) != 0 && !b.isMutable()) throw Exc.make(Exc.BufferError, "Object is not writable."); // PyBUF_WRITABLE
        return new PyMemoryView(b, 0, b.len);
    }

    static byte[] toBytesForPercent(PyObject o) {
        if (o instanceof PyBytes b) return b.toArray();
        if (o instanceof PyMemoryView m) return m.toBytes();
        PyObject m = o.type.lookup(S.__bytes__);
        if (m != null) return toBytes(Ops.callMethod(m, o));
        throw Exc.type("%b requires a bytes-like object, or an object that implements __bytes__, not '" + o.type.name + "'");
    }

    static int indexOf(byte[] h, int hlen, byte[] n, int from, int to) {
        outer:
        for (int i = Math.max(from, 0); i + n.length <= to; i++) {
            for (int j = 0; j < n.length; j++) if (h[i + j] != n[j]) continue outer;
            return i;
        }
        return -1;
    }

    static int lastIndexOf(byte[] h, byte[] n, int from, int to) {
        outer:
        for (int i = to - n.length; i >= from; i--) {
            for (int j = 0; j < n.length; j++) if (h[i + j] != n[j]) continue outer;
            return i;
        }
        return -1;
    }

    /** The needle of find/index/count: a byte value or a bytes-like object. */
    static byte[] sub(PyObject o) {
        if (o instanceof PyInt) return new byte[] { (byte) PyBytes.byteValue(o) };
        if (o instanceof PyBytes || o instanceof PyMemoryView) return toBytes(o);
        if (o.type.lookup(S.__index__) != null) return new byte[] { (byte) PyBytes.byteValue(Ops.indexObject(o, null)) };
        throw Exc.type("argument should be integer or bytes-like object, not '" + o.type.name + "'");
    }

    static int[] bounds(PyBytes self, PyObject[] a, int i) {
        int n = self.len;
        long st = 0, en = n;
        if (a.length > i && a[i] != T.None) st = PySlice.clampIndex(a[i]);
        if (a.length > i + 1 && a[i + 1] != T.None) en = PySlice.clampIndex(a[i + 1]);
        if (st < 0) { st += n; if (st < 0) st = 0; }
        if (en < 0) { en += n; if (en < 0) en = 0; }
        if (en > n) en = n;
        return new int[] { (int) Math.min(st, Integer.MAX_VALUE), (int) en };
    }

    static PyObject fromObject(PyType cls, PyObject[] a, PyStr[] kw) {
        String name = cls.isSubtype(T.BYTEARRAY) ? "bytearray" : "bytes";
        PyObject[] p = Args.parse(name, a, kw, 1, new String[] { "source", "encoding", "errors" }, 0);
        byte[] b;
        PyObject src = p[0];
        if (src == null) b = new byte[0];
        else if (src instanceof PyStr s) {
            if (p[1] == null) throw Exc.type("string argument without an encoding");
            b = Codecs.encode(s.value, Args.str(p[1], name, "'encoding'"), p[2] == null ? "strict" : Args.str(p[2], name, "'errors'"));
        } else if (p[1] != null) {
            throw Exc.type("encoding without a string argument");
        } else if (src instanceof PyInt i) {
            long n = i.asLong();
            if (n < 0) throw Exc.value("negative count");
            b = new byte[(int) n];
        } else if (src instanceof PyBytes || src instanceof PyMemoryView) {
            b = toBytes(src);
        } else {
            PyObject m = src.type.lookup(S.__bytes__);
            if (m != null && cls.isSubtype(T.BYTES)) b = toBytes(Ops.callMethod(m, src));
            else if (Ops.hasIndex(src)) {
                long n = Ops.index(src, null);
                if (n < 0) throw Exc.value("negative count");
                b = new byte[(int) n];
            } else {
                if (!Ops.isIterable(src)) throw Exc.type("cannot convert '" + src.type.name + "' object to " + cls.name);
                b = ((PyBytes) Builtins.bytesFromIterable(src)).toArray();
            }
        }
        PyBytes r = new PyBytes(cls.isSubtype(T.BYTEARRAY) ? T.BYTEARRAY : T.BYTES, b);
        if (cls != T.BYTES && cls != T.BYTEARRAY) { r.type = cls; Runtime.initInstance(r, cls); }
        return r;
    }

    static boolean isSpace(int c) { return c == ' ' || (c >= 9 && c <= 13); }

    static void install() {
        for (PyType t : new PyType[] { T.BYTES, T.BYTEARRAY }) {
            final boolean mutable = t == T.BYTEARRAY;
            t.defNew((a, kw) -> fromObject((PyType) a[0], a, kw));
            // PEP 688: the buffer protocol seen from Python (collections.abc.Buffer)
            t.def1("__buffer__", (x, flags) -> bufferOf((PyBytes) x, flags));
            if (mutable) t.def1("__release_buffer__", (x, view) -> T.None);
            if (mutable) t.def("__init__", (a, kw) -> {
                if (a.length > 1) {
                    PyBytes self = (PyBytes) a[0];
                    PyBytes src = (PyBytes) fromObject(T.BYTEARRAY, a, kw);
                    self.bytes = src.bytes;
                    self.len = src.len;
                }
                return T.None;
            });
            TypeMethods.commonSeq(t);
            t.def1("__add__", (x, o) -> x.binop(Ops.ADD, o));
            t.def1("__mul__", (x, o) -> x.binop(Ops.MUL, o));
            t.def1("__rmul__", (x, o) -> x.rbinop(Ops.MUL, o));
            t.def1("__mod__", (x, o) -> x.binop(Ops.MOD, o));
            if (mutable) {
                t.setAttrRaw("__hash__", T.None);
                t.def1("__iadd__", (x, o) -> x.ibinop(Ops.ADD, o));
                t.def2("__setitem__", (x, k, v) -> { x.setitem(k, v); return T.None; });
                t.def1("__delitem__", (x, k) -> { x.delitem(k); return T.None; });
                t.def1("append", (x, v) -> { ((PyBytes) x).append(PyBytes.byteValue(v)); return T.None; });
                t.def1("extend", (x, v) -> {
                    byte[] o = v instanceof PyBytes || v instanceof PyMemoryView ? toBytes(v) : ((PyBytes) Builtins.bytesFromIterable(v)).toArray();
                    for (byte bb : o) ((PyBytes) x).append(bb & 0xff);
                    return T.None;
                });
                t.defPositional("pop", 0, 1, (a, kw) -> {
                    PyBytes x = (PyBytes) a[0];
                    if (x.len == 0) throw Exc.index("pop from empty bytearray");
                    long i = a.length > 1 ? Ops.index(a[1], null) : -1;
                    if (i < 0) i += x.len;
                    if (i < 0 || i >= x.len) throw Exc.index("pop index out of range");
                    int v = x.bytes[(int) i] & 0xff;
                    x.delitem(PyInt.of(i));
                    return PyInt.of(v);
                });
                t.def2("insert", (x, i, v) -> {
                    PyBytes b = (PyBytes) x;
                    long idx = Ops.index(i, null);
                    if (idx < 0) { idx += b.len; if (idx < 0) idx = 0; }
                    if (idx > b.len) idx = b.len;
                    b.ensure(b.len + 1);
                    System.arraycopy(b.bytes, (int) idx, b.bytes, (int) idx + 1, b.len - (int) idx);
                    b.bytes[(int) idx] = (byte) PyBytes.byteValue(v);
                    b.len++;
                    return T.None;
                });
                t.def1("remove", (x, v) -> {
                    PyBytes b = (PyBytes) x;
                    int bv = PyBytes.byteValue(v);
                    for (int i = 0; i < b.len; i++) if ((b.bytes[i] & 0xff) == bv) { b.delitem(PyInt.of(i)); return T.None; }
                    throw Exc.value("value not found in bytearray");
                });
                t.def0("clear", x -> { ((PyBytes) x).len = 0; return T.None; });
                t.def0("reverse", x -> {
                    PyBytes b = (PyBytes) x;
                    for (int i = 0, j = b.len - 1; i < j; i++, j--) { byte tmp = b.bytes[i]; b.bytes[i] = b.bytes[j]; b.bytes[j] = tmp; }
                    return T.None;
                });
                t.def0("copy", x -> new PyBytes(T.BYTEARRAY, ((PyBytes) x).toArray()));
                t.def0("__reduce__", x -> reduceBytearray(x, 2));
                t.def1("__reduce_ex__", (x, proto) -> reduceBytearray(x, Ops.index(proto, null)));
            } else {
                t.def0("__bytes__", x -> x.type == T.BYTES ? x : new PyBytes(((PyBytes) x).toArray()));
                t.def0("__getnewargs__", x -> PyTuple.of(new PyBytes(((PyBytes) x).toArray())));
            }
            t.def("decode", (a, kw) -> {
                PyObject[] p = Args.parse("decode", a, kw, 1, new String[] { "encoding", "errors" }, 0);
                return new PyStr(Codecs.decode(((PyBytes) a[0]).toArray(), p[0] == null ? "utf-8" : Args.str(p[0], "decode", "'encoding'"),
                        p[1] == null ? "strict" : Args.str(p[1], "decode", "'errors'")));
            });
            t.def("hex", (a, kw) -> {
                PyBytes b = (PyBytes) a[0];
                PyObject[] p = Args.parse("hex", a, kw, 1, new String[] { "sep", "bytes_per_sep" }, 0);
                String sep = p[0] == null ? "" : p[0] instanceof PyBytes sb0 ? latin1(sb0.toArray()) : Ops.str(p[0]).value;
                int per = p[1] == null ? 1 : Ops.toInt(p[1]);
                StringBuilder sb = new StringBuilder();
                int n = b.len, ap = Math.abs(per);
                for (int i = 0; i < n; i++) {
                    if (i > 0 && !sep.isEmpty() && ap > 0) {
                        boolean cut = per > 0 ? (n - i) % ap == 0 : i % ap == 0;
                        if (cut) sb.append(sep);
                    }
                    sb.append(PyStr.hex2(b.bytes[i] & 0xff));
                }
                return new PyStr(sb.toString());
            });
            t.setAttrRaw("fromhex", new PyClassMethod(new PyBuiltinFunction("fromhex", Fn.method1(t.name + ".fromhex", (cls, hex) -> {
                String s = Args.str(hex, "fromhex", null);
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                int i = 0;
                while (i < s.length()) {
                    char c = s.charAt(i);
                    if (isSpace(c)) { i++; continue; }
                    int hi = Character.digit(c, 16), lo = i + 1 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
                    if (hi < 0 || lo < 0) throw Exc.value("non-hexadecimal number found in fromhex() arg at position " + (hi < 0 ? i : i + 1));
                    out.write(hi * 16 + lo);
                    i += 2;
                }
                PyBytes r = new PyBytes(out.toByteArray());
                if (cls == T.BYTEARRAY) r.type = T.BYTEARRAY;
                return r;
            }))));
            t.defVarargs("find", 1, 3, (a, kw) -> PyInt.of(find(a, false)));
            t.defVarargs("rfind", 1, 3, (a, kw) -> PyInt.of(find(a, true)));
            t.defVarargs("index", 1, 3, (a, kw) -> { int r = find(a, false); if (r < 0) throw Exc.value("subsection not found"); return PyInt.of(r); });
            t.defVarargs("rindex", 1, 3, (a, kw) -> { int r = find(a, true); if (r < 0) throw Exc.value("subsection not found"); return PyInt.of(r); });
            t.defVarargs("count", 1, 3, (a, kw) -> {
                PyBytes self = (PyBytes) a[0];
                byte[] n = sub(a[1]);
                int[] b = bounds(self, a, 2);
                if (n.length == 0) return PyInt.of(Math.max(0, b[1] - b[0]) + 1);
                int c = 0, i = b[0];
                while ((i = indexOf(self.bytes, self.len, n, i, b[1])) >= 0) { c++; i += n.length; }
                return PyInt.of(c);
            });
            t.defVarargs("startswith", 1, 3, (a, kw) -> startsEnds(a, false));
            t.defVarargs("endswith", 1, 3, (a, kw) -> startsEnds(a, true));
            t.def1("join", (x, it) -> {
                PyBytes sep = (PyBytes) x;
                PyObject[] items = Ops.toArray(it);
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                for (int i = 0; i < items.length; i++) {
                    if (i > 0) out.write(sep.bytes, 0, sep.len);
                    if (!(items[i] instanceof PyBytes) && !(items[i] instanceof PyMemoryView)) {
                        throw Exc.type("sequence item " + i + ": expected a bytes-like object, " + items[i].type.name + " found");
                    }
                    byte[] b = toBytes(items[i]);
                    out.write(b, 0, b.length);
                }
                return sep.make(out.toByteArray());
            });
            t.def("split", (a, kw) -> {
                PyObject[] p = Args.parse("split", a, kw, 1, new String[] { "sep", "maxsplit" }, 0);
                PyBytes self = (PyBytes) a[0];
                String s = latin1(self.toArray());
                PyList l = p[0] == null || p[0] == T.None ? StrMethods.split(s, null, p[1] == null ? -1 : Ops.index(p[1], null))
                        : StrMethods.split(s, new PyStr(latin1(toBytes(p[0]))), p[1] == null ? -1 : Ops.index(p[1], null));
                for (int i = 0; i < l.size; i++) l.items[i] = self.make(latin1Bytes(((PyStr) l.items[i]).value));
                return l;
            });
            t.def("rsplit", (a, kw) -> {
                PyObject[] p = Args.parse("rsplit", a, kw, 1, new String[] { "sep", "maxsplit" }, 0);
                PyBytes self = (PyBytes) a[0];
                String s = latin1(self.toArray());
                PyList l = StrMethods.rsplit(s, p[0] == null || p[0] == T.None ? null : new PyStr(latin1(toBytes(p[0]))), p[1] == null ? -1 : Ops.index(p[1], null));
                for (int i = 0; i < l.size; i++) l.items[i] = self.make(latin1Bytes(((PyStr) l.items[i]).value));
                return l;
            });
            t.def("splitlines", (a, kw) -> {
                PyBytes self = (PyBytes) a[0];
                PyObject[] p = Args.parse("splitlines", a, kw, 1, new String[] { "keepends" }, 0);
                boolean keep = p[0] != null && Ops.isTrue(p[0]);
                String v = latin1(self.toArray());
                PyList out = new PyList();
                int i = 0, n = v.length();
                while (i < n) {
                    int j = i;
                    while (j < n && v.charAt(j) != '\n' && v.charAt(j) != '\r') j++;
                    int eol = j;
                    if (j < n) { if (v.charAt(j) == '\r' && j + 1 < n && v.charAt(j + 1) == '\n') j += 2; else j++; }
                    out.append(self.make(latin1Bytes(v.substring(i, keep ? j : eol))));
                    i = j;
                }
                return out;
            });
            for (String name : new String[] { "strip", "lstrip", "rstrip" }) {
                final int which = name.equals("strip") ? 0 : name.equals("lstrip") ? 1 : 2;
                t.defPositional(name, 0, 1, (a, kw) -> {
                    PyBytes self = (PyBytes) a[0];
                    String s = latin1(self.toArray());
                    PyObject chars = a.length > 1 && a[1] != T.None ? new PyStr(latin1(toBytes(a[1]))) : null;
                    return self.make(latin1Bytes(StrMethods.strip(s, chars, which)));
                });
            }
            t.defPositional("replace", 2, 3, (a, kw) -> {
                PyBytes self = (PyBytes) a[0];
                String s = latin1(self.toArray()), o = latin1(toBytes(a[1])), n = latin1(toBytes(a[2]));
                long count = a.length > 3 ? Ops.index(a[3], null) : -1;
                return self.make(latin1Bytes(StrMethods.replace(s, o, n, count)));
            });
            t.def0("upper", x -> ((PyBytes) x).make(latin1Bytes(asciiCase(latin1(((PyBytes) x).toArray()), true))));
            t.def0("lower", x -> ((PyBytes) x).make(latin1Bytes(asciiCase(latin1(((PyBytes) x).toArray()), false))));
            t.def0("isdigit", x -> { byte[] b = ((PyBytes) x).toArray(); if (b.length == 0) return T.FALSE; for (byte c : b) if (c < '0' || c > '9') return T.FALSE; return T.TRUE; });
            t.def0("isalpha", x -> { byte[] b = ((PyBytes) x).toArray(); if (b.length == 0) return T.FALSE; for (byte c : b) if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return T.FALSE; return T.TRUE; });
            t.def0("isspace", x -> { byte[] b = ((PyBytes) x).toArray(); if (b.length == 0) return T.FALSE; for (byte c : b) if (!isSpace(c)) return T.FALSE; return T.TRUE; });
            t.def0("isalnum", x -> { byte[] b = ((PyBytes) x).toArray(); if (b.length == 0) return T.FALSE; for (byte c : b) if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return T.FALSE; return T.TRUE; });
            t.def0("isascii", x -> { for (byte c : ((PyBytes) x).toArray()) if (c < 0) return T.FALSE; return T.TRUE; });
            t.def1("partition", (x, sepO) -> {
                PyBytes self = (PyBytes) x;
                byte[] sep = toBytes(sepO);
                int i = indexOf(self.bytes, self.len, sep, 0, self.len);
                if (i < 0) return PyTuple.of(self.make(self.toArray()), self.make(new byte[0]), self.make(new byte[0]));
                byte[] all = self.toArray();
                return PyTuple.of(self.make(java.util.Arrays.copyOfRange(all, 0, i)), self.make(sep), self.make(java.util.Arrays.copyOfRange(all, i + sep.length, all.length)));
            });
            t.def1("removeprefix", (x, p) -> {
                PyBytes self = (PyBytes) x;
                byte[] q = toBytes(p), all = self.toArray();
                if (all.length >= q.length && java.util.Arrays.equals(java.util.Arrays.copyOf(all, q.length), q)) return self.make(java.util.Arrays.copyOfRange(all, q.length, all.length));
                return self.make(all);
            });
            t.def1("removesuffix", (x, p) -> {
                PyBytes self = (PyBytes) x;
                byte[] q = toBytes(p), all = self.toArray();
                if (q.length > 0 && all.length >= q.length && java.util.Arrays.equals(java.util.Arrays.copyOfRange(all, all.length - q.length, all.length), q)) return self.make(java.util.Arrays.copyOf(all, all.length - q.length));
                return self.make(all);
            });
            t.def1("rpartition", (x, sepO) -> {
                PyBytes self = (PyBytes) x;
                byte[] sep = toBytes(sepO);
                int i = lastIndexOf(self.bytes, sep, 0, self.len);
                if (i < 0) return PyTuple.of(self.make(new byte[0]), self.make(new byte[0]), self.make(self.toArray()));
                byte[] all = self.toArray();
                return PyTuple.of(self.make(java.util.Arrays.copyOfRange(all, 0, i)), self.make(sep), self.make(java.util.Arrays.copyOfRange(all, i + sep.length, all.length)));
            });
            for (String nm : new String[] { "title", "capitalize", "swapcase" }) {
                t.def0(nm, x -> {
                    PyBytes self = (PyBytes) x;
                    String st = latin1(self.toArray());
                    StringBuilder sb = new StringBuilder();
                    boolean prev = false;
                    for (int i = 0; i < st.length(); i++) {
                        char c = st.charAt(i);
                        boolean up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
                        char r = c;
                        if (nm.equals("swapcase")) r = up ? (char) (c + 32) : lo ? (char) (c - 32) : c;
                        else if (nm.equals("capitalize")) r = i == 0 ? (lo ? (char) (c - 32) : c) : (up ? (char) (c + 32) : c);
                        else { r = prev ? (up ? (char) (c + 32) : c) : (lo ? (char) (c - 32) : c); prev = up || lo; }
                        sb.append(r);
                    }
                    return self.make(latin1Bytes(sb.toString()));
                });
            }
            t.def0("istitle", x -> {
                boolean cased = false, prev = false;
                for (byte c : ((PyBytes) x).toArray()) {
                    boolean up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
                    if (up) { if (prev) return T.FALSE; prev = true; cased = true; }
                    else if (lo) { if (!prev) return T.FALSE; prev = true; cased = true; }
                    else prev = false;
                }
                return PyBool.of(cased);
            });
            t.def0("islower", x -> { boolean cased = false; for (byte c : ((PyBytes) x).toArray()) { if (c >= 'A' && c <= 'Z') return T.FALSE; if (c >= 'a' && c <= 'z') cased = true; } return PyBool.of(cased); });
            t.def0("isupper", x -> { boolean cased = false; for (byte c : ((PyBytes) x).toArray()) { if (c >= 'a' && c <= 'z') return T.FALSE; if (c >= 'A' && c <= 'Z') cased = true; } return PyBool.of(cased); });
            t.def("expandtabs", (a, kw) -> {
                PyBytes self = (PyBytes) a[0];
                PyStr r = (PyStr) Ops.call(Ops.getattr(new PyStr(latin1(self.toArray())), "expandtabs"), java.util.Arrays.copyOfRange(a, 1, a.length), kw);
                return self.make(latin1Bytes(r.value));
            });
            t.defPositional("center", 1, 2, (a, kw) -> padBytes(a, 1));
            t.defPositional("ljust", 1, 2, (a, kw) -> padBytes(a, 0));
            t.defPositional("rjust", 1, 2, (a, kw) -> padBytes(a, 2));
            t.def1("zfill", (x, w) -> {
                PyBytes self = (PyBytes) x;
                PyStr r = (PyStr) Ops.invoke(new PyStr(latin1(self.toArray())), "zfill", w);
                return self.make(latin1Bytes(r.value));
            });
            t.def("translate", (a, kw) -> {
                PyBytes self = (PyBytes) a[0];
                PyObject[] p = Args.parse("translate", a, kw, 1, new String[] { "table", "/", "delete" }, 1);
                byte[] table = p[0] == T.None ? null : toBytes(p[0]);
                if (table != null && table.length != 256) throw Exc.value("translation table must be 256 characters long");
                byte[] del = p[1] != null ? toBytes(p[1]) : new byte[0];
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                outer:
                for (int i = 0; i < self.len; i++) {
                    int c = self.bytes[i] & 0xff;
                    for (byte d : del) if ((d & 0xff) == c) continue outer;
                    out.write(table == null ? c : table[c] & 0xff);
                }
                return self.make(out.toByteArray());
            });
            t.setAttrRaw("maketrans", new PyStaticMethod(new PyBuiltinFunction("maketrans", Fn.positional(t.name + ".maketrans", 2, 2, (a, kw) -> {
                byte[] f = toBytes(a[0]), to = toBytes(a[1]);
                if (f.length != to.length) throw Exc.value("maketrans arguments must have same length");
                byte[] table = new byte[256];
                for (int i = 0; i < 256; i++) table[i] = (byte) i;
                for (int i = 0; i < f.length; i++) table[f[i] & 0xff] = to[i];
                return new PyBytes(table);
            }))));
        }
        PyType mv = T.MEMORYVIEW;
        mv.def1("__buffer__", (x, flags) -> {
            PyMemoryView m = (PyMemoryView) x;
            m.check();
            long f = Ops.index(flags, null);
            if ((f & 1) != 0 && !m.obj.isMutable()) throw Exc.make(Exc.BufferError, "memoryview: underlying buffer is not writable");
            return new PyMemoryView(m.obj, m.start, m.length, m.format, m.formatText);
        });
        mv.def1("__release_buffer__", (x, view) -> T.None);
        mv.defNew((a, kw) -> {
            PyObject o = Args.parse("memoryview", a, kw, 1, new String[] { "object" }, 1)[0];
            if (!(o instanceof PyBytes b)) {
                if (o instanceof PyMemoryView m) { m.check(); return new PyMemoryView(m.obj, m.start, m.length, m.format, m.formatText); }
                throw Exc.type("memoryview: a bytes-like object is required, not '" + o.type.name + "'");
            }
            return new PyMemoryView(b, 0, b.len);
        });
        mv.def0("tobytes", x -> new PyBytes(((PyMemoryView) x).toBytes()));
        mv.def0("tolist", x -> new PyList(((PyMemoryView) x).values()));
        mv.def0("hex", x -> Ops.invoke(new PyBytes(((PyMemoryView) x).toBytes()), "hex"));
        mv.def0("release", x -> { ((PyMemoryView) x).released = true; return T.None; });
        mv.def0("__enter__", x -> x);
        mv.def("__exit__", (a, kw) -> { ((PyMemoryView) a[0]).released = true; return T.None; });
        mv.def0("__len__", x -> PyInt.of(x.len()));
        mv.def1("__getitem__", (x, k) -> x.getitem(k));
        mv.def2("__setitem__", (x, k, v) -> { x.setitem(k, v); return T.None; });
        mv.def1("__eq__", (x, o) -> x.richcompare(o, Ops.EQ));
        mv.getset("nbytes", x -> PyInt.of(((PyMemoryView) x).length), null);
        mv.getset("readonly", x -> PyBool.of(!((PyMemoryView) x).obj.isMutable()), null);
        mv.getset("format", x -> new PyStr(((PyMemoryView) x).formatText), null);
        mv.getset("itemsize", x -> PyInt.of(((PyMemoryView) x).itemsize), null);
        mv.getset("ndim", x -> PyInt.of(1), null);
        mv.getset("shape", x -> PyTuple.of(PyInt.of(((PyMemoryView) x).items())), null);
        mv.getset("strides", x -> PyTuple.of(PyInt.of(((PyMemoryView) x).itemsize)), null);
        mv.getset("contiguous", x -> T.TRUE, null);
        mv.getset("c_contiguous", x -> T.TRUE, null);
        mv.def0("__iter__", x -> new PyList(((PyMemoryView) x).values()).iter());
        mv.def0("toreadonly", x -> x);
        mv.def("cast", (a, kw) -> {
            PyObject[] p = Args.parse("cast", a, kw, 1, new String[] { "format", "shape" }, 1);
            return ((PyMemoryView) a[0]).cast(p[0], p[1]);
        });
        mv.getset("obj", x -> ((PyMemoryView) x).obj, null);
    }

    static byte[] latin1Bytes(String s) {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) b[i] = (byte) s.charAt(i);
        return b;
    }

    static String asciiCase(String s, boolean up) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (up && c >= 'a' && c <= 'z') c -= 32;
            else if (!up && c >= 'A' && c <= 'Z') c += 32;
            sb.append(c);
        }
        return sb.toString();
    }

    static PyObject padBytes(PyObject[] a, int where) {
        PyBytes self = (PyBytes) a[0];
        int width = Ops.toInt(a[1]);
        int fill = a.length > 2 ? toBytes(a[2])[0] & 0xff : ' ';
        return self.make(latin1Bytes(StrMethods.pad(latin1(self.toArray()), width, fill, where)));
    }

    static int find(PyObject[] a, boolean rev) {
        PyBytes self = (PyBytes) a[0];
        byte[] n = sub(a[1]);
        int[] b = bounds(self, a, 2);
        if (b[0] > b[1]) return -1;
        return rev ? lastIndexOf(self.bytes, n, b[0], b[1]) : indexOf(self.bytes, self.len, n, b[0], b[1]);
    }

    static PyObject startsEnds(PyObject[] a, boolean ends) {
        PyBytes self = (PyBytes) a[0];
        int[] b = bounds(self, a, 2);
        if (b[0] > b[1]) return T.FALSE;
        PyObject[] cands = a[1] instanceof PyTuple t ? t.items : new PyObject[] { a[1] };
        for (PyObject c : cands) {
            byte[] p = toBytes(c);
            if (p.length > b[1] - b[0]) continue;
            int off = ends ? b[1] - p.length : b[0];
            boolean ok = true;
            for (int i = 0; i < p.length; i++) if (self.bytes[off + i] != p[i]) { ok = false; break; }
            if (ok) return T.TRUE;
        }
        return T.FALSE;
    }

    /** bytearray's reduction: latin-1 text for protocols below 3 (readable by Python 2), bytes after. */
    private static PyObject reduceBytearray(PyObject x, long proto) {
        byte[] data = ((PyBytes) x).toArray();
        PyObject state = Runtime.stateOf(x, false);
        if (proto >= 3) return PyTuple.of(x.type, PyTuple.of(new PyBytes(data)), state);
        char[] text = new char[data.length];
        for (int i = 0; i < data.length; i++) text[i] = (char) (data[i] & 0xff);
        return PyTuple.of(x.type, PyTuple.of(new PyStr(new String(text)), new PyStr("latin-1")), state);
    }
}
