package pyjama.python.compress;

/**
 * The state behind a Python {@code zlib.Decompress} object (from {@link Zlib#decompressobj}),
 * including its {@code unused_data}, {@code unconsumed_tail} and {@code eof} attributes.
 *
 * <p>Exactly where a max_length-limited call stops consuming input can differ by a few bytes
 * from zlib (zlib may have swallowed the bits of the next symbol), so {@code unconsumed_tail}
 * may be a little longer than CPython's; re-feeding it always gives the same total output.
 */
public final class Decompressor {
    private final InflateEngine engine;
    private final byte[] zdict;
    private byte[] unusedData = new byte[0];
    private byte[] unconsumedTail = new byte[0];
    private boolean eof;

    Decompressor(InflateEngine engine, byte[] zdict) {
        this.engine = engine;
        this.zdict = zdict;
    }

    public byte[] unusedData() {
        return unusedData;
    }

    public byte[] unconsumedTail() {
        return unconsumedTail;
    }

    public boolean eof() {
        return eof;
    }

    /** Decompress.decompress(data, max_length=0); max_length 0 means unlimited. */
    public byte[] decompress(byte[] data, long maxLength) {
        if (maxLength < 0) {
            throw ZlibError.value("max_length must be non-negative");
        }
        int limit = maxLength == 0 || maxLength > Integer.MAX_VALUE
                ? Integer.MAX_VALUE : (int) maxLength;
        return step(data, limit, "while decompressing data", true);
    }

    /** Decompress.flush(length=DEF_BUF_SIZE): decodes unconsumed_tail; never raises data errors. */
    public byte[] flush(long length) {
        if (length <= 0) {
            throw ZlibError.value("length must be greater than zero");
        }
        return step(unconsumedTail, Integer.MAX_VALUE, "while flushing", false);
    }

    private byte[] step(byte[] data, int limit, String what, boolean raise) {
        engine.feed(data, 0, data.length);
        int r;
        while (true) {
            r = engine.run(limit - engine.producedThisCall());
            if (r == InflateEngine.NEED_DICT && zdict != null) {
                if (Adler32.update(1, zdict, 0, zdict.length) != engine.dictionaryId()) {
                    engine.detachInput();
                    throw ZlibError.error("Error -3 while setting zdict: invalid input data");
                }
                engine.setDictionary(zdict);
                continue;
            }
            break;
        }
        byte[] output = engine.takeOutput();
        if (r == InflateEngine.STREAM_END) {
            eof = true;
            byte[] left = engine.takeUnconsumed();
            unusedData = Zlib.concat(unusedData, left);
            unconsumedTail = left;
        } else if (r == InflateEngine.OUTPUT_FULL) {
            unconsumedTail = engine.takeUnconsumed();
        } else {
            unconsumedTail = new byte[0];
        }
        engine.detachInput();
        if (raise) {
            if (r == InflateEngine.NEED_DICT) {
                throw ZlibError.error("Error 2 " + what);
            }
            if (r == InflateEngine.DATA_ERROR) {
                throw ZlibError.error("Error -3 " + what + ": " + engine.errorMessage());
            }
        }
        return output;
    }

    /** Decompress.copy() */
    public Decompressor copy() {
        Decompressor c = new Decompressor(engine.copy(), zdict);
        c.unusedData = unusedData;
        c.unconsumedTail = unconsumedTail;
        c.eof = eof;
        return c;
    }
}
