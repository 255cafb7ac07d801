package pyjama.kernel.console;

import pyjama.kernel.event.EventLoop;
import pyjama.kernel.hal.Hal;
import pyjama.python.PythonHost;

/**
 * The Python interpreter's view of the kernel console: output through the {@link Terminal},
 * input through a line editor of its own (so {@code >>>} lines have their own history), Ctrl-C
 * from the HAL's break flag, clocks from the HAL.
 */
public final class KernelPythonHost implements PythonHost {
    private final Hal hal;
    private final Terminal terminal;
    private final LineEditor editor;
    private final EventLoop loop; // null: sleeping spins (tests without an event loop)
    private boolean reading;      // a line is being edited (see readLine)

    public KernelPythonHost(Hal hal, Terminal terminal, LineEditor editor) {
        this(hal, terminal, editor, null);
    }

    public KernelPythonHost(Hal hal, Terminal terminal, LineEditor editor, EventLoop loop) {
        this.hal = hal;
        this.terminal = terminal;
        this.editor = editor;
        this.loop = loop;
    }

    /**
     * time.sleep and the asyncio loop's waits: the event loop halts the CPU until the deadline
     * or an interrupt (whose handlers run meanwhile); Ctrl-C ends the wait.
     */
    @Override
    public boolean sleep(long nanos) {
        long end = hal.nanoTime() + nanos;
        while (true) {
            if (terminal.takeBreak()) return true;
            if (hal.nanoTime() >= end) return false;
            if (loop != null) loop.waitForEvent(end);
        }
    }

    /** A green thread's wait: halts until the next interrupt or the deadline, leaving Ctrl-C to the session. */
    @Override
    public void pause(long nanos) {
        if (loop != null) loop.waitForEvent(hal.nanoTime() + nanos);
    }

    @Override public void writeOut(String text) { terminal.print(text); }

    @Override public void writeErr(String text) { terminal.print(text); }

    @Override
    public String readLine(String prompt) { return readLine(prompt, null); }

    /**
     * Reads a line as {@link #readLine(String)}, with Tab completing through {@code completer}
     * (null: Tab only indents). The completer may run Python code; if that code asks for a line
     * itself (input() in a property, or in an IRQ handler that runs while the console waits),
     * it gets end of input: the line being edited owns the editor.
     */
    public String readLine(String prompt, Completer completer) {
        if (reading) return null;
        reading = true;
        editor.completer(completer);
        try {
            return readEdited(prompt);
        } finally {
            editor.completer(null);
            reading = false;
        }
    }

    /**
     * The prompt a line read with {@code prompt} shows: itself, or for an empty one the text the
     * program printed before reading (input() prints its prompt itself, then reads).
     */
    public String shownPrompt(String prompt) {
        return prompt.isEmpty() ? terminal.unfinishedLine() : prompt;
    }

    private String readEdited(String prompt) {
        while (true) {
            EditResult result = terminal.readLine(editor, prompt);
            if (result instanceof EditResult.Line line) return line.text();
            if (result instanceof EditResult.EndOfInput) return null;
            if (result instanceof EditResult.Cancelled) throw new InterruptedInput();
            // Discarded: the editor said why; prompt again.
        }
    }

    @Override public boolean interruptRequested() { return terminal.takeBreak(); }

    @Override public long nanoTime() { return hal.nanoTime(); }

    @Override public long wallClockMillis() { return hal.wallClockMillis(); }
}
