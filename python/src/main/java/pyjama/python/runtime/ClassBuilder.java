package pyjama.python.runtime;

/**
 * Defines a Python class implemented in Java (for embedders and Java modules). Instances are
 * plain objects with a __dict__; methods receive self.
 * <pre>
 * PyType t = ClassBuilder.create("kernel", "Task")
 *     .init((self, a, kw) -> self.dict.setStr("id", a[0]))
 *     .method("kill", (self, a, kw) -> { ...; return T.None; })
 *     .property("name", self -> ..., null)
 *     .build();
 * </pre>
 */
public final class ClassBuilder {
    /** A method: self, then the call's arguments (positional then keyword values). */
    @FunctionalInterface
    public interface Method { PyObject call(PyObject self, PyObject[] args, PyStr[] kwnames); }

    @FunctionalInterface
    public interface Init { void call(PyObject self, PyObject[] args, PyStr[] kwnames); }

    private final PyType type;

    private ClassBuilder(String module, String name, PyType base) {
        PyDict d = new PyDict();
        d.setItem(S.__module__, new PyStr(module));
        type = new PyType(T.TYPE, name, new PyType[] { base }, d);
        type.computeMro();
        type.instanceDict = true;
        type.weakrefable = true;
        if (base.solidBase != T.OBJECT) type.solidBase = base.solidBase;
    }

    public static ClassBuilder create(String module, String name) { return new ClassBuilder(module, name, T.OBJECT); }

    public static ClassBuilder create(String module, String name, PyType base) { return new ClassBuilder(module, name, base); }

    static PyObject[] rest(PyObject[] a) { return java.util.Arrays.copyOfRange(a, 1, a.length); }

    public ClassBuilder method(String name, Method m) {
        type.def(name, (a, kw) -> m.call(a[0], rest(a), kw));
        return this;
    }

    public ClassBuilder init(Init i) {
        type.def("__init__", (a, kw) -> { i.call(a[0], rest(a), kw); return T.None; });
        return this;
    }

    public ClassBuilder call(Method m) { return method("__call__", m); }

    public ClassBuilder repr(Fn.F1 f) {
        type.def("__repr__", (a, kw) -> f.call(a[0]));
        return this;
    }

    public ClassBuilder property(String name, Fn.F1 getter, Fn.F2 setter) {
        type.getset(name, getter, setter);
        return this;
    }

    public ClassBuilder staticMethod(String name, Fn f) {
        type.dict.setItem(PyStr.intern(name), new PyStaticMethod(new PyBuiltinFunction(name, f)));
        return this;
    }

    public ClassBuilder classMethod(String name, Fn f) {
        type.dict.setItem(PyStr.intern(name), new PyClassMethod(new PyBuiltinFunction(name, f)));
        return this;
    }

    public ClassBuilder attr(String name, PyObject v) {
        type.dict.setItem(PyStr.intern(name), v);
        return this;
    }

    public PyType build() {
        type.modified();
        return type;
    }
}
