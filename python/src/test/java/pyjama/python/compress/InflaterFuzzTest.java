package pyjama.python.compress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mutated streams (fixed seed, bounded time) must only ever fail with a ZlibError, never another
 * exception or a hang, and decoding in one piece or byte by byte must agree.
 */
class InflaterFuzzTest {
    static String oneShot(byte[] s, int wbits) {
        try {
            return "ok:" + OracleData.sha256(Zlib.decompress(s, wbits, 0));
        } catch (ZlibError e) {
            return "err:" + e.getMessage();
        }
    }

    /** The same stream through decompressobj, in small chunks with small output limits. */
    static String chunked(byte[] s, int wbits, int chunk, int maxLength) {
        Decompressor d = Zlib.decompressobj(wbits, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            for (int i = 0; i < s.length && !d.eof(); i += chunk) {
                out.writeBytes(d.decompress(Arrays.copyOfRange(s, i, Math.min(s.length, i + chunk)),
                        maxLength));
                while (d.unconsumedTail().length > 0 && !d.eof()) {
                    out.writeBytes(d.decompress(d.unconsumedTail(), maxLength));
                }
            }
        } catch (ZlibError e) {
            return "err:" + e.getMessage();
        }
        if (!d.eof()) {
            return "err:Error -5 while decompressing data: incomplete or truncated stream";
        }
        return "ok:" + OracleData.sha256(out.toByteArray());
    }

    @Test
    void mutatedStreamsFailCleanlyAndConsistently() {
        Random rnd = new Random(42);
        byte[] text = OracleData.inputs().get("mixed");
        byte[][] bases = {
            Zlib.compress(text, 6, 15), Zlib.compress(text, 1, 31), Zlib.compress(text, 9, -15),
            Zlib.compress(Arrays.copyOf(text, 500), 0, 15),
            Zlib.compress(OracleData.inputs().get("runs"), 9, 15)};
        int[] wbits = {15, 31, -15, 15, 15};
        long deadline = System.nanoTime() + 20_000_000_000L;
        int cases = 0;
        int errors = 0;
        while (cases < 3000 && System.nanoTime() < deadline) {
            int k = rnd.nextInt(bases.length);
            byte[] s = bases[k].clone();
            int edits = 1 + rnd.nextInt(4);
            for (int e = 0; e < edits; e++) {
                int p = rnd.nextInt(s.length);
                switch (rnd.nextInt(4)) {
                    case 0 -> s[p] ^= (byte) (1 << rnd.nextInt(8));
                    case 1 -> s[p] = (byte) rnd.nextInt(256);
                    case 2 -> s = Arrays.copyOf(s, Math.max(1, p));
                    default -> {
                        int n = 1 + rnd.nextInt(16);
                        for (int i = 0; i < n && p + i < s.length; i++) {
                            s[p + i] = (byte) rnd.nextInt(256);
                        }
                    }
                }
            }
            String whole = oneShot(s, wbits[k]);
            String pieces = chunked(s, wbits[k], 1 + rnd.nextInt(7), rnd.nextInt(3) * 17);
            assertEquals(whole, pieces, "case " + cases);
            if (whole.startsWith("err:")) {
                errors++;
            }
            cases++;
        }
        assertTrue(cases >= 200, "too few cases ran: " + cases);
        assertTrue(errors > cases / 2, "mutations should mostly break streams: " + errors);
    }

    @Test
    void randomGarbageNeverEscapesAsAnotherException() {
        Random rnd = new Random(7);
        for (int i = 0; i < 3000; i++) {
            byte[] s = new byte[rnd.nextInt(64)];
            rnd.nextBytes(s);
            for (int wbits : new int[] {15, -15, 31, 47}) {
                String r = oneShot(s, wbits);
                assertTrue(r.startsWith("ok:") || r.startsWith("err:Error -"), r);
            }
        }
    }
}
