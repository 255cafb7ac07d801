a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None)
print(1 in [1, 2], 3 not in (1, 2), 'ab' in 'cabd', '' in 'x', b'' in b'', 'k' in {'k': 1}, 1 in {1: 'v'}.values())
class Box:
    def __contains__(self, x): return x == 42
print(42 in Box(), 41 in Box(), 41 not in Box())
class It:
    def __iter__(self): return iter([5, 6])
print(6 in It(), 7 in It())
class Get:
    def __getitem__(self, i):
        if i > 3: raise IndexError(i)
        return i * 10
print(30 in Get(), 40 in Get())
nan = float('nan')
print(nan in [nan], nan == nan, [nan] == [nan])
try:
    1 in 5
except TypeError as e:
    print("TypeError:", e)
try:
    [] in {}
except TypeError as e:
    print("TypeError:", e)
try:
    1 in "abc"
except TypeError as e:
    print("TypeError:", e)
