package pyjama.python.binpack;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A compiled struct format: the engine of Python's {@code struct} module ({@code struct.Struct}
 * and the module-level functions, which compile and cache formats). Layout rules are CPython
 * 3.12's on x86-64: '@' (default) native sizes and alignment, '=' '<' '>' '!' standard sizes, no
 * alignment, and the byte order given.
 *
 * <p>Unpacked values are Long (or BigInteger for unsigned 64-bit values above Long.MAX_VALUE),
 * Double, Boolean, or byte[] (for 'c', 's', 'p').
 */
public final class Struct {
    /** One packing step: `repeat` items of `code` starting at `offset`, `size` bytes each. */
    private record Item(char code, int offset, int size, int repeat) {}

    private final String format;
    private final boolean nativeMode;
    private final boolean littleEndian;
    private final long totalSize;
    /** totalSize as an int; -1 if too big for a Java array (then `items` is null). */
    private final int size;
    private final int argumentCount;
    private final Item[] items;

    private Struct(String format, boolean nativeMode, boolean littleEndian, long totalSize,
            int argumentCount, Item[] items) {
        this.format = format;
        this.nativeMode = nativeMode;
        this.littleEndian = littleEndian;
        this.totalSize = totalSize;
        this.size = items == null ? -1 : (int) totalSize;
        this.argumentCount = argumentCount;
        this.items = items;
    }

    /** Struct.format */
    public String format() {
        return format;
    }

    /** Struct.size and struct.calcsize (CPython accepts sizes up to 2**63-1). */
    public long calcsize() {
        return totalSize;
    }

    /** How many values pack() takes. */
    public int argumentCount() {
        return argumentCount;
    }

    // ------------------------------------------------------------------ format parsing

    private static int standardSize(char c) {
        return switch (c) {
            case 'x', 'c', 'b', 'B', '?', 's', 'p' -> 1;
            case 'h', 'H', 'e' -> 2;
            case 'i', 'I', 'l', 'L', 'f' -> 4;
            case 'q', 'Q', 'd' -> 8;
            default -> -1;
        };
    }

    /** Native size (= alignment) on x86-64; -1 if not a format character. */
    private static int nativeSize(char c) {
        return switch (c) {
            case 'x', 'c', 'b', 'B', '?', 's', 'p' -> 1;
            case 'h', 'H', 'e' -> 2;
            case 'i', 'I', 'f' -> 4;
            case 'l', 'L', 'q', 'Q', 'n', 'N', 'P', 'd' -> 8;
            default -> -1;
        };
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c;
    }

    private static StructError tooLong() {
        return StructError.error("total struct size too long");
    }

    /** struct.Struct(format); the binding decodes a bytes format as ASCII first. */
    public static Struct compile(String format) {
        if (format.indexOf('\0') >= 0) {
            throw StructError.error("embedded null character");
        }
        int pos = 0;
        boolean nativeMode = true;
        boolean little = true; // x86-64
        if (!format.isEmpty()) {
            switch (format.charAt(0)) {
                case '@' -> pos = 1;
                case '=' -> {
                    nativeMode = false;
                    pos = 1;
                }
                case '<' -> {
                    nativeMode = false;
                    pos = 1;
                }
                case '>', '!' -> {
                    nativeMode = false;
                    little = false;
                    pos = 1;
                }
                default -> { }
            }
        }
        long size = 0;
        int args = 0;
        List<Item> items = new ArrayList<>();
        int n = format.length();
        while (pos < n) {
            char c = format.charAt(pos++);
            if (isSpace(c)) {
                continue;
            }
            long num = 1;
            if (c >= '0' && c <= '9') {
                num = c - '0';
                while (true) {
                    if (pos >= n) {
                        throw StructError.error("repeat count given without format specifier");
                    }
                    c = format.charAt(pos++);
                    if (c < '0' || c > '9') {
                        break;
                    }
                    if (num >= Long.MAX_VALUE / 10
                            && (num > Long.MAX_VALUE / 10 || (c - '0') > Long.MAX_VALUE % 10)) {
                        throw tooLong();
                    }
                    num = num * 10 + (c - '0');
                }
            }
            int itemSize = nativeMode ? nativeSize(c) : standardSize(c);
            if (itemSize < 0) {
                throw StructError.error("bad char in struct format");
            }
            if (nativeMode && size > 0 && c != 'x' && c != 's' && c != 'p') {
                long extra = (itemSize - 1) - (size - 1) % itemSize;
                if (extra > Long.MAX_VALUE - size) {
                    throw tooLong();
                }
                size += extra;
            }
            if (num > (Long.MAX_VALUE - size) / itemSize) {
                throw tooLong();
            }
            if (c == 's' || c == 'p') {
                args++;
                items.add(new Item(c, (int) Math.min(size, Integer.MAX_VALUE),
                        (int) Math.min(num, Integer.MAX_VALUE), 1));
            } else if (c != 'x' && num > 0) {
                args = (int) Math.min((long) args + num, Integer.MAX_VALUE);
                items.add(new Item(c, (int) Math.min(size, Integer.MAX_VALUE), itemSize,
                        (int) Math.min(num, Integer.MAX_VALUE)));
            }
            size += num * itemSize;
        }
        // A format CPython accepts may still be too big for a Java array: such a Struct can
        // report its size but not pack or unpack (MemoryError, as CPython's allocation would).
        boolean fits = size <= Integer.MAX_VALUE - 16;
        return new Struct(format, nativeMode, little, size, args,
                fits ? items.toArray(new Item[0]) : null);
    }

