eg = ExceptionGroup("top", [ValueError("a"), ExceptionGroup("nested", [TypeError("b"), ValueError("c")]), KeyError("d")])
print(eg, repr(eg.message), len(eg.exceptions), str(eg))
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, (TypeError, KeyError)))))
print(eg.subgroup(OSError))
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__, type(BaseExceptionGroup("b", [ValueError()])).__name__)
for args in [("m", []), ("m", [1]), (1, [ValueError()]), ("m", ValueError())]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
d = eg.derive([ValueError("z")])
print(repr(d))
