print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("abc"), min((1, "z"), (1, "a")), max([], default=None))
print(max([1, 5, 3], key=lambda x: -x), min("Banana", "apple", key=str.lower), max({1: "a", 9: "b"}), min(x * x for x in range(-3, 3)))
print(max(1, 1.0), max(1.0, 1), min(0, False), max([2, 2.0, 2]), type(max([2, 2.0])).__name__)
print(sum([]), sum([1, 2, 3], 10), sum([0.1] * 10), sum([1.5, 2.5]), sum(range(101)), sum([[1], [2]], []), sum(((1,), (2,)), ()))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([b"a"], b"")
except TypeError as e:
    print("TypeError:", e)
try:
    max(5)
except TypeError as e:
    print("TypeError:", e)
try:
    min([1, "a"])
except TypeError as e:
    print("TypeError:", e)
print(sum([1, 2], start=5), max(iter([7, 8])), min([[3], [1, 2]]))
