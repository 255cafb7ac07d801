package pyjama.python.digest;

/**
 * SHA-3 fixed-output hashes and the SHAKE extendable-output functions (FIPS 202): the
 * Keccak-f[1600] sponge with rate = 200 - 2 * capacity-bytes, domain byte 0x06 (SHA-3) or
 * 0x1f (SHAKE). Absorption XORs input straight into the little-endian lanes.
 */
final class Keccak extends Hash {
    private static final long[] RC = {
        0x0000000000000001L, 0x0000000000008082L, 0x800000000000808aL, 0x8000000080008000L,
        0x000000000000808bL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L,
        0x000000000000008aL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000aL,
        0x000000008000808bL, 0x800000000000008bL, 0x8000000000008089L, 0x8000000000008003L,
        0x8000000000008002L, 0x8000000000000080L, 0x000000000000800aL, 0x800000008000000aL,
        0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L};
    // Rotation offsets and the pi permutation, in the order the rho-pi step walks the lanes.
    private static final int[] ROT = {
        1, 3, 6, 10, 15, 21, 28, 36, 45, 55, 2, 14, 27, 41, 56, 8, 25, 43, 62, 18, 39, 61, 20, 44};
    private static final int[] PI = {
        10, 7, 11, 17, 18, 3, 5, 16, 8, 21, 24, 4, 15, 23, 19, 13, 12, 2, 20, 14, 22, 9, 6, 1};

    private final String name;
    private final int digestSize;
    private final int rate;
    private final byte domain;
    private final long[] state = new long[25];
    private int position;

    private Keccak(String name, int digestSize, int rate, byte domain) {
        this.name = name;
        this.digestSize = digestSize;
        this.rate = rate;
        this.domain = domain;
    }

    /** SHA3-224/256/384/512 for bits = 224/256/384/512. */
    static Keccak sha3(int bits) {
        return new Keccak("sha3_" + bits, bits / 8, 200 - bits / 4, (byte) 0x06);
    }

    /** SHAKE128/256 for bits = 128/256. */
    static Keccak shake(int bits) {
        return new Keccak("shake_" + bits, 0, 200 - bits / 4, (byte) 0x1f);
    }

    boolean isShake() {
        return digestSize == 0;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int digestSize() {
        return digestSize;
    }

    @Override
    public int blockSize() {
        return rate;
    }

    @Override
    public Hash copy() {
        Keccak k = new Keccak(name, digestSize, rate, domain);
        System.arraycopy(state, 0, k.state, 0, 25);
        k.position = position;
        return k;
    }

    @Override
    public void update(byte[] data, int off, int len) {
        checkRange(data, off, len);
        long[] s = state;
        int end = off + len;
        // Byte-wise until lane aligned, then whole lanes, then byte-wise again.
        while (off < end && (position & 7) != 0) {
            absorbByte(data[off++]);
        }
        while (end - off >= 8) {
            long v = 0;
            for (int i = 7; i >= 0; i--) {
                v = v << 8 | (data[off + i] & 0xff);
            }
            s[position >>> 3] ^= v;
            position += 8;
            off += 8;
            if (position == rate) {
                permute(s);
                position = 0;
            }
        }
        while (off < end) {
            absorbByte(data[off++]);
        }
    }

    private void absorbByte(byte b) {
        state[position >>> 3] ^= (long) (b & 0xff) << (8 * (position & 7));
        if (++position == rate) {
            permute(state);
            position = 0;
        }
    }

    private void pad() {
        state[position >>> 3] ^= (long) (domain & 0xff) << (8 * (position & 7));
        int last = rate - 1;
        state[last >>> 3] ^= 0x80L << (8 * (last & 7));
        permute(state);
        position = 0;
    }

    /** Squeezes n bytes (destructive). */
    byte[] squeeze(int n) {
        pad();
        byte[] out = new byte[n];
        int i = 0;
        while (i < n) {
            for (int j = 0; j < rate && i < n; j++, i++) {
                out[i] = (byte) (state[j >>> 3] >>> (8 * (j & 7)));
            }
            if (i < n) {
                permute(state);
            }
        }
        return out;
    }

    @Override
    byte[] finish() {
        return squeeze(digestSize);
    }

    /** SHAKE's digest(length). */
    byte[] digest(int length) {
        return ((Keccak) copy()).squeeze(length);
    }

    static void permute(long[] a) {
        for (int round = 0; round < 24; round++) {
            long c0 = a[0] ^ a[5] ^ a[10] ^ a[15] ^ a[20];
            long c1 = a[1] ^ a[6] ^ a[11] ^ a[16] ^ a[21];
            long c2 = a[2] ^ a[7] ^ a[12] ^ a[17] ^ a[22];
            long c3 = a[3] ^ a[8] ^ a[13] ^ a[18] ^ a[23];
            long c4 = a[4] ^ a[9] ^ a[14] ^ a[19] ^ a[24];
            long d0 = c4 ^ Long.rotateLeft(c1, 1);
            long d1 = c0 ^ Long.rotateLeft(c2, 1);
            long d2 = c1 ^ Long.rotateLeft(c3, 1);
            long d3 = c2 ^ Long.rotateLeft(c4, 1);
            long d4 = c3 ^ Long.rotateLeft(c0, 1);
            for (int y = 0; y < 25; y += 5) {
                a[y] ^= d0;
                a[y + 1] ^= d1;
                a[y + 2] ^= d2;
                a[y + 3] ^= d3;
                a[y + 4] ^= d4;
            }
            long t = a[1];
            for (int i = 0; i < 24; i++) {
                int j = PI[i];
                long next = a[j];
                a[j] = Long.rotateLeft(t, ROT[i]);
                t = next;
            }
            for (int y = 0; y < 25; y += 5) {
                long a0 = a[y], a1 = a[y + 1], a2 = a[y + 2], a3 = a[y + 3], a4 = a[y + 4];
                a[y] = a0 ^ (~a1 & a2);
                a[y + 1] = a1 ^ (~a2 & a3);
                a[y + 2] = a2 ^ (~a3 & a4);
                a[y + 3] = a3 ^ (~a4 & a0);
                a[y + 4] = a4 ^ (~a0 & a1);
            }
            a[0] ^= RC[round];
        }
    }
}
