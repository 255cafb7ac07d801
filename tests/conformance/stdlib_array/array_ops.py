from array import array
a = array("i", [1, 2, 3])
a.append(4); a.extend([5, 6]); a.insert(0, 0)
print(a, a[2], a[-1], a[1:3], len(a), a.typecode, a.itemsize, a.tolist(), sum(a))
print(a.pop(), a.index(3), a.count(2), a)
a.remove(0); a.reverse(); print(a)
b = array("d", [1.5, 2.5])
print(b, b * 2, b + array("d", [3.0]), b.tobytes(), array("d", b.tobytes()))
c = array("b", b"\x01\xff")
print(c, array("B", b"\x01\xff"), array("u", "hi"), array("u", "hi").tounicode(), array("H", [1, 2]).tobytes())
try:
    array("b", [200])
except OverflowError as e:
    print("OverflowError:", e)
try:
    array("i", [1.5])
except TypeError as e:
    print("TypeError:", e)
try:
    array("z")
except ValueError as e:
    print("ValueError:", e)
d = array("l")
d.frombytes(array("l", [7, 8]).tobytes()); d.fromlist([9])
print(d, d == array("l", [7, 8, 9]), array("i", [3, 1, 2]) < array("i", [3, 2]), repr(array("f")), array("q", [2 ** 40]))
e = array("i", range(5)); e[1:3] = array("i", [9, 9, 9]); del e[0]
print(e, e.buffer_info()[1], sorted(e), array("i", [1]).byteswap() is None)
