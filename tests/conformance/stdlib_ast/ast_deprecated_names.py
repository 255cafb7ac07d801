# The names ast deprecated in 3.8 (Num, Str, Bytes, NameConstant, Ellipsis, Constant.n/.s,
# Index, ExtSlice, the visit_Num family) behave and warn as in CPython 3.12.
import ast
import warnings


def record(action):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result = action()
        except Exception as e:
            result = f"{type(e).__name__}: {e}"
    for w in caught:
        print("   ", w.category.__name__, w.message)
    return result


print(record(lambda: ast.Num.__name__), record(lambda: ast.Num.__name__))
print(record(lambda: ast.dump(ast.Num(42))))
print(record(lambda: ast.dump(ast.Str(s="text"))))
print(record(lambda: ast.dump(ast.Bytes(b"raw", kind=None))))
print(record(lambda: ast.dump(ast.NameConstant(None))))
print(record(lambda: ast.dump(ast.Ellipsis(lineno=3), include_attributes=True)))
print(record(lambda: ast.Num(1, n=2)))
print(record(lambda: [isinstance(ast.Constant(v), ast.Num) for v in (1, 1.5, 2j, True, "1")]))
print(record(lambda: [isinstance(ast.Constant(v), ast.NameConstant) for v in (None, False, 0)]))
print(record(lambda: (isinstance(ast.Constant(...), ast.Ellipsis), isinstance(ast.Name("x"), ast.Str),
                      isinstance(ast.Constant(), ast.Bytes))))
print(record(lambda: (ast.Constant(7).n, ast.Constant("s").s)))
c = ast.Constant(0)
print(record(lambda: setattr(c, "n", 9)), c.value)
print(ast.Num.__doc__, "|", ast.Str._fields, ast.Bytes._fields, ast.NameConstant._fields, ast.Ellipsis._fields)
print([k.__name__ for k in ast.Num.__mro__], type(ast.Num).__name__ != "type")


class MyNum(ast.Num):
    pass


m = record(lambda: MyNum(5))
print(type(m).__name__, m.value, MyNum.__doc__)
print(record(lambda: (isinstance(ast.Constant(5), MyNum), isinstance(m, MyNum), isinstance(ast.Constant(5), ast.Num))))

print(ast.Index(ast.Constant(1)).value, ast.dump(ast.ExtSlice([ast.Name("a")])), ast.dump(ast.ExtSlice()))
print(ast.Tuple([ast.Name("x")]).dims[0].id, type(ast.Tuple.dims).__name__)
for cls in (ast.slice, ast.Index, ast.ExtSlice, ast.Suite, ast.AugLoad, ast.AugStore, ast.Param):
    print(cls.__name__, [k.__name__ for k in cls.__mro__[1:]])
try:
    ast.no_such_name
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(ast, "Str"), "Num" in dir(ast), "Bytes" in dir(ast))


class OldVisitor(ast.NodeVisitor):
    def visit_Num(self, node):
        print("    Num", node.value)

    def visit_Str(self, node):
        print("    Str", node.value)

    def visit_NameConstant(self, node):
        print("    NameConstant", node.value)


record(lambda: OldVisitor().visit(ast.parse("f(1, 'a', None, True, b'x', 2.5, ...)")))
