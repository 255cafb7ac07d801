package pyjama.python.digest;

/**
 * A running message digest: the state behind a Python {@code hashlib} hash object. {@link
 * #digest()} does not disturb the running state (Python allows update() after digest()), so it
 * finishes a copy.
 */
public abstract class Hash {
    Hash() {}

    /** hashlib's name, e.g. "sha256", "sha3_256", "blake2b", "shake_128". */
    public abstract String name();

    /** Output size in bytes (0 for the SHAKE extendable-output functions). */
    public abstract int digestSize();

    /** Internal block size in bytes (the SHA-3 rate for Keccak-based hashes). */
    public abstract int blockSize();

    public abstract void update(byte[] data, int off, int len);

    public final void update(byte[] data) {
        update(data, 0, data.length);
    }

    public abstract Hash copy();

    /** Finishes this object's state (destructively) and returns the digest. */
    abstract byte[] finish();

    public byte[] digest() {
        return copy().finish();
    }

    public String hexdigest() {
        return hex(digest());
    }

    static String hex(byte[] b) {
        char[] c = new char[b.length * 2];
        for (int i = 0; i < b.length; i++) {
            c[2 * i] = Character.forDigit((b[i] >>> 4) & 15, 16);
            c[2 * i + 1] = Character.forDigit(b[i] & 15, 16);
        }
        return new String(c);
    }

    static void checkRange(byte[] data, int off, int len) {
        if (off < 0 || len < 0 || off > data.length - len) {
            throw new IllegalArgumentException("range outside the buffer");
        }
    }
}
