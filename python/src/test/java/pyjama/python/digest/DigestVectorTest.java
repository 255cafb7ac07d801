package pyjama.python.digest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** hashlib vectors from CPython 3.12 (gen_digest.py), including RFC/FIPS test strings. */
class DigestVectorTest {
    static List<String[]> vectors() throws IOException {
        List<String[]> r = new ArrayList<>();
        try (InputStream in = DigestVectorTest.class.getResourceAsStream("/digest/digest_vectors.txt")) {
            BufferedReader br = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            String line;
            while ((line = br.readLine()) != null) {
                if (!line.isEmpty()) {
                    r.add(line.split(" ", -1));
                }
            }
        }
        return r;
    }

    static byte[] input(String spec) {
        if (spec.startsWith("hex:")) {
            return HexFormat.of().parseHex(spec.substring(4));
        }
        if (spec.startsWith("pat:")) {
            int n = Integer.parseInt(spec.substring(4));
            byte[] b = new byte[n];
            for (int i = 0; i < n; i++) {
                b[i] = (byte) (i * 31 + 7);
            }
            return b;
        }
        String[] p = spec.split(":");
        byte[] unit = HexFormat.of().parseHex(p[1]);
        int count = Integer.parseInt(p[2]);
        byte[] b = new byte[unit.length * count];
        for (int i = 0; i < count; i++) {
            System.arraycopy(unit, 0, b, i * unit.length, unit.length);
        }
        return b;
    }

    static Map<String, String> params(String s) {
        Map<String, String> m = new HashMap<>();
        if (!s.equals("-")) {
            for (String kv : s.split(",")) {
                int eq = kv.indexOf('=');
                m.put(kv.substring(0, eq), kv.substring(eq + 1));
            }
        }
        return m;
    }

    static Hash make(String name, Map<String, String> p) {
        if (name.startsWith("blake2") && !p.isEmpty()) {
            boolean isB = name.equals("blake2b");
            HexFormat h = HexFormat.of();
            return Hashlib.blake2(isB,
                    Integer.parseInt(p.getOrDefault("digest_size", isB ? "64" : "32")),
                    h.parseHex(p.getOrDefault("key", "")), h.parseHex(p.getOrDefault("salt", "")),
                    h.parseHex(p.getOrDefault("person", "")),
                    Integer.parseInt(p.getOrDefault("fanout", "1")),
                    Integer.parseInt(p.getOrDefault("depth", "1")),
                    Long.parseLong(p.getOrDefault("leaf_size", "0")),
                    Long.parseUnsignedLong(p.getOrDefault("node_offset", "0")),
                    Integer.parseInt(p.getOrDefault("node_depth", "0")),
                    Integer.parseInt(p.getOrDefault("inner_size", "0")),
                    p.getOrDefault("last_node", "0").equals("1"));
        }
        return Hashlib.create(name, null);
    }

    static String hexdigest(Hash h, Map<String, String> p) {
        return p.containsKey("length")
                ? Hashlib.shakeHexdigest(h, Long.parseLong(p.get("length"))) : h.hexdigest();
    }

    @TestFactory
    Stream<DynamicTest> oneShotDigestsMatchCPython() throws IOException {
        return vectors().stream().map(f -> DynamicTest.dynamicTest(
                f[0] + " " + (f[1].length() > 30 ? f[1].substring(0, 30) + "..." : f[1]) + " " + f[2],
                () -> {
                    Map<String, String> p = params(f[2]);
                    Hash h = make(f[0], p);
                    h.update(input(f[1]));
                    assertEquals(f[3], hexdigest(h, p));
                }));
    }

    @TestFactory
    Stream<DynamicTest> streamingUpdatesInAnyChunkingMatchCPython() throws IOException {
        int[] chunks = {1, 3, 63, 64, 65, 127, 128, 129, 136, 1000};
        return vectors().stream().filter(f -> f[1].length() > 12 && !f[1].startsWith("rep:"))
                .map(f -> DynamicTest.dynamicTest(f[0] + " " + f[2] + " " + f[1].substring(0, 12),
                        () -> {
                            Map<String, String> p = params(f[2]);
                            byte[] data = input(f[1]);
                            for (int c : chunks) {
                                Hash h = make(f[0], p);
                                for (int i = 0; i < data.length; i += c) {
                                    h.update(data, i, Math.min(c, data.length - i));
                                    // digest() mid-stream must not disturb the running state.
                                    h.digest();
                                }
                                assertEquals(f[3], hexdigest(h, p), "chunk " + c);
                            }
                        }));
    }

