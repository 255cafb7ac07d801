data = [5, 2, 9, 1, 5, 6]
print(sorted(data), sorted(data, reverse=True), data)
data.sort(); print(data)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w), reverse=True))
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[1], reverse=True))
stab = [("x", 2), ("y", 1), ("z", 2), ("w", 1)]
print(sorted(stab, key=lambda t: t[1]), sorted(stab, key=lambda t: t[1], reverse=True))
print(sorted([3.5, -1, 2, True, 0.0]), sorted([]), sorted("hello"), sorted({3: 'a', 1: 'b'}), sorted((2, 1)))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, 1].sort(key=1)
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2].sort(lambda x: x)
except TypeError as e:
    print("TypeError:", e)
l = [3, 1, 2]
try:
    l.sort(key=lambda x: l.append(0) or x)
except ValueError as e:
    print("ValueError:", e)
import functools
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
big = [(i * 7919) % 1000 for i in range(1000)]
print(sorted(big)[:5], sorted(big)[-3:], sorted(big) == sorted(big, key=lambda x: -x)[::-1])
