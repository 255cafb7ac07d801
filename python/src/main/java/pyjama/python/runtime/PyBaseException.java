package pyjama.python.runtime;

/** An instance of BaseException or a subclass. Subclass-specific fields live in the dict. */
public class PyBaseException extends PyObject {
    public PyTuple args = PyTuple.EMPTY;
    public PyObject cause;        // null = None
    public PyObject context;      // null = None
    public boolean suppressContext;
    public PyTraceback traceback;

    public PyBaseException(PyType type) {
        super(type);
        this.dict = new PyDict();
    }

    public PyBaseException(PyType type, PyTuple args) {
        this(type);
        this.args = args;
    }

    public PyObject getAttrRaw(String name) { return dict.getStr(name); }

    @Override public PyObject repr() { return Exc.repr(this); }
    @Override public PyObject str() { return Exc.str(this); }
}
