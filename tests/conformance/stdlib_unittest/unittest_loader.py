# TestLoader: methods found by prefix, order and patterns; loading by module, by dotted name
# (and the failed tests it makes for bad names); load_tests; the suites it builds.
import re
import sys
import types
import unittest


class Alpha(unittest.TestCase):
    def test_b(self):
        pass

    def test_a(self):
        pass

    def testC(self):
        pass

    def check_x(self):
        pass

    test_not_callable = 5

    def helper(self):
        pass


class Beta(Alpha):
    def check_y(self):
        pass


class OnlyRunTest(unittest.TestCase):
    def runTest(self):
        pass


class Empty(unittest.TestCase):
    pass


loader = unittest.TestLoader()
print(loader.testMethodPrefix, loader.sortTestMethodsUsing(1, 2), loader.testNamePatterns,
      loader.suiteClass is unittest.TestSuite, loader.errors)
print(loader.getTestCaseNames(Alpha))
print(loader.getTestCaseNames(Beta))
loader.testMethodPrefix = "check"
print(loader.getTestCaseNames(Beta))
loader.testMethodPrefix = "test"
loader.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(loader.getTestCaseNames(Alpha))
loader.sortTestMethodsUsing = None
print(sorted(loader.getTestCaseNames(Alpha)))
loader = unittest.TestLoader()
loader.testNamePatterns = ["*_a", "*Alpha.testC"]
print(loader.getTestCaseNames(Alpha), loader.getTestCaseNames(Beta))
loader = unittest.TestLoader()

suite = loader.loadTestsFromTestCase(Alpha)
print(type(suite).__name__, suite.countTestCases(), [t.id() for t in suite])
print(repr(loader.loadTestsFromTestCase(OnlyRunTest)))
print(repr(loader.loadTestsFromTestCase(Empty)))
try:
    loader.loadTestsFromTestCase(unittest.TestSuite)
except TypeError as e:
    print("TypeError:", e)

# loading from a module object
mod = types.ModuleType("fake_module")
mod.Alpha = Alpha
mod.OnlyRunTest = OnlyRunTest
mod.not_a_test = 3
print([t.id() for s in loader.loadTestsFromModule(mod) for t in s])


def load_tests(loader, tests, pattern):
    suite = unittest.TestSuite()
    suite.addTest(Alpha("test_a"))
    print("load_tests called with", tests.countTestCases(), pattern)
    return suite


mod.load_tests = load_tests
print(loader.loadTestsFromModule(mod, pattern="p*").countTestCases())
mod.load_tests = lambda loader, tests, pattern: 1 / 0
bad = loader.loadTestsFromModule(mod)
print([t.id() for t in bad], len(loader.errors), loader.errors[0].splitlines()[0])
result = unittest.TestResult()
bad.run(result)
print(result.errors[0][1].splitlines()[-1])
loader = unittest.TestLoader()

# loading by name, relative to a module or imported
sys.modules["fake_module"] = mod
del mod.load_tests
for name in ["Alpha", "Alpha.test_b", "OnlyRunTest"]:
    print(name, [t.id() for t in loader.loadTestsFromName(name, mod)])
print([t.id() for t in loader.loadTestsFromName("fake_module.Alpha.testC")])


def make_suite():
    return unittest.TestSuite([Alpha("test_a"), OnlyRunTest()])


def make_case():
    return Alpha("test_b")


mod.make_suite, mod.make_case, mod.make_other = make_suite, make_case, lambda: 42
mod.a_suite = unittest.TestSuite([Alpha("testC")])
for name in ["make_suite", "make_case", "a_suite"]:
    print(name, [t.id() for t in loader.loadTestsFromName(name, mod)])
for name in ["make_other", "not_a_test"]:
    try:
        loader.loadTestsFromName(name, mod)
    except TypeError as e:
        print("TypeError:", re.sub(" at 0x[0-9a-fA-F]+", "", e.args[0]))

for name, module in [("Alpha.test_missing", mod), ("Missing", mod), ("no_such_module_xyz", None),
                     ("no_such_module_xyz.Thing", None), ("fake_module.Nope", None)]:
    suite = loader.loadTestsFromName(name, module)
    tests = list(suite)
    print(name, "->", [t.id() for t in tests], type(tests[0]).__name__, tests[0].__class__.__module__)
    r = unittest.TestResult()
    suite.run(r)
    print("   ", [[l for l in text.splitlines() if l][-1] for _, text in r.errors])
print(len(loader.errors), [e.splitlines()[0] for e in loader.errors])

suite = loader.loadTestsFromNames(["Alpha.test_a", "OnlyRunTest"], mod)
print(suite.countTestCases(), [type(s).__name__ for s in suite])
print(unittest.defaultTestLoader.getTestCaseNames(Alpha))
print(isinstance(unittest.defaultTestLoader, unittest.TestLoader))


class MySuite(unittest.TestSuite):
    pass


loader = unittest.TestLoader()
loader.suiteClass = MySuite
print(type(loader.loadTestsFromTestCase(Alpha)).__name__, type(loader.loadTestsFromModule(mod)).__name__)
