package pyjama.python.compress;

import java.util.Arrays;

/**
 * Resumable DEFLATE decoder (RFC 1951) with optional zlib (RFC 1950) or gzip (RFC 1952) framing.
 *
 * <p>Resumability works by atomic steps: every step (a block header, a whole dynamic-table
 * header, one literal/length symbol with its distance, a wrapper header field) first checks that
 * all of its bits are present; if not, the bit reader is rolled back to where the step began and
 * {@link #run} returns {@link #NEED_INPUT}. Input bytes that a rolled-back step touched stay in
 * the internal buffer, so callers may split the stream anywhere. Errors are reported as soon as
 * the offending bits are present and use zlib's messages; after an error the engine stays failed.
 *
 * <p>Output goes to one array that also serves as the LZ77 window: the current call's output is
 * appended after at least the last 32 KiB of earlier output, so back-references are plain array
 * copies. Corrupt input never indexes outside an array: every distance is checked against the
 * history present, every table lookup is masked to the table size.
 */
final class InflateEngine {
    static final int NEED_INPUT = 0;
    static final int OUTPUT_FULL = 1;
    static final int STREAM_END = 2;
    static final int NEED_DICT = 3;
    static final int DATA_ERROR = 4;

    /** Framing, decided by wbits. */
    static final int WRAP_RAW = 0;
    static final int WRAP_ZLIB = 1;
    static final int WRAP_GZIP = 2;
    static final int WRAP_AUTO = 3;

    private static final int WINDOW = 32768;

    private static final int M_HEADER = 0;
    private static final int M_DICTID = 1;
    private static final int M_DICT = 2;
    private static final int M_BLOCK = 3;
    private static final int M_STORED_LEN = 4;
    private static final int M_STORED = 5;
    private static final int M_DYNAMIC = 6;
    private static final int M_CODES = 7;
    private static final int M_CHECK = 8;
    private static final int M_LENGTH = 9;
    private static final int M_DONE = 10;
    private static final int M_BAD = 11;

