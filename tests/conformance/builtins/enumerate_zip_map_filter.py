print(list(enumerate("abc")), list(enumerate("ab", 10)), list(enumerate([], 5)))
print(list(zip("abc", [1, 2, 3, 4])), list(zip()), list(zip("a")), list(zip(*["ab", "cd"])))
try:
    list(zip("ab", "abc", strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip("abc", "ab", strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(map(str, [1, 2])), list(map(pow, [2, 3], [3, 2])), list(map(lambda *a: sum(a), [1, 2], [10, 20], [100])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(str.isdigit, "a1b2")), list(filter(lambda x: x > 1, (1, 2, 3))))
e = enumerate("xy")
print(next(e), type(e).__name__, type(zip()).__name__, type(map(str, [])).__name__, type(filter(None, [])).__name__)
try:
    map(5, [1])
    list(map(5, [1]))
except TypeError as e:
    print("TypeError:", e)
