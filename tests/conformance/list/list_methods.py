l = [3, 1, 2]
l.append(4); print(l)
l.extend([5, 6]); print(l)
l.extend("ab"); print(l)
l.insert(0, "first"); l.insert(100, "last"); l.insert(-1, "before-last"); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove("a"); print(l)
print(l.index(2), l.count(1), [1, 1, 2, 1].count(1), [1, 2, 3, 2].index(2, 2), l.copy() == l, l.copy() is l)
l.reverse(); print(l)
l.clear(); print(l)
for op in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2), lambda: [1, 2].index(1, 1, 2), lambda: [].insert()]:
    try:
        op()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
