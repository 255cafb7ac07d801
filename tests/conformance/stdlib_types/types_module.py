import types
def f(): pass
async def c(): pass
def g(): yield
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance(g(), types.GeneratorType), isinstance(types, types.ModuleType))
co = c(); print(isinstance(co, types.CoroutineType)); co.close()
class K:
    def m(self): pass
print(isinstance(K().m, types.MethodType), isinstance(lambda: 0, types.LambdaType), types.NoneType is type(None), types.EllipsisType is type(...))
ns = types.SimpleNamespace(x=1, y=[2])
ns.z = 3
print(ns, ns == types.SimpleNamespace(x=1, y=[2], z=3), vars(ns))
mp = types.MappingProxyType({"a": 1})
print(mp["a"], len(mp), dict(mp))
try:
    mp["b"] = 2
except TypeError as e:
    print("TypeError:", e)
Dyn = types.new_class("Dyn", (object,), {}, lambda ns: ns.update({"v": 42}))
print(Dyn.__name__, Dyn.v)
print(types.GenericAlias(list, (int,)), types.UnionType, type(int | str) is types.UnionType)
bm = types.MethodType(lambda self: self * 2, 21)
print(bm())
