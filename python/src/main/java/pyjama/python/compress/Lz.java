package pyjama.python.compress;

import java.io.ByteArrayOutputStream;

/**
 * A byte-oriented LZ77 codec in the manner of LZ4's block format, for data the build compresses
 * once and the kernel decompresses often (precompiled Python code): decompressing is a copy
 * loop of a few instructions per byte, where inflating (DEFLATE's Huffman decoding) costs over
 * a hundred under TeaVM. It compresses less well than deflate (precompiled code: about 60% of
 * the size against 51%).
 * <p>
 * Format: a sequence of (token, literals, match). The token's high 4 bits are the number of
 * literal bytes and its low 4 bits the match length minus 4; a nibble of 15 continues in the
 * following bytes (each added, 255 meaning "more"). The literals follow, then a 2-byte
 * little-endian distance back into the output (1..65535). The last sequence has literals only
 * and ends the data; the decompressed length is known to the caller.
 */
public final class Lz {
    private Lz() {}

    private static final int MIN_MATCH = 4;
    private static final int MAX_DISTANCE = 65535;
    private static final int HASH_BITS = 16;

    /** Candidates tried per position when compressing (the longest match wins). */
    private static final int CHAIN = 64;

    /**
     * Compresses {@code in} (build time: hash chains of 4-byte strings, the longest of the
     * last {@link #CHAIN} candidates, greedy).
     */
    public static byte[] compress(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length / 2 + 16);
        int[] head = new int[1 << HASH_BITS];
        int[] prev = new int[in.length];
        java.util.Arrays.fill(head, -1);
        int anchor = 0, i = 0, n = in.length;
        while (i + MIN_MATCH <= n) {
            int h = hash(in, i);
            int bestLen = 0, bestFrom = -1;
            int candidate = head[h];
            for (int tries = 0; candidate >= 0 && i - candidate <= MAX_DISTANCE && tries < CHAIN; tries++) {
                if (same4(in, candidate, i)) {
                    int len = MIN_MATCH;
                    while (i + len < n && in[candidate + len] == in[i + len]) len++;
                    if (len > bestLen) {
                        bestLen = len;
                        bestFrom = candidate;
                    }
                }
                candidate = prev[candidate];
            }
            prev[i] = head[h];
            head[h] = i;
            if (bestLen >= MIN_MATCH) {
                sequence(out, in, anchor, i - anchor, i - bestFrom, bestLen);
                for (int k = i + 1; k < i + bestLen && k + MIN_MATCH <= n; k++) {
                    int hk = hash(in, k);
                    prev[k] = head[hk];
                    head[hk] = k;
                }
                i += bestLen;
                anchor = i;
            } else {
                i++;
            }
        }
        sequence(out, in, anchor, n - anchor, 0, 0);
        return out.toByteArray();
    }

    /** The {@code length} bytes {@code in} decompresses to; IllegalArgumentException if it does not. */
    public static byte[] decompress(byte[] in, int length) { return decompress(in, 0, length); }

    /** As {@link #decompress(byte[], int)}, for compressed data from {@code in[start]} to the end. */
    public static byte[] decompress(byte[] in, int start, int length) {
        byte[] out = new byte[length];
        int ip = start, op = 0, n = in.length;
        while (true) {
            if (ip >= n) throw new IllegalArgumentException("lz: data ends early");
            int token = in[ip++] & 0xff;
            int lit = token >>> 4;
            if (lit == 15) {
                int b;
                do {
                    if (ip >= n) throw new IllegalArgumentException("lz: data ends early");
                    b = in[ip++] & 0xff;
                    lit += b;
                } while (b == 255);
            }
            if (lit > n - ip || lit > length - op) throw new IllegalArgumentException("lz: literals overrun");
            System.arraycopy(in, ip, out, op, lit);
            ip += lit;
            op += lit;
            if (ip == n) {
                if (op != length) throw new IllegalArgumentException("lz: " + op + " bytes, expected " + length);
                return out;
            }
            if (ip + 2 > n) throw new IllegalArgumentException("lz: data ends early");
            int distance = (in[ip] & 0xff) | (in[ip + 1] & 0xff) << 8;
            ip += 2;
            int len = (token & 15) + MIN_MATCH;
            if ((token & 15) == 15) {
                int b;
                do {
                    if (ip >= n) throw new IllegalArgumentException("lz: data ends early");
                    b = in[ip++] & 0xff;
                    len += b;
                } while (b == 255);
            }
            if (distance == 0 || distance > op || len > length - op) throw new IllegalArgumentException("lz: bad match");
            int from = op - distance;
            if (distance >= len) {
                System.arraycopy(out, from, out, op, len);
                op += len;
            } else {
                for (int k = 0; k < len; k++) out[op++] = out[from + k]; // overlapping: a run
            }
        }
    }

    private static int hash(byte[] b, int i) {
        int v = (b[i] & 0xff) | (b[i + 1] & 0xff) << 8 | (b[i + 2] & 0xff) << 16 | (b[i + 3] & 0xff) << 24;
        return (v * -1640531535) >>> (32 - HASH_BITS);
    }

    private static boolean same4(byte[] b, int x, int y) {
        return b[x] == b[y] && b[x + 1] == b[y + 1] && b[x + 2] == b[y + 2] && b[x + 3] == b[y + 3];
    }

    private static void sequence(ByteArrayOutputStream out, byte[] in, int from, int lit, int distance, int len) {
        int m = len == 0 ? 0 : len - MIN_MATCH;
        out.write((Math.min(lit, 15) << 4) | Math.min(m, 15));
        if (lit >= 15) more(out, lit - 15);
        out.write(in, from, lit);
        if (len == 0) return;
        out.write(distance & 0xff);
        out.write(distance >>> 8);
        if (m >= 15) more(out, m - 15);
    }

    private static void more(ByteArrayOutputStream out, int v) {
        while (v >= 255) {
            out.write(255);
            v -= 255;
        }
        out.write(v);
    }
}
