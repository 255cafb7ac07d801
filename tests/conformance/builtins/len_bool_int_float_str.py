print(len(""), len("abc"), len([1, 2]), len({}), len(range(5)), len(b"xy"), len({1, 2, 2}), len((1,)))
print(bool(), bool(0), bool(1), bool(""), bool(" "), bool([]), bool([0]), bool(None), bool(0.0), bool(0j), bool(-1))
print(int(), float(), str(), complex(), tuple(), list(), dict(), set(), frozenset(), bytes(), bytearray())
print(repr(str(1.0)), repr(str(-0.0)), str(1e100), str(True), str([None]), str(type))
print(type(bool(1)), bool.__name__, isinstance(bool(1), int))
try:
    bool(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    len()
except TypeError as e:
    print("TypeError:", e)
