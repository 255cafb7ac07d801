cases = [lambda: [][0], lambda: [1, 2][5], lambda: [1][-2], lambda: ()[0], lambda: "abc"[10], lambda: b"x"[1], lambda: bytearray()[0],
         lambda: range(3)[3], lambda: {}["k"], lambda: {1: 2}[2], lambda: {(1, 2): 0}[(2, 1)], lambda: {}[None], lambda: {}[""],
         lambda: set().remove(1), lambda: {}.pop("p"), lambda: [].pop(), lambda: [1].pop(3), lambda: memoryview(b"")[0],
         lambda: __import__("collections").deque().pop(), lambda: __import__("collections").deque().popleft(), lambda: {}.popitem()]
for c in cases:
    try:
        c()
    except (IndexError, KeyError) as e:
        print(type(e).__name__ + ":", str(e), "|", repr(e))
l = [1, 2, 3]
try:
    l[3] = 4
except IndexError as e:
    print("IndexError:", e)
try:
    del l[10]
except IndexError as e:
    print("IndexError:", e)
try:
    "abc"[2:1][0]
except IndexError as e:
    print("IndexError:", e)
