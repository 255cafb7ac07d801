package pyjama.python.runtime;

/**
 * A Java implementation of a callable: positional args first, then the values of keyword
 * arguments whose names are {@code kwnames} (null when there are none). For methods,
 * args[0] is self. Small adapters give fixed-arity functions CPython's arity errors.
 */
@FunctionalInterface
public interface Fn {
    PyObject call(PyObject[] args, PyStr[] kwnames);

    interface F0 { PyObject call(); }
    interface F1 { PyObject call(PyObject a); }
    interface F2 { PyObject call(PyObject a, PyObject b); }
    interface F3 { PyObject call(PyObject a, PyObject b, PyObject c); }

    static void noKw(String name, PyStr[] kw) {
        if (kw != null && kw.length > 0) throw Exc.type(name + "() takes no keyword arguments");
    }

    /** A free function of exactly n arguments. */
    static Fn of0(String name, F0 f) {
        return (a, kw) -> {
            noKw(name, kw);
            if (a.length != 0) throw Exc.type(name + "() takes no arguments (" + a.length + " given)");
            return f.call();
        };
    }
    static Fn of1(String name, F1 f) {
        return (a, kw) -> {
            noKw(name, kw);
            if (a.length != 1) throw Exc.type(name + "() takes exactly one argument (" + a.length + " given)");
            return f.call(a[0]);
        };
    }
    static Fn of2(String name, F2 f) {
        return (a, kw) -> {
            noKw(name, kw);
            if (a.length != 2) throw Exc.type(name + " expected 2 arguments, got " + a.length);
            return f.call(a[0], a[1]);
        };
    }
    static Fn of3(String name, F3 f) {
        return (a, kw) -> {
            noKw(name, kw);
            if (a.length != 3) throw Exc.type(name + " expected 3 arguments, got " + a.length);
            return f.call(a[0], a[1], a[2]);
        };
    }

    /** A method taking only self. */
    static Fn method0(String qname, F1 f) {
        return (a, kw) -> {
            noKw(qname, kw);
            if (a.length != 1) throw Exc.type(qname + "() takes no arguments (" + (a.length - 1) + " given)");
            return f.call(a[0]);
        };
    }
    /** A method taking self and one argument. */
    static Fn method1(String qname, F2 f) {
        return (a, kw) -> {
            noKw(qname, kw);
            if (a.length != 2) throw Exc.type(qname + "() takes exactly one argument (" + (a.length - 1) + " given)");
            return f.call(a[0], a[1]);
        };
    }
    /** A method taking self and two arguments. */
    static Fn method2(String qname, F3 f) {
        return (a, kw) -> {
            noKw(qname, kw);
            if (a.length != 3) throw Exc.type(qname + " expected 2 arguments, got " + (a.length - 1));
            return f.call(a[0], a[1], a[2]);
        };
    }
}
