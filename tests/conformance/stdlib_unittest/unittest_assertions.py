import unittest
tc = unittest.TestCase()
checks = [
    lambda: tc.assertEqual([1, 2], [1, 3]), lambda: tc.assertEqual("abc", "abd"), lambda: tc.assertTrue(0), lambda: tc.assertFalse(1),
    lambda: tc.assertIn(5, [1, 2]), lambda: tc.assertIsNone(0), lambda: tc.assertIsInstance(1, str), lambda: tc.assertAlmostEqual(1.0, 1.1),
    lambda: tc.assertGreater(1, 2), lambda: tc.assertRaises(ValueError, int, "5"), lambda: tc.assertDictEqual({"a": 1}, {"a": 2}),
    lambda: tc.assertCountEqual([1, 1, 2], [1, 2, 2]), lambda: tc.assertNotEqual(1, 1), lambda: tc.assertIs([], []),
    lambda: tc.assertRegex("abc", r"\d"), lambda: tc.assertEqual(1, 2, "custom message"),
]
for c in checks:
    try:
        c()
        print("passed")
    except AssertionError as e:
        print("AssertionError:", str(e).splitlines()[0])
with tc.assertRaisesRegex(ValueError, "invalid literal"):
    int("x")
with tc.assertRaises(KeyError) as cm:
    {}["k"]
print(repr(cm.exception))
tc.assertAlmostEqual(1.0, 1.0000001, places=5)
tc.assertSequenceEqual((1, 2), [1, 2])
print("all explicit passes ok")
