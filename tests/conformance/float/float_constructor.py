for s in ["1", " 1.5 ", "-2.5e3", "+.5", "5.", "inf", "-Infinity", "nan", "NaN", "-nan", "1_000.5", "1e-400", "1e400", "0x10" if False else "1E5", "\t3.25\n", "infinity", "iNF"]:
    print(repr(s), float(s))
for s in ["", "abc", "1.5.5", "1e", "inf inity", "1__0", "_1", "0x10", "1,5"]:
    try:
        float(s)
    except ValueError as e:
        print("ValueError:", e)
class F:
    def __float__(self): return 2.5
class Idx:
    def __index__(self): return 4
print(float(F()), float(Idx()), float(True), float(10**20), float(-0), float(b"1.25"))
for bad in [None, [], "x"]:
    try:
        float(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
class BadF:
    def __float__(self): return 1
try:
    float(BadF())
except TypeError as e:
    print("TypeError:", e)
