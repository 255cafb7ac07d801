import types
objs = [1, 1.0, 1j, "s", b"b", bytearray(), [], (), {}, set(), frozenset(), range(1), slice(1), None, ..., NotImplemented, True,
        len, print, [].append, "".upper, (lambda: 0), (x for x in []), iter([]), iter(""), iter({}), zip(), map(str, []),
        enumerate([]), reversed([]), memoryview(b""), type, object(), property(), staticmethod(len), classmethod(len), super, types.SimpleNamespace(), {}.keys(), {}.values(), {}.items()]
print([type(o).__name__ for o in objs])
print(type(types), type(Exception()).__name__, type(Exception).__name__)
