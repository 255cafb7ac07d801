# The objects themselves: TestCase identity (str, repr, id, ==, hash, shortDescription),
# FunctionTestCase, TestSuite (building, iterating, counting, running, repr), TestResult by hand.
import io
import re
import sys
import unittest


class Sample(unittest.TestCase):
    def test_doc(self):
        """  First line.

        Second paragraph.
        """

    def test_nodoc(self):
        pass

    def test_fails(self):
        self.fail("sample failure")

    def test_returns(self):
        return 42


a, b = Sample("test_doc"), Sample("test_doc")
print(str(a), "|", repr(a), "|", a.id(), "|", repr(a.shortDescription()))
print(a == b, a != b, a == Sample("test_nodoc"), hash(a) == hash(b), a == "test_doc")
print(Sample("test_nodoc").shortDescription(), a.countTestCases(), a._testMethodName)
print(type(a.defaultTestResult()).__name__, a.failureException, a.longMessage, a.maxDiff)
print(repr(unittest.TestCase()), unittest.TestCase().id(), unittest.TestCase().shortDescription())
try:
    Sample("test_missing")
except ValueError as e:
    print("ValueError:", e)
try:
    unittest.TestCase("runTest").run()
except AttributeError as e:
    print("AttributeError:", e)


def check_something():
    """Function test doc."""
    log.append("function test")


def failing_function():
    raise AssertionError("function failed")


log = []
f = unittest.FunctionTestCase(check_something, setUp=lambda: log.append("set up"),
                              tearDown=lambda: log.append("torn down"))
print(str(f), "|", f.id(), "|", f.shortDescription(), "|", re.sub("0x[0-9a-fA-F]+", "ADDR", repr(f)))
g = unittest.FunctionTestCase(check_something, description="described")
print(g.shortDescription(), f == unittest.FunctionTestCase(check_something, setUp=f._setUpFunc,
                                                           tearDown=f._tearDownFunc), f == g)
r = unittest.TestResult()
f.run(r)
unittest.FunctionTestCase(failing_function).run(r)
print(log, r.testsRun, [(str(t), e.splitlines()[-1]) for t, e in r.failures])

# TestSuite
suite = unittest.TestSuite()
print(repr(suite), suite.countTestCases(), list(suite))
suite.addTest(Sample("test_nodoc"))
suite.addTests([Sample("test_doc"), unittest.TestSuite([Sample("test_fails")])])
print(suite.countTestCases(), [type(t).__name__ for t in suite])
print(repr(suite))
print(suite == unittest.TestSuite([Sample("test_nodoc"), Sample("test_doc"),
                                   unittest.TestSuite([Sample("test_fails")])]), suite == [])
for bad in (5, Sample, unittest.TestSuite):
    try:
        suite.addTest(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    suite.addTests("test_doc")
except TypeError as e:
    print("TypeError:", e)
try:
    hash(suite)
except TypeError as e:
    print("TypeError:", e)
suite.addTest(lambda result: log.append("plain callable ran"))
r = unittest.TestResult()
returned = suite(r)
print(returned is r, r.testsRun, len(r.failures), suite.countTestCases(), list(suite))
print(log[-1])

# TestResult driven by hand
r = unittest.TestResult()
print(repr(r), r.wasSuccessful(), r.shouldStop, r.failfast, r.buffer, r.tb_locals)
t = Sample("test_nodoc")
r.startTestRun()
r.startTest(t)
try:
    raise ValueError("by hand")
except ValueError:
    r.addError(t, sys.exc_info())
r.addSkip(t, "why")
r.addUnexpectedSuccess(t)
r.addSuccess(t)
r.addDuration(t, 0.5)
r.stopTest(t)
r.stopTestRun()
print(repr(r), r.wasSuccessful(), r.errors[0][1].splitlines()[-1], r.skipped, r.collectedDurations)
r.stop()
print(r.shouldStop)
r2 = unittest.TestResult()
r2.shouldStop = True
unittest.TestSuite([Sample("test_nodoc")]).run(r2)
print(r2.testsRun)
r3 = unittest.TestResult()
r3.failfast = True
unittest.TestSuite([Sample("test_fails"), Sample("test_nodoc")]).run(r3)
print(r3.testsRun, r3.shouldStop)

# a test method returning a value warns
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    r = unittest.TestResult()
    Sample("test_returns").run(r)
print([(w.category.__name__, re.sub("0x[0-9a-fA-F]+", "ADDR", str(w.message))) for w in caught])


# results missing the optional methods
class Minimal:
    def __init__(self):
        self.calls = []
        self.shouldStop = False
        self.failfast = False

    def startTest(self, test):
        self.calls.append("start")

    def stopTest(self, test):
        self.calls.append("stop")

    def addSuccess(self, test):
        self.calls.append("success")

    def addFailure(self, test, err):
        self.calls.append(("failure", err[0].__name__, str(err[1])))

    def addError(self, test, err):
        self.calls.append("error")


class Odd(unittest.TestCase):
    @unittest.expectedFailure
    def test_xfail(self):
        self.fail()

    @unittest.expectedFailure
    def test_xpass(self):
        pass

    def test_skip(self):
        self.skipTest("x")


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for name in ("test_xfail", "test_xpass", "test_skip"):
        m = Minimal()
        Odd(name).run(m)
        print(name, m.calls)
print(sorted(set(str(w.message) for w in caught)))
