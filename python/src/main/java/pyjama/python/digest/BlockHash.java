package pyjama.python.digest;

/**
 * Merkle-Damgard hashes (MD5, SHA-1, SHA-2): buffering into fixed blocks and the
 * "1 bit, zeros, message length" padding. Subclasses provide the compression function and
 * how the length is written.
 */
abstract class BlockHash extends Hash {
    final byte[] buffer;
    int buffered;
    long byteCount;

    BlockHash(int blockSize) {
        buffer = new byte[blockSize];
    }

    void copyStateTo(BlockHash o) {
        System.arraycopy(buffer, 0, o.buffer, 0, buffer.length);
        o.buffered = buffered;
        o.byteCount = byteCount;
    }

    /** Processes one block at data[off, off + blockSize). */
    abstract void compress(byte[] data, int off);

    /** Bytes reserved for the length field at the end of the last block. */
    abstract int lengthFieldSize();

    /** Writes the bit length into buffer (the last lengthFieldSize bytes of the block). */
    abstract void writeLength(long bitLength);

    /** Serialises the state words into the digest. */
    abstract byte[] output();

    @Override
    public int blockSize() {
        return buffer.length;
    }

    @Override
    public final void update(byte[] data, int off, int len) {
        checkRange(data, off, len);
        byteCount += len;
        int bs = buffer.length;
        if (buffered > 0) {
            int n = Math.min(len, bs - buffered);
            System.arraycopy(data, off, buffer, buffered, n);
            buffered += n;
            off += n;
            len -= n;
            if (buffered < bs) {
                return;
            }
            compress(buffer, 0);
            buffered = 0;
        }
        while (len >= bs) {
            compress(data, off);
            off += bs;
            len -= bs;
        }
        System.arraycopy(data, off, buffer, 0, len);
        buffered = len;
    }

    @Override
    final byte[] finish() {
        long bits = byteCount << 3;
        int bs = buffer.length;
        buffer[buffered++] = (byte) 0x80;
        if (buffered > bs - lengthFieldSize()) {
            java.util.Arrays.fill(buffer, buffered, bs, (byte) 0);
            compress(buffer, 0);
            buffered = 0;
        }
        java.util.Arrays.fill(buffer, buffered, bs, (byte) 0);
        writeLength(bits);
        compress(buffer, 0);
        return output();
    }

    static int readIntBE(byte[] b, int off) {
        return (b[off] & 0xff) << 24 | (b[off + 1] & 0xff) << 16 | (b[off + 2] & 0xff) << 8
                | (b[off + 3] & 0xff);
    }

    static int readIntLE(byte[] b, int off) {
        return (b[off] & 0xff) | (b[off + 1] & 0xff) << 8 | (b[off + 2] & 0xff) << 16
                | (b[off + 3] & 0xff) << 24;
    }

    static long readLongBE(byte[] b, int off) {
        return (long) readIntBE(b, off) << 32 | (readIntBE(b, off + 4) & 0xFFFFFFFFL);
    }

    static void writeIntBE(int v, byte[] b, int off) {
        b[off] = (byte) (v >>> 24);
        b[off + 1] = (byte) (v >>> 16);
        b[off + 2] = (byte) (v >>> 8);
        b[off + 3] = (byte) v;
    }

    static void writeLongBE(long v, byte[] b, int off) {
        writeIntBE((int) (v >>> 32), b, off);
        writeIntBE((int) v, b, off + 4);
    }
}
