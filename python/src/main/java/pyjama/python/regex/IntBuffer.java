package pyjama.python.regex;

import java.util.Arrays;

/** A growable int array (code points or byte values) for building results. */
final class IntBuffer {
    private int[] a = new int[16];
    private int n;

    void add(int v) {
        if (n == a.length) a = Arrays.copyOf(a, n * 2);
        a[n++] = v;
    }

    void append(int[] src, int from, int to) {
        int k = to - from;
        if (k <= 0) return;
        if (n + k > a.length) a = Arrays.copyOf(a, Math.max(a.length * 2, n + k));
        System.arraycopy(src, from, a, n, k);
        n += k;
    }

    void clear() { n = 0; }

    int size() { return n; }

    int[] toArray() { return Arrays.copyOf(a, n); }
}
