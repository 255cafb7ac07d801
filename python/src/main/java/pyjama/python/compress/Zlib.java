package pyjama.python.compress;

/**
 * Binding-facing entry points of Python's {@code zlib} module, over plain byte arrays. Every
 * failure is a {@link ZlibError} carrying the Python exception kind and CPython 3.12's message.
 */
public final class Zlib {
    private Zlib() {}

    public static final int MAX_WBITS = 15;
    public static final int DEFLATED = 8;
    public static final int DEF_MEM_LEVEL = 8;
    public static final int DEF_BUF_SIZE = 16384;
    public static final int Z_NO_COMPRESSION = 0;
    public static final int Z_BEST_SPEED = 1;
    public static final int Z_BEST_COMPRESSION = 9;
    public static final int Z_DEFAULT_COMPRESSION = -1;
    public static final int Z_FILTERED = 1;
    public static final int Z_HUFFMAN_ONLY = 2;
    public static final int Z_RLE = 3;
    public static final int Z_FIXED = 4;
    public static final int Z_DEFAULT_STRATEGY = 0;
    public static final int Z_NO_FLUSH = 0;
    public static final int Z_PARTIAL_FLUSH = 1;
    public static final int Z_SYNC_FLUSH = 2;
    public static final int Z_FULL_FLUSH = 3;
    public static final int Z_FINISH = 4;
    public static final int Z_BLOCK = 5;
    public static final int Z_TREES = 6;
    /** Reported as ZLIB_VERSION / ZLIB_RUNTIME_VERSION: the zlib whose behaviour this mirrors. */
    public static final String ZLIB_VERSION = "1.2.13";

    /** zlib.crc32(data, value=0) */
    public static long crc32(byte[] data, long value) {
        return Crc32.crc32(data, value);
    }

    /** zlib.adler32(data, value=1) */
    public static long adler32(byte[] data, long value) {
        return Adler32.adler32(data, value);
    }

    /** zlib.compress(data, /, level=-1, wbits=15) */
    public static byte[] compress(byte[] data, int level, int wbits) {
        DeflateEngine e = newDeflater(level, DEFLATED, wbits, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY);
        if (e == null) {
            throw ZlibError.error("Bad compression level");
        }
        byte[] a = e.compress(data, 0, data.length);
        byte[] b = e.flush(Z_FINISH);
        return concat(a, b);
    }

    /** zlib.decompress(data, /, wbits=15, bufsize=16384) */
    public static byte[] decompress(byte[] data, int wbits, long bufsize) {
        if (bufsize < 0) {
            throw ZlibError.value("bufsize must be non-negative");
        }
        InflateEngine e = newInflater(wbits);
        if (e == null) {
            throw ZlibError.error(
                    "Error -2 while preparing to decompress data: inconsistent stream state");
        }
        e.feed(data, 0, data.length);
        int r = e.run(Integer.MAX_VALUE);
        switch (r) {
            case InflateEngine.STREAM_END -> {
                return e.takeOutput();
            }
            case InflateEngine.NEED_DICT -> throw ZlibError.error("Error 2 while decompressing data");
            case InflateEngine.DATA_ERROR -> throw ZlibError.error(
                    "Error -3 while decompressing data: " + e.errorMessage());
            default -> throw ZlibError.error(
                    "Error -5 while decompressing data: incomplete or truncated stream");
        }
    }

    /**
     * zlib.compressobj(level=-1, method=DEFLATED, wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL,
     * strategy=Z_DEFAULT_STRATEGY, zdict=None); {@code zdict} may be null.
     */
    public static Compressor compressobj(int level, int method, int wbits, int memLevel,
            int strategy, byte[] zdict) {
        DeflateEngine e = newDeflater(level, method, wbits, memLevel, strategy);
        if (e == null) {
            throw ZlibError.value("Invalid initialization option");
        }
        if (zdict != null) {
            if (wbits > 15) {
                // zlib cannot put a dictionary into a gzip stream.
                throw ZlibError.value("Invalid dictionary");
            }
            e.setDictionary(zdict);
        }
        return new Compressor(e);
    }

    /** zlib.decompressobj(wbits=MAX_WBITS, zdict=b''); {@code zdict} may be null. */
    public static Decompressor decompressobj(int wbits, byte[] zdict) {
        InflateEngine e = newInflater(wbits);
        if (e == null) {
            throw ZlibError.value("Invalid initialization option");
        }
        if (zdict != null && wbits < 0) {
            e.setDictionary(zdict);
        }
        return new Decompressor(e, zdict);
    }

    /** Mirrors deflateInit2's parameter checks; null means Z_STREAM_ERROR. */
    static DeflateEngine newDeflater(int level, int method, int wbits, int memLevel,
            int strategy) {
        if (level == -1) {
            level = 6;
        }
        int wrap = DeflateEngine.WRAP_ZLIB;
        if (wbits < 0) {
            wrap = DeflateEngine.WRAP_RAW;
            if (wbits < -15) {
                return null;
            }
            wbits = -wbits;
        } else if (wbits > 15) {
            wrap = DeflateEngine.WRAP_GZIP;
            wbits -= 16;
        }
        if (memLevel < 1 || memLevel > 9 || method != DEFLATED || wbits < 8 || wbits > 15
                || level < 0 || level > 9 || strategy < 0 || strategy > Z_FIXED
                || (wbits == 8 && wrap != DeflateEngine.WRAP_ZLIB)) {
            return null;
        }
        if (wbits == 8) {
            wbits = 9;
        }
        return new DeflateEngine(level, wrap, wbits, memLevel, strategy);
    }

    /** Mirrors inflateInit2's window-bits rules; null means Z_STREAM_ERROR. */
    static InflateEngine newInflater(int wbits) {
        int wrap;
        if (wbits < 0) {
            if (wbits < -15) {
                return null;
            }
            wrap = InflateEngine.WRAP_RAW;
            wbits = -wbits;
        } else {
            int w = (wbits >> 4) + 5;
            wrap = (w & 3) == 1 ? InflateEngine.WRAP_ZLIB
                    : (w & 3) == 2 ? InflateEngine.WRAP_GZIP : InflateEngine.WRAP_AUTO;
            if (wbits < 48) {
                wbits &= 15;
            }
        }
        if (wbits != 0 && (wbits < 8 || wbits > 15)) {
            return null;
        }
        return new InflateEngine(wrap, wbits);
    }

    static byte[] concat(byte[] a, byte[] b) {
        if (b.length == 0) {
            return a;
        }
        if (a.length == 0) {
            return b;
        }
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
