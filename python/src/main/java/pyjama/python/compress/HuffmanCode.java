package pyjama.python.compress;

/**
 * Builds length-limited Huffman codes for the encoder. Lengths come from an ordinary Huffman
 * tree (two-queue merge over frequency-sorted leaves); if the tree is deeper than allowed, long
 * codes are clamped and the Kraft sum is repaired by lengthening the deepest codes still under
 * the limit. The result is always a complete code with at least two symbols, because zlib's
 * decoder rejects incomplete literal/length codes and every code-length code that is incomplete.
 */
final class HuffmanCode {
    private HuffmanCode() {}

    /** Fills {@code lengths[0, n)} for {@code freq[0, n)}; lengths of unused symbols are 0. */
    static void lengths(int[] freq, int n, int maxBits, int[] lengths) {
        int used = 0;
        for (int i = 0; i < n; i++) {
            lengths[i] = 0;
            if (freq[i] > 0) {
                used++;
            }
        }
        if (used < 2) {
            // Two one-bit codes: the used symbol (if any) and a filler.
            int a = -1;
            for (int i = 0; i < n; i++) {
                if (freq[i] > 0) {
                    a = i;
                }
            }
            if (a < 0) {
                a = 0;
            }
            lengths[a] = 1;
            lengths[a == 0 ? 1 : 0] = 1;
            return;
        }
        // Leaves sorted by (frequency, symbol): insertion sort is fine for <= 288 symbols.
        int[] leaf = new int[used];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (freq[i] > 0) {
                int j = k++;
                while (j > 0 && freq[leaf[j - 1]] > freq[i]) {
                    leaf[j] = leaf[j - 1];
                    j--;
                }
                leaf[j] = i;
            }
        }
        // Nodes 0..used-1 are leaves (in sorted order), used..2*used-2 internal nodes.
        int total = 2 * used - 1;
        long[] weight = new long[total];
        int[] parent = new int[total];
        for (int i = 0; i < used; i++) {
            weight[i] = freq[leaf[i]];
        }
        int nextLeaf = 0;
        int nextInternal = used;
        for (int node = used; node < total; node++) {
            // Two-queue merge: leaves and internal nodes are each already in weight order.
            for (int p = 0; p < 2; p++) {
                boolean takeLeaf = nextLeaf < used
                        && (nextInternal >= node || weight[nextLeaf] <= weight[nextInternal]);
                int child = takeLeaf ? nextLeaf++ : nextInternal++;
                weight[node] += weight[child];
                parent[child] = node;
            }
        }
        int[] depth = new int[total];
        depth[total - 1] = 0;
        for (int node = total - 2; node >= 0; node--) {
            depth[node] = depth[parent[node]] + 1;
        }
        boolean tooLong = false;
        for (int i = 0; i < used; i++) {
            int d = depth[i];
            if (d > maxBits) {
                d = maxBits;
                tooLong = true;
            }
            lengths[leaf[i]] = d;
        }
        if (tooLong) {
            limit(lengths, n, maxBits, leaf, used);
        }
    }

    /** Repairs the Kraft sum after clamping; `byFreq` lists used symbols by rising frequency. */
    private static void limit(int[] lengths, int n, int maxBits, int[] byFreq, int used) {
        long capacity = 1L << maxBits;
        long sum = 0;
        for (int i = 0; i < n; i++) {
            if (lengths[i] > 0) {
                sum += 1L << (maxBits - lengths[i]);
            }
        }
        // Over-full: lengthen the deepest code that can still grow (least damage per unit).
        while (sum > capacity) {
            int best = -1;
            for (int i = 0; i < used; i++) {
                int s = byFreq[i];
                if (lengths[s] < maxBits && (best < 0 || lengths[s] > lengths[best])) {
                    best = s;
                }
            }
            sum -= 1L << (maxBits - lengths[best] - 1);
            lengths[best]++;
        }
        // Under-full: shorten the most frequent codes while the gap allows. The gap is a multiple
        // of the smallest unit, so the deepest codes always fit and the loop terminates.
        while (sum < capacity) {
            for (int i = used - 1; i >= 0 && sum < capacity; i--) {
                int s = byFreq[i];
                long gain = 1L << (maxBits - lengths[s]);
                if (lengths[s] > 1 && sum + gain <= capacity) {
                    sum += gain;
                    lengths[s]--;
                }
            }
        }
    }

    /** Canonical codes for the given lengths, bit-reversed for LSB-first output. */
    static void codes(int[] lengths, int n, int[] codes) {
        int[] count = new int[16];
        for (int i = 0; i < n; i++) {
            count[lengths[i]]++;
        }
        count[0] = 0;
        int[] next = new int[16];
        int code = 0;
        for (int len = 1; len <= 15; len++) {
            code = (code + count[len - 1]) << 1;
            next[len] = code;
        }
        for (int i = 0; i < n; i++) {
            int len = lengths[i];
            codes[i] = len == 0 ? 0 : HuffmanTable.reverse(next[len]++, len);
        }
    }
}
