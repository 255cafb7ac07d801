package pyjama.python.compress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Lz round-trips any bytes, compresses repetitive ones, and refuses data that is not its own. */
class LzTest {
    private static void roundTrip(byte[] data) {
        byte[] packed = Lz.compress(data);
        assertArrayEquals(data, Lz.decompress(packed, data.length));
        byte[] shifted = new byte[packed.length + 3];
        System.arraycopy(packed, 0, shifted, 3, packed.length);
        assertArrayEquals(data, Lz.decompress(shifted, 3, data.length));
    }

    @Test
    void anyBytesRoundTrip() {
        Random r = new Random(42);
        roundTrip(new byte[0]);
        roundTrip(new byte[] {7});
        roundTrip(new byte[] {1, 2, 3, 4});
        for (int n : new int[] {5, 15, 16, 19, 270, 4096, 70_000, 200_000}) {
            byte[] random = new byte[n];
            r.nextBytes(random);
            roundTrip(random);
            byte[] runs = new byte[n];
            for (int i = 0; i < n; i++) runs[i] = (byte) (i / 300 % 3);
            roundTrip(runs);
            byte[] text = new byte[n];
            for (int i = 0; i < n; i++) text[i] = (byte) "def f(self, x):\n    return x\n".charAt(r.nextInt(5) + i % 20);
            roundTrip(text);
        }
    }

    @Test
    void repetitiveDataShrinks() {
        byte[] text = "for i in range(10):\n    print(i, i * i)\n".repeat(200).getBytes(StandardCharsets.US_ASCII);
        byte[] packed = Lz.compress(text);
        assertTrue(packed.length < text.length / 10, packed.length + " of " + text.length);
        assertArrayEquals(text, Lz.decompress(packed, text.length));
    }

    @Test
    void foreignOrDamagedDataIsRefused() {
        byte[] text = "abcabcabcabcabcabcabcabc-0123456789".getBytes(StandardCharsets.US_ASCII);
        byte[] packed = Lz.compress(text);
        assertThrows(IllegalArgumentException.class, () -> Lz.decompress(packed, text.length + 1));
        assertThrows(IllegalArgumentException.class, () -> Lz.decompress(packed, text.length - 1));
        assertThrows(IllegalArgumentException.class, () -> Lz.decompress(Arrays.copyOf(packed, packed.length - 1), text.length));
        assertThrows(IllegalArgumentException.class, () -> Lz.decompress(new byte[0], 3));
        // a match reaching back before the start
        assertThrows(IllegalArgumentException.class, () -> Lz.decompress(new byte[] {0x10, 'a', 5, 0, 0x00}, 10));
    }
}
