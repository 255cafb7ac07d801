package pyjama.kernel.python;

import pyjama.kernel.console.KernelPythonHost;
import pyjama.python.PythonHost;

/**
 * An interpreter's console host with Tab completion: lines are read through the kernel's line
 * editor with the completer of this interpreter ({@link SessionCompleter}), chosen for each
 * prompt (input() prints its prompt itself and reads with none: then the prompt is the text it
 * printed, so sh()'s {@code $ } is seen). Everything else goes to the host it wraps. The completer is given after the
 * interpreter exists, since it reads that interpreter's namespace.
 */
final class CompletingHost implements PythonHost {
    private final PythonHost inner;
    private SessionCompleter completer;

    CompletingHost(PythonHost inner) { this.inner = inner; }

    void completer(SessionCompleter completer) { this.completer = completer; }

    @Override
    public String readLine(String prompt) {
        if (completer != null && inner instanceof KernelPythonHost console) {
            return console.readLine(prompt, completer.forPrompt(console.shownPrompt(prompt)));
        }
        return inner.readLine(prompt);
    }

    @Override public void writeOut(String text) { inner.writeOut(text); }
    @Override public void writeErr(String text) { inner.writeErr(text); }
    @Override public boolean interruptRequested() { return inner.interruptRequested(); }
    @Override public boolean sleep(long nanos) { return inner.sleep(nanos); }
    @Override public void pause(long nanos) { inner.pause(nanos); }
    @Override public long nanoTime() { return inner.nanoTime(); }
    @Override public long wallClockMillis() { return inner.wallClockMillis(); }
}
