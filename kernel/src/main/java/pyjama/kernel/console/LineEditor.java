package pyjama.kernel.console;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An interactive line editor over a byte stream: decodes UTF-8, interprets the keys of a VT100 /
 * xterm-style terminal, and answers with the ANSI output that keeps the screen in step. Pure:
 * bytes in, bytes out, no I/O, so the same object runs hosted, on metal, and in unit tests.
 *
 * <p>Use: {@link #begin} with a prompt, then {@link #feed} each input byte until it returns an
 * {@link EditResult}. Keys: printable text inserts at the cursor; Backspace (DEL or BS) deletes
 * before it; Left/Right (ESC [ D / ESC [ C, also Ctrl-B / Ctrl-F) move; Home/End (ESC [ H,
 * ESC [ F, ESC [ 1 ~, ESC [ 4 ~, ESC [ 7 ~, ESC [ 8 ~, ESC O H, ESC O F, Ctrl-A, Ctrl-E); Delete
 * (ESC [ 3 ~); Up/Down (ESC [ A / ESC [ B, also Ctrl-P / Ctrl-N) walk the history; Ctrl-C
 * cancels; Ctrl-D ends input on an empty line and deletes under the cursor otherwise; Ctrl-U /
 * Ctrl-K kill before / after the cursor; Ctrl-W kills the word before it; Ctrl-L clears the
 * screen; Tab completes the word before the cursor when a {@link Completer} is set (see
 * {@link #completer}) and otherwise, or after only blanks, inserts spaces to the next multiple of
 * four; CR or LF ends the line.
 *
 * <p>Robustness invariants: every byte value in every state leads to a defined state (unknown
 * escape sequences, stray continuation bytes and other control characters are swallowed);
 * escape sequences are bounded ({@link #MAX_SEQUENCE} bytes) and a line is bounded
 * ({@code maxLineBytes} of UTF-8): a longer line is refused with a message and input is
 * discarded up to the next CR or LF. A CR or LF always ends the line, even inside a broken
 * escape sequence or UTF-8 character, so garbage can never swallow the user's next Enter.
 *
 * <p>Redrawing assumes one column per code point and a line that fits the terminal's width;
 * past that the text is still right, only the cursor may be drawn on the wrong row.
 */
public final class LineEditor {
    public static final int DEFAULT_MAX_LINE_BYTES = 64 * 1024;
    public static final int DEFAULT_HISTORY = 200;
    /** Longest escape sequence interpreted; longer ones are dropped. */
    static final int MAX_SEQUENCE = 32;

    /** Width assumed for listing completions: a serial terminal does not say its own. */
    static final int LIST_WIDTH = 80;
    /** From this many candidates on, the listing is asked for first (readline's completion-query-items). */
    static final int QUERY_ITEMS = 100;
    static final int BELL = 0x07;

    private enum Mode { NORMAL, ESC, CSI, SS3, DISCARD, QUERY }

    private final int maxLineBytes;
    private final int historyLimit;
    private final ArrayList<String> history = new ArrayList<>();

    private String prompt = "";
    private int[] text = new int[64];   // code points of the line
    private int length;                 // code points in use
    private int cursor;                 // 0..length
    private int bytes;                  // UTF-8 size of the line

    private Mode mode = Mode.NORMAL;
    private int sequenceLength;         // bytes of the escape sequence so far
    private int parameter;              // first numeric CSI parameter, -1 if none
    private boolean secondParameter;    // a ';' was seen: later digits are ignored

    private int utfNeeded;              // continuation bytes still expected
    private int utfCodePoint;
    private int utfMinimum;             // smallest code point allowed for this length (no overlongs)

    private int historyIndex;           // == history.size() when editing the fresh line
    private String draft = "";          // the fresh line, kept while browsing the history

    private Completer completer;        // null: Tab only indents
    private boolean fruitlessTab;       // the byte just fed was a Tab that inserted nothing
    private boolean tabAgain;           // ... and so was the one before it
    private List<String> pendingListing; // in QUERY mode: what "y" will list

    public LineEditor() { this(DEFAULT_MAX_LINE_BYTES, DEFAULT_HISTORY); }

    public LineEditor(int maxLineBytes, int historyLimit) {
        if (maxLineBytes < 1) throw new IllegalArgumentException("maxLineBytes must be positive");
        this.maxLineBytes = maxLineBytes;
        this.historyLimit = Math.max(0, historyLimit);
    }

    public int maxLineBytes() { return maxLineBytes; }

    /** Starts a new line: writes {@code prompt} and resets the line (not the history). */
    public void begin(String prompt, OutputBuffer out) { begin(prompt, out, false); }

    /**
     * Starts a new line after {@code prompt}; {@code shown}: the prompt is on the screen
     * already (a program printed it) and is only kept for redrawing.
     */
    public void begin(String prompt, OutputBuffer out, boolean shown) {
        this.prompt = prompt;
        length = 0;
        cursor = 0;
        bytes = 0;
        mode = Mode.NORMAL;
        utfNeeded = 0;
        historyIndex = history.size();
        draft = "";
        fruitlessTab = false;
        pendingListing = null;
        if (!shown) out.write(prompt);
    }

    /**
     * Sets what Tab completes with (null: Tab only indents). The owner of the prompt sets it
     * for the lines it reads, since the same editor may serve prompts whose words differ.
     */
    public void completer(Completer completer) { this.completer = completer; }

    /** The line as edited so far. */
    public String currentText() { return toText(0, length); }

    public int cursor() { return cursor; }

    /** Previous lines, oldest first. */
    public java.util.List<String> history() { return java.util.Collections.unmodifiableList(history); }

    /** Adds a line to the history (the editor does so itself for each non-blank line entered). */
    public void remember(String line) {
        if (historyLimit == 0 || line.isBlank()) return;
        if (!history.isEmpty() && history.get(history.size() - 1).equals(line)) return;
        if (history.size() == historyLimit) history.remove(0);
        history.add(line);
    }

    /**
     * Consumes one input byte (0..255); writes any echo or redraw to {@code out}; returns the
     * result when the line is finished, else null.
     */
    public EditResult feed(int b, OutputBuffer out) {
        b &= 0xFF;
        tabAgain = fruitlessTab;
        fruitlessTab = false;
        // A line end wins over every partial state: see the class comment.
        if (b == '\r' || b == '\n') {
            Mode was = mode;
            mode = Mode.NORMAL;
            utfNeeded = 0;
            if (was == Mode.DISCARD) return new EditResult.Discarded(maxLineBytes);
            if (was == Mode.QUERY) {
                // The question is dropped and the line shown again, so the screen says what ran.
                pendingListing = null;
                redrawBelow(out);
            }
            return enter(out);
        }
        switch (mode) {
            case DISCARD -> {
                if (b == 0x03) {
                    mode = Mode.NORMAL;
                    out.write("^C\n");
                    return new EditResult.Cancelled();
                }
                return null;
            }
            case ESC -> { return escape(b, out); }
            case CSI -> { return csi(b, out); }
            case SS3 -> { return ss3(b, out); }
            case QUERY -> { return answer(b, out); }
            case NORMAL -> { return normal(b, out); }
        }
        return null;
    }

    // ---- decoding ----

    private EditResult normal(int b, OutputBuffer out) {
        if (utfNeeded > 0) {
            if ((b & 0xC0) == 0x80) {
                utfCodePoint = (utfCodePoint << 6) | (b & 0x3F);
                if (--utfNeeded == 0) {
                    int cp = utfCodePoint;
                    boolean valid = cp >= utfMinimum && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF);
                    // C1 controls are as invisible as C0 ones: swallow them too.
                    if (valid && cp >= 0xA0) return insert(cp, out);
                }
                return null;
            }
            utfNeeded = 0; // broken sequence: drop it, then read this byte afresh
        }
        if (b >= 0x80) {
            if (b >= 0xC2 && b <= 0xDF) startUtf(1, b & 0x1F, 0x80);
            else if (b >= 0xE0 && b <= 0xEF) startUtf(2, b & 0x0F, 0x800);
            else if (b >= 0xF0 && b <= 0xF4) startUtf(3, b & 0x07, 0x10000);
            // stray continuation bytes, C0/C1 lead bytes and F5..FF are never valid: swallow
            return null;
        }
        if (b >= 0x20 && b < 0x7F) return insert(b, out);
        return control(b, out);
    }

    private void startUtf(int needed, int bits, int minimum) {
        utfNeeded = needed;
        utfCodePoint = bits;
        utfMinimum = minimum;
    }

    private EditResult control(int b, OutputBuffer out) {
        switch (b) {
            case 0x01 -> home(out);                       // Ctrl-A
            case 0x02 -> left(out);                       // Ctrl-B
            case 0x03 -> {                                // Ctrl-C
                moveToEnd(out);
                out.write("^C\n");
                return new EditResult.Cancelled();
            }
            case 0x04 -> {                                // Ctrl-D
                if (length == 0) {
                    out.write("\n");
                    return new EditResult.EndOfInput();
                }
                deleteAtCursor(out);
            }
            case 0x05 -> end(out);                        // Ctrl-E
            case 0x06 -> right(out);                      // Ctrl-F
            case 0x08, 0x7F -> backspace(out);            // Ctrl-H, DEL
            case 0x09 -> { return tab(out); }             // Tab
            case 0x0B -> killToEnd(out);                  // Ctrl-K
            case 0x0C -> {                                // Ctrl-L
                out.clearScreen().write(prompt);
                writeRange(0, length, out);
                out.cursorLeft(length - cursor);
            }
            case 0x0E -> historyStep(+1, out);            // Ctrl-N
            case 0x10 -> historyStep(-1, out);            // Ctrl-P
            case 0x15 -> killToStart(out);                // Ctrl-U
            case 0x17 -> killWord(out);                   // Ctrl-W
            case 0x1B -> { mode = Mode.ESC; sequenceLength = 1; }
            default -> { }                                // other controls: swallowed
        }
        return null;
    }

    private EditResult escape(int b, OutputBuffer out) {
        sequenceLength++;
        if (b == '[') {
            mode = Mode.CSI;
            parameter = -1;
            secondParameter = false;
        } else if (b == 'O') {
            mode = Mode.SS3;
        } else if (b == 0x1B) {
            sequenceLength = 1; // ESC ESC: the second one starts afresh
        } else {
            mode = Mode.NORMAL; // Alt+key or an unknown escape: swallowed
            if (b < 0x20 || b == 0x7F) return control(b, out);
        }
        return null;
    }

    private EditResult csi(int b, OutputBuffer out) {
        if (++sequenceLength > MAX_SEQUENCE) {
            mode = Mode.NORMAL;
            return null;
        }
        if (b >= '0' && b <= '9') {
            if (!secondParameter) parameter = Math.min(9999, (parameter < 0 ? 0 : parameter * 10) + (b - '0'));
            return null;
        }
        if (b == ';') { secondParameter = true; return null; }
        if (b >= 0x20 && b <= 0x3F) return null;       // other parameter / intermediate bytes
        mode = Mode.NORMAL;
        if (b >= 0x40 && b <= 0x7E) {
            switch (b) {
                case 'A' -> historyStep(-1, out);
                case 'B' -> historyStep(+1, out);
                case 'C' -> right(out);
                case 'D' -> left(out);
                case 'H' -> home(out);
                case 'F' -> end(out);
                case '~' -> {
                    switch (parameter) {
                        case 1, 7 -> home(out);
                        case 4, 8 -> end(out);
                        case 3 -> deleteAtCursor(out);
                        default -> { }
                    }
                }
                default -> { }
            }
            return null;
        }
        // Not part of a CSI sequence: the sequence is abandoned and the byte read afresh.
        return normal(b, out);
    }

    private EditResult ss3(int b, OutputBuffer out) {
        mode = Mode.NORMAL;
        switch (b) {
            case 'A' -> historyStep(-1, out);
            case 'B' -> historyStep(+1, out);
            case 'C' -> right(out);
            case 'D' -> left(out);
            case 'H' -> home(out);
            case 'F' -> end(out);
            default -> {
                if (b < 0x20 || b == 0x7F) return normal(b, out);
            }
        }
        return null;
    }

    // ---- editing ----

    private EditResult insert(int cp, OutputBuffer out) {
        int size = OutputBuffer.utf8Length(cp);
        if (bytes + size > maxLineBytes) {
            mode = Mode.DISCARD;
            length = 0;
            cursor = 0;
            bytes = 0;
            out.write("\nline too long (more than " + maxLineBytes
                    + " bytes): discarded up to the next newline\n");
            return null;
        }
        if (length == text.length) text = Arrays.copyOf(text, text.length * 2);
        System.arraycopy(text, cursor, text, cursor + 1, length - cursor);
        text[cursor] = cp;
        length++;
        bytes += size;
        cursor++;
        out.writeCodePoint(cp);
        if (cursor < length) {
            writeRange(cursor, length, out);
            out.cursorLeft(length - cursor);
        }
        return null;
    }

    // ---- Tab: indentation and completion ----

    /** Spaces to the next multiple of four. */
    private EditResult indent(OutputBuffer out) {
        int spaces = 4 - (cursor % 4);
        EditResult r = null;
        for (int i = 0; i < spaces && r == null && mode != Mode.DISCARD; i++) r = insert(' ', out);
        return r;
    }

    /**
     * Tab as readline's complete: after only blanks, or with no completer, or where the
     * completer finds no word, it indents (so blocks can be typed); otherwise the word before
     * the cursor grows to the longest common prefix of its candidates (the whole candidate when
     * there is one). A Tab that has nothing new to insert rings the bell; the next Tab lists
     * the candidates below the line and draws the prompt and the line again.
     */
    private EditResult tab(OutputBuffer out) {
        if (completer == null || blankBeforeCursor()) return indent(out);
        String before = toText(0, cursor);
        Completion found;
        try {
            found = completer.complete(before);
        } catch (RuntimeException e) {
            found = Completion.none(before.length()); // the completer's own fault: treated as no match
        }
        if (found == null) return indent(out);
        List<String> candidates = printable(found.candidates());
        if (candidates.isEmpty()) {
            fruitlessTab = true;
            out.writeByte(BELL);
            return null;
        }
        int start = Math.max(0, Math.min(found.start(), before.length()));
        String word = before.substring(start);
        String common = commonPrefix(candidates);
        if (common.length() > word.length() && common.startsWith(word)) {
            if (!insertText(common.substring(word.length()), out)) out.writeByte(BELL);
            return null;
        }
        fruitlessTab = true;
        if (!tabAgain) {
            out.writeByte(BELL);
            return null;
        }
        List<String> shown = shownForms(candidates, found.shownFrom());
        if (shown.size() >= QUERY_ITEMS) {
            out.cursorRight(length - cursor);
            out.write("\nDisplay all " + shown.size() + " possibilities? (y or n)");
            pendingListing = shown;
            mode = Mode.QUERY;
            return null;
        }
        list(shown, out);
        return null;
    }

    /** The answer to "Display all N possibilities?": y or space lists, n or Backspace does not. */
    private EditResult answer(int b, OutputBuffer out) {
        switch (b) {
            case 'y', 'Y', ' ' -> {
                mode = Mode.NORMAL;
                List<String> shown = pendingListing;
                pendingListing = null;
                list(shown, out);
                fruitlessTab = true; // as after any listing: another Tab lists again
            }
            case 'n', 'N', 0x7F, 0x08 -> {
                mode = Mode.NORMAL;
                pendingListing = null;
                redrawBelow(out);
            }
            case 0x03 -> {
                mode = Mode.NORMAL;
                pendingListing = null;
                out.write("^C\n");
                return new EditResult.Cancelled();
            }
            default -> out.writeByte(BELL);
        }
        return null;
    }

    /** Lists {@code shown} in columns below the line, then the prompt and the line again. */
    private void list(List<String> shown, OutputBuffer out) {
        out.cursorRight(length - cursor);
        out.write("\n");
        writeColumns(shown, out);
        out.write(prompt);
        writeRange(0, length, out);
        out.cursorLeft(length - cursor);
    }

    /** From the end of the current screen row: a new row with the prompt and the line. */
    private void redrawBelow(OutputBuffer out) {
        out.write("\n").write(prompt);
        writeRange(0, length, out);
        out.cursorLeft(length - cursor);
    }

    /**
     * As readline lists matches: sorted down the columns, each column as wide as the widest
     * item plus two, as many columns as fit {@link #LIST_WIDTH} without touching its last column.
     */
    static void writeColumns(List<String> items, OutputBuffer out) {
        int widest = 0;
        for (String s : items) widest = Math.max(widest, s.codePointCount(0, s.length()));
        int columnWidth = widest + 2;
        int perRow = LIST_WIDTH / columnWidth;
        if (perRow != 1 && perRow * columnWidth == LIST_WIDTH) perRow--;
        if (perRow < 1) perRow = 1;
        int rows = (items.size() + perRow - 1) / perRow;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < perRow; c++) {
                int i = r + c * rows;
                if (i >= items.size()) break;
                String s = items.get(i);
                out.write(s);
                if (c + 1 < perRow && i + rows < items.size()) {
                    for (int pad = s.codePointCount(0, s.length()); pad < columnWidth; pad++) out.writeByte(' ');
                }
            }
            out.write("\n");
        }
    }

    /** The candidates that hold only characters the editor would insert if typed. */
    private static List<String> printable(List<String> candidates) {
        ArrayList<String> kept = new ArrayList<>(candidates.size());
        for (String c : candidates) {
            boolean ok = true;
            for (int i = 0; i < c.length() && ok; ) {
                int cp = c.codePointAt(i);
                i += Character.charCount(cp);
                ok = cp >= 0x20 && cp != 0x7F && (cp < 0x80 || cp >= 0xA0) && (cp < 0xD800 || cp > 0xDFFF);
            }
            if (ok) kept.add(c);
        }
        return kept;
    }

    /** What the listing shows of each candidate: sorted, without duplicates. */
    private static List<String> shownForms(List<String> candidates, int shownFrom) {
        ArrayList<String> shown = new ArrayList<>(candidates.size());
        for (String c : candidates) shown.add(c.substring(Math.max(0, Math.min(shownFrom, c.length()))));
        shown.sort(String::compareTo);
        ArrayList<String> distinct = new ArrayList<>(shown.size());
        for (String s : shown) if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).equals(s)) distinct.add(s);
        return distinct;
    }

    static String commonPrefix(List<String> words) {
        String first = words.get(0);
        int n = first.length();
        for (String w : words) {
            int i = 0;
            while (i < n && i < w.length() && w.charAt(i) == first.charAt(i)) i++;
            n = i;
        }
        if (n > 0 && Character.isHighSurrogate(first.charAt(n - 1))) n--; // never half a character
        return first.substring(0, n);
    }

    private boolean blankBeforeCursor() {
        for (int i = 0; i < cursor; i++) if (text[i] != ' ' && text[i] != '\t') return false;
        return true;
    }

    /** Inserts {@code s} at the cursor; false (nothing inserted) if the line would outgrow its limit. */
    private boolean insertText(String s, OutputBuffer out) {
        int[] cps = new int[s.codePointCount(0, s.length())];
        int size = 0;
        for (int i = 0, k = 0; i < s.length(); k++) {
            cps[k] = s.codePointAt(i);
            i += Character.charCount(cps[k]);
            size += OutputBuffer.utf8Length(cps[k]);
        }
        if (bytes + size > maxLineBytes) return false;
        if (length + cps.length > text.length) text = Arrays.copyOf(text, Math.max(text.length * 2, length + cps.length));
        System.arraycopy(text, cursor, text, cursor + cps.length, length - cursor);
        System.arraycopy(cps, 0, text, cursor, cps.length);
        length += cps.length;
        bytes += size;
        writeRange(cursor, length, out);
        cursor += cps.length;
        out.cursorLeft(length - cursor);
        return true;
    }

    private void backspace(OutputBuffer out) {
        if (cursor == 0) return;
        cursor--;
        out.cursorLeft(1);
        removeAt(cursor, out);
    }

    private void deleteAtCursor(OutputBuffer out) {
        if (cursor < length) removeAt(cursor, out);
    }

    /** Removes the code point at {@code at} (== cursor) and redraws the tail. */
    private void removeAt(int at, OutputBuffer out) {
        bytes -= OutputBuffer.utf8Length(text[at]);
        System.arraycopy(text, at + 1, text, at, length - at - 1);
        length--;
        writeRange(cursor, length, out);
        out.eraseToEndOfLine();
        out.cursorLeft(length - cursor);
    }

    private void left(OutputBuffer out) {
        if (cursor > 0) { cursor--; out.cursorLeft(1); }
    }

    private void right(OutputBuffer out) {
        if (cursor < length) { cursor++; out.cursorRight(1); }
    }

    private void home(OutputBuffer out) {
        out.cursorLeft(cursor);
        cursor = 0;
    }

    private void end(OutputBuffer out) {
        out.cursorRight(length - cursor);
        cursor = length;
    }

    private void moveToEnd(OutputBuffer out) { end(out); }

    private void killToEnd(OutputBuffer out) {
        for (int i = cursor; i < length; i++) bytes -= OutputBuffer.utf8Length(text[i]);
        length = cursor;
        out.eraseToEndOfLine();
    }

    private void killToStart(OutputBuffer out) { deleteBefore(0, out); }

    private void killWord(OutputBuffer out) {
        int from = cursor;
        while (from > 0 && text[from - 1] == ' ') from--;
        while (from > 0 && text[from - 1] != ' ') from--;
        deleteBefore(from, out);
    }

    /** Deletes text[from, cursor) and redraws from there. */
    private void deleteBefore(int from, OutputBuffer out) {
        if (from >= cursor) return;
        for (int i = from; i < cursor; i++) bytes -= OutputBuffer.utf8Length(text[i]);
        int removed = cursor - from;
        System.arraycopy(text, cursor, text, from, length - cursor);
        length -= removed;
        out.cursorLeft(removed);
        cursor = from;
        writeRange(cursor, length, out);
        out.eraseToEndOfLine();
        out.cursorLeft(length - cursor);
    }

    /** Replaces the whole line with {@code line} and puts the cursor at its end. */
    private void replaceLine(String line, OutputBuffer out) {
        out.cursorLeft(cursor);
        length = 0;
        bytes = 0;
        int n = line.length();
        for (int i = 0; i < n; ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            int size = OutputBuffer.utf8Length(cp);
            if (bytes + size > maxLineBytes) break;
            if (length == text.length) text = Arrays.copyOf(text, text.length * 2);
            text[length++] = cp;
            bytes += size;
        }
        cursor = length;
        writeRange(0, length, out);
        out.eraseToEndOfLine();
    }

    private void historyStep(int direction, OutputBuffer out) {
        int target = historyIndex + direction;
        if (target < 0 || target > history.size()) return;
        if (historyIndex == history.size()) draft = currentText();
        historyIndex = target;
        replaceLine(target == history.size() ? draft : history.get(target), out);
    }

    private EditResult enter(OutputBuffer out) {
        String line = currentText();
        out.write("\n");
        remember(line);
        length = 0;
        cursor = 0;
        bytes = 0;
        return new EditResult.Line(line);
    }

    private void writeRange(int from, int to, OutputBuffer out) {
        for (int i = from; i < to; i++) out.writeCodePoint(text[i]);
    }

    private String toText(int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        for (int i = from; i < to; i++) sb.appendCodePoint(text[i]);
        return sb.toString();
    }
}
