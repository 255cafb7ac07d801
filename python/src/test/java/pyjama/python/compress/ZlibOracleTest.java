package pyjama.python.compress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Decoding streams produced by CPython's zlib, and CPython's outcomes for corrupt streams. */
class ZlibOracleTest {
    @TestFactory
    Stream<DynamicTest> cpythonStreamsDecompressOneShot() {
        return OracleData.lines("streams.txt").stream().map(f -> DynamicTest.dynamicTest(
                f[0] + " wbits=" + f[1] + " " + f[2], () -> {
                    byte[] expected = OracleData.inputs().get(f[2]);
                    byte[] out = Zlib.decompress(OracleData.hex(f[3]), Integer.parseInt(f[1]), 16384);
                    assertArrayEquals(expected, out);
                }));
    }

    /** Feeds a stream in chunks with an output limit, re-feeding unconsumed_tail as Python code does. */
    static byte[] streamed(byte[] stream, int wbits, int chunk, int maxLength, Decompressor d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < stream.length; i += chunk) {
            byte[] piece = Arrays.copyOfRange(stream, i, Math.min(stream.length, i + chunk));
            out.writeBytes(d.decompress(piece, maxLength));
            int guard = 0;
            while (d.unconsumedTail().length > 0 && !d.eof()) {
                out.writeBytes(d.decompress(d.unconsumedTail(), maxLength));
                assertTrue(++guard < 10_000_000, "no progress");
            }
        }
        out.writeBytes(d.flush(16384));
        return out.toByteArray();
    }

    @TestFactory
    Stream<DynamicTest> cpythonStreamsDecompressInChunksWithOutputLimits() {
        int[][] modes = {{1, 0}, {7, 1}, {100, 13}, {4096, 1000}, {1 << 20, 0}};
        return OracleData.lines("streams.txt").stream().map(f -> DynamicTest.dynamicTest(
                f[0] + " wbits=" + f[1] + " " + f[2], () -> {
                    byte[] expected = OracleData.inputs().get(f[2]);
                    byte[] stream = OracleData.hex(f[3]);
                    int wbits = Integer.parseInt(f[1]);
                    for (int[] m : modes) {
                        Decompressor d = Zlib.decompressobj(wbits, null);
                        byte[] out = streamed(stream, wbits, m[0], m[1], d);
                        assertArrayEquals(expected, out, "chunk " + m[0] + " max_length " + m[1]);
                        assertTrue(d.eof());
                        assertEquals(0, d.unusedData().length);
                    }
                }));
    }

    static String outcome(int wbits, byte[] data) {
        try {
            return "ok:" + OracleData.sha256(Zlib.decompress(data, wbits, 16384));
        } catch (ZlibError e) {
            return "err:" + e.getMessage();
        }
    }

    @TestFactory
    Stream<DynamicTest> corruptTruncatedAndMutatedStreamsGiveCPythonsOutcome() {
        return OracleData.lines("outcomes.txt").stream().map(f -> DynamicTest.dynamicTest(
                "wbits=" + f[0] + " " + (f[1].length() > 40 ? f[1].substring(0, 40) + "..." : f[1]),
                () -> {
                    String expected = String.join(" ", Arrays.copyOfRange(f, 2, f.length));
                    assertEquals(expected, outcome(Integer.parseInt(f[0]), OracleData.hex(f[1])));
                }));
    }

    @TestFactory
    Stream<DynamicTest> checksumsMatchCPython() {
        return OracleData.lines("checksums.txt").stream().map(f -> DynamicTest.dynamicTest(
                String.join(" ", f), () -> {
                    byte[] data = OracleData.inputs().get(f[1]);
                    boolean crc = f[0].equals("crc32");
                    long start = f[2].equals("-") ? (crc ? 0 : 1) : new java.math.BigInteger(f[2]).longValue();
                    long actual = crc ? Zlib.crc32(data, start) : Zlib.adler32(data, start);
                    assertEquals(Long.parseLong(f[3]), actual);
                }));
    }
}
