package pyjama.python.compress;

/**
 * A canonical Huffman decoding table (RFC 1951 section 3.2.2) indexed by the next bits of the
 * stream, least significant bit first. Codes no longer than {@link #rootBits} resolve in one
 * lookup; longer ones go through a second-level table whose width is the longest code sharing
 * that root prefix. The acceptance rules are zlib's, so that the same streams are rejected with
 * the same messages: over-subscribed sets are always invalid, incomplete sets only when they
 * are a single one-bit code of a literal/length or distance alphabet.
 *
 * <p>Entry layout: bits 0-3 = code length (0 marks an invalid code), bit 15 = link to a
 * second-level table (then bits 0-3 are its index width), bits 16-31 = symbol or table offset.
 */
final class HuffmanTable {
    static final int LINK = 0x8000;

    final int[] table;
    final int rootBits;
    final int maxLen;

    private HuffmanTable(int[] table, int rootBits, int maxLen) {
        this.table = table;
        this.rootBits = rootBits;
        this.maxLen = maxLen;
    }

    /** Which alphabet a table is for: decides which incomplete sets zlib accepts. */
    enum Kind { CODE_LENGTHS, LITERALS, DISTANCES }

    /**
     * Builds the table for {@code lengths[off, off+n)} (each 0..15), or returns null if the set of
     * lengths is not acceptable.
     */
    static HuffmanTable build(int[] lengths, int off, int n, int rootLimit, Kind kind) {
        int[] count = new int[16];
        for (int i = 0; i < n; i++) {
            count[lengths[off + i]]++;
        }
        int max = 15;
        while (max >= 1 && count[max] == 0) {
            max--;
        }
        if (max == 0) {
            // No codes at all. zlib accepts this and fails only if a code is ever decoded; for the
            // code-length alphabet its marker entry decodes as "length 0" using one bit.
            int e = kind == Kind.CODE_LENGTHS ? 1 : 0;
            return new HuffmanTable(new int[] {e, e}, 1, 1);
        }
        int left = 1;
        for (int len = 1; len <= 15; len++) {
            left = (left << 1) - count[len];
            if (left < 0) {
                return null;
            }
        }
        if (left > 0 && (kind == Kind.CODE_LENGTHS || max != 1)) {
            return null;
        }
        int root = Math.min(rootLimit, max);
        int rootSize = 1 << root;
        int rootMask = rootSize - 1;

        int[] firstCode = new int[16];
        int code = 0;
        for (int len = 1; len <= 15; len++) {
            // count[0] counts unused symbols, which take no code space.
            int previous = len == 1 ? 0 : count[len - 1];
            code = (code + previous) << 1;
            firstCode[len] = code;
        }
        // Pass 1: the width of each second-level table is the longest code under its prefix.
        int[] subBits = new int[rootSize];
        int[] next = firstCode.clone();
        boolean anyLong = false;
        for (int i = 0; i < n; i++) {
            int len = lengths[off + i];
            if (len > root) {
                int rev = reverse(next[len]++, len);
                int prefix = rev & rootMask;
                subBits[prefix] = Math.max(subBits[prefix], len - root);
                anyLong = true;
            } else if (len > 0) {
                next[len]++;
            }
        }
        int size = rootSize;
        int[] subOffset = null;
        if (anyLong) {
            subOffset = new int[rootSize];
            for (int p = 0; p < rootSize; p++) {
                if (subBits[p] > 0) {
                    subOffset[p] = size;
                    size += 1 << subBits[p];
                }
            }
        }
        int[] table = new int[size];
        System.arraycopy(firstCode, 0, next, 0, 16);
        for (int sym = 0; sym < n; sym++) {
            int len = lengths[off + sym];
            if (len == 0) {
                continue;
            }
            int rev = reverse(next[len]++, len);
            int entry = sym << 16 | len;
            if (len <= root) {
                for (int k = rev; k < rootSize; k += 1 << len) {
                    table[k] = entry;
                }
            } else {
                int prefix = rev & rootMask;
                int sb = subBits[prefix];
                int base = subOffset[prefix];
                table[prefix] = base << 16 | LINK | sb;
                int step = 1 << (len - root);
                for (int k = rev >>> root; k < 1 << sb; k += step) {
                    table[base + k] = entry;
                }
            }
        }
        return new HuffmanTable(table, root, max);
    }

    static int reverse(int code, int len) {
        return Integer.reverse(code) >>> (32 - len);
    }

    private static HuffmanTable fixedLiterals;
    private static HuffmanTable fixedDistances;

    /** The fixed literal/length code of RFC 1951 section 3.2.6 (including unused 286, 287). */
    static HuffmanTable fixedLiterals() {
        if (fixedLiterals == null) {
            int[] l = new int[288];
            for (int i = 0; i < 288; i++) {
                l[i] = i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8;
            }
            fixedLiterals = build(l, 0, 288, 9, Kind.LITERALS);
        }
        return fixedLiterals;
    }

    /** The fixed distance code (including unused 30, 31). */
    static HuffmanTable fixedDistances() {
        if (fixedDistances == null) {
            int[] l = new int[32];
            java.util.Arrays.fill(l, 5);
            fixedDistances = build(l, 0, 32, 5, Kind.DISTANCES);
        }
        return fixedDistances;
    }
}
