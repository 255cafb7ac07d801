package pyjama.hosted;

import java.util.HashMap;
import java.util.Map;

/**
 * A fake physical address space for the hosted machine: 4 KiB pages created, zeroed, on first
 * touch. Backs MMIO and DMA, which a JVM cannot reach for real; no device is behind it, so
 * what is written is simply read back.
 */
final class SparseMemory {
    static final int PAGE = 4096;
    private final Map<Long, byte[]> pages = new HashMap<>();

    synchronized int read8(long addr) {
        byte[] page = pages.get(addr >>> 12);
        return page == null ? 0 : page[(int) (addr & (PAGE - 1))] & 0xFF;
    }

    synchronized void write8(long addr, int value) {
        pages.computeIfAbsent(addr >>> 12, k -> new byte[PAGE])[(int) (addr & (PAGE - 1))] = (byte) value;
    }

    /** Little-endian, as x86: byte {@code i} of the value at {@code addr + i}. */
    long read(long addr, int size) {
        long v = 0;
        for (int i = size - 1; i >= 0; i--) v = (v << 8) | read8(addr + i);
        return v;
    }

    void write(long addr, int size, long value) {
        for (int i = 0; i < size; i++) write8(addr + i, (int) (value >>> (8 * i)) & 0xFF);
    }

    /** Forgets (zeroes) every page wholly inside [base, base + size). */
    synchronized void release(long base, long size) {
        long first = (base + PAGE - 1) >>> 12;
        long end = (base + size) >>> 12;
        for (long p = first; p < end; p++) pages.remove(p);
    }

    synchronized int pagesTouched() { return pages.size(); }
}
