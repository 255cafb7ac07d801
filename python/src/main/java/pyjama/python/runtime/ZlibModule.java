package pyjama.python.runtime;

import pyjama.python.compress.Compressor;
import pyjama.python.compress.Decompressor;
import pyjama.python.compress.Zlib;
import pyjama.python.compress.ZlibError;

/** The {@code zlib} module over {@link Zlib}. */
final class ZlibModule {
    private ZlibModule() {}

    static final PyType COMPRESS = BindingModules.builtinType("Compress", "zlib");
    static final PyType DECOMPRESS = BindingModules.builtinType("Decompress", "zlib");
    static final PyType ERROR = BindingModules.exceptionType("zlib", "error", Exc.Exception);

    static final class PyCompress extends PyObject {
        Compressor c;
        PyCompress(Compressor c) { super(COMPRESS); this.c = c; }
    }

    static final class PyDecompress extends PyObject {
        Decompressor d;
        PyDecompress(Decompressor d) { super(DECOMPRESS); this.d = d; }
    }

    interface Body<R> { R run(); }

    static <R> R guard(Body<R> b) {
        try {
            return b.run();
        } catch (ZlibError e) {
            throw switch (e.kind) {
                case ZLIB_ERROR -> BindingModules.raise(ERROR, e.getMessage());
                case VALUE_ERROR -> Exc.value(e.getMessage());
                default -> Exc.memory();
            };
        }
    }

    static long checksumStart(PyObject v, long dflt) {
        if (v == null) return dflt;
        PyInt i = (PyInt) Ops.indexObject(v, null);
        return i.toBig().and(java.math.BigInteger.valueOf(0xffffffffL)).longValue();
    }

    static {
        PyType c = COMPRESS;
        c.def("compress", (a, kw) -> {
            PyObject[] p = Args.parse("compress", a, kw, 1, new String[] { "data", "/" }, 1);
            byte[] data = BindingModules.bytesArg(p[0]);
            return new PyBytes(guard(() -> ((PyCompress) a[0]).c.compress(data)));
        });
        c.def("flush", (a, kw) -> {
            PyObject[] p = Args.parse("flush", a, kw, 1, new String[] { "mode", "/" }, 0);
            int mode = p[0] == null ? Zlib.Z_FINISH : BindingModules.intArg(p[0]);
            return new PyBytes(guard(() -> ((PyCompress) a[0]).c.flush(mode)));
        });
        c.def("copy", (a, kw) -> new PyCompress(guard(() -> ((PyCompress) a[0]).c.copy())));
        c.def("__copy__", (a, kw) -> new PyCompress(guard(() -> ((PyCompress) a[0]).c.copy())));
        c.def("__deepcopy__", (a, kw) -> new PyCompress(guard(() -> ((PyCompress) a[0]).c.copy())));
        c.modified();
        PyType d = DECOMPRESS;
        d.def("decompress", (a, kw) -> {
            PyObject[] p = Args.parse("decompress", a, kw, 1, new String[] { "data", "/", "max_length" }, 1);
            byte[] data = BindingModules.bytesArg(p[0]);
            long max = p[1] == null ? 0 : BindingModules.longArg(p[1]);
            if (max < 0) throw Exc.value("max_length must be non-negative");
            return new PyBytes(guard(() -> ((PyDecompress) a[0]).d.decompress(data, max)));
        });
        d.def("flush", (a, kw) -> {
            PyObject[] p = Args.parse("flush", a, kw, 1, new String[] { "length", "/" }, 0);
            long len = p[0] == null ? Zlib.DEF_BUF_SIZE : BindingModules.longArg(p[0]);
            if (len <= 0) throw Exc.value("length must be greater than zero");
            return new PyBytes(guard(() -> ((PyDecompress) a[0]).d.flush(len)));
        });
        d.def("copy", (a, kw) -> new PyDecompress(guard(() -> ((PyDecompress) a[0]).d.copy())));
        d.def("__copy__", (a, kw) -> new PyDecompress(guard(() -> ((PyDecompress) a[0]).d.copy())));
        d.def("__deepcopy__", (a, kw) -> new PyDecompress(guard(() -> ((PyDecompress) a[0]).d.copy())));
        d.getset("unused_data", o -> new PyBytes(((PyDecompress) o).d.unusedData()), null);
        d.getset("unconsumed_tail", o -> new PyBytes(((PyDecompress) o).d.unconsumedTail()), null);
        d.getset("eof", o -> PyBool.of(((PyDecompress) o).d.eof()), null);
        d.modified();
    }

