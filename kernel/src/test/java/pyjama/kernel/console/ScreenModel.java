package pyjama.kernel.console;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A tiny terminal emulator for tests: an unbounded-width screen that understands exactly the
 * output the line editor may produce (printable text, CR, LF, BEL, ESC [ n C/D, ESC [ K,
 * ESC [ H ESC [ 2 J) and fails on anything else, so a stray byte in the redraw is caught.
 */
final class ScreenModel {
    final List<StringBuilder> rows = new ArrayList<>();
    int row;
    int column;
    int bells;

    ScreenModel() { rows.add(new StringBuilder()); }

    void apply(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\r') column = 0;
            else if (cp == 0x07) bells++;
            else if (cp == '\n') {
                row++;
                if (row == rows.size()) rows.add(new StringBuilder());
            } else if (cp == 0x1B) {
                if (s.charAt(i) != '[') throw new AssertionError("unexpected ESC " + s.charAt(i));
                i++;
                int n = 0;
                boolean digits = false;
                while (Character.isDigit(s.charAt(i))) { n = n * 10 + (s.charAt(i++) - '0'); digits = true; }
                char fin = s.charAt(i++);
                if (!digits) n = 1;
                switch (fin) {
                    case 'C' -> column += n;
                    case 'D' -> {
                        if (n == 0) throw new AssertionError("ESC [ 0 D moves one column on real terminals");
                        column = Math.max(0, column - n);
                    }
                    case 'K' -> truncate(current(), column);
                    case 'H' -> { row = 0; column = 0; }
                    case 'J' -> { rows.clear(); rows.add(new StringBuilder()); row = 0; column = 0; }
                    default -> throw new AssertionError("unexpected CSI final " + fin);
                }
            } else if (cp < 0x20 || cp == 0x7F) {
                throw new AssertionError("unexpected control byte " + cp);
            } else {
                put(cp);
            }
        }
    }

    private void put(int cp) {
        StringBuilder line = current();
        // Rows are kept as code points via an int list in spirit; tests use BMP text here.
        while (line.codePointCount(0, line.length()) < column) line.append(' ');
        int at = line.offsetByCodePoints(0, column);
        if (at < line.length()) {
            int end = line.offsetByCodePoints(at, 1);
            line.replace(at, end, new String(Character.toChars(cp)));
        } else {
            line.appendCodePoint(cp);
        }
        column++;
    }

    private static void truncate(StringBuilder line, int column) {
        int count = line.codePointCount(0, line.length());
        if (column < count) line.setLength(line.offsetByCodePoints(0, column));
    }

    StringBuilder current() { return rows.get(row); }

    String currentRow() { return current().toString(); }

    /** The rows from {@code from} to the current one, each without trailing blanks. */
    List<String> rowsFrom(int from) {
        List<String> out = new ArrayList<>();
        for (int i = from; i <= row; i++) out.add(rows.get(i).toString().stripTrailing());
        return out;
    }
}
