# Every assert* method's failure message, diffs included, as CPython 3.12 words them.
import unittest


class Probe(unittest.TestCase):
    def runTest(self):
        pass


t = Probe()


def attempt(label, call):
    try:
        call()
    except Exception as e:
        print(f"[{label}] {type(e).__name__}: {e}")
    else:
        print(f"[{label}] passed")


attempt("equal int", lambda: t.assertEqual(1, 2))
attempt("equal mixed types", lambda: t.assertEqual(1, 1.0))
attempt("equal str", lambda: t.assertEqual("spam", "eggs"))
attempt("equal multiline", lambda: t.assertEqual("one\ntwo\nthree\n", "one\nTWO\nthree\n"))
attempt("equal multiline no newline", lambda: t.assertEqual("a\nb", "a\nc"))
attempt("equal one-sided newline", lambda: t.assertEqual("", "x"))
attempt("equal one-sided newline 2", lambda: t.assertEqual("x", ""))
attempt("equal str char diff", lambda: t.assertEqual("the quick brown fox", "the quack brown fox"))
attempt("equal list", lambda: t.assertEqual([1, 2, 3], [1, 5, 3]))
attempt("equal list longer", lambda: t.assertEqual([1, 2], [1, 2, 3, 4]))
attempt("equal list shorter", lambda: t.assertEqual(["a", "b", "c"], ["a"]))
attempt("equal tuple", lambda: t.assertEqual((1, "x"), (1, "y")))
attempt("equal list vs tuple", lambda: t.assertEqual([1], (1,)))
attempt("equal dict", lambda: t.assertEqual({"a": 1, "b": 2}, {"a": 1, "b": 3, "c": 4}))
attempt("equal set", lambda: t.assertEqual({1, 2, 3}, {2, 3, 4}))
attempt("equal frozenset", lambda: t.assertEqual(frozenset({1}), frozenset({2})))
attempt("equal set vs frozenset", lambda: t.assertEqual({1}, frozenset({1})))
attempt("equal nested", lambda: t.assertEqual([{"k": [1, 2]}, 3], [{"k": [1, 3]}, 3]))
attempt("equal msg", lambda: t.assertEqual(1, 2, "extra words"))
attempt("not equal", lambda: t.assertNotEqual("a", "a"))
attempt("not equal msg", lambda: t.assertNotEqual([1], [1], msg="lists"))
attempt("true", lambda: t.assertTrue(""))
attempt("false", lambda: t.assertFalse("yes"))
attempt("is", lambda: t.assertIs([], None))
attempt("is not", lambda: t.assertIsNot(None, None))
attempt("is none", lambda: t.assertIsNone(0))
attempt("is not none", lambda: t.assertIsNotNone(None))
attempt("in", lambda: t.assertIn("z", "abc"))
attempt("not in", lambda: t.assertNotIn(2, {1: "a", 2: "b"}))
attempt("isinstance", lambda: t.assertIsInstance(3, str))
attempt("isinstance tuple", lambda: t.assertIsInstance(3, (str, bytes)))
attempt("not isinstance", lambda: t.assertNotIsInstance(True, int))
attempt("greater", lambda: t.assertGreater(1, 1))
attempt("greater equal", lambda: t.assertGreaterEqual("a", "b"))
attempt("less", lambda: t.assertLess(3, 2))
attempt("less equal", lambda: t.assertLessEqual(3.5, 2))
attempt("almost places", lambda: t.assertAlmostEqual(1.0, 1.001))
attempt("almost places 2", lambda: t.assertAlmostEqual(1.0, 1.05, places=1))
attempt("almost pass", lambda: t.assertAlmostEqual(1.0, 1.00000001))
attempt("almost delta", lambda: t.assertAlmostEqual(10, 12, delta=1))
attempt("almost delta pass", lambda: t.assertAlmostEqual(10, 11, delta=1))
attempt("almost both", lambda: t.assertAlmostEqual(1, 3, places=2, delta=1))
attempt("almost equal objects", lambda: t.assertAlmostEqual("x", "x"))
attempt("almost bad types", lambda: t.assertAlmostEqual("x", "y"))
attempt("not almost", lambda: t.assertNotAlmostEqual(2.0, 2.0000000001))
attempt("not almost delta", lambda: t.assertNotAlmostEqual(5, 5.5, delta=1))
attempt("not almost both", lambda: t.assertNotAlmostEqual(1, 3, places=2, delta=1))
attempt("not almost pass", lambda: t.assertNotAlmostEqual(1.0, 1.1))
attempt("sequence", lambda: t.assertSequenceEqual("abc", "abd"))
attempt("sequence types", lambda: t.assertSequenceEqual([1, 2], (1, 2)))
attempt("sequence no len", lambda: t.assertSequenceEqual(5, [5]))
attempt("sequence no len 2", lambda: t.assertSequenceEqual([5], 5))
attempt("sequence seq_type", lambda: t.assertSequenceEqual([1], [1], seq_type=tuple))
attempt("sequence seq_type 2", lambda: t.assertSequenceEqual((1,), [1], seq_type=tuple))
attempt("list equal", lambda: t.assertListEqual([1], (1,)))
attempt("tuple equal", lambda: t.assertTupleEqual((1, 2), (2, 1)))
attempt("dict equal not dict", lambda: t.assertDictEqual({}, []))
attempt("dict equal not dict 2", lambda: t.assertDictEqual([], {}))
attempt("set equal", lambda: t.assertSetEqual({"a"}, {"b"}))
attempt("set equal one side", lambda: t.assertSetEqual({1, 2}, {1}))
attempt("set equal bad", lambda: t.assertSetEqual({1}, 3))
attempt("set equal bad 2", lambda: t.assertSetEqual(3, {1}))
attempt("set equal unhashable", lambda: t.assertSetEqual({1}, [[1]]))
attempt("count equal", lambda: t.assertCountEqual([3, 1, 1, 2], [1, 2, 2, 4]))
attempt("count equal str", lambda: t.assertCountEqual("hello", "world"))
attempt("count equal unhashable", lambda: t.assertCountEqual([[1], [2], [2]], [[2], [3]]))
attempt("count equal pass", lambda: t.assertCountEqual([[1], 2], [2, [1]]))
attempt("multiline not str", lambda: t.assertMultiLineEqual(b"x", "x"))
attempt("multiline not str 2", lambda: t.assertMultiLineEqual("x", None))
attempt("regex", lambda: t.assertRegex("abc", r"\d+"))
attempt("regex compiled", lambda: t.assertRegex("abc", __import__("re").compile("x")))
attempt("regex empty", lambda: t.assertRegex("abc", ""))
attempt("not regex", lambda: t.assertNotRegex("a123b", r"\d+"))
attempt("not regex bytes", lambda: t.assertNotRegex(b"a123b", rb"\d"))
attempt("fail", lambda: t.fail("given up"))
attempt("fail none", lambda: t.fail())
attempt("skipTest", lambda: t.skipTest("later"))

