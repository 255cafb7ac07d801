package pyjama.python.runtime;

/** A module: its dict is its globals. */
public final class PyModule extends PyObject {
    public PyModule(String name) {
        super(T.MODULE);
        dict = new PyDict();
        dict.setItem(S.__name__, new PyStr(name));
        dict.setItem(S.__doc__, T.None);
        dict.setItem(S.__package__, T.None);
        dict.setItem(S.__loader__, T.None);
        dict.setItem(S.__spec__, T.None);
    }

    public PyModule(PyType t) { super(t); dict = new PyDict(); }

    public String name() {
        PyObject n = dict.getStr(S.__name__);
        return n instanceof PyStr s ? s.value : "?";
    }

    public void set(String name, PyObject v) { dict.setItem(PyStr.intern(name), v); }

    public PyObject get(String name) { return dict.getStr(name); }

    /** Adds a builtin function to the module. */
    public void def(String name, Fn fn) { dict.setItem(PyStr.intern(name), new PyBuiltinFunction(name, fn, this)); }

    @Override public PyObject lookupAttr(PyStr name) {
        PyObject v = Ops.genericGetAttr(this, name);
        if (v != null) return v;
        PyObject ga = dict.getStr(S.__getattr__);
        if (ga != null) {
            try {
                return Ops.call(ga, name);
            } catch (PyException e) {
                if (e.matches(Exc.AttributeError)) return null;
                throw e;
            }
        }
        return null;
    }

    @Override public PyObject repr() {
        PyObject f = dict.getStr(S.__file__);
        if (f instanceof PyStr fs) return new PyStr("<module '" + name() + "' from '" + fs.value + "'>");
        String n = name();
        if (n.equals("sys") || n.equals("builtins") || JavaModules.get(n) != null) return new PyStr("<module '" + n + "' (built-in)>");
        if (Frozen.exists(n)) return new PyStr("<module '" + n + "' (frozen)>");
        return new PyStr("<module '" + n + "'>");
    }
}
