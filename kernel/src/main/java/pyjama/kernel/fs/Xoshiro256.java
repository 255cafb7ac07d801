package pyjama.kernel.fs;

/**
 * xoshiro256** (Blackman and Vigna), seeded through splitmix64. Fast and statistically good;
 * predictable from its output, so NOT for secrets.
 */
final class Xoshiro256 {
    private long s0, s1, s2, s3;

    Xoshiro256(long seed) {
        long x = seed;
        x += 0x9E3779B97F4A7C15L; s0 = mix(x);
        x += 0x9E3779B97F4A7C15L; s1 = mix(x);
        x += 0x9E3779B97F4A7C15L; s2 = mix(x);
        x += 0x9E3779B97F4A7C15L; s3 = mix(x);
        // splitmix64 never yields four zero words from consecutive inputs, so the state is never all zero.
    }

    /** Mixes {@code entropy} into the state: what follows depends on both the past and it. */
    void reseed(long entropy) {
        Xoshiro256 fresh = new Xoshiro256(entropy ^ next());
        s0 ^= fresh.s0;
        s1 ^= fresh.s1;
        s2 ^= fresh.s2;
        s3 ^= fresh.s3;
        if ((s0 | s1 | s2 | s3) == 0) s0 = 1; // the one state xoshiro never leaves
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    long next() {
        long result = Long.rotateLeft(s1 * 5, 7) * 9;
        long t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Long.rotateLeft(s3, 45);
        return result;
    }

    void fill(byte[] b, int off, int len) {
        int i = 0;
        while (i < len) {
            long r = next();
            for (int k = 0; k < 8 && i < len; k++, i++) {
                b[off + i] = (byte) r;
                r >>>= 8;
            }
        }
    }
}
