package pyjama.python.digest;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** Binding-facing entry points of Python's {@code hashlib} module. */
public final class Hashlib {
    private Hashlib() {}

    /** hashlib.algorithms_guaranteed, sorted. */
    public static final List<String> ALGORITHMS_GUARANTEED = Collections.unmodifiableList(Arrays.asList(
            "blake2b", "blake2s", "md5", "sha1", "sha224", "sha256", "sha384", "sha3_224",
            "sha3_256", "sha3_384", "sha3_512", "sha512", "shake_128", "shake_256"));

    /** hashlib.algorithms_available, sorted. */
    public static final List<String> ALGORITHMS_AVAILABLE = Collections.unmodifiableList(Arrays.asList(
            "blake2b", "blake2s", "md5", "sha1", "sha224", "sha256", "sha384", "sha3_224",
            "sha3_256", "sha3_384", "sha3_512", "sha512", "sha512_224", "sha512_256",
            "shake_128", "shake_256"));

    /**
     * hashlib.new(name) with default parameters, or null if the name is unknown (the binding
     * raises ValueError "unsupported hash type " + name, see {@link #unsupported}).
     * Accepts the builtin constructor names exactly and OpenSSL's aliases case-insensitively,
     * as CPython 3.12 built with OpenSSL does.
     */
    public static Hash byName(String name) {
        switch (name) {
            case "blake2b":
                return blake2(true, 64, new byte[0], new byte[0], new byte[0], 1, 1, 0, 0, 0, 0,
                        false);
            case "blake2s":
                return blake2(false, 32, new byte[0], new byte[0], new byte[0], 1, 1, 0, 0, 0, 0,
                        false);
            case "sha3_224":
                return Keccak.sha3(224);
            case "sha3_256":
                return Keccak.sha3(256);
            case "sha3_384":
                return Keccak.sha3(384);
            case "sha3_512":
                return Keccak.sha3(512);
            case "shake_128":
                return Keccak.shake(128);
            case "shake_256":
                return Keccak.shake(256);
            default:
                break;
        }
        String n = asciiLower(name);
        return switch (n) {
            case "md5" -> new Md5();
            case "sha1", "sha-1" -> new Sha1();
            case "sha224", "sha-224", "sha2-224" -> new Sha256(true);
            case "sha256", "sha-256", "sha2-256" -> new Sha256(false);
            case "sha384", "sha-384", "sha2-384" -> new Sha512(Sha512.Variant.SHA384);
            case "sha512", "sha-512", "sha2-512" -> new Sha512(Sha512.Variant.SHA512);
            case "sha512_224", "sha512-224", "sha-512/224", "sha2-512/224" ->
                    new Sha512(Sha512.Variant.SHA512_224);
            case "sha512_256", "sha512-256", "sha-512/256", "sha2-512/256" ->
                    new Sha512(Sha512.Variant.SHA512_256);
            case "sha3-224" -> Keccak.sha3(224);
            case "sha3-256" -> Keccak.sha3(256);
            case "sha3-384" -> Keccak.sha3(384);
            case "sha3-512" -> Keccak.sha3(512);
            case "shake128", "shake-128" -> Keccak.shake(128);
            case "shake256", "shake-256" -> Keccak.shake(256);
            case "blake2b512" -> byName("blake2b");
            case "blake2s256" -> byName("blake2s");
            default -> null;
        };
    }

    private static String asciiLower(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] >= 'A' && c[i] <= 'Z') {
                c[i] += 'a' - 'A';
            }
        }
        return new String(c);
    }

    /** The error hashlib.new raises for an unknown name. */
    public static DigestError unsupported(String name) {
        return new DigestError(DigestError.Kind.VALUE_ERROR, "unsupported hash type " + name);
    }

    /** hashlib.new(name, data): like byName but raising for unknown names. */
    public static Hash create(String name, byte[] data) {
        Hash h = byName(name);
        if (h == null) {
            throw unsupported(name);
        }
        if (data != null) {
            h.update(data);
        }
        return h;
    }

    /** True for shake_128/shake_256, whose digest()/hexdigest() take a length. */
    public static boolean isExtendable(Hash h) {
        return h instanceof Keccak k && k.isShake();
    }

    /** SHAKE's digest(length). CPython 3.12 (OpenSSL) raises MemoryError for length < 0. */
    public static byte[] shakeDigest(Hash h, long length) {
        if (!(h instanceof Keccak k) || !k.isShake()) {
            throw new IllegalArgumentException("not a SHAKE hash");
        }
        if (length < 0 || length > Integer.MAX_VALUE - 16) {
            throw new DigestError(DigestError.Kind.MEMORY_ERROR, "");
        }
        return k.digest((int) length);
    }

    public static String shakeHexdigest(Hash h, long length) {
        return Hash.hex(shakeDigest(h, length));
    }

    /**
     * hashlib.blake2b / blake2s with all keyword arguments, validated with CPython's messages.
     * {@code nodeOffset} is given as a long but treated as unsigned 64-bit (the binding raises
     * OverflowError "int too big to convert" itself for values outside [0, 2**64)).
     */
    public static Hash blake2(boolean isB, int digestSize, byte[] key, byte[] salt,
            byte[] person, int fanout, int depth, long leafSize, long nodeOffset, int nodeDepth,
            int innerSize, boolean lastNode) {
        int maxDigest = isB ? 64 : 32;
        int maxSalt = isB ? 16 : 8;
        if (digestSize < 1 || digestSize > maxDigest) {
            throw value("digest_size must be between 1 and " + maxDigest + " bytes");
        }
        if (salt.length > maxSalt) {
            throw value("maximum salt length is " + maxSalt + " bytes");
        }
        if (person.length > maxSalt) {
            throw value("maximum person length is " + maxSalt + " bytes");
        }
        if (fanout < 0 || fanout > 255) {
            throw value("fanout must be between 0 and 255");
        }
        if (depth <= 0 || depth > 255) {
            throw value("depth must be between 1 and 255");
        }
        if (leafSize < 0) {
            throw value("value must be positive");
        }
        if (leafSize > 0xFFFFFFFFL) {
            throw new DigestError(DigestError.Kind.OVERFLOW_ERROR, "leaf_size is too large");
        }
        if (!isB && (nodeOffset < 0 || nodeOffset > 0xFFFFFFFFFFFFL)) {
            throw new DigestError(DigestError.Kind.OVERFLOW_ERROR, "node_offset is too large");
        }
        if (nodeDepth < 0 || nodeDepth > 255) {
            throw value("node_depth must be between 0 and 255");
        }
        if (innerSize < 0 || innerSize > maxDigest) {
            throw value("inner_size must be between 0 and is " + maxDigest);
        }
        if (key.length > maxDigest) {
            throw value("maximum key length is " + maxDigest + " bytes");
        }
        return Blake2.create(isB, digestSize, key, salt, person, fanout, depth, leafSize,
                nodeOffset, nodeDepth, innerSize, lastNode);
    }

    private static DigestError value(String message) {
        return new DigestError(DigestError.Kind.VALUE_ERROR, message);
    }
}
