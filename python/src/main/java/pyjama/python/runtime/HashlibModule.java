package pyjama.python.runtime;

import pyjama.python.digest.DigestError;
import pyjama.python.digest.Hash;
import pyjama.python.digest.Hashlib;

/** The {@code hashlib} module over {@link Hashlib} (no file_digest, pbkdf2_hmac or scrypt). */
final class HashlibModule {
    private HashlibModule() {}

    static final PyType HASH = BindingModules.builtinType("HASH", "_hashlib");
    static final PyType HASHXOF = BindingModules.builtinType("HASHXOF", "_hashlib");
    static final PyType BLAKE2B = BindingModules.builtinType("blake2b", "_blake2");
    static final PyType BLAKE2S = BindingModules.builtinType("blake2s", "_blake2");

    static final String[] CONSTRUCTORS = { "md5", "sha1", "sha224", "sha256", "sha384", "sha512",
        "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256" };

    static final class PyHash extends PyObject {
        final Hash h;
        PyHash(PyType t, Hash h) { super(t); this.h = h; }

        @Override public PyObject repr() {
            if (type == BLAKE2B || type == BLAKE2S) return new PyStr(defaultRepr());
            return new PyStr("<" + h.name() + " _hashlib." + type.name + " object @ " + BindingModules.hexId(this) + ">");
        }
    }

    static PyType typeFor(Hash h) {
        if (h.name().equals("blake2b")) return BLAKE2B;
        if (h.name().equals("blake2s")) return BLAKE2S;
        return Hashlib.isExtendable(h) ? HASHXOF : HASH;
    }

    interface Body<R> { R run(); }

    static <R> R guard(Body<R> b) {
        try {
            return b.run();
        } catch (DigestError e) {
            throw switch (e.kind) {
                case VALUE_ERROR -> Exc.value(e.getMessage());
                case OVERFLOW_ERROR -> Exc.overflow(e.getMessage());
                case MEMORY_ERROR -> Exc.memory();
            };
        }
    }

    /** Data to hash: CPython refuses str ("Strings must be encoded before hashing"). */
    static byte[] data(PyObject o) {
        if (o instanceof PyStr) throw Exc.type("Strings must be encoded before hashing");
        byte[] b = BindingModules.buffer(o);
        if (b == null) throw Exc.type("object supporting the buffer API required");
        return b;
    }

    static PyObject construct(String name, PyObject[] a, PyStr[] kw, int skip) {
        PyObject[] p = Args.parse(name, a, kw, skip, new String[] { "data", "$usedforsecurity", "$string" }, 0);
        PyObject d = p[0] != null ? p[0] : p[2];
        byte[] data = d == null ? null : data(d);
        Hash h = guard(() -> Hashlib.create(name, data));
        return new PyHash(typeFor(h), h);
    }

    static long lengthArg(PyObject o) {
        PyInt i = (PyInt) Ops.indexObject(o, null);
        if (i.big != null) throw Exc.overflow("Python int too large to convert to C ssize_t");
        return i.v;
    }

    static void installMethods(PyType t) {
        t.def("update", (a, kw) -> {
            Args.noKw("update", kw);
            if (a.length != 2) throw Exc.type("update() takes exactly one argument (" + (a.length - 1) + " given)");
            ((PyHash) a[0]).h.update(data(a[1]));
            return T.None;
        });
        if (t == HASHXOF) {
            t.def("digest", (a, kw) -> {
                PyObject[] p = Args.parse("digest", a, kw, 1, new String[] { "length" }, 1);
                return new PyBytes(guard(() -> Hashlib.shakeDigest(((PyHash) a[0]).h, lengthArg(p[0]))));
            });
            t.def("hexdigest", (a, kw) -> {
                PyObject[] p = Args.parse("hexdigest", a, kw, 1, new String[] { "length" }, 1);
                return new PyStr(guard(() -> Hashlib.shakeHexdigest(((PyHash) a[0]).h, lengthArg(p[0]))));
            });
        } else {
            t.def0("digest", o -> new PyBytes(((PyHash) o).h.digest()));
            t.def0("hexdigest", o -> new PyStr(((PyHash) o).h.hexdigest()));
        }
        t.def0("copy", o -> new PyHash(o.type, ((PyHash) o).h.copy()));
        t.getset("name", o -> new PyStr(((PyHash) o).h.name()), null);
        t.getset("digest_size", o -> PyInt.of(((PyHash) o).h.digestSize()), null);
        t.getset("block_size", o -> PyInt.of(((PyHash) o).h.blockSize()), null);
        t.modified();
    }

    static {
        installMethods(HASH);
        installMethods(HASHXOF);
        installMethods(BLAKE2B);
        installMethods(BLAKE2S);
    }

    static byte[] keyArg(PyObject o) { return o == null ? new byte[0] : data(o); }

