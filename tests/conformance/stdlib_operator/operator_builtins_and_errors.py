# The operator functions are builtins from _operator, with CPython's argument errors.
import operator as op
print(op.add, op.inv, op.invert, op.inv is op.invert, op.itemgetter(1), op.__add__ is op.add)
for c in ["op.add(1)", "op.add(1, 2, 3)", "op.add(a=1, b=2)", "op.neg()", "op.neg(1, 2)", "op.index(1.5)", "op.concat(1, 2)", "op.indexOf([1], 2)", "op.countOf([1, 1, 2], 1)",
          "op.iadd([1], [2])", "op.ior({1}, {2})", "op.setitem([1], 0)", "op.truth([])", "op.is_not(None, None)", "op.pow(2, 10)", "op.ipow(2, 10)", "op.lt('a', 1)", "op.imatmul(1, 2)"]:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "->", type(e).__name__ + ":", e)
