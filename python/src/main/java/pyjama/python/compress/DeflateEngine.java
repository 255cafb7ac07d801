package pyjama.python.compress;

import java.util.Arrays;

/**
 * DEFLATE encoder (RFC 1951) with zlib/gzip framing: LZ77 over a sliding window with hash
 * chains, greedy matching at levels 1-3 and lazy matching at 4-9 (zlib's tuning table), and per
 * block a choice between stored, fixed-Huffman and dynamic-Huffman encodings by exact bit cost.
 * Output is valid for any inflater but not byte-identical to zlib's.
 *
 * <p>Window invariants: window[0, strStart + lookahead) holds input; positions in head/prev are
 * window indices (or -1); when strStart reaches wSize + maxDist the upper half slides down, so
 * strStart + 258 never passes the end of the array and every candidate match lies within maxDist.
 */
final class DeflateEngine {
    static final int WRAP_RAW = 0;
    static final int WRAP_ZLIB = 1;
    static final int WRAP_GZIP = 2;

    static final int NO_FLUSH = 0;
    static final int PARTIAL_FLUSH = 1;
    static final int SYNC_FLUSH = 2;
    static final int FULL_FLUSH = 3;
    static final int FINISH = 4;
    static final int BLOCK = 5;

    static final int FILTERED = 1;
    static final int HUFFMAN_ONLY = 2;
    static final int RLE = 3;
    static final int FIXED = 4;

    private static final int MIN_MATCH = 3;
    private static final int MAX_MATCH = 258;
    private static final int MIN_LOOKAHEAD = MAX_MATCH + MIN_MATCH + 1;

    // zlib's configuration table: good_length, max_lazy, nice_length, max_chain per level.
    private static final int[][] CONFIG = {
        {0, 0, 0, 0}, {4, 4, 8, 4}, {4, 5, 16, 8}, {4, 6, 32, 32},
        {4, 4, 16, 16}, {8, 16, 32, 32}, {8, 16, 128, 128},
        {8, 32, 128, 256}, {32, 128, 258, 1024}, {32, 258, 258, 4096}};

