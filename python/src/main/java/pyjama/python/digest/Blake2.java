package pyjama.python.digest;

/**
 * BLAKE2b (64-bit words, 12 rounds, 128-byte blocks) and BLAKE2s (32-bit words, 10 rounds,
 * 64-byte blocks), RFC 7693, with the full parameter block that Python's hashlib exposes (key,
 * salt, person, fanout, depth, leaf_size, node_offset, node_depth, inner_size, last_node).
 * Both variants share this code: BLAKE2s words are kept in longs and masked to 32 bits.
 *
 * <p>The final block must be compressed with the finalisation flag, so a full buffer is only
 * compressed once more input arrives.
 */
final class Blake2 extends Hash {
    private static final long[] IV_B = {
        0x6a09e667f3bcc908L, 0xbb67ae8584caa73bL, 0x3c6ef372fe94f82bL, 0xa54ff53a5f1d36f1L,
        0x510e527fade682d1L, 0x9b05688c2b3e6c1fL, 0x1f83d9abfb41bd6bL, 0x5be0cd19137e2179L};
    private static final long[] IV_S = {
        0x6A09E667L, 0xBB67AE85L, 0x3C6EF372L, 0xA54FF53AL,
        0x510E527FL, 0x9B05688CL, 0x1F83D9ABL, 0x5BE0CD19L};
    private static final int[][] SIGMA = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
        {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
        {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
        {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
        {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
        {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
        {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
        {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
        {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
        {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0}};

    private final boolean isB;
    private final int digestSize;
    private final boolean lastNode;
    private final long[] h = new long[8];
    private final byte[] buffer;
    private int buffered;
    private long countLo;
    private long countHi;
    private final long[] v = new long[16];
    private final long[] m = new long[16];

    private Blake2(boolean isB, int digestSize, boolean lastNode) {
        this.isB = isB;
        this.digestSize = digestSize;
        this.lastNode = lastNode;
        buffer = new byte[isB ? 128 : 64];
    }

    /**
     * Creates a BLAKE2b ({@code isB}) or BLAKE2s hash. Parameters must already be validated
     * (see Hashlib.blake2); salt and person are zero-padded to their full size.
     */
    static Blake2 create(boolean isB, int digestSize, byte[] key, byte[] salt, byte[] person,
            int fanout, int depth, long leafSize, long nodeOffset, int nodeDepth, int innerSize,
            boolean lastNode) {
        Blake2 b = new Blake2(isB, digestSize, lastNode);
        // The parameter block (RFC 7693 section 2.5), XORed into the IV word by word.
        int pbSize = isB ? 64 : 32;
        byte[] p = new byte[pbSize];
        p[0] = (byte) digestSize;
        p[1] = (byte) key.length;
        p[2] = (byte) fanout;
        p[3] = (byte) depth;
        for (int i = 0; i < 4; i++) {
            p[4 + i] = (byte) (leafSize >>> (8 * i));
        }
        if (isB) {
            for (int i = 0; i < 8; i++) {
                p[8 + i] = (byte) (nodeOffset >>> (8 * i));
            }
            p[16] = (byte) nodeDepth;
            p[17] = (byte) innerSize;
            System.arraycopy(salt, 0, p, 32, salt.length);
            System.arraycopy(person, 0, p, 48, person.length);
        } else {
            for (int i = 0; i < 6; i++) {
                p[8 + i] = (byte) (nodeOffset >>> (8 * i));
            }
            p[14] = (byte) nodeDepth;
            p[15] = (byte) innerSize;
            System.arraycopy(salt, 0, p, 16, salt.length);
            System.arraycopy(person, 0, p, 24, person.length);
        }
        int wordBytes = isB ? 8 : 4;
        for (int i = 0; i < 8; i++) {
            long w = 0;
            for (int j = wordBytes - 1; j >= 0; j--) {
                w = w << 8 | (p[i * wordBytes + j] & 0xff);
            }
            b.h[i] = (isB ? IV_B[i] : IV_S[i]) ^ w;
        }
        if (key.length > 0) {
            byte[] block = new byte[b.buffer.length];
            System.arraycopy(key, 0, block, 0, key.length);
            b.update(block, 0, block.length);
        }
        return b;
    }

    @Override
    public String name() {
        return isB ? "blake2b" : "blake2s";
    }

    @Override
    public int digestSize() {
        return digestSize;
    }

    @Override
    public int blockSize() {
        return buffer.length;
    }

    @Override
    public Hash copy() {
        Blake2 c = new Blake2(isB, digestSize, lastNode);
        System.arraycopy(h, 0, c.h, 0, 8);
        System.arraycopy(buffer, 0, c.buffer, 0, buffer.length);
        c.buffered = buffered;
        c.countLo = countLo;
        c.countHi = countHi;
        return c;
    }

    private void addCount(int n) {
        if (isB) {
            long old = countLo;
            countLo += n;
            if ((countLo ^ Long.MIN_VALUE) < (old ^ Long.MIN_VALUE)) {
                countHi++;
            }
        } else {
            // BLAKE2s: a 64-bit counter split into two 32-bit words.
            countLo += n;
        }
    }

    @Override
    public void update(byte[] data, int off, int len) {
        checkRange(data, off, len);
        int bs = buffer.length;
        while (len > 0) {
            if (buffered == bs) {
                addCount(bs);
                compress(buffer, 0, false);
                buffered = 0;
            }
            if (buffered == 0 && len > bs) {
                // Whole blocks straight from the input, keeping at least one byte back.
                addCount(bs);
                compress(data, off, false);
                off += bs;
                len -= bs;
                continue;
            }
            int n = Math.min(bs - buffered, len);
            System.arraycopy(data, off, buffer, buffered, n);
            buffered += n;
            off += n;
            len -= n;
        }
    }

    @Override
    byte[] finish() {
        addCount(buffered);
        java.util.Arrays.fill(buffer, buffered, buffer.length, (byte) 0);
        compress(buffer, 0, true);
        byte[] out = new byte[digestSize];
        int wordBytes = isB ? 8 : 4;
        for (int i = 0; i < digestSize; i++) {
            out[i] = (byte) (h[i / wordBytes] >>> (8 * (i % wordBytes)));
        }
        return out;
    }

    private void compress(byte[] block, int off, boolean last) {
        long[] v = this.v;
        long[] m = this.m;
        if (isB) {
            for (int i = 0; i < 16; i++) {
                long w = 0;
                for (int j = 7; j >= 0; j--) {
                    w = w << 8 | (block[off + 8 * i + j] & 0xff);
                }
                m[i] = w;
            }
            System.arraycopy(h, 0, v, 0, 8);
            System.arraycopy(IV_B, 0, v, 8, 8);
            v[12] ^= countLo;
            v[13] ^= countHi;
            if (last) {
                v[14] = ~v[14];
                if (lastNode) {
                    v[15] = ~v[15];
                }
            }
            for (int r = 0; r < 12; r++) {
                int[] s = SIGMA[r % 10];
                gB(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
                gB(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
                gB(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
                gB(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
                gB(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
                gB(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
                gB(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
                gB(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
            }
            for (int i = 0; i < 8; i++) {
                h[i] ^= v[i] ^ v[i + 8];
            }
        } else {
            for (int i = 0; i < 16; i++) {
                m[i] = BlockHash.readIntLE(block, off + 4 * i) & 0xFFFFFFFFL;
            }
            System.arraycopy(h, 0, v, 0, 8);
            System.arraycopy(IV_S, 0, v, 8, 8);
            v[12] ^= countLo & 0xFFFFFFFFL;
            v[13] ^= countLo >>> 32;
            if (last) {
                v[14] ^= 0xFFFFFFFFL;
                if (lastNode) {
                    v[15] ^= 0xFFFFFFFFL;
                }
            }
            for (int r = 0; r < 10; r++) {
                int[] s = SIGMA[r];
                gS(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
                gS(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
                gS(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
                gS(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
                gS(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
                gS(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
                gS(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
                gS(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
            }
            for (int i = 0; i < 8; i++) {
                h[i] ^= v[i] ^ v[i + 8];
            }
        }
    }

    private static void gB(long[] v, int a, int b, int c, int d, long x, long y) {
        v[a] = v[a] + v[b] + x;
        v[d] = Long.rotateRight(v[d] ^ v[a], 32);
        v[c] = v[c] + v[d];
        v[b] = Long.rotateRight(v[b] ^ v[c], 24);
        v[a] = v[a] + v[b] + y;
        v[d] = Long.rotateRight(v[d] ^ v[a], 16);
        v[c] = v[c] + v[d];
        v[b] = Long.rotateRight(v[b] ^ v[c], 63);
    }

    private static long rotr32(long x, int n) {
        int i = (int) x;
        return Integer.rotateRight(i, n) & 0xFFFFFFFFL;
    }

    private static void gS(long[] v, int a, int b, int c, int d, long x, long y) {
        v[a] = (v[a] + v[b] + x) & 0xFFFFFFFFL;
        v[d] = rotr32(v[d] ^ v[a], 16);
        v[c] = (v[c] + v[d]) & 0xFFFFFFFFL;
        v[b] = rotr32(v[b] ^ v[c], 12);
        v[a] = (v[a] + v[b] + y) & 0xFFFFFFFFL;
        v[d] = rotr32(v[d] ^ v[a], 8);
        v[c] = (v[c] + v[d]) & 0xFFFFFFFFL;
        v[b] = rotr32(v[b] ^ v[c], 7);
    }
}
