package pyjama.python.compress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Our compressor: round trips, ratios against CPython's, framing, streaming and errors. */
class ZlibCompressTest {
    static byte[] hex(String s) {
        return HexFormat.of().parseHex(s);
    }

    @Test
    void everyLevelWbitsAndStrategyRoundTrips() {
        int[] wbitsList = {9, 10, 12, 15, -9, -12, -15, 25, 31, 8};
        for (Map.Entry<String, byte[]> in : OracleData.inputs().entrySet()) {
            byte[] data = in.getValue();
            for (int level = -1; level <= 9; level++) {
                for (int wbits : wbitsList) {
                    byte[] c = Zlib.compress(data, level, wbits);
                    int dw = wbits == 8 ? 9 : wbits;
                    assertArrayEquals(data, Zlib.decompress(c, dw, 16384),
                            in.getKey() + " level " + level + " wbits " + wbits);
                }
                for (int strategy = 0; strategy <= 4; strategy++) {
                    Compressor co = Zlib.compressobj(level, 8, 15, 8, strategy, null);
                    byte[] c = Zlib.concat(co.compress(data), co.flush(Zlib.Z_FINISH));
                    assertArrayEquals(data, Zlib.decompress(c, 15, 16384),
                            in.getKey() + " level " + level + " strategy " + strategy);
                }
            }
        }
    }

    @Test
    void compressionRatioIsWithinAFewPercentOfCPythons() {
        // CPython's own output sizes, read from the oracle streams.
        for (String[] f : OracleData.lines("streams.txt")) {
            if (!f[1].equals("15") || !f[0].startsWith("compress-L") || f[0].contains("-W")) {
                continue;
            }
            int level = Integer.parseInt(f[0].substring("compress-L".length()));
            byte[] data = OracleData.inputs().get(f[2]);
            int theirs = OracleData.hex(f[3]).length;
            int ours = Zlib.compress(data, level, 15).length;
            assertTrue(ours <= theirs * 1.03 + 16,
                    f[2] + " level " + level + ": ours " + ours + " vs CPython " + theirs);
        }
    }

    @Test
    void textCompressesWell() {
        byte[] text = OracleData.inputs().get("text");
        assertTrue(Zlib.compress(text, 6, 15).length * 3 < text.length);
        assertTrue(Zlib.compress(new byte[100_000], 9, 15).length < 200);
    }

    @Test
    void emptyInputGivesZlibsExactBytes() {
        assertArrayEquals(hex("789c030000000001"), Zlib.compress(new byte[0], -1, 15));
        assertArrayEquals(hex("0300"), Zlib.compress(new byte[0], 6, -15));
        assertArrayEquals(hex("1f8b080000000000000303000000000000000000"),
                Zlib.compress(new byte[0], 6, 31));
    }

    @Test
    void headersFollowZlibsLevelFlagsAndGzipFields() {
        byte[] a = {'a'};
        assertArrayEquals(hex("7801"), Arrays.copyOf(Zlib.compress(a, 1, 15), 2));
        assertArrayEquals(hex("785e"), Arrays.copyOf(Zlib.compress(a, 5, 15), 2));
        assertArrayEquals(hex("789c"), Arrays.copyOf(Zlib.compress(a, 6, 15), 2));
        assertArrayEquals(hex("78da"), Arrays.copyOf(Zlib.compress(a, 9, 15), 2));
        assertArrayEquals(hex("1895"), Arrays.copyOf(Zlib.compress(a, 6, 8), 2));
        assertArrayEquals(hex("1f8b080000000000040 3".replace(" ", "")),
                Arrays.copyOf(Zlib.compress(a, 1, 31), 10));
        assertArrayEquals(hex("1f8b0800000000000203"), Arrays.copyOf(Zlib.compress(a, 9, 31), 10));
        // gzip trailer: CRC-32 then length, little-endian.
        byte[] g = Zlib.compress(a, 6, 31);
        assertArrayEquals(hex("43beb7e801000000"), Arrays.copyOfRange(g, g.length - 8, g.length));
    }

