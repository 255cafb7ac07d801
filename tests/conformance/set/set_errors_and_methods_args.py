s = {1, 2}
for call in [lambda: s.add([]), lambda: s.remove(3), lambda: s.update(5), lambda: s.union(1), lambda: set(5), lambda: s.issubset(3), lambda: frozenset([[]]), lambda: s - [1], lambda: s <= [1]]:
    try:
        call()
    except (TypeError, KeyError) as e:
        print(type(e).__name__ + ":", e)
print(s.union(), s.intersection(), s.difference(), s.update() is None, s.issubset([1, 2, 3]), s.issuperset((1,)))
print(set("abc") - set("b") == {"a", "c"}, set([1, 2]) == {2, 1}, {1, 2}.symmetric_difference("ab") == {1, 2, "a", "b"})
