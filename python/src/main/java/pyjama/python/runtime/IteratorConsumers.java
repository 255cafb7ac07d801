package pyjama.python.runtime;

/**
 * Builtins that drain an iterable (list(), tuple(), set(), sorted(), list.extend, str.join,
 * any(), all()), run as Python frames when a green thread calls them on Python code.
 *
 * Their Java loops would run the generator's frames in a nested eval loop, with Java on the
 * thread's stack: a thread blocked there (a queue's get() inside the generator) cannot be
 * suspended, and waits in place above the other threads (docs/python.md, "Threads").
 * The same work done by a small Python function keeps the stack Python-only, so the thread
 * blocks and is preempted like anywhere else. Only in green threads whose eval loop is the only
 * one on the Java stack, and only for iterables whose steps are Python code: elsewhere the
 * Java loops are faster and the same.
 */
final class IteratorConsumers {
    private IteratorConsumers() {}

    /** The helpers, one module per interpreter; their frames are hidden from tracebacks. */
    private static final String SOURCE = String.join("\n",
            "_append = list.append",
            "_join = str.join",
            "_tuple = tuple",
            "_set = set",
            "def extend(lst, it):",
            "    for x in it:",
            "        _append(lst, x)",
            "def to_list(it):",
            "    r = []",
            "    for x in it:",
            "        _append(r, x)",
            "    return r",
            "def to_tuple(it):",
            "    return _tuple(to_list(it))",
            "def to_set(it):",
            "    return _set(to_list(it))",
            "def to_sorted(it, /, *, key=None, reverse=False):",
            "    r = to_list(it)",
            "    r.sort(key=key, reverse=reverse)",
            "    return r",
            "def join(sep, it):",
            "    return _join(sep, to_list(it))",
            "def any_(it):",
            "    for x in it:",
            "        if x:",
            "            return True",
            "    return False",
            "def all_(it):",
            "    for x in it:",
            "        if not x:",
            "            return False",
            "    return True",
            "");

    /**
     * The frame of the helper that does {@code callable}'s work on the arguments in
     * {@code r[argStart, argStart + argc)}, or null when the call is not one of these or its
     * iterable runs no Python code.
     */
    static Frame asFrame(Interp vm, PyObject callable, PyObject[] r, int argStart, int argc, PyStr[] kwnames) {
        String helper;
        int itIndex;
        if (callable == T.LIST || callable == T.TUPLE || callable == T.SET) {
            if (argc != 1 || kwnames != null) return null;
            helper = callable == T.LIST ? "to_list" : callable == T.TUPLE ? "to_tuple" : "to_set";
            itIndex = 0;
        } else if (callable instanceof PyMethodDescr d) {
            if (argc != 2 || kwnames != null) return null;
            if (d.owner == T.LIST && d.name.equals("extend") && r[argStart].type == T.LIST) helper = "extend";
            else if (d.owner == T.STR && d.name.equals("join") && r[argStart].type == T.STR) helper = "join";
            else return null;
            itIndex = 1;
        } else if (callable instanceof PyBuiltinFunction b && !b.bound) {
            PyDict builtins = vm.rt.builtins.dict;
            if (argc - (kwnames == null ? 0 : kwnames.length) != 1) return null;
            if (callable == builtins.getStr("sorted")) helper = "to_sorted";
            else if (kwnames != null) return null;
            else if (callable == builtins.getStr("any")) helper = "any_";
            else if (callable == builtins.getStr("all")) helper = "all_";
            else return null;
            itIndex = 0;
        } else {
            return null;
        }
        if (!runsPython(r[argStart + itIndex])) return null;
        PyFunction fn = (PyFunction) helpers(vm.rt).getStr(helper);
        return vm.newFrame(fn, null, r, argStart, argc, kwnames);
    }

    /** The iterable's steps are Python code: a generator, or an object of a class. */
    private static boolean runsPython(PyObject it) {
        if (it.type == T.GENERATOR) return true;
        return it.type.heap && it.type.lookup(S.__iter__) != null;
    }

    private static PyDict helpers(Runtime rt) {
        if (rt.iteratorConsumers == null) {
            PyDict g = new PyDict();
            g.setItem(S.__builtins__, rt.builtins);
            g.setStr("__name__", new PyStr("builtins"));
            PyCode code = Builtins.compileSource(SOURCE, "<builtins>", "exec");
            rt.interp.runCode(code, g, g);
            for (int i = g.nextEntry(0); i >= 0; i = g.nextEntry(i + 1)) {
                if (g.valueAt(i) instanceof PyFunction fn) fn.code.flags |= PyCode.CO_INLINED_COMPREHENSION;
            }
            rt.iteratorConsumers = g;
        }
        return rt.iteratorConsumers;
    }
}
