class S:
    def __str__(self): return "S-str"
    def __repr__(self): return "S-repr"
class OnlyRepr:
    def __repr__(self): return "only-repr"
print(str(S()), repr(S()), str(OnlyRepr()), f"{S()}", "%s %r" % (S(), S()), [S()], (S(),), {"k": S()})
class BadStr:
    def __str__(self): return 5
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
print(str(b"abc", "ascii"), str(bytearray(b"xy"), encoding="utf-8"), str(b"\xff", "utf-8", "replace"))
try:
    str(1, "utf-8")
except TypeError as e:
    print("TypeError:", e)
class MyStr(str):
    def shout(self): return self.upper() + "!"
m = MyStr("hey")
print(m.shout(), type(m + "x").__name__, type(m.upper()).__name__, m == "hey", repr(m), isinstance(m, str), type(str(m)).__name__)
