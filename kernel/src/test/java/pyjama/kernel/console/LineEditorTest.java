package pyjama.kernel.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LineEditorTest {
    private static final String PROMPT = "> ";
    private static final String ESC = "\u001b";

    private LineEditor editor = new LineEditor(64, 10);
    private final OutputBuffer out = new OutputBuffer();
    private final ScreenModel screen = new ScreenModel();
    private final ByteArrayOutputStream raw = new ByteArrayOutputStream();

    /** Feeds the script (a Latin-1 string: each char one byte); returns the results it produced. */
    private List<EditResult> feed(String script) {
        return feedBytes(script.getBytes(StandardCharsets.ISO_8859_1));
    }

    private List<EditResult> feedBytes(byte[] script) {
        List<EditResult> results = new ArrayList<>();
        for (byte b : script) {
            EditResult r = editor.feed(b, out);
            drain();
            if (r != null) {
                results.add(r);
                begin();
            }
        }
        return results;
    }

    private void begin() {
        editor.begin(PROMPT, out);
        drain();
    }

    private void drain() {
        byte[] bytes = out.toByteArray();
        out.clear();
        raw.writeBytes(bytes);
        screen.apply(bytes);
    }

    private static String utf8(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /** The screen shows the prompt and the line, with the terminal's cursor where the editor's is. */
    private void assertScreenMatchesEditor() {
        String text = editor.currentText();
        assertEquals(PROMPT + text, screen.currentRow(), "screen row");
        assertEquals(PROMPT.length() + editor.cursor(), screen.column, "cursor column");
    }

    private String line(List<EditResult> results, int i) {
        return assertInstanceOf(EditResult.Line.class, results.get(i)).text();
    }

    @Test
    void printableTextThenCarriageReturnGivesTheLine() {
        begin();
        List<EditResult> r = feed("hello world\r");
        assertEquals(1, r.size());
        assertEquals("hello world", line(r, 0));
        assertTrue(raw.toString(StandardCharsets.UTF_8).startsWith("> hello world\r\n> "));
    }

    @Test
    void lineFeedAloneEndsTheLine() {
        begin();
        assertEquals("abc", line(feed("abc\n"), 0));
    }

    @Test
    void promptIsWrittenAtBegin() {
        begin();
        assertEquals("> ", raw.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(ints = {0x7f, 0x08})
    void backspaceDeletesBeforeTheCursor(int key) {
        begin();
        feed("abcd" + (char) key + (char) key);
        assertEquals("ab", editor.currentText());
        assertScreenMatchesEditor();
        assertEquals("abx", line(feed("x\r"), 0));
    }

    @Test
    void backspaceAtStartOfLineDoesNothing() {
        begin();
        int before = raw.size();
        feed("\u007f\u0008");
        assertEquals(before, raw.size());
        assertEquals("", editor.currentText());
    }

    @Test
    void leftArrowThenTypingInsertsInTheMiddle() {
        begin();
        feed("ac" + ESC + "[D" + "b");
        assertEquals("abc", editor.currentText());
        assertEquals(2, editor.cursor());
        assertScreenMatchesEditor();
    }

    @Test
    void rightArrowMovesBackTowardsTheEndAndStopsThere() {
        begin();
        feed("abc" + ESC + "[D" + ESC + "[D" + ESC + "[C");
        assertEquals(2, editor.cursor());
        feed(ESC + "[C" + ESC + "[C" + ESC + "[C");
        assertEquals(3, editor.cursor());
        assertScreenMatchesEditor();
    }

    @Test
    void leftArrowStopsAtTheStart() {
        begin();
        feed("ab" + ESC + "[D" + ESC + "[D" + ESC + "[D" + ESC + "[D");
        assertEquals(0, editor.cursor());
        assertScreenMatchesEditor();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u001b[H", "\u001b[1~", "\u001b[7~", "\u001bOH", "\u0001"})
    void homeKeysMoveToTheStart(String home) {
        begin();
        feed("world" + home + "hello ");
        assertEquals("hello world", editor.currentText());
        assertScreenMatchesEditor();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u001b[F", "\u001b[4~", "\u001b[8~", "\u001bOF", "\u0005"})
    void endKeysMoveToTheEnd(String end) {
        begin();
        feed("hello" + ESC + "[D" + ESC + "[D" + end + "!");
        assertEquals("hello!", editor.currentText());
        assertScreenMatchesEditor();
    }

    @Test
    void ctrlBAndCtrlFMoveLikeTheArrows() {
        begin();
        feed("ac\u0002b\u0006d");
        assertEquals("abcd", editor.currentText());
        assertScreenMatchesEditor();
    }

    @Test
    void deleteKeyRemovesTheCharacterUnderTheCursor() {
        begin();
        feed("abc" + ESC + "[H" + ESC + "[3~");
        assertEquals("bc", editor.currentText());
        assertEquals(0, editor.cursor());
        assertScreenMatchesEditor();
    }

    @Test
    void ctrlCCancelsTheLineAndPrintsCaretC() {
        begin();
        List<EditResult> r = feed("some text\u0003");
        assertInstanceOf(EditResult.Cancelled.class, r.get(0));
        assertTrue(raw.toString(StandardCharsets.UTF_8).contains("some text^C\r\n> "));
        assertEquals("", editor.currentText());
        assertEquals("next", line(feed("next\r"), 0));
    }

    @Test
    void ctrlCWithTheCursorInsideTheLinePrintsCaretCAfterTheWholeLine() {
        begin();
        feed("abc" + ESC + "[H\u0003");
        assertEquals("> abc^C", screen.rows.get(0).toString());
    }

    @Test
    void ctrlDOnAnEmptyLineEndsInput() {
        begin();
        assertInstanceOf(EditResult.EndOfInput.class, feed("\u0004").get(0));
    }

    @Test
    void ctrlDOnANonEmptyLineDeletesUnderTheCursor() {
        begin();
        List<EditResult> r = feed("abc" + ESC + "[H\u0004");
        assertTrue(r.isEmpty());
        assertEquals("bc", editor.currentText());
        assertScreenMatchesEditor();
    }

    @Test
    void ctrlDAtTheEndOfANonEmptyLineDoesNothing() {
        begin();
        assertTrue(feed("abc\u0004").isEmpty());
        assertEquals("abc", editor.currentText());
    }

    @Test
    void ctrlUKillsToTheStart() {
        begin();
        feed("hello world" + ESC + "[D" + ESC + "[D" + "\u0015");
        assertEquals("ld", editor.currentText());
        assertEquals(0, editor.cursor());
        assertScreenMatchesEditor();
    }

    @Test
    void ctrlKKillsToTheEnd() {
        begin();
        feed("hello world\u0001" + ESC + "[C" + ESC + "[C\u000b");
        assertEquals("he", editor.currentText());
        assertScreenMatchesEditor();
    }

    @Test
    void ctrlWKillsTheWordBeforeTheCursor() {
        begin();
        feed("echo one two  \u0017");
        assertEquals("echo one ", editor.currentText());
        assertScreenMatchesEditor();
    }

    @Test
    void ctrlLClearsTheScreenAndRedrawsPromptAndLine() {
        begin();
        feed("first\r");
        feed("abc" + ESC + "[D\u000c");
        assertEquals(1, screen.rows.size());
        assertScreenMatchesEditor();
    }

    @Test
    void tabInsertsSpacesToTheNextMultipleOfFour() {
        begin();
        feed("ab\t");
        assertEquals("ab  ", editor.currentText());
        feed("\t");
        assertEquals("ab      ", editor.currentText());
    }

    // ---- Tab completion ----

    /** Completes the word after the last blank from {@code words}; lists them from after the last '/'. */
    private static Completer words(String... words) {
        return before -> {
            int start = before.lastIndexOf(' ') + 1;
            String word = before.substring(start);
            if (word.isEmpty()) return null;
            List<String> found = new ArrayList<>();
            for (String w : words) if (w.startsWith(word)) found.add(w);
            return new Completion(start, found, word.lastIndexOf('/') + 1);
        };
    }

    @Test
    void tabCompletesASingleCandidateWhole() {
        editor.completer(words("print(", "property(", "len("));
        begin();
        feed("x = pri\t");
        assertEquals("x = print(", editor.currentText());
        assertEquals(0, screen.bells);
        assertScreenMatchesEditor();
    }

    @Test
    void severalCandidatesGrowTheWordToTheirLongestCommonPrefix() {
        editor.completer(words("FileExistsError(", "FileNotFoundError("));
        begin();
        feed("Fi\t");
        assertEquals("File", editor.currentText());
        assertEquals(0, screen.bells);
        assertScreenMatchesEditor();
    }

    @Test
    void aTabWithNothingNewRingsAndTheNextListsTheCandidatesThenRedrawsTheLine() {
        editor.completer(words("print(", "property("));
        begin();
        feed("pr\t");
        assertEquals("pr", editor.currentText());
        assertEquals(1, screen.bells);
        assertEquals(0, screen.row, "nothing listed yet");
        feed("\t");
        assertEquals(List.of("> pr", "print(     property(", "> pr"), screen.rowsFrom(0), "columns 9 + 2 wide");
        assertScreenMatchesEditor();
        feed("i\t");
        assertEquals("print(", editor.currentText());
        assertScreenMatchesEditor();
    }

    @Test
    void anotherKeyBetweenTheTabsMeansTheBellAgainNotTheListing() {
        editor.completer(words("print(", "property("));
        begin();
        feed("pr\tx\u007f\t");
        assertEquals(2, screen.bells);
        assertEquals(0, screen.row);
        feed("\t");
        assertEquals(1, screen.row - 1, "one row of candidates");
    }

    @Test
    void theListingIsSortedDownTheColumnsOfAnEightyColumnScreen() {
        String[] many = new String[5];
        for (int i = 0; i < many.length; i++) many[i] = "word" + i + "_".repeat(25); // 30 wide: two columns
        java.util.Collections.reverse(java.util.Arrays.asList(many));
        editor.completer(words(many));
        begin();
        feed("w\t");
        assertEquals("word", editor.currentText());
        feed("\t\t");
        String pad = "_".repeat(25);
        assertEquals(List.of("> word",
                "word0" + pad + "  word3" + pad,
                "word1" + pad + "  word4" + pad,
                "word2" + pad,
                "> word"), screen.rowsFrom(0));
        assertScreenMatchesEditor();
    }

    @Test
    void aPathIsListedWithoutItsDirectory() {
        editor.completer(words("/bin/sysinfo.py", "/bin/sort.py"));
        begin();
        feed("cat /bin/s\t\t");
        assertEquals(List.of("> cat /bin/s", "sort.py     sysinfo.py", "> cat /bin/s"), screen.rowsFrom(0));
    }

    @Test
    void completionInTheMiddleOfTheLineKeepsTheRest() {
        editor.completer(words("print("));
        begin();
        feed("pri)" + ESC + "[D\t");
        assertEquals("print()", editor.currentText());
        assertEquals(6, editor.cursor());
        assertScreenMatchesEditor();
    }

    @Test
    void tabAfterOnlyBlanksIndentsWithoutAskingTheCompleter() {
        editor.completer(before -> { throw new AssertionError("completer asked for '" + before + "'"); });
        begin();
        feed("\t");
        assertEquals("    ", editor.currentText());
        feed("  \t");
        assertEquals("        ", editor.currentText());
    }

    @Test
    void whereTheCompleterSeesNoWordTabIndents() {
        editor.completer(words("print("));
        begin();
        feed("f(x, \t");
        assertEquals("f(x,    ", editor.currentText());
        assertEquals(0, screen.bells);
    }

    @Test
    void noCandidateRingsTheBellAndChangesNothing() {
        editor.completer(words("print("));
        begin();
        feed("zz\t\t");
        assertEquals("zz", editor.currentText());
        assertEquals(2, screen.bells);
        assertEquals(0, screen.row);
    }

    @Test
    void aFailingCompleterRingsTheBellAndEditingGoesOn() {
        editor.completer(before -> { throw new IllegalStateException("broken"); });
        begin();
        List<EditResult> r = feed("ab\tc\r");
        assertEquals(1, screen.bells);
        assertEquals("abc", line(r, 0));
    }

    @Test
    void aCompletionThatWouldOutgrowTheLineIsRefusedWithTheBell() {
        editor.completer(words("a" + "b".repeat(70)));
        begin();
        feed("a\t");
        assertEquals("a", editor.currentText());
        assertEquals(1, screen.bells);
        assertScreenMatchesEditor();
    }

    @Test
    void candidatesWithControlCharactersAreDropped() {
        editor.completer(words("ab\u0007c", "abd"));
        begin();
        feed("a\t");
        assertEquals("abd", editor.currentText());
    }

    @Test
    void manyCandidatesAreListedOnlyAfterAskingYOrN() {
        String[] many = new String[120];
        for (int i = 0; i < many.length; i++) many[i] = "n" + (1000 + i);
        editor.completer(words(many));
        begin();
        feed("n1\t\t");
        assertEquals("Display all 120 possibilities? (y or n)", screen.currentRow());
        feed("x");
        assertEquals(2, screen.bells, "the question wants y or n");
        feed("n");
        assertEquals(List.of("> n1", "Display all 120 possibilities? (y or n)", "> n1"), screen.rowsFrom(0));
        assertScreenMatchesEditor();
        feed("\t\t");
        int question = screen.row;
        feed("y");
        // 120 items 7 wide: 11 columns, 11 rows, then the prompt again
        assertEquals(question + 12, screen.row);
        assertEquals("n1000  n1011  n1022  n1033  n1044  n1055  n1066  n1077  n1088  n1099  n1110",
                screen.rows.get(question + 1).toString().stripTrailing());
        assertScreenMatchesEditor();
    }

    @Test
    void enterAtTheQuestionEndsTheLineShownAgain() {
        String[] many = new String[100];
        for (int i = 0; i < many.length; i++) many[i] = "n" + (1000 + i);
        editor.completer(words(many));
        begin();
        List<EditResult> r = feed("x = n10\t\t\r");
        assertEquals("x = n10", line(r, 0));
        assertEquals(List.of("> x = n10", "Display all 100 possibilities? (y or n)", "> x = n10", ">"), screen.rowsFrom(0), "the next prompt below");
    }

    @Test
    void ctrlCAtTheQuestionCancelsTheLine() {
        String[] many = new String[100];
        for (int i = 0; i < many.length; i++) many[i] = "n" + (1000 + i);
        editor.completer(words(many));
        begin();
        List<EditResult> r = feed("n10\t\t\u0003");
        assertInstanceOf(EditResult.Cancelled.class, r.get(0));
    }

    @Test
    void upAndDownWalkTheHistoryAndComeBackToTheDraft() {
        begin();
        feed("one\rtwo\rdra");
        feed(ESC + "[A");
        assertEquals("two", editor.currentText());
        assertScreenMatchesEditor();
        feed(ESC + "[A");
        assertEquals("one", editor.currentText());
        feed(ESC + "[A"); // no older entry: stays
        assertEquals("one", editor.currentText());
        assertScreenMatchesEditor();
        feed(ESC + "[B");
        assertEquals("two", editor.currentText());
        feed(ESC + "[B");
        assertEquals("dra", editor.currentText());
        assertScreenMatchesEditor();
        feed(ESC + "[B"); // nothing newer than the draft
        assertEquals("dra", editor.currentText());
    }

    @Test
    void aRecalledLineCanBeEditedAndEntered() {
        begin();
        feed("echo hi\r");
        List<EditResult> r = feed(ESC + "[A" + "\u007f\u007fthere\r");
        assertEquals("echo there", line(r, 0));
        assertEquals(List.of("echo hi", "echo there"), editor.history());
    }

    @Test
    void historySkipsBlankLinesAndImmediateRepeats() {
        begin();
        feed("a\r\r   \ra\rb\r");
        assertEquals(List.of("a", "b"), editor.history());
    }

    @Test
    void historyKeepsOnlyTheNewestEntries() {
        editor = new LineEditor(64, 3);
        begin();
        feed("1\r2\r3\r4\r");
        assertEquals(List.of("2", "3", "4"), editor.history());
    }

    @Test
    void ctrlPAndCtrlNAndSs3ArrowsAlsoWalkTheHistory() {
        begin();
        feed("one\rtwo\r\u0010\u0010");
        assertEquals("one", editor.currentText());
        feed("\u000e");
        assertEquals("two", editor.currentText());
        feed(ESC + "OA");
        assertEquals("one", editor.currentText());
    }

    @Test
    void utf8InputIsDecodedIntoCodePoints() {
        begin();
        List<EditResult> r = feed(utf8("héllo € 😀") + "\r");
        assertEquals("héllo € 😀", line(r, 0));
    }

    @Test
    void cursorMovesByCodePointNotByByte() {
        begin();
        feed(utf8("é€") + ESC + "[D" + ESC + "[D" + "x");
        assertEquals("xé€", editor.currentText());
        assertScreenMatchesEditor();
        feed("\u007f" + ESC + "[3~");
        assertEquals("€", editor.currentText());
        assertScreenMatchesEditor();
    }

    @Test
    void invalidUtf8IsSwallowed() {
        begin();
        String garbage = "\u0080" + "\u00bf"          // stray continuation bytes
                + "\u00c0\u00af"                      // overlong '/'
                + "\u00c1\u00bf"                      // overlong
                + "\u00e0\u0080\u00af"                // overlong 3-byte
                + "\u00ed\u00a0\u0080"                // encoded surrogate
                + "\u00f4\u0090\u0080\u0080"          // above U+10FFFF
                + "\u00f5\u00ff\u00fe"                // never-valid lead bytes
                + "\u00c2\u0085";                     // U+0085, a C1 control
        List<EditResult> r = feed("a" + garbage + "b\r");
        assertEquals("ab", line(r, 0));
    }

    @Test
    void aTruncatedUtf8SequenceDoesNotEatTheNextCharacter() {
        begin();
        assertEquals("AB", line(feed("\u00e2\u0082A\u00f0B\r"), 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u001b[99Z", "\u001b[?25h", "\u001bx", "\u001b[200~", "\u001b[5~",
            "\u001b[1;5P", "\u001b[", "\u001b[12;34;56;78m", "\u001bOZ", "\u001b\u001b[Q"})
    void unknownEscapeSequencesAreSwallowed(String sequence) {
        begin();
        List<EditResult> r = feed("ab" + sequence + "cd\r");
        String text = line(r, 0);
        // "\u001b[" followed by 'c' is a complete (unknown) sequence ending at 'c'.
        assertTrue(text.equals("abcd") || text.equals("abd"), text);
    }

    @Test
    void aControlByteInsideAnEscapeSequenceAbandonsTheSequenceAndActs() {
        begin();
        List<EditResult> r = feed("ab" + ESC + "[12\u0003");
        assertInstanceOf(EditResult.Cancelled.class, r.get(0));
        begin();
        assertInstanceOf(EditResult.Cancelled.class, feed(ESC + "\u0003").get(0));
    }

    @Test
    void anOverlongEscapeSequenceIsDroppedAndEditingContinues() {
        editor = new LineEditor(1024, 10);
        begin();
        List<EditResult> r = feed("a" + ESC + "[" + "1".repeat(100) + "b\r");
        // ESC and '[' count towards the limit; the byte that overflows it is dropped with them.
        assertEquals("a" + "1".repeat(100 - (LineEditor.MAX_SEQUENCE - 1)) + "b", line(r, 0));
    }

    @Test
    void enterEndsTheLineEvenInsideAnEscapeSequenceOrUtf8Character() {
        begin();
        List<EditResult> r = feed("ab" + ESC + "[\r" + "cd" + ESC + "\n" + "ef\u00e2\r" + "gh" + ESC + "O\r");
        assertEquals(List.of("ab", "cd", "ef", "gh"), r.stream().map(x -> ((EditResult.Line) x).text()).toList());
    }

    @Test
    void aLineLongerThanTheLimitIsRefusedAndDiscardedUpToTheNewline() {
        begin();
        List<EditResult> r = feed("x".repeat(100) + "\r" + "after\r");
        assertEquals(2, r.size());
        assertEquals(new EditResult.Discarded(64), r.get(0));
        assertEquals("after", line(r, 1));
        String shown = raw.toString(StandardCharsets.UTF_8);
        assertTrue(shown.contains("line too long (more than 64 bytes): discarded up to the next newline"), shown);
        // Nothing past the limit was echoed.
        assertFalse(shown.contains("x".repeat(65)));
    }

    @Test
    void theLimitCountsUtf8Bytes() {
        editor = new LineEditor(4, 10);
        begin();
        assertEquals("éé", line(feed(utf8("éé") + "\r"), 0));
        assertInstanceOf(EditResult.Discarded.class, feed(utf8("éé") + "x\r").get(0));
    }

    @Test
    void ctrlCEndsDiscardingToo() {
        begin();
        List<EditResult> r = feed("x".repeat(70) + "\u0003ok\r");
        assertInstanceOf(EditResult.Cancelled.class, r.get(0));
        assertEquals("ok", line(r, 1));
    }

    @Test
    void redrawKeepsTheScreenInStepThroughAnEditingSession() {
        begin();
        String[] keys = {"a", "b", "c", ESC + "[D", ESC + "[D", "X", "\u007f", ESC + "[3~", ESC + "[F",
                "\u0001", "Y", "\u0005", "Z", "\u0002", "\u000b", "\u0015", "q", "r", ESC + "[H", "\u0004"};
        for (String k : keys) {
            feed(k);
            assertScreenMatchesEditor();
        }
    }

    @Test
    void randomBytesNeverBreakTheEditorAndAnEnterAlwaysRecovers() {
        Random random = new Random(20240601);
        editor = new LineEditor(512, 50);
        begin();
        byte[] noise = new byte[200_000];
        random.nextBytes(noise);
        List<EditResult> results = new ArrayList<>();
        for (byte b : noise) {
            EditResult r = editor.feed(b, out);
            out.clear();
            assertTrue(editor.cursor() >= 0 && editor.cursor() <= editor.currentText().codePointCount(0, editor.currentText().length()));
            assertTrue(editor.currentText().getBytes(StandardCharsets.UTF_8).length <= 512);
            if (r != null) {
                results.add(r);
                editor.begin(PROMPT, out);
            }
        }
        assertTrue(results.size() > 100, "random input contains many line ends");
        EditResult end = editor.feed('\r', out);
        if (end != null) editor.begin(PROMPT, out);
        EditResult last = null;
        for (byte b : "echo ok\r".getBytes(StandardCharsets.US_ASCII)) last = editor.feed(b, out);
        assertEquals(new EditResult.Line("echo ok"), last);
    }

    @Test
    void randomBytesWithACompleterNeverBreakTheEditor() {
        Random random = new Random(7);
        editor = new LineEditor(64, 5);
        String[] many = new String[150];
        for (int i = 0; i < many.length; i++) many[i] = "w" + i;
        editor.completer(words(many));
        begin();
        byte[] noise = new byte[100_000];
        random.nextBytes(noise);
        for (int i = 0; i < noise.length; i++) {
            // Mostly Tabs, 'w', 'y', blanks and Enters, so completion and the question come up often.
            byte b = switch (noise[i] & 7) { case 0, 1 -> 9; case 2 -> 'w'; case 3 -> 'y'; case 4 -> ' '; case 5 -> '1'; default -> noise[i]; };
            EditResult r = editor.feed(b, out);
            out.clear();
            assertTrue(editor.currentText().getBytes(StandardCharsets.UTF_8).length <= 64);
            if (r != null) editor.begin(PROMPT, out);
        }
        EditResult end = editor.feed('\r', out);
        if (end != null) editor.begin(PROMPT, out);
        EditResult last = null;
        for (byte b : "ok\r".getBytes(StandardCharsets.US_ASCII)) last = editor.feed(b, out);
        assertEquals(new EditResult.Line("ok"), last);
    }

    @Test
    void feedReturnsNullUntilTheLineIsDone() {
        begin();
        assertNull(editor.feed('a', out));
        assertNull(editor.feed(0x1b, out));
        assertNull(editor.feed('[', out));
        assertNull(editor.feed('D', out));
    }
}
