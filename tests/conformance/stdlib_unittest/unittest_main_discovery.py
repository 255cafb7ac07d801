# unittest.main(module=None), the `python -m unittest` form: discovery (explicit, with
# options or positional arguments, or when no test is named), test names, --help; and the
# result registry of unittest.signals.
import io
import os
import re
import sys
import unittest

ROOT = "/tmp/pyjama_unittest_main_discovery"
FILES = {
    "test_alpha.py": "import unittest\nclass Alpha(unittest.TestCase):\n    def test_a(self): pass\n    def test_b(self): self.assertEqual(1, 2)\n",
    "check_beta.py": "import unittest\nclass Beta(unittest.TestCase):\n    def test_c(self): pass\n",
}


def remove(path):
    if os.path.isdir(path):
        for entry in os.listdir(path):
            remove(os.path.join(path, entry))
        os.rmdir(path)
    elif os.path.exists(path):
        os.remove(path)


def main(*args):
    err, out = io.StringIO(), io.StringIO()
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    status = "no exit"
    try:
        unittest.main(module=None, argv=["python -m unittest", *args],
                      testLoader=unittest.TestLoader())
    except SystemExit as e:
        status = e.code
    except ImportError as e:
        status = "ImportError: " + str(e)
    finally:
        sys.stdout, sys.stderr = saved
    print(" ".join(args).replace(ROOT, "ROOT") or "(no args)", "->", str(status).replace(ROOT, "ROOT"))
    for text in (out.getvalue(), err.getvalue()):
        text = re.sub(r"in \d+\.\d+s", "in T", text.replace(ROOT, "ROOT"))
        for line in text.splitlines():
            if not (line.strip() and set(line.strip()) <= set("^~")):
                print("|", line)


remove(ROOT)
os.makedirs(ROOT)
for name, text in FILES.items():
    with open(os.path.join(ROOT, name), "w") as f:
        f.write(text)
saved_path = sys.path[:]
try:
    main("discover", "-s", ROOT, "-v")
    main("discover", ROOT, "check_*.py")
    main("discover", "--start-directory", ROOT, "--pattern", "*.py", "-q")
    main("discover", "-s", ROOT, "-k", "Alpha.test_a")
    main("discover", "-s", ROOT + "/nowhere")
    sys.path.insert(0, ROOT)
    main("check_beta", "test_alpha.Alpha.test_a")
    main("-h")
    main("discover", "-h")
    main("discover", "-s", ROOT, "extra1", "extra2", "extra3")
finally:
    sys.path[:] = saved_path
    for name in ("test_alpha", "check_beta"):
        sys.modules.pop(name, None)
    remove(ROOT)

# the registry of results that Ctrl-C (with -c) stops
r = unittest.TestResult()
print(unittest.removeResult(r))
unittest.registerResult(r)
print(unittest.removeResult(r), unittest.removeResult(r))


@unittest.removeHandler
def decorated(a, b=2):
    "keeps its docstring"
    return a + b


print(decorated(1), decorated.__name__, decorated.__doc__, unittest.removeHandler())
