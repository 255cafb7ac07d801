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

    /**
     * A free function of exactly n arguments. {@code name} is qualified by the module, except
     * in builtins ("math.sqrt", "len"): CPython names the function so in the errors of its
     * METH_NOARGS/METH_O functions and when refusing keywords, and by the bare name in its
     * argument-count errors ("pow expected 2 arguments, got 1").
     */
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
        String bare = bareName(name);
        return (a, kw) -> {
            noKw(name, kw);
            if (a.length != 2) throw Exc.type(bare + " expected 2 arguments, got " + a.length);
            return f.call(a[0], a[1]);
        };
    }
    static Fn of3(String name, F3 f) {
        String bare = bareName(name);
        return (a, kw) -> {
            noKw(name, kw);
            if (a.length != 3) throw Exc.type(bare + " expected 3 arguments, got " + a.length);
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
        String name = bareName(qname);
        return (a, kw) -> {
            noKw(qname, kw);
            if (a.length != 3) throw Exc.type(name + " expected 2 arguments, got " + (a.length - 1));
            return f.call(a[0], a[1], a[2]);
        };
    }

    /*
     * CPython's builtins check their arguments in one of a few ways, each with its own
     * wording; the combinators below reproduce them, so that a builtin declares which one it
     * uses. (METH_NOARGS and METH_O are method0/method1 and of0/of1 above; keyword parameters
     * are Args.parse, Argument Clinic's _PyArg_UnpackKeywords.)
     */

    /**
     * A function with positional-only parameters (METH_FASTCALL, Argument Clinic's
     * _PyArg_CheckPositional): "divmod expected 2 arguments, got 1", "get expected at most 2
     * arguments, got 3"; keywords: "math.pow() takes no keyword arguments" (the qualified name).
     */
    static Fn positional(String qname, int min, int max, Fn f) {
        String name = bareName(qname);
        return (a, kw) -> {
            noKw(qname, kw);
            checkPositional(name, a.length, min, max);
            return f.call(a, kw);
        };
    }

    /** {@link #positional} for a method: self is args[0] and does not count. */
    static Fn methodPositional(String qname, int min, int max, Fn f) {
        String name = bareName(qname);
        return (a, kw) -> {
            noKw(qname, kw);
            checkPositional(name, a.length - 1, min, max);
            return f.call(a, kw);
        };
    }

    /**
     * A method whose arguments CPython parses with PyArg_ParseTuple (METH_VARARGS): "count()
     * takes at least 1 argument (0 given)", "find() takes at most 3 arguments (4 given)".
     */
    static Fn methodVarargs(String qname, int min, int max, Fn f) {
        String name = bareName(qname);
        return (a, kw) -> {
            noKw(qname, kw);
            checkVarargs(name, a.length - 1, min, max);
            return f.call(a, kw);
        };
    }

    /** PyArg_ParseTuple's count check: {@code name} is the bare method name. */
    private static void checkVarargs(String name, int n, int min, int max) {
        if (n >= min && n <= max) return;
        int bound = n < min ? min : max;
        throw Exc.type(name + "() takes " + (min == max ? "exactly" : n < min ? "at least" : "at most") + " "
                + bound + " argument" + (bound == 1 ? "" : "s") + " (" + n + " given)");
    }

    /** Argument Clinic's _PyArg_CheckPositional. */
    static void checkPositional(String name, int n, int min, int max) {
        if (n < min) {
            throw Exc.type(name + " expected " + (min == max ? "" : "at least ") + min + " argument" + (min == 1 ? "" : "s") + ", got " + n);
        }
        if (n > max) {
            throw Exc.type(name + " expected " + (min == max ? "" : "at most ") + max + " argument" + (max == 1 ? "" : "s") + ", got " + n);
        }
    }

    /** "str.count" -> "count": CPython names some errors by the bare name, some by the qualified one. */
    static String bareName(String qname) { return qname.substring(qname.lastIndexOf('.') + 1); }

    // The same checks for the methods of a builtin type (PyType.def0...), the qualified name
    // "type.method" made only when an error message needs it.

    static Fn method0(PyType owner, String name, F1 f) {
        return (a, kw) -> {
            if (kw != null && kw.length > 0) noKw(owner.name + "." + name, kw);
            if (a.length != 1) throw Exc.type(owner.name + "." + name + "() takes no arguments (" + (a.length - 1) + " given)");
            return f.call(a[0]);
        };
    }

    static Fn method1(PyType owner, String name, F2 f) {
        return (a, kw) -> {
            if (kw != null && kw.length > 0) noKw(owner.name + "." + name, kw);
            if (a.length != 2) throw Exc.type(owner.name + "." + name + "() takes exactly one argument (" + (a.length - 1) + " given)");
            return f.call(a[0], a[1]);
        };
    }

    static Fn method2(PyType owner, String name, F3 f) {
        return (a, kw) -> {
            if (kw != null && kw.length > 0) noKw(owner.name + "." + name, kw);
            if (a.length != 3) throw Exc.type(name + " expected 2 arguments, got " + (a.length - 1));
            return f.call(a[0], a[1], a[2]);
        };
    }

    static Fn methodPositional(PyType owner, String name, int min, int max, Fn f) {
        return (a, kw) -> {
            if (kw != null && kw.length > 0) noKw(owner.name + "." + name, kw);
            checkPositional(name, a.length - 1, min, max);
            return f.call(a, kw);
        };
    }

    static Fn methodVarargs(PyType owner, String name, int min, int max, Fn f) {
        return (a, kw) -> {
            if (kw != null && kw.length > 0) noKw(owner.name + "." + name, kw);
            checkVarargs(name, a.length - 1, min, max);
            return f.call(a, kw);
        };
    }
}
