package pyjama.kernel.console;

import java.util.Arrays;

/**
 * Bytes on their way to the terminal, gathered so that one burst of input costs one console
 * write rather than one per byte. Text is encoded as UTF-8; {@code '\n'} is written as CR LF,
 * because a serial terminal (and a host terminal in raw mode) does not add the CR itself.
 */
public final class OutputBuffer {
    private byte[] bytes = new byte[256];
    private int length;

    public int length() { return length; }
    public byte[] array() { return bytes; }
    public void clear() { length = 0; }

    public byte[] toByteArray() { return Arrays.copyOf(bytes, length); }

    public OutputBuffer writeByte(int b) {
        if (length == bytes.length) bytes = Arrays.copyOf(bytes, bytes.length * 2);
        bytes[length++] = (byte) b;
        return this;
    }

    /** Writes one code point as UTF-8 (a lone surrogate becomes U+FFFD). */
    public OutputBuffer writeCodePoint(int cp) {
        if (cp == '\n') {
            writeByte('\r');
            writeByte('\n');
        } else if (cp < 0x80) {
            writeByte(cp);
        } else if (cp < 0x800) {
            writeByte(0xC0 | (cp >> 6));
            writeByte(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
            writeByte(0xE0 | (cp >> 12));
            writeByte(0x80 | ((cp >> 6) & 0x3F));
            writeByte(0x80 | (cp & 0x3F));
        } else {
            writeByte(0xF0 | (cp >> 18));
            writeByte(0x80 | ((cp >> 12) & 0x3F));
            writeByte(0x80 | ((cp >> 6) & 0x3F));
            writeByte(0x80 | (cp & 0x3F));
        }
        return this;
    }

    /** Writes text as UTF-8, each {@code '\n'} as CR LF. */
    public OutputBuffer write(CharSequence text) {
        int n = text.length();
        for (int i = 0; i < n; ) {
            char c = text.charAt(i);
            int cp = c;
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                cp = Character.toCodePoint(c, text.charAt(i + 1));
                i += 2;
            } else {
                i++;
            }
            writeCodePoint(cp);
        }
        return this;
    }

    /** Moves the cursor {@code n} columns left (ESC [ n D); nothing for n <= 0, since ESC [ 0 D moves one. */
    public OutputBuffer cursorLeft(int n) { return n > 0 ? csi(n, 'D') : this; }

    /** Moves the cursor {@code n} columns right (ESC [ n C); nothing for n <= 0. */
    public OutputBuffer cursorRight(int n) { return n > 0 ? csi(n, 'C') : this; }

    /** Erases from the cursor to the end of the line (ESC [ K). */
    public OutputBuffer eraseToEndOfLine() {
        writeByte(0x1B);
        writeByte('[');
        writeByte('K');
        return this;
    }

    /** Clears the screen and homes the cursor (ESC [ H ESC [ 2 J). */
    public OutputBuffer clearScreen() {
        writeByte(0x1B);
        writeByte('[');
        writeByte('H');
        writeByte(0x1B);
        writeByte('[');
        writeByte('2');
        writeByte('J');
        return this;
    }

    private OutputBuffer csi(int n, char finalByte) {
        writeByte(0x1B);
        writeByte('[');
        if (n != 1) write(Integer.toString(n));
        writeByte(finalByte);
        return this;
    }

    /** Number of UTF-8 bytes {@code cp} takes. */
    public static int utf8Length(int cp) {
        return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }
}
