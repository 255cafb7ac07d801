package pyjama.python.runtime;

import pyjama.python.PythonHost;

/** A host for tests: what the interpreter writes (stdout and stderr) in one buffer, no input. */
final class CapturingHost implements PythonHost {
    final StringBuilder out = new StringBuilder();
    @Override public void writeOut(String text) { out.append(text); }
    @Override public void writeErr(String text) { out.append(text); }
    @Override public String readLine(String prompt) { return null; }
    @Override public boolean interruptRequested() { return false; }
    @Override public long nanoTime() { return System.nanoTime(); }
    @Override public long wallClockMillis() { return System.currentTimeMillis(); }
}
