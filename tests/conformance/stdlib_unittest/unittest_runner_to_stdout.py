import unittest, sys, io
class MathTests(unittest.TestCase):
    def setUp(self): self.data = [3, 1, 2]
    def test_sorted(self): self.assertEqual(sorted(self.data), [1, 2, 3])
    def test_fails(self): self.assertEqual(1 + 1, 3)
    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0
    def test_error(self): raise RuntimeError("boom")
    @unittest.skip("not today")
    def test_skipped(self): pass
    @unittest.expectedFailure
    def test_expected_failure(self): self.assertTrue(False)
    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 5)
suite = unittest.defaultTestLoader.loadTestsFromTestCase(MathTests)
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), len(result.expectedFailures), result.wasSuccessful())
for test, tb in result.failures + result.errors:
    print(test.id(), "|", tb.strip().splitlines()[-1])
for line in stream.getvalue().splitlines():
    if " ... " in line:
        print(line)
