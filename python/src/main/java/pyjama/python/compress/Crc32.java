package pyjama.python.compress;

/**
 * CRC-32 (ISO-HDLC, reflected polynomial 0xEDB88320), as used by zlib.crc32, binascii.crc32 and
 * the gzip trailer. Slicing-by-8: eight 256-entry tables let the main loop fold 8 input bytes per
 * iteration with no per-byte allocation.
 */
public final class Crc32 {
    private Crc32() {}

    private static final int[][] TABLES = buildTables();

    private static int[][] buildTables() {
        int[][] t = new int[8][256];
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            }
            t[0][n] = c;
        }
        for (int n = 0; n < 256; n++) {
            int c = t[0][n];
            for (int k = 1; k < 8; k++) {
                c = t[0][c & 0xff] ^ (c >>> 8);
                t[k][n] = c;
            }
        }
        return t;
    }

    /**
     * Continues a CRC over {@code data[off, off+len)}. {@code crc} is the previous result (0 to
     * start), i.e. Python's {@code crc32(data, value)} with value already reduced mod 2**32.
     */
    public static int update(int crc, byte[] data, int off, int len) {
        if (off < 0 || len < 0 || off > data.length - len) {
            throw new IllegalArgumentException("crc32 range outside the buffer");
        }
        int[] t0 = TABLES[0], t1 = TABLES[1], t2 = TABLES[2], t3 = TABLES[3];
        int[] t4 = TABLES[4], t5 = TABLES[5], t6 = TABLES[6], t7 = TABLES[7];
        int c = ~crc;
        int i = off;
        int end = off + len;
        while (end - i >= 8) {
            int lo = c ^ ((data[i] & 0xff) | (data[i + 1] & 0xff) << 8
                    | (data[i + 2] & 0xff) << 16 | (data[i + 3] & 0xff) << 24);
            c = t7[lo & 0xff] ^ t6[(lo >>> 8) & 0xff] ^ t5[(lo >>> 16) & 0xff] ^ t4[lo >>> 24]
                    ^ t3[data[i + 4] & 0xff] ^ t2[data[i + 5] & 0xff]
                    ^ t1[data[i + 6] & 0xff] ^ t0[data[i + 7] & 0xff];
            i += 8;
        }
        while (i < end) {
            c = t0[(c ^ data[i++]) & 0xff] ^ (c >>> 8);
        }
        return ~c;
    }

    /** Continues a CRC by one byte (header CRCs, where bytes arrive one at a time). */
    static int updateByte(int crc, int b) {
        int c = ~crc;
        c = TABLES[0][(c ^ b) & 0xff] ^ (c >>> 8);
        return ~c;
    }

    /** Python-facing form: {@code zlib.crc32(data, value)}; returns the unsigned 32-bit result. */
    public static long crc32(byte[] data, long value) {
        return update((int) value, data, 0, data.length) & 0xFFFFFFFFL;
    }
}
