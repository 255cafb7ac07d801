package pyjama.python.regex;

/**
 * The string being matched: code points for str (astral characters are one element, lone
 * surrogates allowed), or byte values 0..255 for bytes-like objects. Positions everywhere in this
 * API are indices into this sequence, i.e. Python str / bytes indices.
 * The arrays are not copied; do not mutate them while a match or scanner uses them.
 */
public final class Subject {
    final int[] text;
    final boolean bytes;

    private Subject(int[] text, boolean bytes) {
        this.text = text;
        this.bytes = bytes;
    }

    public static Subject of(String s) { return new Subject(PyText.toCodePoints(s), false); }

    /** A str subject from code points (the array becomes owned by the subject). */
    public static Subject ofCodePoints(int[] codePoints) { return new Subject(codePoints, false); }

    public static Subject ofBytes(byte[] b) { return ofBytes(b, 0, b.length); }

    public static Subject ofBytes(byte[] b, int offset, int length) {
        int[] t = new int[length];
        for (int i = 0; i < length; i++) t[i] = b[offset + i] & 0xff;
        return new Subject(t, true);
    }

    public int length() { return text.length; }

    public boolean isBytes() { return bytes; }

    public int at(int i) { return text[i]; }

    public String substring(int start, int end) { return PyText.fromCodePoints(text, start, end); }

    public int[] codePoints(int start, int end) {
        int[] r = new int[end - start];
        System.arraycopy(text, start, r, 0, r.length);
        return r;
    }

    public byte[] bytes(int start, int end) {
        byte[] r = new byte[end - start];
        for (int i = 0; i < r.length; i++) r[i] = (byte) text[start + i];
        return r;
    }
}
