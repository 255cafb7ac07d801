x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x **= 3; print(x)
x %= 5; print(x)
y = 0b1100
y &= 0b1010; print(y)
y |= 0b0101; print(y)
y ^= 0b1111; print(y)
y <<= 4; print(y)
y >>= 2; print(y)
s = "ab"; s += "cd"; s *= 2; print(s)
lst = [1]; alias = lst
lst += [2, 3]; print(lst, alias, lst is alias)
t = (1,); talias = t
t += (2,); print(t, talias, t is talias)
d = {'a': 1}; d['a'] += 10; print(d)
class O: pass
o = O(); o.n = 1; o.n *= 7; print(o.n)
m = [[0, 0], [0, 0]]; m[1][0] -= 5; print(m)
class Log:
    def __init__(self): self.v = []
    def __iadd__(self, other):
        self.v.append(other); return self
    def __add__(self, other): return "add"
L = Log(); L += 1; L += 2; print(L.v)
class OnlyAdd:
    def __add__(self, other): return "fallback to __add__"
z = OnlyAdd(); z += 1; print(z)
try:
    n = None
    n += 1
except TypeError as e:
    print("TypeError:", e)