    static PyModule create(Runtime rt) {
        PyModule m = new PyModule("zlib");
        m.set("error", ERROR);
        m.set("MAX_WBITS", PyInt.of(Zlib.MAX_WBITS));
        m.set("DEFLATED", PyInt.of(Zlib.DEFLATED));
        m.set("DEF_MEM_LEVEL", PyInt.of(Zlib.DEF_MEM_LEVEL));
        m.set("DEF_BUF_SIZE", PyInt.of(Zlib.DEF_BUF_SIZE));
        String[] names = { "Z_NO_COMPRESSION", "Z_BEST_SPEED", "Z_BEST_COMPRESSION", "Z_DEFAULT_COMPRESSION", "Z_FILTERED",
            "Z_HUFFMAN_ONLY", "Z_RLE", "Z_FIXED", "Z_DEFAULT_STRATEGY", "Z_NO_FLUSH", "Z_PARTIAL_FLUSH", "Z_SYNC_FLUSH",
            "Z_FULL_FLUSH", "Z_FINISH", "Z_BLOCK", "Z_TREES" };
        int[] values = { Zlib.Z_NO_COMPRESSION, Zlib.Z_BEST_SPEED, Zlib.Z_BEST_COMPRESSION, Zlib.Z_DEFAULT_COMPRESSION, Zlib.Z_FILTERED,
            Zlib.Z_HUFFMAN_ONLY, Zlib.Z_RLE, Zlib.Z_FIXED, Zlib.Z_DEFAULT_STRATEGY, Zlib.Z_NO_FLUSH, Zlib.Z_PARTIAL_FLUSH,
            Zlib.Z_SYNC_FLUSH, Zlib.Z_FULL_FLUSH, Zlib.Z_FINISH, Zlib.Z_BLOCK, Zlib.Z_TREES };
        for (int i = 0; i < names.length; i++) m.set(names[i], PyInt.of(values[i]));
        m.set("ZLIB_VERSION", new PyStr(Zlib.ZLIB_VERSION));
        m.set("ZLIB_RUNTIME_VERSION", new PyStr(Zlib.ZLIB_VERSION));
        m.set("Compress", COMPRESS);
        m.set("Decompress", DECOMPRESS);
        m.def("crc32", (a, kw) -> {
            PyObject[] p = Args.parse("crc32", a, kw, 0, new String[] { "data", "value", "/" }, 1);
            byte[] data = BindingModules.bytesArg(p[0]);
            return PyInt.of(Zlib.crc32(data, checksumStart(p[1], 0)));
        });
        m.def("adler32", (a, kw) -> {
            PyObject[] p = Args.parse("adler32", a, kw, 0, new String[] { "data", "value", "/" }, 1);
            byte[] data = BindingModules.bytesArg(p[0]);
            return PyInt.of(Zlib.adler32(data, checksumStart(p[1], 1)));
        });
        m.def("compress", (a, kw) -> {
            PyObject[] p = Args.parse("compress", a, kw, 0, new String[] { "data", "/", "level", "wbits" }, 1);
            byte[] data = BindingModules.bytesArg(p[0]);
            int level = p[1] == null ? -1 : BindingModules.intArg(p[1]);
            int wbits = p[2] == null ? Zlib.MAX_WBITS : BindingModules.intArg(p[2]);
            return new PyBytes(guard(() -> Zlib.compress(data, level, wbits)));
        });
        m.def("decompress", (a, kw) -> {
            PyObject[] p = Args.parse("decompress", a, kw, 0, new String[] { "data", "/", "wbits", "bufsize" }, 1);
            byte[] data = BindingModules.bytesArg(p[0]);
            int wbits = p[1] == null ? Zlib.MAX_WBITS : BindingModules.intArg(p[1]);
            long bufsize = p[2] == null ? Zlib.DEF_BUF_SIZE : BindingModules.longArg(p[2]);
            return new PyBytes(guard(() -> Zlib.decompress(data, wbits, bufsize)));
        });
        m.def("compressobj", (a, kw) -> {
            PyObject[] p = Args.parse("compressobj", a, kw, 0,
                    new String[] { "level", "method", "wbits", "memLevel", "strategy", "zdict" }, 0);
            int level = p[0] == null ? -1 : BindingModules.intArg(p[0]);
            int method = p[1] == null ? Zlib.DEFLATED : BindingModules.intArg(p[1]);
            int wbits = p[2] == null ? Zlib.MAX_WBITS : BindingModules.intArg(p[2]);
            int mem = p[3] == null ? Zlib.DEF_MEM_LEVEL : BindingModules.intArg(p[3]);
            int strategy = p[4] == null ? Zlib.Z_DEFAULT_STRATEGY : BindingModules.intArg(p[4]);
            byte[] zdict = p[5] == null ? null : BindingModules.buffer(p[5]);
            if (p[5] != null && zdict == null) throw Exc.type("zdict argument must support the buffer protocol");
            return new PyCompress(guard(() -> Zlib.compressobj(level, method, wbits, mem, strategy, zdict)));
        });
        m.def("decompressobj", (a, kw) -> {
            PyObject[] p = Args.parse("decompressobj", a, kw, 0, new String[] { "wbits", "zdict" }, 0);
            int wbits = p[0] == null ? Zlib.MAX_WBITS : BindingModules.intArg(p[0]);
            byte[] zdict = p[1] == null ? null : BindingModules.buffer(p[1]);
            if (p[1] != null && zdict == null) throw Exc.type("zdict argument must support the buffer protocol");
            return new PyDecompress(guard(() -> Zlib.decompressobj(wbits, zdict)));
        });
        return m;
    }
}
