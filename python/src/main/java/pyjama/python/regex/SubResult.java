package pyjama.python.regex;

/** Result of {@link Regex#subn}: the new text and the number of substitutions made. */
public final class SubResult {
    private final int[] text;
    private final boolean bytes;
    private final int count;

    SubResult(int[] text, boolean bytes, int count) {
        this.text = text;
        this.bytes = bytes;
        this.count = count;
    }

    public int count() { return count; }
    public boolean isBytes() { return bytes; }
    /** Code points (str) or byte values (bytes). */
    public int[] codePoints() { return text.clone(); }
    public String string() { return PyText.fromCodePoints(text, 0, text.length); }

    public byte[] bytes() {
        byte[] b = new byte[text.length];
        for (int i = 0; i < b.length; i++) b[i] = (byte) text[i];
        return b;
    }
}
