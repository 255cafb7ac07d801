package pyjama.kernel.python;

import java.util.ArrayList;

/**
 * The physical ranges Python may read and write with {@code _hal.mmio_*}: the windows mapped
 * with {@code mmio_map} and the live DMA buffers. Anything else is refused before it reaches
 * the HAL, because on metal an access outside the page tables is a page fault, which kills the
 * kernel, not just the program. One set per machine (mappings outlive the interpreter that made
 * them). Addresses are unsigned 64-bit values held in longs.
 */
final class MmioWindows {
    /** One range: {@code [start, start + size)}; {@code dma} marks a DMA buffer's. */
    record Window(long start, long size, boolean dma) {
        boolean covers(long addr, int width) {
            return Long.compareUnsigned(addr, start) >= 0 && Long.compareUnsigned(addr - start, size) < 0
                    && Long.compareUnsigned(size - (addr - start), width) >= 0;
        }
    }

    private final ArrayList<Window> windows = new ArrayList<>();

    void map(long start, long size) {
        for (Window w : windows) if (!w.dma() && w.start() == start && w.size() == size) return;
        windows.add(new Window(start, size, false));
    }

    void addDma(long start, long size) { windows.add(new Window(start, size, true)); }

    void removeDma(long start) {
        for (int i = 0; i < windows.size(); i++) {
            Window w = windows.get(i);
            if (w.dma() && w.start() == start) {
                windows.remove(i);
                return;
            }
        }
    }

    /** True if {@code width} bytes at {@code addr} lie inside one window. */
    boolean covers(long addr, int width) {
        for (Window w : windows) if (w.covers(addr, width)) return true;
        return false;
    }

    /** The ranges, mapped windows and DMA buffers alike, oldest first. */
    ArrayList<Window> list() { return new ArrayList<>(windows); }
}
