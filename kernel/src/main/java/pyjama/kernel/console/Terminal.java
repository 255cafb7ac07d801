package pyjama.kernel.console;

import pyjama.kernel.event.EventLoop;
import pyjama.kernel.hal.Hal;

/**
 * The console device as the kernel's text users see it: a byte stream in (through the event
 * loop, so waiting for a key halts the CPU) and UTF-8 text out. Every reader of the console (the
 * command console, the Python REPL) goes through the one Terminal, so bytes typed ahead are
 * never lost between them.
 *
 * <p>Input rules kept here rather than in each {@link LineEditor}: a CR followed by LF is one
 * Enter (the LF may arrive after the editor that took the CR has finished); and the Ctrl-C
 * "break" flag of the HAL is kept in step with the 0x03 bytes, so that a Ctrl-C typed at a prompt
 * does not also interrupt the next program, and a Ctrl-C that interrupted a program does not also
 * cancel the next line.
 */
public final class Terminal {
    private final Hal hal;
    private final EventLoop loop;
    private final byte[] input = new byte[4096];
    private int inputPos;
    private int inputEnd;
    private boolean lastWasCr;
    private int breaksTaken; // Ctrl-C bytes already acted on through takeBreak, still to skip
    private final OutputBuffer out = new OutputBuffer();
    /** Text printed since the last line end (see {@link #unfinishedLine}); past the limit, unknown. */
    private final StringBuilder unfinished = new StringBuilder();
    private boolean unfinishedOverflow;
    static final int MAX_UNFINISHED = 256;

    public Terminal(Hal hal, EventLoop loop) {
        this.hal = hal;
        this.loop = loop;
    }

    /** Writes text; {@code '\n'} becomes CR LF. */
    public void print(String text) {
        out.write(text);
        track(text);
        flush();
    }

    public void println(String text) {
        out.write(text).write("\n");
        track("\n");
        flush();
    }

    /**
     * The text printed since the last line end, when short: the prompt a program wrote itself
     * before reading a line (Python's input() writes its prompt to stdout, then reads), which
     * {@link #readLine} with an empty prompt adopts, so the editor can draw it again.
     */
    public String unfinishedLine() { return unfinishedOverflow ? "" : unfinished.toString(); }

    private void track(String text) {
        int end = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
        if (end >= 0) {
            unfinished.setLength(0);
            unfinishedOverflow = false;
        }
        if (unfinishedOverflow) return;
        unfinished.append(text, end + 1, text.length());
        if (unfinished.length() > MAX_UNFINISHED) {
            unfinished.setLength(0);
            unfinishedOverflow = true;
        }
    }

    /**
     * Runs {@code editor} with {@code prompt} until the line is finished, waiting for input
     * through the event loop. Type-ahead beyond the finished line stays buffered for the next
     * reader. With an empty prompt after text that did not end its row, that text is the prompt
     * (already on the screen: only kept for redrawing).
     */
    public EditResult readLine(LineEditor editor, String prompt) {
        if (prompt.isEmpty() && !unfinishedLine().isEmpty()) editor.begin(unfinishedLine(), out, true);
        else editor.begin(prompt, out);
        unfinished.setLength(0); // every way out of the editor ends the row
        unfinishedOverflow = false;
        flush();
        while (true) {
            while (inputPos < inputEnd) {
                int b = input[inputPos++] & 0xFF;
                if (lastWasCr && b == '\n') { lastWasCr = false; continue; }
                lastWasCr = b == '\r';
                if (b == 0x03) {
                    if (breaksTaken > 0) { breaksTaken--; continue; }
                    hal.takeBreak(); // this Ctrl-C is handled here; no program should see it too
                }
                EditResult result = editor.feed(b, out);
                if (result != null) {
                    flush();
                    return result;
                }
            }
            flush();
            fill();
        }
    }

    /**
     * Polls for a Ctrl-C without consuming input: true once per Ctrl-C. The 0x03 byte still
     * queued behind it is then skipped by the next {@link #readLine}.
     */
    public boolean takeBreak() {
        if (!hal.takeBreak()) return false;
        breaksTaken++;
        return true;
    }

    /** Waits (halting, never spinning) until at least one input byte is buffered. */
    private void fill() {
        inputPos = 0;
        inputEnd = 0;
        while (true) {
            int n = hal.serialRead(input);
            if (n > 0) {
                inputEnd = Math.min(n, input.length);
                return;
            }
            loop.waitForEvent(hal.nanoTime() + EventLoop.MAX_IDLE_NANOS);
        }
    }

    private void flush() {
        if (out.length() > 0) {
            hal.consoleWrite(out.array(), 0, out.length());
            out.clear();
        }
    }
}