    static PyObject blake2(boolean isB, PyObject[] a, PyStr[] kw) {
        String fname = isB ? "blake2b" : "blake2s";
        PyObject[] p = Args.parse(fname, a, kw, 0, new String[] { "data", "/", "$digest_size", "$key", "$salt", "$person",
            "$fanout", "$depth", "$leaf_size", "$node_offset", "$node_depth", "$inner_size", "$last_node", "$usedforsecurity" }, 0);
        byte[] data = p[0] == null ? null : data(p[0]);
        int digestSize = p[1] == null ? (isB ? 64 : 32) : BindingModules.intArg(p[1]);
        byte[] key = keyArg(p[2]), salt = keyArg(p[3]), person = keyArg(p[4]);
        int fanout = p[5] == null ? 1 : BindingModules.intArg(p[5]);
        int depth = p[6] == null ? 1 : BindingModules.intArg(p[6]);
        long leaf = p[7] == null ? 0 : BindingModules.longArg(p[7]);
        long nodeOffset = 0;
        if (p[8] != null) {
            java.math.BigInteger v = ((PyInt) Ops.indexObject(p[8], null)).toBig();
            if (v.signum() < 0 || v.bitLength() > 64) throw Exc.overflow("int too big to convert");
            nodeOffset = v.longValue();
        }
        int nodeDepth = p[9] == null ? 0 : BindingModules.intArg(p[9]);
        int inner = p[10] == null ? 0 : BindingModules.intArg(p[10]);
        boolean last = p[11] != null && Ops.isTrue(p[11]);
        final long no = nodeOffset;
        Hash h = guard(() -> Hashlib.blake2(isB, digestSize, key, salt, person, fanout, depth, leaf, no, nodeDepth, inner, last));
        if (data != null) h.update(data);
        return new PyHash(isB ? BLAKE2B : BLAKE2S, h);
    }

    /** HMAC (RFC 2104) over a fresh copy of an unused hash object. */
    static final class Hmac {
        final Hash inner, outer;

        Hmac(Hash proto, byte[] key) {
            int block = proto.blockSize();
            if (key.length > block) { Hash h = proto.copy(); h.update(key); key = h.digest(); }
            byte[] ipad = new byte[block], opad = new byte[block];
            for (int i = 0; i < block; i++) {
                byte k = i < key.length ? key[i] : 0;
                ipad[i] = (byte) (k ^ 0x36);
                opad[i] = (byte) (k ^ 0x5c);
            }
            inner = proto.copy();
            inner.update(ipad);
            outer = proto.copy();
            outer.update(opad);
        }

        byte[] mac(byte[] msg) {
            Hash i = inner.copy();
            i.update(msg);
            Hash o = outer.copy();
            o.update(i.digest());
            return o.digest();
        }
    }

    /** PBKDF2 (RFC 8018) with HMAC over proto's algorithm. */
    static byte[] pbkdf2(Hash proto, byte[] password, byte[] salt, long iterations, int dklen) {
        Hmac prf = new Hmac(proto, password);
        byte[] out = new byte[dklen];
        int hlen = proto.digestSize();
        for (int block = 1, off = 0; off < dklen; block++, off += hlen) {
            byte[] msg = java.util.Arrays.copyOf(salt, salt.length + 4);
            msg[salt.length] = (byte) (block >>> 24);
            msg[salt.length + 1] = (byte) (block >>> 16);
            msg[salt.length + 2] = (byte) (block >>> 8);
            msg[salt.length + 3] = (byte) block;
            byte[] u = prf.mac(msg), t = u.clone();
            for (long n = 1; n < iterations; n++) {
                u = prf.mac(u);
                for (int k = 0; k < t.length; k++) t[k] ^= u[k];
            }
            System.arraycopy(t, 0, out, off, Math.min(hlen, dklen - off));
        }
        return out;
    }

    static PyObject names(java.util.List<String> l) {
        PySet s = new PySet(T.FROZENSET);
        for (String n : l) s.add(new PyStr(n));
        return s;
    }

    static PyModule create(Runtime rt) {
        PyModule m = new PyModule("hashlib");
        for (String name : CONSTRUCTORS) m.def(name, (a, kw) -> construct(name, a, kw, 0));
        m.def("blake2b", (a, kw) -> blake2(true, a, kw));
        m.def("blake2s", (a, kw) -> blake2(false, a, kw));
        m.def("new", (a, kw) -> {
            if (a.length - (kw == null ? 0 : kw.length) < 1) {
                PyObject[] p = Args.parse("new", a, kw, 0, new String[] { "name", "data" }, 1);
                a = new PyObject[] { p[0] };
                kw = null;
            }
            String name = Args.str(a[0], "new", "'name'");
            if (name.equals("blake2b") || name.equals("blake2s")) return blake2(name.equals("blake2b"), ClassBuilder.rest(a), kw);
            PyObject[] p = Args.parse("new", a, kw, 0, new String[] { "name", "data", "$usedforsecurity", "$string" }, 1);
            PyObject d = p[1] != null ? p[1] : p[3];
            byte[] data = d == null ? null : data(d);
            Hash h = guard(() -> Hashlib.create(name, data));
            return new PyHash(typeFor(h), h);
        });
        m.def("pbkdf2_hmac", (a, kw) -> {
            PyObject[] p = Args.parse("pbkdf2_hmac", a, kw, 0, new String[] { "hash_name", "password", "salt", "iterations", "dklen" }, 4);
            String name = Args.str(p[0], "pbkdf2_hmac", "'hash_name'");
            byte[] password = BindingModules.bytesArg(p[1]), salt = BindingModules.bytesArg(p[2]);
            long iterations = BindingModules.longArg(p[3]);
            if (iterations < 1) throw Exc.value("iteration value must be greater than 0.");
            Hash proto = Hashlib.byName(name);
            if (proto == null || Hashlib.isExtendable(proto)) throw Exc.value("unsupported hash type " + name);
            long dklen = p[4] == null || p[4] == T.None ? proto.digestSize() : BindingModules.longArg(p[4]);
            if (dklen < 1) throw Exc.value("key length must be greater than 0.");
            if (dklen > Integer.MAX_VALUE / 2) throw Exc.overflow("key length is too great.");
            return new PyBytes(pbkdf2(proto, password, salt, iterations, (int) dklen));
        });
        m.set("algorithms_guaranteed", names(Hashlib.ALGORITHMS_GUARANTEED));
        m.set("algorithms_available", names(Hashlib.ALGORITHMS_AVAILABLE));
        return m;
    }
}