    private void requireMaterialisable() {
        if (items == null) {
            throw new StructError(StructError.Kind.MEMORY_ERROR, "");
        }
    }

    // ------------------------------------------------------------------ packing

    /** Struct.pack(*values) */
    public byte[] pack(Object[] values, StructValues conv) {
        if (values.length != argumentCount) {
            throw StructError.error("pack expected " + argumentCount
                    + " items for packing (got " + values.length + ")");
        }
        requireMaterialisable();
        byte[] out = new byte[size];
        write(out, 0, values, conv);
        return out;
    }

    /**
     * Struct.pack_into(buffer, offset, *values); {@code buffer} is written in place. The
     * argument-count check comes first, as in CPython.
     */
    public void packInto(byte[] buffer, long offset, Object[] values, StructValues conv) {
        if (values.length != argumentCount) {
            throw StructError.error("pack_into expected " + argumentCount
                    + " items for packing (got " + values.length + ")");
        }
        requireMaterialisable();
        long len = buffer.length;
        if (offset < 0) {
            if (offset + size > 0) {
                throw StructError.error("no space to pack " + size + " bytes at offset " + offset);
            }
            if (offset + len < 0) {
                throw StructError.error("offset " + offset + " out of range for " + len
                        + "-byte buffer");
            }
            offset += len;
        }
        if (len - offset < size) {
            throw StructError.error("pack_into requires a buffer of at least " + (size + offset)
                    + " bytes for packing " + size + " bytes at offset " + offset
                    + " (actual buffer size is " + len + ")");
        }
        write(buffer, (int) offset, values, conv);
    }

    /** Like CPython: zero the area, then write items in order (a failure leaves earlier ones). */
    private void write(byte[] out, int base, Object[] values, StructValues conv) {
        java.util.Arrays.fill(out, base, base + size, (byte) 0);
        int arg = 0;
        for (Item item : items) {
            int at = base + item.offset;
            char c = item.code;
            if (c == 's' || c == 'p') {
                Object v = values[arg++];
                byte[] b = conv.bytes(v);
                if (b == null) {
                    throw StructError.error("argument for '" + c + "' must be a bytes object");
                }
                int n = item.size;
                if (c == 's') {
                    System.arraycopy(b, 0, out, at, Math.min(n, b.length));
                } else if (n > 0) {
                    int k = Math.min(b.length, n - 1);
                    System.arraycopy(b, 0, out, at + 1, k);
                    out[at] = (byte) Math.min(k, 255);
                }
                continue;
            }
            for (int r = 0; r < item.repeat; r++, at += item.size) {
                Object v = values[arg++];
                packOne(c, item.size, out, at, v, conv);
            }
        }
    }

