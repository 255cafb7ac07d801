# Each builtin checks its arguments in one of CPython's few ways, each with its own wording:
# METH_NOARGS/METH_O, Argument Clinic positional-only, PyArg_ParseTuple, keyword parsing.
import math, cmath, sys

class I(int):
    pass

cases = [
    # METH_NOARGS / METH_O: qualified names ("math.sqrt", "dict.items")
    "{}.items(1)", "[].count()", "math.sqrt()", "math.sqrt(1, 2)", "math.floor(x=1)", "cmath.phase()", "sys.getrecursionlimit(1)",
    "len([], [])", "bytes.fromhex()", "float.fromhex(1, 2)",
    # Argument Clinic, positional-only: bare name in counts, qualified name for keywords
    "{}.get()", "{}.get(1, 2, 3)", "{}.get(key=1)", "''.replace('a')", "''.replace('a', 'b', 1, 2)", "''.replace(old='a', new='b')",
    "''.strip(1, 2)", "''.center()", "[].index()", "[].pop(1, 2)", "[].insert(1)", "().index()", "{}.setdefault()",
    "dict.fromkeys()", "str.maketrans()", "bytes.maketrans(b'a')", "math.log()", "math.pow(1)", "math.gcd(x=1)",
    "math.perm()", "divmod(1)", "set(1, 2)", "frozenset(x=1)", "list(1, 2)", "tuple(x=1)", "eval()", "vars(1, 2)",
    "staticmethod()", "super(1, 2, 3)", "b''.rjust(1, 2, 3)", "bytearray().pop(x=1)",
    # PyArg_ParseTuple (METH_VARARGS)
    "''.count()", "''.find('a', 1, 2, 3)", "b''.index()", "''.startswith()", "set().union(x=1)",
    # keyword parsing (_PyArg_UnpackKeywords)
    "int(x='1')", "int('1', 2, 3)", "sum()", "sum(iterable=[])", "sum([], start=1, x=2)", "sorted([], kee=1)",
    "[].sort(1)", "[].sort(foo=1)", "(1).to_bytes(1, 2, 3)", "(1).to_bytes(length=1, byteorder='big', x=1)",
    "''.split(sep=1, x=2)", "math.isclose(1)", "math.isclose(1, 2, 3)", "math.isclose(1, 2, x=3)", "math.nextafter(1)",
    "round(x=1)", "exec()", "memoryview()", "b''.translate()", "b''.splitlines(1, 2)", "''.splitlines(x=1)",
    "'x'.encode(1)", "b'x'.decode('utf-8', 1)", "str(b'x', 1)", "bytes('x', 1)", "min(1, foo=2)", "max(zz=1)",
    "zip(foo=1)", "enumerate()", "enumerate([], x=1)", "enumerate(start=1, iterable=[5]).__next__()", "enumerate(1, 2, 3)",
    # argument types
    "''.replace(1, '')", "''.strip(1)", "''.lstrip(1)", "str.maketrans('a', 2)", "str.maketrans(1, 'b')",
    "complex('1', 2)", "complex(1, '2')", "complex(1, [])", "complex([])",
    # T.__new__(S)
    "int.__new__(str)", "int.__new__(1)", "int.__new__()", "int.__new__(I, 3)", "float.__new__(int)", "list.__new__(dict)",
    "object.__new__(I)", "object.__new__(dict)",
]
for c in cases:
    try:
        r = eval(c)
        print(c, "->", repr(r))
    except (TypeError, ValueError) as e:
        print(c, "->", type(e).__name__ + ":", e)
print(math.nextafter(1.0, 2.0, steps=3) == 1.0 + 3 * 2.0 ** -52, math.nextafter(0.0, -1.0, steps=2), math.nextafter(-5e-324, 1.0, steps=3))
print(math.nextafter(1.0, 1.0, steps=10), math.nextafter(1.0, 2.0, steps=0), math.nextafter(1.0, 2.0, steps=2 ** 70))
print(repr(complex(0, -0.0)), repr(complex(-0.0, -0.0)), repr(complex(1j, -0.0)), repr(complex(-0.0)))
