package pyjama.python.runtime;

/** bool's two instances live in {@link T}; this is the conversion helper. */
public final class PyBool {
    private PyBool() {}
    public static PyInt of(boolean b) { return b ? T.TRUE : T.FALSE; }
}
