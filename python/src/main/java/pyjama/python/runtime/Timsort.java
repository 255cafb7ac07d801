package pyjama.python.runtime;

/**
 * list.sort's algorithm: a stable sort of index arrays by their keys that uses only {@code <}
 * and makes CPython's comparisons in CPython's order for lists of fewer than 64 items (one
 * natural run, then binary insertion), so that a failing or side-effecting {@code __lt__}
 * behaves as in CPython (which TypeError: the one naming 'int' and 'str' in that order). Longer
 * lists are cut into the same minimum runs as CPython's timsort and merged stably without
 * galloping. Not java.util.Arrays.sort: the JVM's TimSort and TeaVM 0.15's merge sort compare
 * in different orders, so the interpreter would raise different errors on the two.
 */
final class Timsort {
    private Timsort() {}

    static void sort(PyObject[] keys, int[] idx) {
        int n = idx.length;
        if (n < 2) return;
        int minrun = minrun(n);
        int[] runStart = new int[64], runLen = new int[64];
        int runs = 0;
        int lo = 0;
        while (lo < n) {
            int len = countRun(keys, idx, lo, n);
            if (len < minrun) {
                int force = Math.min(minrun, n - lo);
                binarySort(keys, idx, lo, lo + force, lo + len);
                len = force;
            }
            if (runs == runStart.length) {
                runStart = java.util.Arrays.copyOf(runStart, runs * 2);
                runLen = java.util.Arrays.copyOf(runLen, runs * 2);
            }
            runStart[runs] = lo;
            runLen[runs] = len;
            runs++;
            lo += len;
        }
        if (runs == 1) return;
        // merge neighbouring runs pairwise until one is left (stable: left run wins ties)
        int[] tmp = new int[n];
        while (runs > 1) {
            int w = 0;
            for (int r = 0; r < runs; r += 2) {
                if (r + 1 == runs) {
                    runStart[w] = runStart[r];
                    runLen[w] = runLen[r];
                } else {
                    merge(keys, idx, tmp, runStart[r], runLen[r], runLen[r + 1]);
                    runStart[w] = runStart[r];
                    runLen[w] = runLen[r] + runLen[r + 1];
                }
                w++;
            }
            runs = w;
        }
    }

    private static boolean lt(PyObject[] keys, int a, int b) {
        return Ops.lt(keys[a], keys[b]);
    }

    /** CPython's merge_compute_minrun. */
    private static int minrun(int n) {
        int r = 0;
        while (n >= 64) { r |= n & 1; n >>= 1; }
        return n + r;
    }

    /** The length of the run at lo (a strictly descending run is reversed in place). */
    private static int countRun(PyObject[] keys, int[] idx, int lo, int hi) {
        if (lo + 1 == hi) return 1;
        int n = 2;
        if (lt(keys, idx[lo + 1], idx[lo])) {
            for (int p = lo + 2; p < hi && lt(keys, idx[p], idx[p - 1]); p++) n++;
            for (int a = lo, b = lo + n - 1; a < b; a++, b--) { int t = idx[a]; idx[a] = idx[b]; idx[b] = t; }
        } else {
            for (int p = lo + 2; p < hi && !lt(keys, idx[p], idx[p - 1]); p++) n++;
        }
        return n;
    }

    /** CPython's binarysort: [lo, start) is sorted; insert each of [start, hi) after its equals. */
    private static void binarySort(PyObject[] keys, int[] idx, int lo, int hi, int start) {
        if (start == lo) start++;
        for (; start < hi; start++) {
            int pivot = idx[start];
            int l = lo, r = start;
            do {
                int p = l + ((r - l) >> 1);
                if (lt(keys, pivot, idx[p])) r = p;
                else l = p + 1;
            } while (l < r);
            System.arraycopy(idx, l, idx, l + 1, start - l);
            idx[l] = pivot;
        }
    }

    private static void merge(PyObject[] keys, int[] idx, int[] tmp, int lo, int n1, int n2) {
        System.arraycopy(idx, lo, tmp, lo, n1 + n2);
        int a = lo, aEnd = lo + n1, b = aEnd, bEnd = aEnd + n2, out = lo;
        while (a < aEnd && b < bEnd) {
            // take from the right run only when strictly smaller (stability)
            if (lt(keys, tmp[b], tmp[a])) idx[out++] = tmp[b++];
            else idx[out++] = tmp[a++];
        }
        while (a < aEnd) idx[out++] = tmp[a++];
        while (b < bEnd) idx[out++] = tmp[b++];
    }
}
