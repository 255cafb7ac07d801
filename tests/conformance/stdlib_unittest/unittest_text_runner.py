# TextTestRunner's report: status marks, tracebacks trimmed of unittest's frames, chained
# exceptions, docstrings, buffered output, tb_locals, durations and the summary line.
import io
import os
import re
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__)) + "/"


def clean(text):
    text = re.sub(r"in \d+\.\d+s", "in T", text.replace(HERE, ""))
    return [l for l in text.splitlines() if not (l.strip() and set(l.strip()) <= set("^~"))]


def run(suite, **options):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, **options).run(suite)
    for line in clean(stream.getvalue()):
        print("|", line)
    return result


def helper_that_fails(value):
    assert value, "helper says no"


# frames whose globals hold __unittest are hidden from reports, as unittest's own are
hidden = {"__unittest": True}
exec("def hidden_helper(case):\n    case.assertEqual('left', 'right')\n", hidden)
hidden_helper = hidden["hidden_helper"]


class Kinds(unittest.TestCase):
    def test_assert_statement(self):
        helper_that_fails(0)

    def test_chained(self):
        try:
            {}["key"]
        except KeyError as e:
            raise ValueError("while handling") from e

    def test_context(self):
        try:
            1 / 0
        except ZeroDivisionError:
            self.fail("during handling")

    def test_docstring(self):
        """First line of the doc.

        More lines are not shown.
        """
        self.assertIn(4, [1, 2, 3])

    def test_helper(self):
        hidden_helper(self)

    @unittest.expectedFailure
    def test_xpass(self):
        """Passes unexpectedly."""

    @unittest.expectedFailure
    def test_xfail(self):
        raise TypeError("expected")

    @unittest.skip("nope")
    def test_skip(self):
        pass

    def test_ok(self):
        pass


result = run(unittest.defaultTestLoader.loadTestsFromTestCase(Kinds))
print(repr(result).startswith("<unittest.runner.TextTestResult run=9 errors=2 failures=4>"))
for test, text in result.expectedFailures:
    print(test, "->", clean(text)[-1])
print([str(t) for t in result.unexpectedSuccesses], result.skipped[0][1])

run(unittest.defaultTestLoader.loadTestsFromTestCase(Kinds), verbosity=2, descriptions=False)
run(unittest.TestSuite([Kinds("test_ok"), Kinds("test_xpass"), Kinds("test_docstring")]), verbosity=2)
run(unittest.TestSuite())
run(unittest.TestSuite([Kinds("test_skip")]))
run(unittest.TestSuite([Kinds("test_xfail")]), verbosity=0)


class Noisy(unittest.TestCase):
    def test_quiet_pass(self):
        print("hidden when passing")

    def test_loud_fail(self):
        print("shown", end="")
        sys.stderr.write("err text\n")
        self.fail("noisy")

    def test_loud_error(self):
        print("before error")
        raise RuntimeError("noisy error")


out, err = io.StringIO(), io.StringIO()
saved = sys.stdout, sys.stderr
sys.stdout, sys.stderr = out, err
try:
    result = unittest.TextTestRunner(stream=io.StringIO(), buffer=True).run(
        unittest.defaultTestLoader.loadTestsFromTestCase(Noisy))
finally:
    sys.stdout, sys.stderr = saved
print("mirrored stdout:", repr(out.getvalue()))
print("mirrored stderr:", repr(err.getvalue()))
for test, text in result.failures + result.errors:
    print(test.id(), clean(text)[-5:])


class Locals(unittest.TestCase):
    def test_locals(self):
        number = 42
        words = ["a", "b"]
        self.assertEqual(number, 41)


run(unittest.TestSuite([Locals("test_locals")]), tb_locals=True)


class FixedDurations(unittest.TextTestResult):
    def addDuration(self, test, elapsed):
        super().addDuration(test, {"test_ok": 0.25, "test_skip": 0.0005}.get(test._testMethodName, 1.5))


for verbosity, durations in ((1, 0), (2, 1), (1, 5)):
    run(unittest.TestSuite([Kinds("test_ok"), Kinds("test_skip"), Kinds("test_xfail")]),
        resultclass=FixedDurations, verbosity=verbosity, durations=durations)

runner = unittest.TextTestRunner(stream=io.StringIO())
print(runner.verbosity, runner.descriptions, runner.failfast, runner.buffer, runner.warnings,
      runner.tb_locals, runner.durations, runner.resultclass.__name__)
print(unittest.TextTestRunner().stream.stream is sys.stderr)
