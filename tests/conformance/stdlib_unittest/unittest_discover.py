# TestLoader.discover over a small tree of test modules and packages made for the occasion:
# which files count, package load_tests, import failures, skips, start and top directories.
import os
import sys
import unittest

ROOT = "/tmp/pyjama_unittest_discover"

FILES = {
    "test_top.py": "import unittest\nclass Top(unittest.TestCase):\n    def test_one(self): pass\n    def test_two(self): pass\n",
    "test_broken.py": "import no_such_module_for_discover\n",
    "test_skipped_module.py": "import unittest\nraise unittest.SkipTest('not on this machine')\n",
    "helper.py": "raise RuntimeError('never imported: does not match the pattern')\n",
    "test-not-a-name.py": "raise RuntimeError('never imported: not a module name')\n",
    "plain_dir/test_hidden.py": "raise RuntimeError('never imported: not in a package')\n",
    "pkg/__init__.py": "",
    "pkg/test_inner.py": "import unittest\nclass Inner(unittest.TestCase):\n    def test_inner(self): pass\n",
    "pkg/sub/__init__.py": "",
    "pkg/sub/test_deep.py": "import unittest\nclass Deep(unittest.TestCase):\n    def test_deep(self): pass\n",
    "custom/__init__.py": (
        "import unittest\n"
        "def load_tests(loader, tests, pattern):\n"
        "    print('custom.load_tests got', tests.countTestCases(), 'tests and pattern', pattern)\n"
        "    return unittest.TestSuite([unittest.FunctionTestCase(lambda: None, description='picked')])\n"),
    "custom/test_ignored.py": "raise RuntimeError('never imported: load_tests decides')\n",
}


def build():
    for name, text in FILES.items():
        path = os.path.join(ROOT, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)


def remove(path):
    if os.path.isdir(path):
        for entry in os.listdir(path):
            remove(os.path.join(path, entry))
        os.rmdir(path)
    elif os.path.exists(path):
        os.remove(path)


def names(suite):
    for test in suite:
        if isinstance(test, unittest.TestSuite):
            yield from names(test)
        else:
            yield test.id()


def shape(suite):
    return [shape(t) if isinstance(t, unittest.TestSuite) else t.id() for t in suite]


remove(ROOT)
build()
saved_path = sys.path[:]
try:
    loader = unittest.TestLoader()
    suite = loader.discover(ROOT)
    print(shape(suite))
    print(sorted(names(suite)))
    print([e.splitlines()[0] for e in loader.errors])
    result = unittest.TestResult()
    suite.run(result)
    print(result.testsRun, [(str(t), r) for t, r in result.skipped],
          [e.strip().splitlines()[-1] for _, e in result.errors])
    print(sys.path[0] == ROOT)

    print(sorted(names(unittest.TestLoader().discover(ROOT + "/pkg", top_level_dir=ROOT))))
    print(sorted(names(unittest.TestLoader().discover(ROOT, pattern="*_deep.py"))))
    print(sorted(names(unittest.TestLoader().discover("pkg.sub", top_level_dir=ROOT))))
    for start in (ROOT + "/plain_dir", "no_such_package_xyz"):
        try:
            unittest.TestLoader().discover(start, top_level_dir=ROOT)
        except ImportError as e:
            print("ImportError:", str(e).replace(ROOT, "ROOT"))
finally:
    sys.path[:] = saved_path
    for name in [m for m in sys.modules if m.split(".")[0] in ("pkg", "custom", "test_top")]:
        del sys.modules[name]
    remove(ROOT)
print(os.path.exists(ROOT))
