package pyjama.python.compress;

/** The state behind a Python {@code zlib.Compress} object (from {@link Zlib#compressobj}). */
public final class Compressor {
    private DeflateEngine engine;

    Compressor(DeflateEngine engine) {
        this.engine = engine;
    }

    /** Compress.compress(data): consumes all of data, returns the output completed so far. */
    public byte[] compress(byte[] data) {
        if (engine == null) {
            throw ZlibError.error("Error -2 while compressing data: inconsistent stream state");
        }
        return engine.compress(data, 0, data.length);
    }

    /** Compress.flush(mode=Z_FINISH). After Z_FINISH the object is spent, as in CPython. */
    public byte[] flush(int mode) {
        if (mode == Zlib.Z_NO_FLUSH) {
            return new byte[0];
        }
        if (engine == null || mode < 0 || mode > Zlib.Z_BLOCK) {
            throw ZlibError.error("Error -2 while flushing: inconsistent stream state");
        }
        byte[] r = engine.flush(mode);
        if (mode == Zlib.Z_FINISH) {
            engine = null;
        }
        return r;
    }

    /** Compress.copy() */
    public Compressor copy() {
        if (engine == null) {
            throw ZlibError.value("Inconsistent stream state");
        }
        return new Compressor(engine.copy());
    }
}