    @Test
    void invalidParametersRaiseCPythonsErrors() {
        ZlibError e = assertThrows(ZlibError.class, () -> Zlib.compress(new byte[0], 10, 15));
        assertEquals("Bad compression level", e.getMessage());
        assertEquals(ZlibError.Kind.ZLIB_ERROR, e.kind);
        assertEquals("Bad compression level",
                assertThrows(ZlibError.class, () -> Zlib.compress(new byte[0], 6, 7)).getMessage());
        assertEquals("Bad compression level",
                assertThrows(ZlibError.class, () -> Zlib.compress(new byte[0], 6, -8)).getMessage());
        for (int[] p : new int[][] {{10, 15, 8}, {6, 7, 8}, {6, 15, 10}, {6, 15, 0}, {6, 32, 8}}) {
            ZlibError v = assertThrows(ZlibError.class,
                    () -> Zlib.compressobj(p[0], 8, p[1], p[2], 0, null));
            assertEquals(ZlibError.Kind.VALUE_ERROR, v.kind);
            assertEquals("Invalid initialization option", v.getMessage());
        }
        assertEquals("Invalid initialization option", assertThrows(ZlibError.class,
                () -> Zlib.compressobj(6, 8, 15, 8, 5, null)).getMessage());
        assertEquals("Invalid initialization option", assertThrows(ZlibError.class,
                () -> Zlib.decompressobj(7, null)).getMessage());
        assertEquals("Error -2 while preparing to decompress data: inconsistent stream state",
                assertThrows(ZlibError.class, () -> Zlib.decompress(new byte[1], 7, 0)).getMessage());
        assertEquals("bufsize must be non-negative",
                assertThrows(ZlibError.class, () -> Zlib.decompress(new byte[1], 15, -1)).getMessage());
    }

    @Test
    void flushModesProduceZlibsMarkersAndDecodableStreams() {
        Compressor c = Zlib.compressobj(-1, 8, 15, 8, 0, null);
        assertArrayEquals(hex("789c"), c.compress("abc".getBytes()));
        byte[] sync = c.flush(Zlib.Z_SYNC_FLUSH);
        assertArrayEquals(hex("0000ffff"), Arrays.copyOfRange(sync, sync.length - 4, sync.length));
        // A full flush with no new input still emits an empty stored block, like zlib.
        assertArrayEquals(hex("000000ffff"), c.flush(Zlib.Z_FULL_FLUSH));
        // Repeating a flush of equal or lower rank without input does nothing.
        assertArrayEquals(new byte[0], c.flush(Zlib.Z_FULL_FLUSH));
        assertArrayEquals(new byte[0], c.flush(Zlib.Z_SYNC_FLUSH));
        assertArrayEquals(new byte[0], c.compress("abc".getBytes()));
        byte[] partial = c.flush(Zlib.Z_PARTIAL_FLUSH);
        assertTrue(partial.length > 0);
        assertArrayEquals(new byte[0], c.flush(Zlib.Z_BLOCK));
        assertArrayEquals(new byte[0], c.flush(Zlib.Z_NO_FLUSH));
        byte[] fin = c.flush(Zlib.Z_FINISH);
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(hex("789c"));
        all.writeBytes(sync);
        all.writeBytes(hex("000000ffff"));
        all.writeBytes(partial);
        all.writeBytes(fin);
        assertArrayEquals("abcabc".getBytes(), Zlib.decompress(all.toByteArray(), 15, 0));
        assertEquals("Error -2 while flushing: inconsistent stream state",
                assertThrows(ZlibError.class, () -> c.flush(Zlib.Z_FINISH)).getMessage());
        assertEquals("Error -2 while compressing data: inconsistent stream state",
                assertThrows(ZlibError.class, () -> c.compress(new byte[1])).getMessage());
        assertEquals("Inconsistent stream state",
                assertThrows(ZlibError.class, c::copy).getMessage());
        assertArrayEquals(new byte[0], c.flush(Zlib.Z_NO_FLUSH));
    }

    @Test
    void syncFlushMakesEverythingSoFarDecodable() {
        byte[] text = OracleData.inputs().get("text");
        for (int mode : new int[] {Zlib.Z_SYNC_FLUSH, Zlib.Z_FULL_FLUSH}) {
            Compressor c = Zlib.compressobj(6, 8, 15, 8, 0, null);
            Decompressor d = Zlib.decompressobj(15, null);
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            for (int i = 0; i < text.length; i += 1000) {
                byte[] piece = Arrays.copyOfRange(text, i, Math.min(text.length, i + 1000));
                got.writeBytes(d.decompress(Zlib.concat(c.compress(piece), c.flush(mode)), 0));
                assertArrayEquals(Arrays.copyOf(text, Math.min(text.length, i + 1000)),
                        got.toByteArray());
            }
            got.writeBytes(d.decompress(c.flush(Zlib.Z_FINISH), 0));
            assertTrue(d.eof());
            assertArrayEquals(text, got.toByteArray());
        }
    }

    @Test
    void compressorCopyForksTheStream() {
        Compressor a = Zlib.compressobj(6, 8, 15, 8, 0, null);
        byte[] head = a.compress("hello ".getBytes());
        Compressor b = a.copy();
        byte[] ta = Zlib.concat(a.compress("world".getBytes()), a.flush(Zlib.Z_FINISH));
        byte[] tb = Zlib.concat(b.compress("there".getBytes()), b.flush(Zlib.Z_FINISH));
        assertArrayEquals("hello world".getBytes(), Zlib.decompress(Zlib.concat(head, ta), 15, 0));
        assertArrayEquals("hello there".getBytes(), Zlib.decompress(Zlib.concat(head, tb), 15, 0));
    }

