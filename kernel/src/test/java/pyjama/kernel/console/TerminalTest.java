package pyjama.kernel.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import pyjama.kernel.FakeHal;
import pyjama.kernel.event.EventLoop;
import pyjama.kernel.log.Log;

class TerminalTest {
    private final FakeHal hal = new FakeHal();
    private final Log log = new Log(16, hal::nanoTime);
    private final Terminal terminal = new Terminal(hal, new EventLoop(hal, log));

    private String readText(LineEditor editor) {
        return assertInstanceOf(EditResult.Line.class, terminal.readLine(editor, "> ")).text();
    }

    @Test
    void crLfIsOneEnterEvenWhenTheLfArrivesForTheNextReader() {
        hal.type("a\r\nb\r\n\r\nc\n");
        LineEditor first = new LineEditor();
        LineEditor second = new LineEditor();
        assertEquals("a", readText(first));
        assertEquals("b", readText(second));
        assertEquals("", readText(first));
        assertEquals("c", readText(second));
    }

    @Test
    void twoCrsAreTwoEnters() {
        hal.type("\r\rx\r");
        LineEditor e = new LineEditor();
        assertEquals("", readText(e));
        assertEquals("", readText(e));
        assertEquals("x", readText(e));
    }

    @Test
    void typeAheadStaysBufferedForTheNextReader() {
        hal.type("one\rtwo\r");
        assertEquals("one", readText(new LineEditor()));
        assertEquals("two", readText(new LineEditor()));
    }

    @Test
    void waitingForInputIdlesInsteadOfSpinning() {
        hal.typeLater("late\r");
        assertEquals("late", readText(new LineEditor()));
        assertEquals(1, hal.idleDeadlines.size());
        assertTrue(hal.idleDeadlines.get(0) > 1_000_000L, "idle has a deadline in the future");
    }

    @Test
    void inputSplitIntoSingleBytesIsReadTheSame() {
        hal.readChunk = 1;
        hal.type("h\u00c3\u00a9\u001b[Dx\r".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertEquals("hxé", readText(new LineEditor()));
    }

    @Test
    void aCtrlCTypedAtThePromptClearsTheBreakFlag() {
        hal.type("abc\u0003");
        assertInstanceOf(EditResult.Cancelled.class, terminal.readLine(new LineEditor(), "> "));
        assertFalse(terminal.takeBreak(), "a program started next must not see this Ctrl-C");
    }

    @Test
    void aCtrlCTakenByAProgramIsNotSeenAgainByTheNextPrompt() {
        hal.type("\u0003ok\r");
        assertTrue(terminal.takeBreak());
        assertEquals("ok", readText(new LineEditor()));
    }

    @Test
    void printTranslatesNewlinesForTheSerialTerminal() {
        terminal.print("a\nb\n");
        terminal.println("é");
        assertEquals("a\r\nb\r\né\r\n", hal.output());
    }

    @Test
    void aPromptPrintedByTheProgramIsAdoptedForRedrawing() {
        terminal.print("first line\nName? ");
        assertEquals("Name? ", terminal.unfinishedLine());
        hal.type("ab\u000c\r");
        assertEquals("ab", readTextWithoutPrompt(new LineEditor()));
        String out = hal.output();
        assertTrue(out.endsWith("\u001b[H\u001b[2JName? ab\r\n"), "Ctrl-L draws the printed prompt again: " + out);
        assertTrue(out.startsWith("first line\r\nName? ab"), "the prompt is not written twice: " + out);
        assertEquals("", terminal.unfinishedLine(), "the line ended the row");
    }

    @Test
    void aLongUnfinishedRowIsNoPrompt() {
        terminal.print("x".repeat(Terminal.MAX_UNFINISHED + 1));
        terminal.print("> ");
        assertEquals("", terminal.unfinishedLine());
        terminal.println("");
        terminal.print("> ");
        assertEquals("> ", terminal.unfinishedLine());
    }

    private String readTextWithoutPrompt(LineEditor editor) {
        return assertInstanceOf(EditResult.Line.class, terminal.readLine(editor, "")).text();
    }
}
