# subTest: descriptions, nesting, reporting at each verbosity, failfast, expected failures.
import io
import os
import re
import unittest

HERE = os.path.dirname(os.path.abspath(__file__)) + "/"


def run(cls, names=None, **options):
    loader = unittest.TestLoader()
    suite = unittest.TestSuite(map(cls, names)) if names else loader.loadTestsFromTestCase(cls)
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, **options).run(suite)
    text = re.sub(r"in \d+\.\d+s", "in T", stream.getvalue().replace(HERE, ""))
    for line in text.splitlines():
        if not (line.strip() and set(line.strip()) <= set("^~")):
            print("|", line)
    return result


class Numbers(unittest.TestCase):
    def test_even(self):
        """Checks evenness."""
        for i in range(5):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_message_only(self):
        with self.subTest("stage one"):
            pass
        with self.subTest("stage two"):
            raise ValueError("broken stage")

    def test_nested(self):
        with self.subTest("outer", a=1, b=2):
            with self.subTest(b=3, c=4):
                self.fail("inner")
            with self.subTest():
                self.fail("no params")

    def test_after_failures(self):
        with self.subTest(x=1):
            self.fail("first")
        self.fail("body after subtest")


result = run(Numbers)
print(result.testsRun, len(result.failures), len(result.errors), result.wasSuccessful())
for test, _ in result.failures + result.errors:
    print(type(test).__name__, test.id(), "|", str(test), "|", test.shortDescription())

result = run(Numbers, verbosity=2)
result = run(Numbers, ["test_even"], verbosity=0)
result = run(Numbers, ["test_even", "test_nested"], failfast=True)
print(result.testsRun, len(result.failures))


class Expected(unittest.TestCase):
    @unittest.expectedFailure
    def test_xfail_in_subtest(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 1)
        print("not reached")

    @unittest.expectedFailure
    def test_xpass_with_subtests(self):
        for i in range(2):
            with self.subTest(i=i):
                pass

    def test_skip_in_subtest(self):
        for i in range(3):
            with self.subTest(i=i):
                if i == 1:
                    self.skipTest("odd one")
                self.assertNotEqual(i, 2)


result = run(Expected, verbosity=2)
print(len(result.expectedFailures), len(result.unexpectedSuccesses), len(result.skipped))
for test, reason in result.skipped:
    print(test.id(), reason)

# outside of a run, subTest does nothing special
case = Numbers("test_even")
with case.subTest(i=1):
    print("body runs")
try:
    with case.subTest(i=2):
        case.fail("propagates")
except AssertionError as e:
    print("AssertionError:", e)


class Plain(unittest.TestResult):
    pass


r = Plain()
Numbers("test_even")(r)
print(r.testsRun, [(t.id(), e.splitlines()[-1]) for t, e in r.failures])
