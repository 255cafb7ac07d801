package pyjama.kernel.initrd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class UstarTest {
    /** Collects what the reader found. */
    static final class Collected implements Ustar.Sink {
        final Map<String, byte[]> files = new LinkedHashMap<>();
        final List<String> dirs = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        @Override public void file(String path, byte[] data) { files.put(path, data); }
        @Override public void directory(String path) { dirs.add(path); }
        @Override public void warn(String message) { warnings.add(message); }
    }

    /** A header as tar --format=ustar writes it. */
    static byte[] header(String name, long size, char type) {
        byte[] h = new byte[512];
        String prefix = "";
        if (name.length() > 100) {
            int split = name.lastIndexOf('/', 154);
            prefix = name.substring(0, split);
            name = name.substring(split + 1);
        }
        put(h, 0, name);
        put(h, 100, "0000644");
        put(h, 108, "0000000");
        put(h, 116, "0000000");
        put(h, 124, String.format("%011o", size));
        put(h, 136, "00000000000");
        h[156] = (byte) type;
        put(h, 257, "ustar");
        put(h, 263, "00");
        put(h, 345, prefix);
        for (int i = 148; i < 156; i++) h[i] = ' ';
        long sum = 0;
        for (byte b : h) sum += b & 0xFF;
        put(h, 148, String.format("%06o", sum));
        h[154] = 0;
        return h;
    }

    private static void put(byte[] h, int at, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(b, 0, h, at, b.length);
    }

    static final class Archive {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        Archive file(String name, String content) {
            byte[] data = content.getBytes(StandardCharsets.UTF_8);
            out.writeBytes(header(name, data.length, '0'));
            out.writeBytes(data);
            out.writeBytes(new byte[(512 - data.length % 512) % 512]);
            return this;
        }
        Archive dir(String name) {
            out.writeBytes(header(name, 0, '5'));
            return this;
        }
        Archive raw(byte[] b) {
            out.writeBytes(b);
            return this;
        }
        byte[] end() {
            out.writeBytes(new byte[1024]);
            return out.toByteArray();
        }
    }

    @Test
    void filesAndDirectoriesComeOutWithTheirContent() {
        String big = "x".repeat(1300);
        byte[] tar = new Archive().dir("tests/").dir("tests/str/").file("tests/str/a.py", "print(1)\n")
                .file("tests/str/big.txt", big).file("tests/empty", "").end();
        Collected c = new Collected();
        Ustar.Summary s = Ustar.read(tar, c);
        assertEquals(new Ustar.Summary(3, 2, 0), s);
        assertEquals(List.of("tests", "tests/str"), c.dirs);
        assertEquals("print(1)\n", new String(c.files.get("tests/str/a.py"), StandardCharsets.UTF_8));
        assertEquals(big, new String(c.files.get("tests/str/big.txt"), StandardCharsets.UTF_8));
        assertArrayEquals(new byte[0], c.files.get("tests/empty"));
        assertTrue(c.warnings.isEmpty(), c.warnings.toString());
    }

    @Test
    void longNamesUseThePrefixField() {
        String name = "tests/" + "d".repeat(80) + "/" + "f".repeat(90) + ".py";
        Collected c = new Collected();
        Ustar.read(new Archive().file(name, "ok").end(), c);
        assertEquals(List.of(name), List.copyOf(c.files.keySet()));
    }

    @Test
    void aCorruptHeaderIsReportedAndSkippedAndTheRestIsRead() {
        byte[] bad = header("tests/bad.py", 0, '0');
        bad[0] = 'X'; // checksum no longer matches
        byte[] tar = new Archive().file("tests/a.py", "a").raw(bad).file("tests/b.py", "b").end();
        Collected c = new Collected();
        Ustar.Summary s = Ustar.read(tar, c);
        assertEquals(List.of("tests/a.py", "tests/b.py"), List.copyOf(c.files.keySet()));
        assertEquals(1, s.skipped());
        assertTrue(c.warnings.get(0).contains("checksum mismatch"), c.warnings.toString());
    }

    @Test
    void aTruncatedArchiveStopsWithAWarning() {
        byte[] whole = new Archive().file("tests/a.py", "a").file("tests/long.txt", "y".repeat(2000)).end();
        byte[] cut = java.util.Arrays.copyOf(whole, 512 + 512 + 512 + 100);
        Collected c = new Collected();
        Ustar.read(cut, c);
        assertEquals(List.of("tests/a.py"), List.copyOf(c.files.keySet()));
        assertTrue(c.warnings.get(0).contains("2000 bytes announced"), c.warnings.toString());
    }

    @Test
    void namesEscapingTheRootAreRefusedAndOthersCleaned() {
        byte[] tar = new Archive().file("../evil", "x").file("a/../../evil", "x").file("/abs/./x.py", "1")
                .file("./rel.py", "2").end();
        Collected c = new Collected();
        Ustar.Summary s = Ustar.read(tar, c);
        assertEquals(List.of("abs/x.py", "rel.py"), List.copyOf(c.files.keySet()));
        assertEquals(2, s.skipped());
    }

    @Test
    void unsupportedEntryTypesAreSkipped() {
        byte[] tar = new Archive().raw(header("tests/link", 0, '2')).file("tests/a.py", "a").end();
        Collected c = new Collected();
        Ustar.Summary s = Ustar.read(tar, c);
        assertEquals(List.of("tests/a.py"), List.copyOf(c.files.keySet()));
        assertEquals(1, s.skipped());
        assertTrue(c.warnings.get(0).contains("entry type '2'"), c.warnings.toString());
    }

    @Test
    void malformedOctalFieldsAreRejected() {
        assertEquals(-1, Ustar.octal("12x4\0\0".getBytes(StandardCharsets.US_ASCII), 0, 6));
        assertEquals(15, Ustar.octal("  17 \0".getBytes(StandardCharsets.US_ASCII), 0, 6));
        assertEquals(-1, Ustar.octal("17 5".getBytes(StandardCharsets.US_ASCII), 0, 4));
        assertEquals(-1, Ustar.octal(new byte[8], 0, 8));
        assertNull(Ustar.clean(".."));
        assertEquals("", Ustar.clean("./"));
    }

    @Test
    void randomBytesNeverThrowAndTooManyProblemsAreSummarized() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            byte[] junk = new byte[random.nextInt(8192)];
            random.nextBytes(junk);
            Collected c = new Collected();
            Ustar.read(junk, c); // must not throw
            assertTrue(c.warnings.size() <= Ustar.MAX_REPORTED + 1, c.warnings.toString());
        }
        // A valid archive with random damage in its headers: still no exception.
        byte[] tar = new Archive().file("tests/a.py", "a".repeat(700)).file("tests/b.py", "b").end();
        for (int round = 0; round < 500; round++) {
            byte[] damaged = tar.clone();
            for (int k = 0; k < 3; k++) damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
            Ustar.read(damaged, new Collected());
        }
    }
}
