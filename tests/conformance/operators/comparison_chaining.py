calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3), calls); calls.clear()
print(v(3) < v(2) < v(1), calls); calls.clear()
print(v(1) == v(1) == v(2) == v(3), calls); calls.clear()
print(1 < 2 > 0 <= 0 >= 0 != 1 == 1)
x = 5
print(0 < x < 10, 0 < x > 10, x in [5] in [[5]], x not in [1] not in [[1]])
print(None is None, [] is not [], (1, 2) < (1, 3), (1, 2) < (1, 2, 0), [2] > [1, 9])
print("abc" < "abd", "Z" < "a", "" < "a", "a" < "aa", b"a" < b"b")
print((1, 'a') < (1, 'b'), {1} < {1, 2}, {1, 2} <= {1, 2}, {1} > set(), {1} == frozenset({1}))
for a, b in [(1, "1"), ([], ()), (None, 0), ({}, [])]:
    print(a == b, a != b)
try:
    1 < "1"
except TypeError as e:
    print("TypeError:", e)
try:
    [1] < (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    None > None
except TypeError as e:
    print("TypeError:", e)
try:
    {1: 2} < {1: 2}
except TypeError as e:
    print("TypeError:", e)