    @Test
    void presetDictionaryRoundTripsAndIsRequired() {
        byte[] dict = "hello world".getBytes();
        byte[] data = "hello world hello".getBytes();
        Compressor c = Zlib.compressobj(6, 8, 15, 8, 0, dict);
        byte[] s = Zlib.concat(c.compress(data), c.flush(Zlib.Z_FINISH));
        assertEquals(0x20, s[1] & 0x20, "FDICT flag");
        assertArrayEquals(data, Zlib.decompressobj(15, dict).decompress(s, 0));
        assertEquals("Error 2 while decompressing data",
                assertThrows(ZlibError.class, () -> Zlib.decompress(s, 15, 0)).getMessage());
        assertEquals("Error 2 while decompressing data", assertThrows(ZlibError.class,
                () -> Zlib.decompressobj(15, null).decompress(s, 0)).getMessage());
        assertEquals("Error -3 while setting zdict: invalid input data", assertThrows(
                ZlibError.class,
                () -> Zlib.decompressobj(15, "hello worle".getBytes()).decompress(s, 0)).getMessage());
        // CPython's stream for the same dictionary and data.
        byte[] theirs = hex("78bb1a0b045dcb40301 5c06c003b200691".replace(" ", ""));
        assertArrayEquals(data, Zlib.decompressobj(15, dict).decompress(theirs, 0));
        // Raw streams take the dictionary up front.
        Compressor raw = Zlib.compressobj(6, 8, -15, 8, 0, dict);
        byte[] rs = Zlib.concat(raw.compress(data), raw.flush(Zlib.Z_FINISH));
        assertArrayEquals(data, Zlib.decompressobj(-15, dict).decompress(rs, 0));
        assertEquals("Invalid dictionary", assertThrows(ZlibError.class,
                () -> Zlib.compressobj(6, 8, 31, 8, 0, dict)).getMessage());
    }

    @Test
    void decompressobjTracksTailUnusedDataAndEofLikeCPython() {
        byte[] x100 = new byte[100];
        Arrays.fill(x100, (byte) 'x');
        byte[] stream = Zlib.concat(Zlib.compress(x100, 6, 15), "junk".getBytes());
        Decompressor d = Zlib.decompressobj(15, null);
        assertArrayEquals(Arrays.copyOf(x100, 10), d.decompress(stream, 10));
        assertTrue(d.unconsumedTail().length > 4);
        assertEquals(0, d.unusedData().length);
        assertFalse(d.eof());
        assertArrayEquals(Arrays.copyOf(x100, 90), d.decompress(d.unconsumedTail(), 0));
        assertArrayEquals("junk".getBytes(), d.unconsumedTail());
        assertArrayEquals("junk".getBytes(), d.unusedData());
        assertTrue(d.eof());
        assertArrayEquals(new byte[0], d.decompress("more".getBytes(), 0));
        assertArrayEquals("more".getBytes(), d.unconsumedTail());
        assertArrayEquals("junkmore".getBytes(), d.unusedData());
        assertEquals("max_length must be non-negative",
                assertThrows(ZlibError.class, () -> d.decompress(new byte[0], -1)).getMessage());
        assertEquals("length must be greater than zero",
                assertThrows(ZlibError.class, () -> d.flush(0)).getMessage());
    }

    @Test
    void decompressorFlushDrainsTailAndCopyForks() {
        byte[] text = OracleData.inputs().get("text");
        byte[] s = Zlib.compress(text, 6, 15);
        Decompressor d = Zlib.decompressobj(15, null);
        byte[] first = d.decompress(s, 100);
        assertEquals(100, first.length);
        Decompressor e = d.copy();
        assertArrayEquals(text, Zlib.concat(first, d.flush(16384)));
        assertTrue(d.eof());
        assertArrayEquals(text, Zlib.concat(first, e.flush(1)));
    }

    @Test
    void dataErrorsInStreamingModeUseTheDecompressPrefix() {
        Decompressor d = Zlib.decompressobj(15, null);
        ZlibError e = assertThrows(ZlibError.class, () -> d.decompress(hex("789c07"), 0));
        assertEquals("Error -3 while decompressing data: invalid block type", e.getMessage());
        assertEquals("Error -3 while decompressing data: incorrect header check",
                assertThrows(ZlibError.class,
                        () -> Zlib.decompressobj(15, null).decompress(hex("7878"), 0)).getMessage());
    }
}
