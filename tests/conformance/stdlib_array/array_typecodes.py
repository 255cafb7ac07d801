from array import array
for tc in "bBhHiIlLqQfd":
    a = array(tc, [1, 2, 3])
    print(tc, a.itemsize, a.tobytes()[:4], sum(a), a[::-1].tolist())
print(array("B", range(250, 256)).tobytes(), array("h", [-1]).tobytes(), array("f", [0.1])[0], array("d", [0.1])[0])
for tc, v in [("B", -1), ("H", 70000), ("h", 40000), ("I", -1)]:
    try:
        array(tc, [v])
    except OverflowError as e:
        print(tc, "OverflowError:", e)
a = array("i", [1, 2, 3])
a[1:2] = array("i", [7, 8])
print(a, 8 in a, a * 0, array("i") == array("i", []), list(reversed(a)))
try:
    a[0:1] = [5]
except TypeError as e:
    print("TypeError:", e)
