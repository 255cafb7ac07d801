package pyjama.kernel.fs;

import java.util.ArrayList;
import java.util.HashMap;

/**
 * A regular file's bytes: a sparse map of chunks of at most {@link #CHUNK} bytes, so a 100 MB
 * file is 1600 modest arrays rather than one giant one, and a seek far past the end costs
 * nothing until written. A chunk's array starts small and doubles up to {@code CHUNK}, so
 * small files stay small.
 *
 * <p>Invariant: every byte at or past {@link #size} that lies inside an allocated array is zero,
 * so growing the file (by a write past the end or by truncate) reveals zeros without work.
 * Missing chunks read as zeros.
 */
final class ByteStore {
    static final int CHUNK_SHIFT = 16;
    static final int CHUNK = 1 << CHUNK_SHIFT;
    private static final int MIN_ARRAY = 16;

    private final HashMap<Integer, byte[]> chunks = new HashMap<>();
    private long size;
    private long allocated;

    long size() { return size; }

    long allocated() { return allocated; }

    /** Copies up to {@code len} bytes at {@code pos} into {@code dst}; returns the count, 0 at or past the end. */
    int read(long pos, byte[] dst, int off, int len) {
        if (pos >= size || len <= 0) return 0;
        long avail = size - pos;
        int n = avail < len ? (int) avail : len;
        int done = 0;
        while (done < n) {
            long at = pos + done;
            int index = (int) (at >>> CHUNK_SHIFT);
            int within = (int) (at & (CHUNK - 1));
            int step = Math.min(n - done, CHUNK - within);
            byte[] chunk = chunks.get(index);
            if (chunk == null || within >= chunk.length) {
                java.util.Arrays.fill(dst, off + done, off + done + step, (byte) 0);
            } else {
                int have = Math.min(step, chunk.length - within);
                System.arraycopy(chunk, within, dst, off + done, have);
                if (have < step) java.util.Arrays.fill(dst, off + done + have, off + done + step, (byte) 0);
            }
            done += step;
        }
        return n;
    }

    /**
     * How many more bytes of arrays a write of {@code len} bytes at {@code pos} would allocate;
     * {@code exact}: growing arrays to just what is needed rather than doubling (used when
     * doubling would not fit the filesystem's limit).
     */
    long growthFor(long pos, int len, boolean exact) {
        long extra = 0;
        long end = pos + len;
        long at = pos;
        while (at < end) {
            int index = (int) (at >>> CHUNK_SHIFT);
            int within = (int) (at & (CHUNK - 1));
            int step = (int) Math.min(end - at, CHUNK - within);
            byte[] chunk = chunks.get(index);
            int have = chunk == null ? 0 : chunk.length;
            int need = within + step;
            if (need > have) extra += capacityFor(need, exact) - have;
            at += step;
        }
        return extra;
    }

    /** Writes {@code len} bytes at {@code pos}; the caller has checked the limits and reserved {@link #growthFor}. */
    void write(long pos, byte[] src, int off, int len, boolean exact) {
        int done = 0;
        while (done < len) {
            long at = pos + done;
            int index = (int) (at >>> CHUNK_SHIFT);
            int within = (int) (at & (CHUNK - 1));
            int step = Math.min(len - done, CHUNK - within);
            byte[] chunk = chunks.get(index);
            int need = within + step;
            if (chunk == null || chunk.length < need) {
                byte[] bigger = new byte[capacityFor(need, exact)];
                if (chunk != null) System.arraycopy(chunk, 0, bigger, 0, chunk.length);
                allocated += bigger.length - (chunk == null ? 0 : chunk.length);
                chunk = bigger;
                chunks.put(index, chunk);
            }
            System.arraycopy(src, off + done, chunk, within, step);
            done += step;
        }
        if (pos + len > size) size = pos + len;
    }

    /** Sets the size; returns how many bytes of arrays were freed (never allocates). */
    long truncate(long newSize) {
        long freed = 0;
        if (newSize < size) {
            // Drop whole chunks past the end, and zero the tail of the last kept one (the invariant).
            ArrayList<Integer> drop = new ArrayList<>();
            long firstDropped = (newSize + CHUNK - 1) >>> CHUNK_SHIFT;
            for (var e : chunks.entrySet()) {
                if (e.getKey() >= firstDropped) drop.add(e.getKey());
            }
            for (Integer index : drop) {
                freed += chunks.remove(index).length;
            }
            int within = (int) (newSize & (CHUNK - 1));
            if (within != 0) {
                byte[] last = chunks.get((int) (newSize >>> CHUNK_SHIFT));
                if (last != null && within < last.length) java.util.Arrays.fill(last, within, last.length, (byte) 0);
            }
        }
        allocated -= freed;
        size = newSize;
        return freed;
    }

    /** Frees everything; returns the bytes freed. */
    long clear() {
        long freed = allocated;
        chunks.clear();
        allocated = 0;
        size = 0;
        return freed;
    }

    private static int capacityFor(int need, boolean exact) {
        if (exact) return need;
        int cap = MIN_ARRAY;
        while (cap < need) cap <<= 1;
        return Math.min(cap, CHUNK);
    }
}