    private void packOne(char c, int itemSize, byte[] out, int at, Object v, StructValues conv) {
        switch (c) {
            case 'c' -> {
                byte[] b = conv.bytes(v);
                if (b == null || b.length != 1) {
                    throw StructError.error("char format requires a bytes object of length 1");
                }
                out[at] = b[0];
            }
            case '?' -> out[at] = (byte) (conv.isTrue(v) ? 1 : 0);
            case 'e' -> writeInt(out, at, 2, packHalf(floatArg(v, conv), v, conv));
            case 'f' -> {
                double d = floatArg(v, conv);
                writeInt(out, at, 4, packFloat(d, !nativeMode, v, conv));
            }
            case 'd' -> writeLong(out, at, 8, Double.doubleToRawLongBits(floatArg(v, conv)));
            default -> packInteger(c, itemSize, out, at, v, conv);
        }
    }

    private static double floatArg(Object v, StructValues conv) {
        Double d = conv.asDouble(v);
        if (d == null) {
            throw StructError.error("required argument is not a float");
        }
        return d;
    }

    private void packInteger(char c, int itemSize, byte[] out, int at, Object v,
            StructValues conv) {
        Object idx = conv.index(v);
        if (idx == null) {
            throw StructError.error("required argument is not an integer");
        }
        BigInteger big = idx instanceof BigInteger b ? b : null;
        long x = big == null ? (Long) idx : 0;
        boolean unsigned = c >= 'A' && c <= 'Z';
        if (c == 'P') {
            // void*: anything from -2**63 to 2**64-1, stored two's complement.
            if (big != null) {
                if (big.signum() < 0 ? big.bitLength() > 63 : big.bitLength() > 64) {
                    if (conv.isInt(v)) {
                        throw StructError.error("int too large to convert");
                    }
                    throw new StructError(StructError.Kind.OVERFLOW_ERROR,
                            big.signum() < 0 ? "Python int too large to convert to C long"
                                    : "Python int too large to convert to C unsigned long");
                }
                x = big.longValue();
            }
            writeLong(out, at, 8, x);
            return;
        }
        boolean inRange;
        if (big != null) {
            inRange = unsigned ? big.signum() >= 0 && big.bitLength() <= 8 * itemSize
                    : big.bitLength() < 8 * itemSize;
            if (inRange) {
                x = big.longValue();
            }
        } else if (unsigned) {
            inRange = x >= 0 && (itemSize == 8 || x >>> (8 * itemSize) == 0);
        } else {
            inRange = itemSize == 8 || (x >= -(1L << (8 * itemSize - 1))
                    && x < 1L << (8 * itemSize - 1));
        }
        if (!inRange) {
            throw rangeError(c, itemSize, unsigned);
        }
        writeLong(out, at, itemSize, x);
    }

    private static StructError rangeError(char c, int itemSize, boolean unsigned) {
        BigInteger ulargest = BigInteger.ONE.shiftLeft(8 * itemSize).subtract(BigInteger.ONE);
        if (unsigned) {
            return StructError.error("'" + c + "' format requires 0 <= number <= " + ulargest);
        }
        BigInteger largest = ulargest.shiftRight(1);
        return StructError.error("'" + c + "' format requires " + largest.not() + " <= number <= "
                + largest);
    }

    private void writeLong(byte[] out, int at, int n, long x) {
        if (littleEndian) {
            for (int i = 0; i < n; i++) {
                out[at + i] = (byte) (x >>> (8 * i));
            }
        } else {
            for (int i = 0; i < n; i++) {
                out[at + n - 1 - i] = (byte) (x >>> (8 * i));
            }
        }
    }

    private void writeInt(byte[] out, int at, int n, int x) {
        writeLong(out, at, n, x);
    }

    private long readLong(byte[] in, int at, int n) {
        long x = 0;
        if (littleEndian) {
            for (int i = n - 1; i >= 0; i--) {
                x = x << 8 | (in[at + i] & 0xff);
            }
        } else {
            for (int i = 0; i < n; i++) {
                x = x << 8 | (in[at + i] & 0xff);
            }
        }
        return x;
    }

