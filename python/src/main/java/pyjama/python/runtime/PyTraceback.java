package pyjama.python.runtime;

/** A traceback entry: the frame and the line executing when the exception passed it. */
public final class PyTraceback extends PyObject {
    public final Frame frame;
    public final int lineno;
    public final int lasti;
    public PyTraceback next;

    public PyTraceback(Frame frame, int lasti, int lineno, PyTraceback next) {
        super(T.TRACEBACK);
        this.frame = frame;
        this.lasti = lasti;
        this.lineno = lineno;
        this.next = next;
    }
}
