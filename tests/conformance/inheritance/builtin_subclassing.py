class UpperList(list):
    def append(self, x): super().append(str(x).upper())
u = UpperList(["a"])
u.append("b"); u.extend(["c"])
print(u, type(u).__name__, len(u), u + ["x"], type(u + ["x"]).__name__, u[1:], type(u[1:]).__name__)
class Stack(list):
    def push(self, x): self.append(x)
    def peek(self): return self[-1]
s = Stack(); s.push(1); s.push(2)
print(s.peek(), s.pop(), s, isinstance(s, list))
class CIDict(dict):
    def __setitem__(self, k, v): super().__setitem__(k.lower(), v)
    def __getitem__(self, k): return super().__getitem__(k.lower())
d = CIDict()
d["KEY"] = 1
print(d["key"], d["Key"], dict(d), d.get("KEY"))
class Str2(str):
    def __new__(cls, v): return super().__new__(cls, v.strip())
print(repr(Str2("  padded  ")), len(Str2(" x ")))
class F(float):
    def __repr__(self): return f"F({float(self)})"
print(F(1.5), F(1.5) + 1, type(F(1.5) * 2).__name__)
class E(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise E(7)
except E as e:
    print(e, e.code, e.args, repr(e))
