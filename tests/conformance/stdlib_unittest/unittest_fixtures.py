# The order of fixtures and cleanups (method, class, module level) and what a failure in each does.
import io
import os
import re
import unittest

log = []
HERE = os.path.dirname(os.path.abspath(__file__)) + "/"


def report(stream):
    text = stream.getvalue().replace(HERE, "")
    text = re.sub(r"in \d+\.\d+s", "in T", text)
    for line in text.splitlines():
        if line.strip() and set(line.strip()) <= set("^~"):
            continue
        print("|", line)


def run(*classes, **options):
    loader = unittest.TestLoader()
    suite = unittest.TestSuite(loader.loadTestsFromTestCase(c) for c in classes)
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, **options).run(suite)
    report(stream)
    print("log:", log)
    del log[:]
    return result


def setUpModule():
    log.append("setUpModule")
    unittest.addModuleCleanup(log.append, "module cleanup")


def tearDownModule():
    log.append("tearDownModule")


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        log.append("enter " + self.name)
        return self.name.upper()

    def __exit__(self, *exc):
        log.append("exit " + self.name)


class Ordered(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("setUpClass")
        cls.shared = cls.enterClassContext(Resource("class"))
        cls.addClassCleanup(log.append, "class cleanup")

    @classmethod
    def tearDownClass(cls):
        log.append("tearDownClass")

    def setUp(self):
        log.append("setUp " + self._testMethodName)
        self.addCleanup(log.append, "cleanup 1")
        self.addCleanup(lambda *a, **k: log.append(("cleanup 2", a, k)), 1, key="v")
        self.value = self.enterContext(Resource("test"))

    def tearDown(self):
        log.append("tearDown")

    def test_one(self):
        log.append(("test_one", self.shared, self.value))

    def test_two(self):
        log.append("test_two")


class SetUpFails(unittest.TestCase):
    def setUp(self):
        self.addCleanup(log.append, "cleanup after failed setUp")
        raise ValueError("setUp broke")

    def tearDown(self):
        log.append("tearDown never runs")

    def test_it(self):
        log.append("never runs")


class TearDownFails(unittest.TestCase):
    def tearDown(self):
        raise KeyError("tearDown broke")

    def test_it(self):
        log.append("test ran")


class CleanupFails(unittest.TestCase):
    def test_it(self):
        self.addCleanup(log.append, "second cleanup still runs")
        self.addCleanup(self.fail, "cleanup failed")
        self.addCleanup(lambda: 1 / 0)


class ClassSetUpFails(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(log.append, "class cleanup after failure")
        raise RuntimeError("class setup broke")

    @classmethod
    def tearDownClass(cls):
        log.append("tearDownClass never runs")

    def test_a(self):
        log.append("never")


class ClassTearDownFails(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise OSError("class teardown broke")

    def test_a(self):
        log.append("test_a")


class ClassCleanupFails(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(log.append, "other class cleanup")
        cls.addClassCleanup(lambda: [][1])

    def test_a(self):
        log.append("test_a")


class NotAContext(unittest.TestCase):
    def test_it(self):
        try:
            self.enterContext(object())
        except TypeError as e:
            log.append(str(e))


r = run(Ordered)
print(r.testsRun, r.wasSuccessful())
r = run(SetUpFails, TearDownFails, CleanupFails)
print(len(r.errors), len(r.failures), [str(t) for t, _ in r.errors + r.failures])
r = run(ClassSetUpFails, ClassTearDownFails, ClassCleanupFails, verbosity=2)
print([str(t) for t, _ in r.errors])
run(NotAContext, verbosity=0)

# doCleanups by hand, and module cleanups outside a run
case = Ordered("test_two")
case.addCleanup(log.append, "manual")
print(case.doCleanups(), log)
del log[:]
unittest.addModuleCleanup(log.append, "a")
unittest.addModuleCleanup(lambda: {}["x"])
unittest.addModuleCleanup(log.append, "b")
try:
    unittest.doModuleCleanups()
except KeyError as e:
    print("KeyError", e, log)
del log[:]
print(unittest.enterModuleContext(Resource("mod")), log)
unittest.doModuleCleanups()
print(log)
try:
    unittest.enterModuleContext(3)
except TypeError as e:
    print(e)
