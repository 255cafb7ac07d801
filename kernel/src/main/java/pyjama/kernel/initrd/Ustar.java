package pyjama.kernel.initrd;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a POSIX ustar archive (what {@code tar --format=ustar} writes): 512-byte headers, each
 * followed by its data padded to 512 bytes, ended by zero blocks or the end of the bytes.
 *
 * <p>Untrusted input: a boot module can be anything. Every header is checked (checksum, octal
 * fields, size against what is left, names), a bad header is reported to the {@link Sink} and
 * the reader moves on to the next 512-byte block (so one damaged header costs one entry, not
 * the archive), and nothing here can throw on any input. Names are made relative and clean:
 * leading {@code /} and {@code ./} are dropped, and a name with a {@code ..} component is
 * refused, so an archive cannot write outside the directory it is unpacked into.
 */
public final class Ustar {
    private Ustar() {}

    public static final int BLOCK = 512;
    /** Bad headers reported one by one before the reader only counts them. */
    static final int MAX_REPORTED = 8;

    /** Where the entries go. */
    public interface Sink {
        /** A regular file: its clean relative path and its bytes. */
        void file(String path, byte[] data);

        /** A directory (clean relative path, never empty). */
        void directory(String path);

        /** Something was skipped, and why. */
        void warn(String message);
    }

    /** What a read found. */
    public record Summary(int files, int directories, int skipped) {}

    /** Reads the whole archive into {@code sink}. */
    public static Summary read(byte[] archive, Sink sink) {
        int files = 0, dirs = 0, skipped = 0;
        int pos = 0;
        while (pos + BLOCK <= archive.length) {
            if (isZeroBlock(archive, pos)) break; // end of archive
            String problem = checkHeader(archive, pos);
            if (problem != null) {
                skipped++;
                report(sink, skipped, "bad header at offset " + pos + ": " + problem + "; skipped 512 bytes");
                pos += BLOCK;
                continue;
            }
            long size = octal(archive, pos + 124, 12);
            char type = (char) (archive[pos + 156] & 0xFF);
            String name = fullName(archive, pos);
            long dataBlocks = (size + BLOCK - 1) / BLOCK;
            long next = pos + BLOCK + dataBlocks * BLOCK;
            if (pos + BLOCK + size > archive.length) {
                skipped++;
                report(sink, skipped, "'" + name + "': " + size + " bytes announced but the archive ends "
                        + (archive.length - pos - BLOCK) + " bytes after its header; stopped");
                break;
            }
            String clean = clean(name);
            boolean isFile = type == '0' || type == 0 || type == '7';
            if (clean == null || (isFile && clean.isEmpty())) {
                skipped++;
                report(sink, skipped, "'" + name + "': unsafe or empty name; skipped");
            } else if (isFile) {
                byte[] data = new byte[(int) size];
                System.arraycopy(archive, pos + BLOCK, data, 0, (int) size);
                sink.file(clean, data);
                files++;
            } else if (type == '5') {
                if (!clean.isEmpty()) {
                    sink.directory(clean);
                    dirs++;
                }
            } else {
                skipped++;
                report(sink, skipped, "'" + name + "': entry type '" + printable(type) + "' not supported; skipped");
            }
            pos = next > archive.length ? archive.length : (int) next;
        }
        if (skipped > MAX_REPORTED) sink.warn((skipped - MAX_REPORTED) + " more entries skipped");
        return new Summary(files, dirs, skipped);
    }

    private static void report(Sink sink, int count, String message) {
        if (count <= MAX_REPORTED) sink.warn(message);
    }

    static boolean isZeroBlock(byte[] a, int pos) {
        for (int i = pos; i < pos + BLOCK; i++) if (a[i] != 0) return false;
        return true;
    }

    /** Null if the header at {@code pos} is sound, else what is wrong with it. */
    static String checkHeader(byte[] a, int pos) {
        long stored = octal(a, pos + 148, 8);
        if (stored < 0) return "checksum field is not octal";
        long sum = 0;
        for (int i = 0; i < BLOCK; i++) {
            sum += (i >= 148 && i < 156) ? ' ' : (a[pos + i] & 0xFF);
        }
        if (sum != stored) return "checksum mismatch";
        long size = octal(a, pos + 124, 12);
        if (size < 0) return "size field is not octal";
        if (size > Integer.MAX_VALUE - BLOCK) return "size " + size + " too large";
        if (a[pos] == 0) return "empty name";
        return null;
    }

    /**
     * An octal field: optional leading spaces, octal digits, ended by NUL, space or the field's
     * end. -1 when malformed (a GNU base-256 size, for one, is refused rather than misread).
     */
    static long octal(byte[] a, int at, int len) {
        int i = at, end = at + len;
        while (i < end && a[i] == ' ') i++;
        long v = 0;
        int digits = 0;
        for (; i < end; i++) {
            int c = a[i] & 0xFF;
            if (c == 0 || c == ' ') break;
            if (c < '0' || c > '7') return -1;
            if (v > (Long.MAX_VALUE >> 3)) return -1;
            v = v * 8 + (c - '0');
            digits++;
        }
        for (; i < end; i++) {
            int c = a[i] & 0xFF;
            if (c != 0 && c != ' ') return -1;
        }
        return digits == 0 ? -1 : v;
    }

    /** The name, with the ustar prefix field in front when the magic says there is one. */
    static String fullName(byte[] a, int pos) {
        String name = cString(a, pos, 100);
        boolean ustar = a[pos + 257] == 'u' && a[pos + 258] == 's' && a[pos + 259] == 't'
                && a[pos + 260] == 'a' && a[pos + 261] == 'r';
        if (ustar) {
            String prefix = cString(a, pos + 345, 155);
            if (!prefix.isEmpty()) name = prefix + "/" + name;
        }
        return name;
    }

    private static String cString(byte[] a, int at, int len) {
        int n = 0;
        while (n < len && a[at + n] != 0) n++;
        return new String(a, at, n, StandardCharsets.UTF_8);
    }

    /**
     * A relative path of non-empty components without {@code .}; null when a component is
     * {@code ..} or holds a NUL. "" for the archive's root directory ({@code ./}).
     */
    static String clean(String name) {
        List<String> parts = new ArrayList<>();
        int i = 0, n = name.length();
        while (i <= n) {
            int j = name.indexOf('/', i);
            if (j < 0) j = n;
            String part = name.substring(i, j);
            if (part.equals("..") || part.indexOf('\0') >= 0) return null;
            if (!part.isEmpty() && !part.equals(".")) parts.add(part);
            i = j + 1;
        }
        return String.join("/", parts);
    }

    private static String printable(char c) {
        return c >= 0x20 && c < 0x7f ? String.valueOf(c) : "\\x" + Integer.toHexString(c);
    }
}