    private static final int[] LENGTH_CODE = new int[256];
    private static final int[] LENGTH_BASE = new int[29];
    private static final int[] LENGTH_EXTRA = {
        0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2,
        3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
    private static final int[] DIST_CODE = new int[512];
    private static final int[] DIST_BASE = new int[30];
    private static final int[] DIST_EXTRA = {
        0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6,
        7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};
    private static final int[] CODE_LENGTH_ORDER = {
        16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};
    private static final int[] FIXED_LIT_LEN = new int[288];
    private static final int[] FIXED_LIT_CODE = new int[288];
    private static final int[] FIXED_DIST_LEN = new int[30];
    private static final int[] FIXED_DIST_CODE = new int[30];

    static {
        int length = 0;
        for (int code = 0; code < 28; code++) {
            LENGTH_BASE[code] = length;
            for (int n = 0; n < 1 << LENGTH_EXTRA[code]; n++) {
                LENGTH_CODE[length++] = code;
            }
        }
        // Length 258 (stored as 255) has its own code, overriding code 27's last slot.
        LENGTH_CODE[255] = 28;
        LENGTH_BASE[28] = 255;
        int dist = 0;
        for (int code = 0; code < 16; code++) {
            DIST_BASE[code] = dist;
            for (int n = 0; n < 1 << DIST_EXTRA[code]; n++) {
                DIST_CODE[dist++] = code;
            }
        }
        dist >>= 7;
        for (int code = 16; code < 30; code++) {
            DIST_BASE[code] = dist << 7;
            for (int n = 0; n < 1 << (DIST_EXTRA[code] - 7); n++) {
                DIST_CODE[256 + dist++] = code;
            }
        }
        for (int i = 0; i < 288; i++) {
            FIXED_LIT_LEN[i] = i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8;
        }
        HuffmanCode.codes(FIXED_LIT_LEN, 288, FIXED_LIT_CODE);
        Arrays.fill(FIXED_DIST_LEN, 5);
        HuffmanCode.codes(FIXED_DIST_LEN, 30, FIXED_DIST_CODE);
    }

    /** Distance code for a distance-1 value in [0, 32767]. */
    private static int distCode(int d) {
        return d < 256 ? DIST_CODE[d] : DIST_CODE[256 + (d >>> 7)];
    }

    private final int level;
    private final int strategy;
    private final int wrap;
    private final int windowBits;
    private final int goodLength;
    private final int maxLazy;
    private final int niceLength;
    private final int maxChain;

    private final int wSize;
    private final int wMask;
    private final int maxDist;
    private final int hashShift;
    private byte[] window;
    private int[] head;
    private int[] prev;

    private int strStart;
    private int lookahead;
    private int blockStart;
    /** Input before this position is covered by emitted symbols. */
    private int emittedEnd;
    /** Matches may not reach before this position (set by a full flush). */
    private int historyStart;
    private int matchLength;
    private int matchStart;
    private int prevLength;
    private int prevMatch;
    private boolean matchAvailable;

    private int[] syms;
    private int symCount;
    private final int symLimit;

    private final BitWriter outBits = new BitWriter();
    private int check;
    private long totalIn;
    private boolean headerWritten;
    private boolean finished;
    private int lastFlush = NO_FLUSH;
    private int dictId = -1;

    DeflateEngine(int level, int wrap, int windowBits, int memLevel, int strategy) {
        this.level = level;
        this.strategy = strategy;
        this.wrap = wrap;
        this.windowBits = windowBits;
        int[] c = CONFIG[level];
        goodLength = c[0];
        maxLazy = c[1];
        niceLength = c[2];
        maxChain = c[3];
        wSize = 1 << windowBits;
        wMask = wSize - 1;
        maxDist = wSize - MIN_LOOKAHEAD;
        int hashBits = memLevel + 7;
        hashShift = 32 - hashBits;
        window = new byte[2 * wSize];
        head = new int[1 << hashBits];
        Arrays.fill(head, -1);
        prev = new int[wSize];
        symLimit = (1 << (memLevel + 6)) - 1;
        syms = new int[symLimit];
        matchLength = prevLength = MIN_MATCH - 1;
        check = wrap == WRAP_GZIP ? 0 : 1;
    }

    private DeflateEngine(DeflateEngine o) {
        level = o.level;
        strategy = o.strategy;
        wrap = o.wrap;
        windowBits = o.windowBits;
        goodLength = o.goodLength;
        maxLazy = o.maxLazy;
        niceLength = o.niceLength;
        maxChain = o.maxChain;
        wSize = o.wSize;
        wMask = o.wMask;
        maxDist = o.maxDist;
        hashShift = o.hashShift;
        window = o.window.clone();
        head = o.head.clone();
        prev = o.prev.clone();
        strStart = o.strStart;
        lookahead = o.lookahead;
        blockStart = o.blockStart;
        emittedEnd = o.emittedEnd;
        historyStart = o.historyStart;
        matchLength = o.matchLength;
        matchStart = o.matchStart;
        prevLength = o.prevLength;
        prevMatch = o.prevMatch;
        matchAvailable = o.matchAvailable;
        syms = o.syms.clone();
        symCount = o.symCount;
        symLimit = o.symLimit;
        outBits.copyFrom(o.outBits);
        check = o.check;
        totalIn = o.totalIn;
        headerWritten = o.headerWritten;
        finished = o.finished;
        lastFlush = o.lastFlush;
        dictId = o.dictId;
    }

    DeflateEngine copy() {
        return new DeflateEngine(this);
    }

    boolean finished() {
        return finished;
    }

    /** Preset dictionary: becomes match history, and its Adler-32 goes in the zlib header. */
    void setDictionary(byte[] dict) {
        dictId = Adler32.update(1, dict, 0, dict.length);
        int n = Math.min(dict.length, wSize);
        System.arraycopy(dict, dict.length - n, window, 0, n);
        strStart = n;
        blockStart = n;
        emittedEnd = n;
        for (int p = 0; p + MIN_MATCH <= n; p++) {
            insert(p);
        }
    }

    // ---------------------------------------------------------------- public-ish operations

    /** Consumes all of data; returns the compressed bytes completed so far. */
    byte[] compress(byte[] data, int off, int len) {
        writeHeader();
        lastFlush = NO_FLUSH;
        if (wrap == WRAP_GZIP) {
            check = Crc32.update(check, data, off, len);
        } else if (wrap == WRAP_ZLIB) {
            check = Adler32.update(check, data, off, len);
        }
        totalIn += len;
        while (len > 0) {
            if (strStart >= wSize + maxDist) {
                slide();
            }
            int room = 2 * wSize - (strStart + lookahead);
            int n = Math.min(room, len);
            System.arraycopy(data, off, window, strStart + lookahead, n);
            lookahead += n;
            off += n;
            len -= n;
            process(false);
        }
        return outBits.take();
    }

    /** zlib's flush ranking: a repeated flush of equal or lower rank without new input is a no-op. */
    private static int rank(int mode) {
        return mode * 2 - (mode > 4 ? 9 : 0);
    }

    byte[] flush(int mode) {
        writeHeader();
        int old = lastFlush;
        lastFlush = mode;
        if (mode != FINISH && rank(mode) <= rank(old)) {
            return outBits.take();
        }
        process(true);
        if (mode == FINISH) {
            flushBlock(true);
            outBits.alignToByte();
            writeTrailer();
            finished = true;
            return outBits.take();
        }
        if (symCount > 0) {
            flushBlock(false);
        }
        if (mode == PARTIAL_FLUSH) {
            // An empty fixed block: gives the inflater enough bits to finish the previous block.
            outBits.put(1 << 1, 3);
            outBits.put(FIXED_LIT_CODE[256], FIXED_LIT_LEN[256]);
        } else if (mode == SYNC_FLUSH || mode == FULL_FLUSH) {
            // An empty stored block aligns the output to a byte boundary.
            outBits.put(0, 3);
            outBits.alignToByte();
            outBits.putByte(0);
            outBits.putByte(0);
            outBits.putByte(0xff);
            outBits.putByte(0xff);
            if (mode == FULL_FLUSH) {
                // Forget history so that decoding can restart from here.
                Arrays.fill(head, -1);
                historyStart = strStart;
            }
        }
        return outBits.take();
    }

    private void writeHeader() {
        if (headerWritten) {
            return;
        }
        headerWritten = true;
        if (wrap == WRAP_ZLIB) {
            int levelFlags = strategy >= HUFFMAN_ONLY || level < 2 ? 0
                    : level < 6 ? 1 : level == 6 ? 2 : 3;
            int header = (8 + ((windowBits - 8) << 4)) << 8 | levelFlags << 6;
            if (dictId != -1 || strStart != 0) {
                header |= 0x20;
            }
            header += 31 - header % 31;
            outBits.putByte(header >>> 8);
            outBits.putByte(header & 0xff);
            if ((header & 0x20) != 0) {
                outBits.putByte(dictId >>> 24);
                outBits.putByte((dictId >>> 16) & 0xff);
                outBits.putByte((dictId >>> 8) & 0xff);
                outBits.putByte(dictId & 0xff);
            }
        } else if (wrap == WRAP_GZIP) {
            int xfl = level == 9 ? 2 : strategy >= HUFFMAN_ONLY || level < 2 ? 4 : 0;
            int[] h = {0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3};
            for (int b : h) {
                outBits.putByte(b);
            }
        }
    }

    private void writeTrailer() {
        if (wrap == WRAP_ZLIB) {
            outBits.putByte(check >>> 24);
            outBits.putByte((check >>> 16) & 0xff);
            outBits.putByte((check >>> 8) & 0xff);
            outBits.putByte(check & 0xff);
        } else if (wrap == WRAP_GZIP) {
            int size = (int) totalIn;
            for (int v : new int[] {check, size}) {
                outBits.putByte(v & 0xff);
                outBits.putByte((v >>> 8) & 0xff);
                outBits.putByte((v >>> 16) & 0xff);
                outBits.putByte(v >>> 24);
            }
        }
    }

    // ---------------------------------------------------------------- window and hashing

    private void slide() {
        if (level == 0 && symCount > 0) {
            // Level 0 emits only stored blocks, whose bytes must still be in the window.
            flushBlock(false);
        }
        System.arraycopy(window, wSize, window, 0, wSize);
        strStart -= wSize;
        matchStart -= wSize;
        blockStart -= wSize;
        emittedEnd -= wSize;
        historyStart -= wSize;
        for (int i = 0; i < head.length; i++) {
            int v = head[i];
            head[i] = v >= wSize ? v - wSize : -1;
        }
        for (int i = 0; i < prev.length; i++) {
            int v = prev[i];
            prev[i] = v >= wSize ? v - wSize : -1;
        }
    }

    private int hash(int p) {
        byte[] w = window;
        int v = (w[p] & 0xff) << 16 | (w[p + 1] & 0xff) << 8 | (w[p + 2] & 0xff);
        return (v * 0x9E3779B1) >>> hashShift;
    }

    /** Links position p into its hash chain; returns the previous chain head (or -1). */
    private int insert(int p) {
        int h = hash(p);
        int old = head[h];
        prev[p & wMask] = old;
        head[h] = p;
        return old;
    }

    private int longestMatch(int cur) {
        int chain = maxChain;
        int best = prevLength;
        if (best >= goodLength) {
            chain >>= 2;
        }
        int nice = Math.min(niceLength, lookahead);
        int maxLen = Math.min(MAX_MATCH, lookahead);
        if (best >= maxLen) {
            return best;
        }
        int scan = strStart;
        int limit = strStart > maxDist ? strStart - maxDist : 0;
        byte[] w = window;
        byte s0 = w[scan];
        byte s1 = w[scan + 1];
        do {
            int m = cur;
            if (w[m + best] != w[scan + best] || w[m] != s0 || w[m + 1] != s1) {
                continue;
            }
            int len = 2;
            while (len < maxLen && w[scan + len] == w[m + len]) {
                len++;
            }
            if (len > best) {
                matchStart = m;
                best = len;
                if (len >= nice) {
                    break;
                }
            }
        } while ((cur = prev[cur & wMask]) > limit && --chain != 0);
        return best;
    }

    // ---------------------------------------------------------------- matching loops

    /** Consumes lookahead down to MIN_LOOKAHEAD, or to 0 when flushing. */
    private void process(boolean flushing) {
        if (level == 0) {
            processStored(flushing);
        } else if (strategy == HUFFMAN_ONLY) {
            processHuffmanOnly(flushing);
        } else if (strategy == RLE) {
            processRle(flushing);
        } else if (level <= 3) {
            processFast(flushing);
        } else {
            processLazy(flushing);
        }
    }

    private boolean enough(boolean flushing) {
        return flushing ? lookahead > 0 : lookahead >= MIN_LOOKAHEAD;
    }

    private void literal(int b) {
        syms[symCount++] = b & 0xff;
        emittedEnd++;
        if (symCount == symLimit) {
            flushBlock(false);
        }
    }

    private void match(int distance, int length) {
        syms[symCount++] = distance << 8 | (length - MIN_MATCH);
        emittedEnd += length;
        if (symCount == symLimit) {
            flushBlock(false);
        }
    }

    private void processStored(boolean flushing) {
        while (enough(flushing)) {
            literal(window[strStart]);
            strStart++;
            lookahead--;
        }
    }

    private void processHuffmanOnly(boolean flushing) {
        while (enough(flushing)) {
            literal(window[strStart]);
            strStart++;
            lookahead--;
        }
    }

    private void processRle(boolean flushing) {
        byte[] w = window;
        while (enough(flushing)) {
            int len = 0;
            if (lookahead >= MIN_MATCH && strStart > 0 && strStart > historyStart) {
                byte b = w[strStart - 1];
                int max = Math.min(MAX_MATCH, lookahead);
                while (len < max && w[strStart + len] == b) {
                    len++;
                }
            }
            if (len >= MIN_MATCH) {
                match(1, len);
                strStart += len;
                lookahead -= len;
            } else {
                literal(w[strStart]);
                strStart++;
                lookahead--;
            }
        }
    }

    private void processFast(boolean flushing) {
        while (enough(flushing)) {
            int hashHead = -1;
            if (lookahead >= MIN_MATCH) {
                hashHead = insert(strStart);
            }
            matchLength = MIN_MATCH - 1;
            if (hashHead >= 0 && strStart - hashHead <= maxDist) {
                prevLength = MIN_MATCH - 1;
                matchLength = longestMatch(hashHead);
            }
            if (matchLength >= MIN_MATCH) {
                int len = matchLength;
                lookahead -= len;
                if (len <= maxLazy && lookahead >= MIN_MATCH) {
                    // Insert the strings inside the match too (cheap at these lengths).
                    for (int i = 1; i < len; i++) {
                        insert(strStart + i);
                    }
                }
                strStart += len;
                match(strStart - len - matchStart, len);
            } else {
                literal(window[strStart]);
                strStart++;
                lookahead--;
            }
        }
    }

    private void processLazy(boolean flushing) {
        while (enough(flushing)) {
            int hashHead = -1;
            if (lookahead >= MIN_MATCH) {
                hashHead = insert(strStart);
            }
            prevLength = matchLength;
            prevMatch = matchStart;
            matchLength = MIN_MATCH - 1;
            if (hashHead >= 0 && prevLength < maxLazy && strStart - hashHead <= maxDist) {
                matchLength = longestMatch(hashHead);
                if (matchLength <= 5 && (strategy == FILTERED
                        || (matchLength == MIN_MATCH && strStart - matchStart > 4096))) {
                    // A short far match costs more than its literals.
                    matchLength = MIN_MATCH - 1;
                }
            }
            if (prevLength >= MIN_MATCH && matchLength <= prevLength) {
                // The match found at the previous position wins: emit it.
                int maxInsert = strStart + lookahead - MIN_MATCH;
                int len = prevLength;
                match(strStart - 1 - prevMatch, len);
                lookahead -= len - 1;
                for (int i = len - 2; i > 0; i--) {
                    if (++strStart <= maxInsert) {
                        insert(strStart);
                    }
                }
                matchAvailable = false;
                matchLength = MIN_MATCH - 1;
                strStart++;
            } else if (matchAvailable) {
                literal(window[strStart - 1]);
                strStart++;
                lookahead--;
            } else {
                matchAvailable = true;
                strStart++;
                lookahead--;
            }
        }
        if (flushing && matchAvailable) {
            literal(window[strStart - 1]);
            matchAvailable = false;
        }
    }

    // ---------------------------------------------------------------- block output

    private void flushBlock(boolean last) {
        int storedLen = emittedEnd - blockStart;
        if (level == 0) {
            writeStored(blockStart, storedLen, last);
            symCount = 0;
            blockStart = emittedEnd;
            return;
        }
        int[] litFreq = new int[286];
        int[] distFreq = new int[30];
        long extraBits = 0;
        for (int i = 0; i < symCount; i++) {
            int s = syms[i];
            int dist = s >>> 8;
            if (dist == 0) {
                litFreq[s]++;
            } else {
                int lc = LENGTH_CODE[s & 0xff];
                litFreq[257 + lc]++;
                int dc = distCode(dist - 1);
                distFreq[dc]++;
                extraBits += LENGTH_EXTRA[lc] + DIST_EXTRA[dc];
            }
        }
        litFreq[256] = 1;

        int[] litLen = new int[286];
        int[] distLen = new int[30];
        HuffmanCode.lengths(litFreq, 286, 15, litLen);
        HuffmanCode.lengths(distFreq, 30, 15, distLen);
        int hlit = 286;
        while (hlit > 257 && litLen[hlit - 1] == 0) {
            hlit--;
        }
        int hdist = 30;
        while (hdist > 1 && distLen[hdist - 1] == 0) {
            hdist--;
        }
        // Run-length code the code lengths (RFC 1951 section 3.2.7).
        int[] all = new int[hlit + hdist];
        System.arraycopy(litLen, 0, all, 0, hlit);
        System.arraycopy(distLen, 0, all, hlit, hdist);
        int[] rle = new int[all.length];
        int[] rleExtra = new int[all.length];
        int nrle = 0;
        for (int i = 0; i < all.length;) {
            int v = all[i];
            int run = 1;
            while (i + run < all.length && all[i + run] == v) {
                run++;
            }
            i += run;
            if (v == 0) {
                while (run >= 11) {
                    int n = Math.min(run, 138);
                    rle[nrle] = 18;
                    rleExtra[nrle++] = n - 11;
                    run -= n;
                }
                if (run >= 3) {
                    rle[nrle] = 17;
                    rleExtra[nrle++] = run - 3;
                    run = 0;
                }
            } else {
                rle[nrle++] = v;
                run--;
                while (run >= 3) {
                    int n = Math.min(run, 6);
                    rle[nrle] = 16;
                    rleExtra[nrle++] = n - 3;
                    run -= n;
                }
            }
            while (run-- > 0) {
                rle[nrle++] = v;
            }
        }
        int[] clFreq = new int[19];
        for (int i = 0; i < nrle; i++) {
            clFreq[rle[i]]++;
        }
        int[] clLen = new int[19];
        HuffmanCode.lengths(clFreq, 19, 7, clLen);
        int hclen = 19;
        while (hclen > 4 && clLen[CODE_LENGTH_ORDER[hclen - 1]] == 0) {
            hclen--;
        }

        long dynamicBits = 3 + 14 + 3L * hclen + extraBits;
        for (int i = 0; i < 19; i++) {
            dynamicBits += (long) clFreq[i] * clLen[i];
        }
        dynamicBits += 2L * clFreq[16] + 3L * clFreq[17] + 7L * clFreq[18];
        long fixedBits = 3 + extraBits;
        for (int i = 0; i < 286; i++) {
            dynamicBits += (long) litFreq[i] * litLen[i];
            fixedBits += (long) litFreq[i] * FIXED_LIT_LEN[i];
        }
        for (int i = 0; i < 30; i++) {
            dynamicBits += (long) distFreq[i] * distLen[i];
            fixedBits += (long) distFreq[i] * 5;
        }
        boolean storedPossible = blockStart >= 0;
        long bestHuffmanBytes = (Math.min(dynamicBits, fixedBits) + 7) >> 3;
        long storedBytes = storedLen + 5L * ((storedLen + 65534) / 65535 + (storedLen == 0 ? 1 : 0));

        if (storedPossible && storedBytes <= bestHuffmanBytes && strategy != FIXED) {
            writeStored(blockStart, storedLen, last);
        } else if (strategy == FIXED || fixedBits <= dynamicBits) {
            outBits.put((last ? 1 : 0) | 1 << 1, 3);
            writeSymbols(FIXED_LIT_CODE, FIXED_LIT_LEN, FIXED_DIST_CODE, FIXED_DIST_LEN);
        } else {
            outBits.put((last ? 1 : 0) | 2 << 1, 3);
            outBits.put(hlit - 257, 5);
            outBits.put(hdist - 1, 5);
            outBits.put(hclen - 4, 4);
            for (int i = 0; i < hclen; i++) {
                outBits.put(clLen[CODE_LENGTH_ORDER[i]], 3);
            }
            int[] clCode = new int[19];
            HuffmanCode.codes(clLen, 19, clCode);
            for (int i = 0; i < nrle; i++) {
                int s = rle[i];
                outBits.put(clCode[s], clLen[s]);
                if (s == 16) {
                    outBits.put(rleExtra[i], 2);
                } else if (s == 17) {
                    outBits.put(rleExtra[i], 3);
                } else if (s == 18) {
                    outBits.put(rleExtra[i], 7);
                }
            }
            int[] litCode = new int[286];
            int[] distCode = new int[30];
            HuffmanCode.codes(litLen, 286, litCode);
            HuffmanCode.codes(distLen, 30, distCode);
            writeSymbols(litCode, litLen, distCode, distLen);
        }
        symCount = 0;
        blockStart = emittedEnd;
    }

    private void writeSymbols(int[] litCode, int[] litLen, int[] distCode, int[] distLen) {
        BitWriter o = outBits;
        for (int i = 0; i < symCount; i++) {
            int s = syms[i];
            int dist = s >>> 8;
            if (dist == 0) {
                o.put(litCode[s], litLen[s]);
            } else {
                int len = s & 0xff;
                int lc = LENGTH_CODE[len];
                o.put(litCode[257 + lc], litLen[257 + lc]);
                int e = LENGTH_EXTRA[lc];
                if (e != 0) {
                    o.put(len - LENGTH_BASE[lc], e);
                }
                int d = dist - 1;
                int dc = distCode(d);
                o.put(distCode[dc], distLen[dc]);
                e = DIST_EXTRA[dc];
                if (e != 0) {
                    o.put(d - DIST_BASE[dc], e);
                }
            }
        }
        o.put(litCode[256], litLen[256]);
    }

    private void writeStored(int start, int len, boolean last) {
        do {
            int n = Math.min(len, 65535);
            boolean final_ = last && n == len;
            outBits.put(final_ ? 1 : 0, 3);
            outBits.alignToByte();
            outBits.putByte(n & 0xff);
            outBits.putByte(n >>> 8);
            outBits.putByte(~n & 0xff);
            outBits.putByte((~n >>> 8) & 0xff);
            outBits.putBytes(window, start, n);
            start += n;
            len -= n;
        } while (len > 0);
    }
}