    private static final int[] LENGTH_BASE = {
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
        35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
    private static final int[] LENGTH_EXTRA = {
        0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2,
        3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
    private static final int[] DIST_BASE = {
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193,
        257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
    private static final int[] DIST_EXTRA = {
        0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6,
        7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};
    private static final int[] CODE_LENGTH_ORDER = {
        16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};

    private final int wrap;
    private int windowBits;
    private int mode;
    private boolean gzipStream;
    private String errorMessage;

    // Input: in[inPos, inEnd) not yet in the bit buffer. `ownsInput` is false while `in` is the
    // caller's array (one-shot decoding avoids copying); it is then never written.
    private byte[] in = new byte[0];
    private boolean ownsInput = true;
    private int inPos;
    private int inEnd;
    private long bitBuf;
    private int bitCount;

    // Output / window: out[0, outPos), with out[callStart, outPos) produced by the current call.
    private byte[] out = new byte[1024];
    private int outPos;
    private int callStart;
    private int checkPos;
    private int check;
    private long totalOut;
    private int dictId;

    // Block state.
    private boolean lastBlock;
    private int storedLeft;
    private HuffmanTable literals;
    private HuffmanTable distances;
    private int pendingLength;
    private int pendingDistance;

    InflateEngine(int wrap, int windowBits) {
        this.wrap = wrap;
        this.windowBits = windowBits;
        this.mode = wrap == WRAP_RAW ? M_BLOCK : M_HEADER;
    }

    InflateEngine copy() {
        InflateEngine c = new InflateEngine(wrap, windowBits);
        c.mode = mode;
        c.gzipStream = gzipStream;
        c.errorMessage = errorMessage;
        c.in = Arrays.copyOfRange(in, inPos, inEnd);
        c.inEnd = inEnd - inPos;
        c.bitBuf = bitBuf;
        c.bitCount = bitCount;
        c.out = out.clone();
        c.outPos = outPos;
        c.callStart = callStart;
        c.checkPos = checkPos;
        c.check = check;
        c.totalOut = totalOut;
        c.dictId = dictId;
        c.lastBlock = lastBlock;
        c.storedLeft = storedLeft;
        c.literals = literals;
        c.distances = distances;
        c.pendingLength = pendingLength;
        c.pendingDistance = pendingDistance;
        return c;
    }

    String errorMessage() {
        return errorMessage;
    }

    boolean finished() {
        return mode == M_DONE;
    }

    boolean needsDictionary() {
        return mode == M_DICT;
    }

    int dictionaryId() {
        return dictId;
    }

    long totalOut() {
        return totalOut;
    }

    // ---------------------------------------------------------------- input management

    /** Appends input. Whole bytes still in the bit buffer are put back first. */
    void feed(byte[] data, int off, int len) {
        if (len == 0) {
            return;
        }
        returnWholeBytes();
        int remaining = inEnd - inPos;
        if (remaining == 0) {
            // Borrow the caller's array; copied only if more input arrives before it is used up.
            in = data;
            ownsInput = false;
            inPos = off;
            inEnd = off + len;
            return;
        }
        int need = remaining + len;
        byte[] dest = ownsInput && need <= in.length ? in : new byte[Math.max(need, 256)];
        System.arraycopy(in, inPos, dest, 0, remaining);
        System.arraycopy(data, off, dest, remaining, len);
        in = dest;
        ownsInput = true;
        inPos = 0;
        inEnd = need;
    }

    /**
     * Stops borrowing the caller's input array (called before returning to Python code, which
     * might mutate a bytearray it passed in).
     */
    void detachInput() {
        if (!ownsInput) {
            returnWholeBytes();
            in = Arrays.copyOfRange(in, inPos, inEnd);
            inEnd -= inPos;
            inPos = 0;
            ownsInput = true;
        }
    }

    /** Removes and returns the input not yet decoded (whole bytes only). */
    byte[] takeUnconsumed() {
        returnWholeBytes();
        byte[] r = Arrays.copyOfRange(in, inPos, inEnd);
        inEnd = inPos;
        return r;
    }

    int unconsumedLength() {
        return inEnd - inPos + (bitCount >>> 3);
    }

    private void returnWholeBytes() {
        int whole = bitCount >>> 3;
        inPos -= whole;
        bitCount &= 7;
        bitBuf &= (1L << bitCount) - 1;
    }

    // ---------------------------------------------------------------- output management

    /** Installs a preset dictionary as history (zdict). */
    void setDictionary(byte[] dict) {
        int n = Math.min(dict.length, WINDOW);
        ensureRoom(n);
        System.arraycopy(dict, dict.length - n, out, outPos, n);
        outPos += n;
        callStart = outPos;
        checkPos = outPos;
        if (mode == M_DICT) {
            mode = M_BLOCK;
        }
    }

    /** Returns this call's output and keeps only the window for the next call. */
    byte[] takeOutput() {
        syncCheck();
        byte[] r = Arrays.copyOfRange(out, callStart, outPos);
        if (outPos > 2 * WINDOW) {
            byte[] dest = out.length > 8 * WINDOW ? new byte[4 * WINDOW] : out;
            System.arraycopy(out, outPos - WINDOW, dest, 0, WINDOW);
            out = dest;
            outPos = WINDOW;
        }
        callStart = outPos;
        checkPos = outPos;
        return r;
    }

    int producedThisCall() {
        return outPos - callStart;
    }

    private void ensureRoom(int n) {
        if (out.length - outPos >= n) {
            return;
        }
        long want = Math.max((long) outPos + n, (long) out.length * 2);
        if (want > Integer.MAX_VALUE - 16) {
            want = (long) outPos + n;
            if (want > Integer.MAX_VALUE - 16) {
                throw new ZlibError(ZlibError.Kind.MEMORY_ERROR, "");
            }
        }
        out = Arrays.copyOf(out, (int) want);
    }

    private void syncCheck() {
        int n = outPos - checkPos;
        if (n > 0) {
            if (gzipStream) {
                check = Crc32.update(check, out, checkPos, n);
            } else if (wrap != WRAP_RAW) {
                check = Adler32.update(check, out, checkPos, n);
            }
            totalOut += n;
        }
        checkPos = outPos;
    }

    // ---------------------------------------------------------------- bit reader

    private void refill() {
        while (bitCount <= 56 && inPos < inEnd) {
            bitBuf |= (long) (in[inPos++] & 0xff) << bitCount;
            bitCount += 8;
        }
    }

    /** True if at least n bits are (now) buffered. */
    private boolean need(int n) {
        if (bitCount < n) {
            refill();
        }
        return bitCount >= n;
    }

    private int bits(int n) {
        int v = (int) (bitBuf & ((1L << n) - 1));
        bitBuf >>>= n;
        bitCount -= n;
        return v;
    }

    private int savedInPos;
    private long savedBitBuf;
    private int savedBitCount;

    private void mark() {
        savedInPos = inPos;
        savedBitBuf = bitBuf;
        savedBitCount = bitCount;
    }

    private void rewind() {
        inPos = savedInPos;
        bitBuf = savedBitBuf;
        bitCount = savedBitCount;
    }

    private static final int SYM_NEED = -1;
    private static final int SYM_INVALID = -2;

    /** Decodes one symbol, consuming its bits; or SYM_NEED (nothing consumed) / SYM_INVALID. */
    private int decode(HuffmanTable h) {
        if (bitCount < 15) {
            refill();
        }
        int[] t = h.table;
        int root = h.rootBits;
        int e = t[(int) (bitBuf & ((1 << root) - 1))];
        int resolved = root;
        if ((e & HuffmanTable.LINK) != 0) {
            if (bitCount < root) {
                return SYM_NEED;
            }
            int sb = e & 15;
            e = t[(e >>> 16) + (int) ((bitBuf >>> root) & ((1 << sb) - 1))];
            resolved = root + sb;
        }
        int len = e & 15;
        if (len == 0) {
            return bitCount >= resolved ? SYM_INVALID : SYM_NEED;
        }
        if (len > bitCount) {
            return SYM_NEED;
        }
        bitBuf >>>= len;
        bitCount -= len;
        return e >>> 16;
    }

    // ---------------------------------------------------------------- main loop

    private int fail(String message) {
        errorMessage = message;
        mode = M_BAD;
        return DATA_ERROR;
    }

    /**
     * Decodes as far as input and {@code maxOutput} (bytes for this call) allow. Returns one of
     * NEED_INPUT, OUTPUT_FULL, STREAM_END, NEED_DICT, DATA_ERROR (message in errorMessage()).
     */
    int run(int maxOutput) {
        int limit = (int) Math.min((long) callStart + maxOutput, Integer.MAX_VALUE - 16);
        while (true) {
            int r;
            switch (mode) {
                case M_HEADER -> r = header();
                case M_DICTID -> {
                    if (!need(32)) {
                        return NEED_INPUT;
                    }
                    int b0 = bits(8), b1 = bits(8), b2 = bits(8), b3 = bits(8);
                    dictId = b0 << 24 | b1 << 16 | b2 << 8 | b3;
                    mode = M_DICT;
                    r = -1;
                }
                case M_DICT -> r = NEED_DICT;
                case M_BLOCK -> r = blockHeader();
                case M_STORED_LEN -> {
                    if (!need(32)) {
                        return NEED_INPUT;
                    }
                    int len = bits(16);
                    int nlen = bits(16);
                    if (len != (~nlen & 0xffff)) {
                        return fail("invalid stored block lengths");
                    }
                    storedLeft = len;
                    mode = M_STORED;
                    r = -1;
                }
                case M_STORED -> r = stored(limit);
                case M_DYNAMIC -> {
                    mark();
                    r = dynamicHeader();
                    if (r == NEED_INPUT) {
                        rewind();
                    }
                }
                case M_CODES -> r = codes(limit);
                case M_CHECK -> r = trailerCheck();
                case M_LENGTH -> r = trailerLength();
                case M_DONE -> r = STREAM_END;
                default -> r = DATA_ERROR;
            }
            if (r >= 0) {
                return r;
            }
        }
    }

    private int blockHeader() {
        if (lastBlock) {
            syncCheck();
            if (wrap == WRAP_RAW) {
                mode = M_DONE;
                return STREAM_END;
            }
            // The trailer starts on a byte boundary.
            bits(bitCount & 7);
            mode = M_CHECK;
            return -1;
        }
        if (!need(3)) {
            return NEED_INPUT;
        }
        lastBlock = bits(1) == 1;
        switch (bits(2)) {
            case 0 -> {
                bits(bitCount & 7);
                mode = M_STORED_LEN;
            }
            case 1 -> {
                literals = HuffmanTable.fixedLiterals();
                distances = HuffmanTable.fixedDistances();
                mode = M_CODES;
            }
            case 2 -> mode = M_DYNAMIC;
            default -> {
                return fail("invalid block type");
            }
        }
        return -1;
    }

    private int stored(int limit) {
        while (storedLeft > 0) {
            int room = limit - outPos;
            if (room <= 0) {
                return OUTPUT_FULL;
            }
            if (bitCount >= 8) {
                ensureRoom(1);
                out[outPos++] = (byte) bits(8);
                storedLeft--;
                continue;
            }
            int n = Math.min(Math.min(storedLeft, room), inEnd - inPos);
            if (n == 0) {
                return NEED_INPUT;
            }
            ensureRoom(n);
            System.arraycopy(in, inPos, out, outPos, n);
            inPos += n;
            outPos += n;
            storedLeft -= n;
        }
        mode = M_BLOCK;
        return -1;
    }

    private int dynamicHeader() {
        if (!need(14)) {
            return NEED_INPUT;
        }
        int nlen = bits(5) + 257;
        int ndist = bits(5) + 1;
        int ncode = bits(4) + 4;
        if (nlen > 286 || ndist > 30) {
            return fail("too many length or distance symbols");
        }
        int[] lens = new int[320];
        for (int i = 0; i < ncode; i++) {
            if (!need(3)) {
                return NEED_INPUT;
            }
            lens[CODE_LENGTH_ORDER[i]] = bits(3);
        }
        HuffmanTable codeLengths = HuffmanTable.build(lens, 0, 19, 7,
                HuffmanTable.Kind.CODE_LENGTHS);
        if (codeLengths == null) {
            return fail("invalid code lengths set");
        }
        Arrays.fill(lens, 0, 19, 0);
        int have = 0;
        int total = nlen + ndist;
        while (have < total) {
            int sym = decode(codeLengths);
            if (sym == SYM_NEED) {
                return NEED_INPUT;
            }
            if (sym < 0) {
                // Unreachable for a complete code-length code; kept as a guard.
                return fail("invalid code lengths set");
            }
            if (sym < 16) {
                lens[have++] = sym;
                continue;
            }
            int value;
            int repeat;
            if (sym == 16) {
                if (!need(2)) {
                    return NEED_INPUT;
                }
                if (have == 0) {
                    return fail("invalid bit length repeat");
                }
                value = lens[have - 1];
                repeat = 3 + bits(2);
            } else if (sym == 17) {
                if (!need(3)) {
                    return NEED_INPUT;
                }
                value = 0;
                repeat = 3 + bits(3);
            } else {
                if (!need(7)) {
                    return NEED_INPUT;
                }
                value = 0;
                repeat = 11 + bits(7);
            }
            if (have + repeat > total) {
                return fail("invalid bit length repeat");
            }
            while (repeat-- > 0) {
                lens[have++] = value;
            }
        }
        if (lens[256] == 0) {
            return fail("invalid code -- missing end-of-block");
        }
        HuffmanTable lit = HuffmanTable.build(lens, 0, nlen, 9, HuffmanTable.Kind.LITERALS);
        if (lit == null) {
            return fail("invalid literal/lengths set");
        }
        HuffmanTable dist = HuffmanTable.build(lens, nlen, ndist, 6, HuffmanTable.Kind.DISTANCES);
        if (dist == null) {
            return fail("invalid distances set");
        }
        literals = lit;
        distances = dist;
        mode = M_CODES;
        return -1;
    }

    private int codes(int limit) {
        final HuffmanTable lit = literals;
        final HuffmanTable dist = distances;
        while (true) {
            if (pendingLength > 0) {
                int n = Math.min(pendingLength, limit - outPos);
                if (n <= 0) {
                    return OUTPUT_FULL;
                }
                copyMatch(pendingDistance, n);
                pendingLength -= n;
                continue;
            }
            mark();
            int sym = decode(lit);
            if (sym < 256) {
                if (sym >= 0) {
                    if (outPos >= limit) {
                        rewind();
                        return OUTPUT_FULL;
                    }
                    if (outPos == out.length) {
                        ensureRoom(1);
                    }
                    out[outPos++] = (byte) sym;
                    continue;
                }
                if (sym == SYM_NEED) {
                    rewind();
                    return NEED_INPUT;
                }
                return fail("invalid literal/length code");
            }
            if (sym == 256) {
                mode = M_BLOCK;
                return -1;
            }
            sym -= 257;
            if (sym >= 29) {
                return fail("invalid literal/length code");
            }
            int extra = LENGTH_EXTRA[sym];
            if (!need(extra)) {
                rewind();
                return NEED_INPUT;
            }
            int length = LENGTH_BASE[sym] + bits(extra);
            int dsym = decode(dist);
            if (dsym < 0) {
                if (dsym == SYM_NEED) {
                    rewind();
                    return NEED_INPUT;
                }
                return fail("invalid distance code");
            }
            if (dsym >= 30) {
                return fail("invalid distance code");
            }
            extra = DIST_EXTRA[dsym];
            if (!need(extra)) {
                rewind();
                return NEED_INPUT;
            }
            int distance = DIST_BASE[dsym] + bits(extra);
            if (distance > outPos) {
                return fail("invalid distance too far back");
            }
            if (outPos >= limit) {
                rewind();
                return OUTPUT_FULL;
            }
            pendingLength = length;
            pendingDistance = distance;
        }
    }

    private void copyMatch(int distance, int n) {
        ensureRoom(n);
        byte[] o = out;
        int from = outPos - distance;
        if (distance >= n) {
            System.arraycopy(o, from, o, outPos, n);
        } else {
            // Overlapping copy: each byte may be one just written (run-length style).
            for (int i = 0; i < n; i++) {
                o[outPos + i] = o[from + i];
            }
        }
        outPos += n;
    }

    // ---------------------------------------------------------------- framing

    private int header() {
        mark();
        if (!need(16)) {
            rewind();
            return NEED_INPUT;
        }
        int b0 = (int) (bitBuf & 0xff);
        int b1 = (int) ((bitBuf >>> 8) & 0xff);
        if ((wrap == WRAP_GZIP || wrap == WRAP_AUTO) && b0 == 0x1f && b1 == 0x8b) {
            int r = gzipHeader();
            if (r == NEED_INPUT) {
                rewind();
            }
            return r;
        }
        if (wrap == WRAP_GZIP || ((b0 << 8) + b1) % 31 != 0) {
            return fail("incorrect header check");
        }
        if ((b0 & 15) != 8) {
            return fail("unknown compression method");
        }
        int len = (b0 >>> 4) + 8;
        if (windowBits == 0) {
            windowBits = len;
        }
        if (len > 15 || len > windowBits) {
            return fail("invalid window size");
        }
        bits(16);
        check = 1;
        mode = (b1 & 0x20) != 0 ? M_DICTID : M_BLOCK;
        return -1;
    }

    /** Parses a whole gzip header atomically; the caller rewinds on NEED_INPUT. */
    private int gzipHeader() {
        int crc = 0;
        int[] h = new int[10];
        for (int i = 0; i < 4; i++) {
            if (!need(8)) {
                return NEED_INPUT;
            }
            h[i] = bits(8);
            crc = Crc32.updateByte(crc, h[i]);
            if (i == 3) {
                if (h[2] != 8) {
                    return fail("unknown compression method");
                }
                if ((h[3] & 0xe0) != 0) {
                    return fail("unknown header flags set");
                }
            }
        }
        int flags = h[3];
        for (int i = 4; i < 10; i++) {
            if (!need(8)) {
                return NEED_INPUT;
            }
            crc = Crc32.updateByte(crc, bits(8));
        }
        if ((flags & 4) != 0) {
            if (!need(16)) {
                return NEED_INPUT;
            }
            int lo = bits(8);
            int hi = bits(8);
            crc = Crc32.updateByte(Crc32.updateByte(crc, lo), hi);
            int xlen = lo | hi << 8;
            for (int i = 0; i < xlen; i++) {
                if (!need(8)) {
                    return NEED_INPUT;
                }
                crc = Crc32.updateByte(crc, bits(8));
            }
        }
        for (int flag = 8; flag <= 16; flag <<= 1) {
            if ((flags & flag) != 0) {
                int b;
                do {
                    if (!need(8)) {
                        return NEED_INPUT;
                    }
                    b = bits(8);
                    crc = Crc32.updateByte(crc, b);
                } while (b != 0);
            }
        }
        if ((flags & 2) != 0) {
            if (!need(16)) {
                return NEED_INPUT;
            }
            int stored = bits(16);
            if (stored != (crc & 0xffff)) {
                return fail("header crc mismatch");
            }
        }
        if (windowBits == 0) {
            windowBits = 15;
        }
        gzipStream = true;
        check = 0;
        mode = M_BLOCK;
        return -1;
    }

    private int trailerCheck() {
        if (!need(32)) {
            return NEED_INPUT;
        }
        int value;
        if (gzipStream) {
            value = bits(16) | bits(16) << 16;
        } else {
            int b0 = bits(8), b1 = bits(8), b2 = bits(8), b3 = bits(8);
            value = b0 << 24 | b1 << 16 | b2 << 8 | b3;
        }
        if (value != check) {
            return fail("incorrect data check");
        }
        mode = gzipStream ? M_LENGTH : M_DONE;
        return mode == M_DONE ? STREAM_END : -1;
    }

    private int trailerLength() {
        if (!need(32)) {
            return NEED_INPUT;
        }
        int value = bits(16) | bits(16) << 16;
        if (value != (int) totalOut) {
            return fail("incorrect length check");
        }
        mode = M_DONE;
        return STREAM_END;
    }
}
