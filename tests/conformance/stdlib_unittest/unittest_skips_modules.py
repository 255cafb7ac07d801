# Skip decorators (on methods and classes), skipTest from fixtures, expectedFailure, and
# module-level fixtures: setUpModule/tearDownModule of each test's module, and their failures.
import io
import os
import re
import sys
import types
import unittest

HERE = os.path.dirname(os.path.abspath(__file__)) + "/"
log = []


def run(tests, **options):
    stream = io.StringIO()
    options.setdefault("verbosity", 2)
    result = unittest.TextTestRunner(stream=stream, **options).run(unittest.TestSuite(tests))
    text = re.sub(r"in \d+\.\d+s", "in T", stream.getvalue().replace(HERE, ""))
    for line in text.splitlines():
        if not (line.strip() and set(line.strip()) <= set("^~")):
            print("|", line)
    print("log:", log)
    del log[:]
    return result


class Skips(unittest.TestCase):
    @unittest.skip("plain")
    def test_plain(self):
        log.append("never")

    @unittest.skip
    def test_bare(self):
        log.append("never")

    @unittest.skipIf(1 < 2, "if true")
    def test_if(self):
        log.append("never")

    @unittest.skipIf(False, "if false")
    def test_if_not(self):
        log.append("skipIf false runs")

    @unittest.skipUnless(False, "unless false")
    def test_unless(self):
        log.append("never")

    @unittest.skipUnless(True, "unless true")
    def test_unless_not(self):
        log.append("skipUnless true runs")

    def test_inside(self):
        log.append("before skipTest")
        self.skipTest("decided inside")

    def test_raise(self):
        raise unittest.SkipTest("raised directly")


print(Skips.test_plain.__unittest_skip__, Skips.test_plain.__unittest_skip_why__, Skips.test_plain.__name__)
print(repr(Skips.test_bare.__unittest_skip_why__), getattr(Skips.test_if_not, "__unittest_skip__", None))
r = run(unittest.defaultTestLoader.loadTestsFromTestCase(Skips))
print(r.testsRun, [(t._testMethodName, why) for t, why in r.skipped])
try:
    Skips("test_plain").test_plain()
except unittest.SkipTest as e:
    print("SkipTest:", e)


@unittest.skip("whole class")
class SkippedClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("setUpClass never")

    @classmethod
    def tearDownClass(cls):
        log.append("tearDownClass never")

    def test_a(self):
        log.append("never")


class SkipInSetUp(unittest.TestCase):
    def setUp(self):
        self.addCleanup(log.append, "cleanup runs")
        self.skipTest("from setUp")

    def tearDown(self):
        log.append("tearDown never")

    def test_a(self):
        log.append("never")


class SkipInSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest("from setUpClass")

    def test_a(self):
        log.append("never")

    def test_b(self):
        log.append("never")


print(SkippedClass.__unittest_skip__, SkippedClass.__name__)
r = run([unittest.defaultTestLoader.loadTestsFromTestCase(c) for c in (SkippedClass, SkipInSetUp, SkipInSetUpClass)])
print([(str(t), why) for t, why in r.skipped])


class Expect(unittest.TestCase):
    @unittest.expectedFailure
    def test_fails(self):
        self.assertEqual(1, 0)

    @unittest.expectedFailure
    def test_errors(self):
        raise KeyError("k")

    @unittest.expectedFailure
    def test_passes(self):
        pass

    @unittest.expectedFailure
    def test_fails_in_teardown(self):
        self.addCleanup(self.fail, "cleanup failure is real")

    @unittest.expectedFailure
    def test_skipped(self):
        self.skipTest("skip beats expectation")


print(Expect.test_fails.__unittest_expecting_failure__)
r = run(unittest.defaultTestLoader.loadTestsFromTestCase(Expect), verbosity=1)
print(len(r.expectedFailures), len(r.unexpectedSuccesses), len(r.failures), r.wasSuccessful())


# module fixtures: each test class's __module__ names the module whose hooks run
def make_module(name, fail_setup=False, fail_teardown=False, skip=False):
    mod = types.ModuleType(name)

    def setUpModule():
        log.append("setUpModule " + name)
        unittest.addModuleCleanup(log.append, "module cleanup " + name)
        if skip:
            raise unittest.SkipTest("module skipped")
        if fail_setup:
            raise ValueError("module setup broke")

    def tearDownModule():
        log.append("tearDownModule " + name)
        if fail_teardown:
            raise ValueError("module teardown broke")

    mod.setUpModule, mod.tearDownModule = setUpModule, tearDownModule
    sys.modules[name] = mod

    class T(unittest.TestCase):
        @classmethod
        def setUpClass(cls):
            log.append("setUpClass " + name)

        @classmethod
        def tearDownClass(cls):
            log.append("tearDownClass " + name)

        def test_one(self):
            log.append("test " + name)

    T.__module__ = name
    T.__qualname__ = "T"
    return T


good, bad_setup, bad_teardown, skipped = (
    make_module("mod_good"), make_module("mod_bad_setup", fail_setup=True),
    make_module("mod_bad_teardown", fail_teardown=True), make_module("mod_skipped", skip=True))
r = run([good("test_one"), bad_setup("test_one"), bad_teardown("test_one"), skipped("test_one"),
         good("test_one")])
print(r.testsRun, [str(t) for t, _ in r.errors], [(str(t), why) for t, why in r.skipped])

# debug() runs without a result and lets exceptions through
case = Skips("test_plain")
try:
    case.debug()
except unittest.SkipTest as e:
    print("debug SkipTest:", e)
try:
    Expect("test_errors").debug()
except KeyError as e:
    print("debug KeyError:", e)
try:
    unittest.TestSuite([good("test_one"), bad_setup("test_one")]).debug()
except ValueError as e:
    print("suite debug ValueError:", e)
print("log:", log)