    @Test
    void copyForksTheRunningState() {
        Hash a = Hashlib.create("sha256", "hello ".getBytes());
        Hash b = a.copy();
        a.update("world".getBytes());
        b.update("there".getBytes());
        assertEquals(Hashlib.create("sha256", "hello world".getBytes()).hexdigest(), a.hexdigest());
        assertEquals(Hashlib.create("sha256", "hello there".getBytes()).hexdigest(), b.hexdigest());
    }

    @Test
    void namesSizesAndAliasesFollowCPython() {
        Object[][] expect = {
            {"md5", 16, 64}, {"sha1", 20, 64}, {"sha224", 28, 64}, {"sha256", 32, 64},
            {"sha384", 48, 128}, {"sha512", 64, 128}, {"sha3_224", 28, 144}, {"sha3_256", 32, 136},
            {"sha3_384", 48, 104}, {"sha3_512", 64, 72}, {"shake_128", 0, 168}, {"shake_256", 0, 136},
            {"blake2b", 64, 128}, {"blake2s", 32, 64}, {"sha512_224", 28, 128}, {"sha512_256", 32, 128}};
        for (Object[] e : expect) {
            Hash h = Hashlib.create((String) e[0], null);
            assertEquals(e[0], h.name());
            assertEquals(e[1], h.digestSize());
            assertEquals(e[2], h.blockSize());
        }
        assertEquals("sha256", Hashlib.byName("SHA256").name());
        assertEquals("sha256", Hashlib.byName("sha-256").name());
        assertEquals("sha3_256", Hashlib.byName("SHA3-256").name());
        assertEquals("sha1", Hashlib.byName("SHA-1").name());
        assertEquals("shake_128", Hashlib.byName("shake128").name());
        assertEquals("blake2b", Hashlib.byName("blake2b512").name());
        assertNull(Hashlib.byName("SHA3_256"));
        assertNull(Hashlib.byName("BLAKE2B"));
        DigestError e = assertThrows(DigestError.class, () -> Hashlib.create("foo", null));
        assertEquals("unsupported hash type foo", e.getMessage());
        assertEquals(DigestError.Kind.VALUE_ERROR, e.kind);
    }

    @Test
    void blake2ParameterErrorsUseCPythonsMessages() {
        byte[] z = new byte[0];
        Object[][] cases = {
            {true, 65, z, z, z, 1, 1, 0L, 0L, 0, 0, "digest_size must be between 1 and 64 bytes"},
            {false, 0, z, z, z, 1, 1, 0L, 0L, 0, 0, "digest_size must be between 1 and 32 bytes"},
            {true, 64, new byte[65], z, z, 1, 1, 0L, 0L, 0, 0, "maximum key length is 64 bytes"},
            {true, 64, z, new byte[17], z, 1, 1, 0L, 0L, 0, 0, "maximum salt length is 16 bytes"},
            {false, 32, z, z, new byte[9], 1, 1, 0L, 0L, 0, 0, "maximum person length is 8 bytes"},
            {true, 64, z, z, z, 256, 1, 0L, 0L, 0, 0, "fanout must be between 0 and 255"},
            {true, 64, z, z, z, 1, 0, 0L, 0L, 0, 0, "depth must be between 1 and 255"},
            {true, 64, z, z, z, 1, 1, 1L << 32, 0L, 0, 0, "leaf_size is too large"},
            {false, 32, z, z, z, 1, 1, 0L, 1L << 48, 0, 0, "node_offset is too large"},
            {true, 64, z, z, z, 1, 1, 0L, 0L, 256, 0, "node_depth must be between 0 and 255"},
            {true, 64, z, z, z, 1, 1, 0L, 0L, 0, 65, "inner_size must be between 0 and is 64"},
        };
        for (Object[] c : cases) {
            DigestError e = assertThrows(DigestError.class, () -> Hashlib.blake2((Boolean) c[0],
                    (Integer) c[1], (byte[]) c[2], (byte[]) c[3], (byte[]) c[4], (Integer) c[5],
                    (Integer) c[6], (Long) c[7], (Long) c[8], (Integer) c[9], (Integer) c[10], false));
            assertEquals(c[11], e.getMessage());
        }
    }

    @Test
    void shakeDigestOfNegativeLengthIsAMemoryErrorAsInCPython() {
        Hash h = Hashlib.create("shake_256", "x".getBytes());
        assertEquals(DigestError.Kind.MEMORY_ERROR,
                assertThrows(DigestError.class, () -> Hashlib.shakeDigest(h, -1)).kind);
        assertArrayEquals(new byte[0], Hashlib.shakeDigest(h, 0));
    }
}