    /** Overflow from float packing: struct.error for int arguments, OverflowError otherwise. */
    private static StructError floatOverflow(char code, Object v, StructValues conv) {
        if (conv.isInt(v)) {
            return StructError.error("int too large to convert");
        }
        return new StructError(StructError.Kind.OVERFLOW_ERROR,
                "float too large to pack with " + code + " format");
    }

    /** PyFloat_Pack4 (standard) or a plain C cast (native, which overflows to infinity). */
    private static int packFloat(double x, boolean checked, Object v, StructValues conv) {
        if (Double.isNaN(x)) {
            // What a C double-to-float conversion does to a NaN on x86-64: keep the sign and the
            // top payload bits, set the quiet bit.
            long raw = Double.doubleToRawLongBits(x);
            return (int) ((raw >>> 32) & 0x80000000L) | 0x7fc00000
                    | (int) ((raw >>> 29) & 0x3fffff);
        }
        float y = (float) x;
        if (checked && Float.isInfinite(y) && !Double.isInfinite(x)) {
            throw floatOverflow('f', v, conv);
        }
        return Float.floatToRawIntBits(y);
    }

    /** PyFloat_Pack2: IEEE half precision, round half to even, CPython's overflow rule. */
    static int packHalf(double x, Object v, StructValues conv) {
        int sign;
        int e;
        int bits;
        if (x == 0.0) {
            sign = Double.doubleToRawLongBits(x) < 0 ? 1 : 0;
            e = 0;
            bits = 0;
        } else if (Double.isInfinite(x)) {
            sign = x < 0 ? 1 : 0;
            e = 0x1f;
            bits = 0;
        } else if (Double.isNaN(x)) {
            sign = Double.doubleToRawLongBits(x) < 0 ? 1 : 0;
            e = 0x1f;
            bits = 512;
        } else {
            sign = x < 0 ? 1 : 0;
            if (sign == 1) {
                x = -x;
            }
            double f;
            // Unbiased binary exponent; subnormal doubles (-1023 here) are far below half range.
            int ex = (int) ((Double.doubleToRawLongBits(x) >>> 52) & 0x7ff) - 1023;
            if (ex < -1022) {
                f = 0.0;
                e = 0;
            } else {
                e = ex;
                f = e >= 16 || e < -25 ? 0.0 : x * pow2(-ex); // in [1, 2)
                if (e >= 16) {
                    throw floatOverflow('e', v, conv);
                } else if (e < -25) {
                    f = 0.0;
                    e = 0;
                } else if (e < -14) {
                    f = f * pow2(14 + e);
                    e = 0;
                } else {
                    e += 15;
                    f -= 1.0;
                }
            }
            f *= 1024.0;
            bits = (int) f;
            double rest = f - bits;
            if (rest > 0.5 || (rest == 0.5 && (bits & 1) == 1)) {
                bits++;
                if (bits == 1024) {
                    bits = 0;
                    e++;
                    if (e == 31) {
                        throw floatOverflow('e', v, conv);
                    }
                }
            }
        }
        return sign << 15 | e << 10 | bits;
    }

