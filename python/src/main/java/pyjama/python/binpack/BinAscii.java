package pyjama.python.binpack;

import pyjama.python.compress.Crc32;

/**
 * Binding-facing functions of Python's {@code binascii} module (hex, base64, CRCs). Errors are
 * {@link StructError} with kind BINASCII_ERROR ({@code binascii.Error}) or VALUE_ERROR.
 */
public final class BinAscii {
    private BinAscii() {}

    private static final byte[] HEX = ascii("0123456789abcdef");
    private static final byte[] B64 =
            ascii("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
    private static final byte[] B64_VALUE = new byte[256];

    static {
        java.util.Arrays.fill(B64_VALUE, (byte) -1);
        for (int i = 0; i < 64; i++) {
            B64_VALUE[B64[i]] = (byte) i;
        }
    }

    private static byte[] ascii(String s) {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) s.charAt(i);
        }
        return b;
    }

    private static StructError error(String message) {
        return new StructError(StructError.Kind.BINASCII_ERROR, message);
    }

    /** hexlify(data) / b2a_hex(data) without separator. */
    public static byte[] hexlify(byte[] data) {
        return hexlify(data, null, 1);
    }

    /**
     * hexlify(data, sep, bytes_per_sep): {@code sep} is the separator's bytes (a str separator
     * is encoded by the binding) or null; groups count from the right if bytes_per_sep > 0,
     * from the left if < 0.
     */
    public static byte[] hexlify(byte[] data, byte[] sep, long bytesPerSep) {
        byte sepChar = 0;
        if (sep != null) {
            if (sep.length != 1) {
                throw new StructError(StructError.Kind.VALUE_ERROR, "sep must be length 1.");
            }
            sepChar = sep[0];
        } else {
            bytesPerSep = 0;
        }
        int n = data.length;
        long group = Math.abs(bytesPerSep);
        if (bytesPerSep == 0 || n == 0) {
            byte[] r = new byte[2 * n];
            for (int i = 0; i < n; i++) {
                r[2 * i] = HEX[(data[i] >>> 4) & 15];
                r[2 * i + 1] = HEX[data[i] & 15];
            }
            return r;
        }
        long chunks = (n - 1) / group; // group >= 1 here
        byte[] r = new byte[(int) (2L * n + chunks)];
        if (bytesPerSep < 0) {
            int i = 0;
            int j = 0;
            for (long c = 0; c < chunks; c++) {
                for (long k = 0; k < group; k++) {
                    r[j++] = HEX[(data[i] >>> 4) & 15];
                    r[j++] = HEX[data[i++] & 15];
                }
                r[j++] = sepChar;
            }
            while (i < n) {
                r[j++] = HEX[(data[i] >>> 4) & 15];
                r[j++] = HEX[data[i++] & 15];
            }
        } else {
            int i = n - 1;
            int j = r.length - 1;
            for (long c = 0; c < chunks; c++) {
                for (long k = 0; k < group; k++) {
                    r[j--] = HEX[data[i] & 15];
                    r[j--] = HEX[(data[i--] >>> 4) & 15];
                }
                r[j--] = sepChar;
            }
            while (i >= 0) {
                r[j--] = HEX[data[i] & 15];
                r[j--] = HEX[(data[i--] >>> 4) & 15];
            }
        }
        return r;
    }

    private static int hexValue(byte b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        if (b >= 'a' && b <= 'f') {
            return b - 'a' + 10;
        }
        if (b >= 'A' && b <= 'F') {
            return b - 'A' + 10;
        }
        return -1;
    }

    /** unhexlify(hexstr) / a2b_hex; a str argument is ASCII-checked by the binding. */
    public static byte[] unhexlify(byte[] hex) {
        if ((hex.length & 1) != 0) {
            throw error("Odd-length string");
        }
        byte[] r = new byte[hex.length / 2];
        for (int i = 0; i < r.length; i++) {
            int hi = hexValue(hex[2 * i]);
            int lo = hexValue(hex[2 * i + 1]);
            if (hi < 0 || lo < 0) {
                throw error("Non-hexadecimal digit found");
            }
            r[i] = (byte) (hi << 4 | lo);
        }
        return r;
    }

    /** b2a_base64(data, *, newline=True) */
    public static byte[] b2aBase64(byte[] data, boolean newline) {
        int n = data.length;
        int outLen = (n + 2) / 3 * 4 + (newline ? 1 : 0);
        byte[] r = new byte[outLen];
        int i = 0;
        int j = 0;
        while (n - i >= 3) {
            int v = (data[i] & 0xff) << 16 | (data[i + 1] & 0xff) << 8 | (data[i + 2] & 0xff);
            r[j++] = B64[v >>> 18];
            r[j++] = B64[(v >>> 12) & 63];
            r[j++] = B64[(v >>> 6) & 63];
            r[j++] = B64[v & 63];
            i += 3;
        }
        if (n - i == 1) {
            int v = (data[i] & 0xff) << 16;
            r[j++] = B64[v >>> 18];
            r[j++] = B64[(v >>> 12) & 63];
            r[j++] = '=';
            r[j++] = '=';
        } else if (n - i == 2) {
            int v = (data[i] & 0xff) << 16 | (data[i + 1] & 0xff) << 8;
            r[j++] = B64[v >>> 18];
            r[j++] = B64[(v >>> 12) & 63];
            r[j++] = B64[(v >>> 6) & 63];
            r[j++] = '=';
        }
        if (newline) {
            r[j] = '\n';
        }
        return r;
    }

    /**
     * a2b_base64(data, *, strict_mode=False), CPython 3.12's algorithm: non-alphabet characters
     * are skipped (or rejected in strict mode), decoding stops at a complete pad sequence.
     */
    public static byte[] a2bBase64(byte[] data, boolean strict) {
        int n = data.length;
        byte[] out = new byte[(n + 3) / 4 * 3];
        int o = 0;
        if (strict && n > 0 && data[0] == '=') {
            throw error("Leading padding not allowed");
        }
        int quadPos = 0;
        int leftChar = 0;
        int pads = 0;
        boolean paddingStarted = false;
        for (int i = 0; i < n; i++) {
            int ch = data[i] & 0xff;
            if (ch == '=') {
                paddingStarted = true;
                if (quadPos >= 2 && quadPos + ++pads >= 4) {
                    if (strict && i + 1 < n) {
                        throw error("Excess data after padding");
                    }
                    return java.util.Arrays.copyOf(out, o);
                }
                continue;
            }
            int v = B64_VALUE[ch];
            if (v < 0) {
                if (strict) {
                    throw error("Only base64 data is allowed");
                }
                continue;
            }
            if (strict && paddingStarted) {
                throw error("Discontinuous padding not allowed");
            }
            pads = 0;
            switch (quadPos) {
                case 0 -> {
                    quadPos = 1;
                    leftChar = v;
                }
                case 1 -> {
                    quadPos = 2;
                    out[o++] = (byte) (leftChar << 2 | v >>> 4);
                    leftChar = v & 0x0f;
                }
                case 2 -> {
                    quadPos = 3;
                    out[o++] = (byte) (leftChar << 4 | v >>> 2);
                    leftChar = v & 0x03;
                }
                default -> {
                    quadPos = 0;
                    out[o++] = (byte) (leftChar << 6 | v);
                    leftChar = 0;
                }
            }
        }
        if (quadPos == 1) {
            throw error("Invalid base64-encoded string: number of data characters ("
                    + (o / 3 * 4 + 1) + ") cannot be 1 more than a multiple of 4");
        }
        if (quadPos != 0) {
            throw error("Incorrect padding");
        }
        return java.util.Arrays.copyOf(out, o);
    }

    private static final int[] CRC_HQX = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int c = i << 8;
            for (int k = 0; k < 8; k++) {
                c = (c & 0x8000) != 0 ? (c << 1) ^ 0x1021 : c << 1;
            }
            CRC_HQX[i] = c & 0xffff;
        }
    }

    /** crc_hqx(data, value): CRC-CCITT (polynomial 0x1021, MSB first); value taken mod 2**16. */
    public static int crcHqx(byte[] data, long value) {
        int crc = (int) (value & 0xffff);
        for (byte b : data) {
            crc = ((crc << 8) & 0xff00) ^ CRC_HQX[((crc >>> 8) ^ b) & 0xff];
        }
        return crc;
    }

    /** crc32(data, value=0): the same CRC as zlib.crc32. */
    public static long crc32(byte[] data, long value) {
        return Crc32.crc32(data, value);
    }
}
