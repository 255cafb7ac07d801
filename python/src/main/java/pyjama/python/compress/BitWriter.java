package pyjama.python.compress;

import java.util.Arrays;

/**
 * LSB-first bit output for the encoder. Whole bytes accumulate in {@code buf}; up to 63 pending
 * bits wait in {@code bits}. {@link #take} hands over every complete byte and keeps the
 * remainder, which is what a streaming compressobj may return between flushes.
 */
final class BitWriter {
    private byte[] buf = new byte[256];
    private int pos;
    private long bits;
    private int count;

    void copyFrom(BitWriter o) {
        buf = o.buf.clone();
        pos = o.pos;
        bits = o.bits;
        count = o.count;
    }

    private void room(int n) {
        if (buf.length - pos < n) {
            long want = Math.max((long) pos + n, (long) buf.length * 2);
            if (want > Integer.MAX_VALUE - 16) {
                throw new ZlibError(ZlibError.Kind.MEMORY_ERROR, "");
            }
            buf = Arrays.copyOf(buf, (int) want);
        }
    }

    /** Appends the low {@code len} (<= 16) bits of value. */
    void put(int value, int len) {
        bits |= (long) (value & ((1 << len) - 1)) << count;
        count += len;
        if (count >= 32) {
            room(4);
            byte[] b = buf;
            int p = pos;
            b[p] = (byte) bits;
            b[p + 1] = (byte) (bits >>> 8);
            b[p + 2] = (byte) (bits >>> 16);
            b[p + 3] = (byte) (bits >>> 24);
            pos = p + 4;
            bits >>>= 32;
            count -= 32;
        }
    }

    private void drainWholeBytes() {
        room(8);
        while (count >= 8) {
            buf[pos++] = (byte) bits;
            bits >>>= 8;
            count -= 8;
        }
    }

    /** Pads with zero bits to a byte boundary. */
    void alignToByte() {
        drainWholeBytes();
        if (count > 0) {
            buf[pos++] = (byte) bits;
            bits = 0;
            count = 0;
        }
    }

    /** Appends a byte; only valid on a byte boundary or with whole bytes pending. */
    void putByte(int b) {
        put(b & 0xff, 8);
    }

    /** Appends raw bytes; the writer must be byte aligned. */
    void putBytes(byte[] src, int off, int len) {
        drainWholeBytes();
        room(len);
        System.arraycopy(src, off, buf, pos, len);
        pos += len;
    }

    /** Removes and returns all complete bytes. */
    byte[] take() {
        drainWholeBytes();
        byte[] r = Arrays.copyOf(buf, pos);
        pos = 0;
        if (buf.length > 1 << 20) {
            buf = new byte[256];
        }
        return r;
    }
}
