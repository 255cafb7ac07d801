# How assertEqual and friends shorten long reprs ("[N chars]"), and unittest.util's helpers.
import collections
import unittest
from unittest import util


class Probe(unittest.TestCase):
    def runTest(self):
        pass


t = Probe()


def first_line(call):
    try:
        call()
    except AssertionError as e:
        return str(e).split("\n")[0]
    return "passed"


cases = [
    ("a" * 40, "a" * 40 + "b"),
    ("a" * 80, "a" * 79 + "b"),
    ("x" * 30 + "left" + "y" * 60, "x" * 30 + "right" + "y" * 60),
    ("p" * 200 + "1", "p" * 200 + "2"),
    ("q" * 10 + "A" * 100, "q" * 10 + "B" * 100),
    ("same prefix " * 8 + "end", "same prefix " * 8 + "END!"),
    ("", "z" * 120),
    ("z" * 120, ""),
    ("abc" * 30, "abd" * 30),
    ("k" * 75, "k" * 76),
    ("k" * 76, "k" * 77),
    ("m" * 85 + "x" * 20, "m" * 85 + "y" * 20),
]
for left, right in cases:
    print(first_line(lambda: t.assertEqual(left, right)))
    print(first_line(lambda: t.assertEqual(left.encode(), right.encode())))

for n in (5, 30, 70, 90):
    print(first_line(lambda: t.assertEqual(list(range(n)), list(range(n)) + [0])))
    print(first_line(lambda: t.assertEqual(tuple(range(n)), tuple(range(1, n + 1)))))
    print(first_line(lambda: t.assertDictEqual(dict.fromkeys(range(n)), {0: 1})))

# element lines of a sequence diff are shortened the same way
try:
    t.assertEqual(["e" * 100, 1], ["e" * 99 + "f", 1])
except AssertionError as e:
    print("\n".join(str(e).split("\n")[:5]))


class Loud:
    def __repr__(self):
        return "L" * 120


class Broken:
    def __repr__(self):
        raise RuntimeError("no repr")


print(util.safe_repr(Loud()) == "L" * 120)
print(util.safe_repr(Loud(), short=True))
print(util.safe_repr("s" * 100, short=True))
print(util.safe_repr([1, 2], short=True))
print(util.safe_repr(Broken()).startswith("<__main__.Broken object at 0x"))
print(util.strclass(Probe), util.strclass(int), util.strclass(collections.Counter))
print(util.three_way_cmp(1, 2), util.three_way_cmp(2, 2), util.three_way_cmp("b", "a"))
print(util.sorted_list_difference([1, 2, 2, 3, 5], [2, 3, 4]))
print(util.sorted_list_difference([], [1, 1]))
print(util.sorted_list_difference([1, 1, 1], []))
print(util.unorderable_list_difference([[1], [2], [2]], [[2], [3]]))
print(util.unorderable_list_difference([{}], [{}]))
