package pyjama.python.runtime;

/**
 * _operator: the operator functions as builtins (operator.py imports them over its Python
 * definitions, as CPython's does), with CPython's argument errors ("add expected 2 arguments,
 * got 1"). attrgetter, itemgetter, methodcaller, concat, length_hint and call stay Python.
 */
final class OperatorModule {
    private OperatorModule() {}

    static PyModule create(Runtime rt) {
        PyModule m = new PyModule("_operator");
        String[] binary = { "add", "sub", "mul", "matmul", "truediv", "mod", "pow", "lshift", "rshift", "or_", "xor", "and_", "floordiv" };
        int[] binaryOps = { Ops.ADD, Ops.SUB, Ops.MUL, Ops.MATMUL, Ops.TRUEDIV, Ops.MOD, Ops.POW, Ops.LSHIFT, Ops.RSHIFT, Ops.OR,
            Ops.XOR, Ops.AND, Ops.FLOORDIV };
        for (int i = 0; i < binary.length; i++) {
            final int op = binaryOps[i];
            String name = binary[i];
            m.def(name, Fn.of2("_operator." + name, (a, b) -> Ops.binary(a, b, op)));
            String iname = "i" + (name.endsWith("_") ? name.substring(0, name.length() - 1) : name);
            m.def(iname, Fn.of2("_operator." + iname, (a, b) -> Ops.inplace(a, b, op)));
        }
        String[] cmp = { "lt", "le", "eq", "ne", "gt", "ge" };
        int[] cmpOps = { Ops.LT, Ops.LE, Ops.EQ, Ops.NE, Ops.GT, Ops.GE };
        for (int i = 0; i < cmp.length; i++) {
            final int op = cmpOps[i];
            m.def(cmp[i], Fn.of2("_operator." + cmp[i], (a, b) -> Ops.compare(a, b, op)));
        }
        m.def("neg", Fn.of1("_operator.neg", Ops::neg));
        m.def("pos", Fn.of1("_operator.pos", Ops::pos));
        m.def("abs", Fn.of1("_operator.abs", Ops::abs));
        m.def("inv", Fn.of1("_operator.inv", Ops::invert));
        m.def("invert", Fn.of1("_operator.invert", Ops::invert));
        m.def("not_", Fn.of1("_operator.not_", Ops::not));
        m.def("truth", Fn.of1("_operator.truth", a -> PyBool.of(Ops.isTrue(a))));
        m.def("index", Fn.of1("_operator.index", a -> Ops.indexObject(a, null)));
        m.def("is_", Fn.of2("_operator.is_", (a, b) -> PyBool.of(a == b)));
        m.def("is_not", Fn.of2("_operator.is_not", (a, b) -> PyBool.of(a != b)));
        m.def("contains", Fn.of2("_operator.contains", (a, b) -> PyBool.of(Ops.contains(a, b))));
        m.def("getitem", Fn.of2("_operator.getitem", Ops::getitem));
        m.def("setitem", Fn.of3("_operator.setitem", (a, b, c) -> { Ops.setitem(a, b, c); return T.None; }));
        m.def("delitem", Fn.of2("_operator.delitem", (a, b) -> { Ops.delitem(a, b); return T.None; }));
        m.def("countOf", Fn.of2("_operator.countOf", (a, b) -> {
            PyObject it = Ops.iter(a), x;
            long n = 0;
            while ((x = Ops.next(it)) != null) if (x == b || Ops.eq(x, b)) n++;
            return PyInt.of(n);
        }));
        m.def("indexOf", Fn.of2("_operator.indexOf", (a, b) -> {
            PyObject it = Ops.iter(a), x;
            long i = 0;
            while ((x = Ops.next(it)) != null) {
                if (x == b || Ops.eq(x, b)) return PyInt.of(i);
                i++;
            }
            throw Exc.value("sequence.index(x): x not in sequence");
        }));
        return m;
    }
}
