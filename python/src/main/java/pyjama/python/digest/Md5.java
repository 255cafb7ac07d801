package pyjama.python.digest;

/** MD5 (RFC 1321). */
final class Md5 extends BlockHash {
    // floor(abs(sin(i + 1)) * 2**32), RFC 1321 section 3.4 (literal: sin is not bit-exact everywhere).
    private static final int[] K = {
        0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee,
        0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
        0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be,
        0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
        0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa,
        0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
        0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed,
        0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
        0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c,
        0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
        0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05,
        0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
        0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039,
        0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
        0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1,
        0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391};
    private static final int[] S = {
        7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
        5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
        4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
        6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21};

    private int a = 0x67452301, b = 0xefcdab89, c = 0x98badcfe, d = 0x10325476;
    private final int[] x = new int[16];

    Md5() {
        super(64);
    }

    @Override
    public String name() {
        return "md5";
    }

    @Override
    public int digestSize() {
        return 16;
    }

    @Override
    public Hash copy() {
        Md5 h = new Md5();
        copyStateTo(h);
        h.a = a;
        h.b = b;
        h.c = c;
        h.d = d;
        return h;
    }

    @Override
    void compress(byte[] data, int off) {
        int[] w = x;
        for (int i = 0; i < 16; i++) {
            w[i] = readIntLE(data, off + 4 * i);
        }
        int aa = a, bb = b, cc = c, dd = d;
        for (int i = 0; i < 64; i++) {
            int f;
            int g;
            if (i < 16) {
                f = (bb & cc) | (~bb & dd);
                g = i;
            } else if (i < 32) {
                f = (dd & bb) | (~dd & cc);
                g = (5 * i + 1) & 15;
            } else if (i < 48) {
                f = bb ^ cc ^ dd;
                g = (3 * i + 5) & 15;
            } else {
                f = cc ^ (bb | ~dd);
                g = (7 * i) & 15;
            }
            int t = dd;
            dd = cc;
            cc = bb;
            bb = bb + Integer.rotateLeft(aa + f + K[i] + w[g], S[i]);
            aa = t;
        }
        a += aa;
        b += bb;
        c += cc;
        d += dd;
    }

    @Override
    int lengthFieldSize() {
        return 8;
    }

    @Override
    void writeLength(long bits) {
        for (int i = 0; i < 8; i++) {
            buffer[56 + i] = (byte) (bits >>> (8 * i));
        }
    }

    @Override
    byte[] output() {
        byte[] r = new byte[16];
        int[] s = {a, b, c, d};
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                r[4 * i + j] = (byte) (s[i] >>> (8 * j));
            }
        }
        return r;
    }
}