print("--- longMessage off")
t.longMessage = False
attempt("msg replaces", lambda: t.assertEqual(1, 2, "only mine"))
attempt("no msg", lambda: t.assertEqual(1, 2))
attempt("dict msg", lambda: t.assertDictEqual({1: 1}, {1: 2}, "dicts"))
t.longMessage = True

print("--- maxDiff")
t.maxDiff = 30
attempt("truncated", lambda: t.assertEqual([1, 2, 3, 4, 5], [1, 2, 3, 4, 6]))
attempt("truncated multiline", lambda: t.assertEqual("a\nb\nc\nd\n", "a\nb\nX\nd\n"))
attempt("truncated count", lambda: t.assertCountEqual([1, 2, 3, 4], [5, 6, 7, 8]))
t.maxDiff = None
attempt("untruncated", lambda: t.assertEqual(list(range(12)), list(range(1, 13))))
t.maxDiff = 80 * 8
print(Probe.maxDiff, Probe.longMessage, Probe.failureException.__name__, Probe._diffThreshold)

print("--- type equality funcs")


class Point:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x

    def __repr__(self):
        return f"Point({self.x})"


def compare_points(a, b, msg=None):
    if a.x != b.x:
        raise t.failureException(msg or f"points differ by {b.x - a.x}")


t.addTypeEqualityFunc(Point, compare_points)
attempt("custom", lambda: t.assertEqual(Point(1), Point(4)))
attempt("custom msg", lambda: t.assertEqual(Point(1), Point(4), "mine"))
attempt("custom same", lambda: t.assertEqual(Point(2), Point(2)))


class MyList(list):
    pass


attempt("subclass skips list func", lambda: t.assertEqual(MyList([1]), MyList([2])))


class Strict(unittest.TestCase):
    failureException = KeyError

    def runTest(self):
        pass


attempt("custom failureException", lambda: Strict().assertTrue(False))
attempt("custom failureException msg", lambda: Strict().assertIn(1, []))