    /** PyFloat_Unpack2 */
    static double unpackHalf(int h) {
        int sign = (h >>> 15) & 1;
        int e = (h >>> 10) & 0x1f;
        int f = h & 0x3ff;
        if (e == 0x1f) {
            if (f == 0) {
                return sign == 1 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            // A quiet NaN carrying the sign (Java's -NaN is not guaranteed to flip the sign).
            return Double.longBitsToDouble(sign == 1 ? 0xfff8000000000000L : 0x7ff8000000000000L);
        }
        double x = f / 1024.0;
        if (e == 0) {
            e = -14;
        } else {
            x += 1.0;
            e -= 15;
        }
        x = x * pow2(e);
        return sign == 1 ? -x : x;
    }

    /** Exactly 2**n for -1022 <= n <= 1023 (no Math.scalb needed). */
    private static double pow2(int n) {
        return Double.longBitsToDouble((long) (n + 1023) << 52);
    }

    /** C's float-to-double conversion, keeping NaN payloads bit-exactly. */
    private static double widenFloat(int bits) {
        float f = Float.intBitsToFloat(bits);
        if (Float.isNaN(f)) {
            long raw = (long) (bits & 0x80000000) << 32 | 0x7ff0000000000000L
                    | (long) (bits & 0x7fffff) << 29 | 0x0008000000000000L;
            return Double.longBitsToDouble(raw);
        }
        return f;
    }

    // ------------------------------------------------------------------ unpacking

    /** Struct.unpack(buffer): the buffer must be exactly size() bytes. */
    public Object[] unpack(byte[] buffer) {
        requireMaterialisable();
        if (buffer.length != size) {
            throw StructError.error("unpack requires a buffer of " + size + " bytes");
        }
        return unpackAt(buffer, 0);
    }

    /** Struct.unpack_from(buffer, offset=0) */
    public Object[] unpackFrom(byte[] buffer, long offset) {
        requireMaterialisable();
        long len = buffer.length;
        if (offset < 0) {
            if (offset + size > 0) {
                throw StructError.error("not enough data to unpack " + size
                        + " bytes at offset " + offset);
            }
            if (offset + len < 0) {
                throw StructError.error("offset " + offset + " out of range for " + len
                        + "-byte buffer");
            }
            offset += len;
        }
        if (len - offset < size) {
            throw StructError.error("unpack_from requires a buffer of at least " + (size + offset)
                    + " bytes for unpacking " + size + " bytes at offset " + offset
                    + " (actual buffer size is " + len + ")");
        }
        return unpackAt(buffer, (int) offset);
    }

    /**
     * Struct.iter_unpack(buffer): validates eagerly (as CPython does when the iterator is
     * created) and returns one tuple per record.
     */
    public List<Object[]> iterUnpack(byte[] buffer) {
        requireMaterialisable();
        if (size == 0) {
            throw StructError.error("cannot iteratively unpack with a struct of length 0");
        }
        if (buffer.length % size != 0) {
            throw StructError.error("iterative unpacking requires a buffer of a multiple of "
                    + size + " bytes");
        }
        List<Object[]> r = new ArrayList<>(buffer.length / size);
        for (int at = 0; at < buffer.length; at += size) {
            r.add(unpackAt(buffer, at));
        }
        return r;
    }

    private Object[] unpackAt(byte[] in, int base) {
        Object[] r = new Object[argumentCount];
        int k = 0;
        for (Item item : items) {
            int at = base + item.offset;
            char c = item.code;
            if (c == 's') {
                r[k++] = java.util.Arrays.copyOfRange(in, at, at + item.size);
                continue;
            }
            if (c == 'p') {
                if (item.size == 0) {
                    // CPython 3.12 computes length -1 here and fails this way.
                    throw new StructError(StructError.Kind.SYSTEM_ERROR,
                            "Negative size passed to PyBytes_FromStringAndSize");
                }
                int n = Math.min(in[at] & 0xff, item.size - 1);
                r[k++] = java.util.Arrays.copyOfRange(in, at + 1, at + 1 + n);
                continue;
            }
            for (int i = 0; i < item.repeat; i++, at += item.size) {
                r[k++] = unpackOne(c, item.size, in, at);
            }
        }
        return r;
    }

    private Object unpackOne(char c, int itemSize, byte[] in, int at) {
        switch (c) {
            case 'c':
                return new byte[] {in[at]};
            case '?':
                return in[at] != 0;
            case 'e':
                return unpackHalf((int) readLong(in, at, 2));
            case 'f':
                return widenFloat((int) readLong(in, at, 4));
            case 'd':
                return Double.longBitsToDouble(readLong(in, at, 8));
            default:
                break;
        }
        long x = readLong(in, at, itemSize);
        boolean unsigned = c >= 'A' && c <= 'Z';
        if (unsigned) {
            if (itemSize == 8 && x < 0) {
                return BigInteger.valueOf(x & Long.MAX_VALUE).setBit(63);
            }
            return x;
        }
        if (itemSize < 8) {
            int shift = 64 - 8 * itemSize;
            x = x << shift >> shift;
        }
        return x;
    }
}
