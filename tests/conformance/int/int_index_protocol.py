class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
lst = list(range(10))
print(lst[Idx(3)], lst[Idx(-1)], lst[Idx(2):Idx(5)], "abcdef"[Idx(1)], range(Idx(4)), [0] * Idx(3))
print(hex(Idx(255)), bin(Idx(5)), oct(Idx(8)), int(Idx(7)) if hasattr(int, '__index__') else '', operator_index := __import__('operator').index(Idx(11)))
try:
    lst[1.5]
except TypeError as e:
    print("TypeError:", e)
try:
    k = "1"; lst[k]
except TypeError as e:
    print("TypeError:", e)
try:
    s = "abc"; s[None]
except TypeError as e:
    print("TypeError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    [0] * 2.0
except TypeError as e:
    print("TypeError:", e)
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
class BadIdx:
    def __index__(self): return "no"
try:
    lst[BadIdx()]
except TypeError as e:
    print("TypeError:", e)
