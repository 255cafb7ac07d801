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
    /**
     * The builtins it stands in for, taken when the interpreter is made (before any program can
     * rebind a name in builtins): the eval loop compares callables with them by identity.
     */
    private final PyObject listExtend, strJoin, sorted, any, all;
    private final Runtime rt;
    /** The helpers' module (hidden from tracebacks), compiled when a thread first needs one. */
    private PyDict helpers;

    IteratorConsumers(Runtime rt) {
        this.rt = rt;
        listExtend = T.LIST.dict.getStr("extend");
        strJoin = T.STR.dict.getStr("join");
        PyDict b = rt.builtins.dict;
        sorted = b.getStr("sorted");
        any = b.getStr("any");
        all = b.getStr("all");
    }

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
    Frame asFrame(Interp vm, PyObject callable, PyObject[] r, int argStart, int argc, PyStr[] kwnames) {
        String helper;
        int itIndex = 0;
        if (callable == T.LIST || callable == T.TUPLE || callable == T.SET) {
            if (argc != 1 || kwnames != null) return null;
            helper = callable == T.LIST ? "to_list" : callable == T.TUPLE ? "to_tuple" : "to_set";
        } else if (callable == listExtend || callable == strJoin) {
            if (argc != 2 || kwnames != null) return null;
            if (r[argStart].type != (callable == listExtend ? T.LIST : T.STR)) return null; // a subclass's own
            helper = callable == listExtend ? "extend" : "join";
            itIndex = 1;
        } else if (callable == sorted) {
            if (argc - (kwnames == null ? 0 : kwnames.length) != 1) return null;
            // any other keyword: sorted's own error ("sort() got an unexpected keyword...")
            if (kwnames != null) for (PyStr k : kwnames) if (!k.value.equals("key") && !k.value.equals("reverse")) return null;
            helper = "to_sorted";
        } else if (callable == any || callable == all) {
            if (argc != 1 || kwnames != null) return null;
            helper = callable == any ? "any_" : "all_";
        } else {
            return null;
        }
        if (!runsPython(r[argStart + itIndex])) return null;
        PyFunction fn = (PyFunction) helpers().getStr(helper);
        return vm.newFrame(fn, null, r, argStart, argc, kwnames);
    }

    /** The iterable's steps are Python code: a generator, or an object of a class. */
    private static boolean runsPython(PyObject it) {
        if (it.type == T.GENERATOR) return true;
        return it.type.heap && it.type.lookup(S.__iter__) != null;
    }

    private PyDict helpers() {
        if (helpers == null) {
            PyDict g = rt.runInternalModule("builtins", "<builtins>", SOURCE);
            for (int i = g.nextEntry(0); i >= 0; i = g.nextEntry(i + 1)) {
                if (g.valueAt(i) instanceof PyFunction fn) fn.code.flags |= PyCode.CO_INLINED_COMPREHENSION;
            }
            helpers = g;
        }
        return helpers;
    }
}
