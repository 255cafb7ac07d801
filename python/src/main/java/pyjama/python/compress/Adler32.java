package pyjama.python.compress;

/**
 * Adler-32 (RFC 1950), as used by zlib.adler32 and the zlib trailer. Sums are reduced modulo
 * 65521 only every NMAX bytes: 5552 is the largest n for which 255n(n+1)/2 + (n+1)(65520) still
 * fits in 32 unsigned bits, so the inner loop has no modulo.
 */
public final class Adler32 {
    private Adler32() {}

    private static final int BASE = 65521;
    private static final int NMAX = 5552;

    /** Continues an Adler-32 over {@code data[off, off+len)}; start with 1. */
    public static int update(int adler, byte[] data, int off, int len) {
        if (off < 0 || len < 0 || off > data.length - len) {
            throw new IllegalArgumentException("adler32 range outside the buffer");
        }
        long a = adler & 0xffffL;
        long b = (adler >>> 16) & 0xffffL;
        // An out-of-range starting value (>= BASE in either half) is reduced even for empty input,
        // as zlib does; hence do/while.
        int i = off;
        int end = off + len;
        do {
            int stop = i + Math.min(NMAX, end - i);
            while (i < stop) {
                a += data[i++] & 0xff;
                b += a;
            }
            a %= BASE;
            b %= BASE;
        } while (i < end);
        return (int) ((b << 16) | a);
    }

    /** Python-facing form: {@code zlib.adler32(data, value)}; returns the unsigned 32-bit result. */
    public static long adler32(byte[] data, long value) {
        return update((int) value, data, 0, data.length) & 0xFFFFFFFFL;
    }
}
