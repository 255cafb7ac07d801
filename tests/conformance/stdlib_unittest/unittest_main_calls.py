# unittest.main (TestProgram) called from code: exit=False and the attributes it leaves,
# defaultTest, runner classes and instances, usage errors, unknown names and --help.
import io
import os
import re
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__)) + "/"


class Arith(unittest.TestCase):
    def test_add(self):
        print("  running test_add")
        self.assertEqual(1 + 1, 2)

    def test_sub(self):
        print("  running test_sub")
        self.assertEqual(3 - 1, 2)

    def test_broken(self):
        print("  running test_broken")
        self.assertEqual(2 * 2, 5)


class Words(unittest.TestCase):
    def test_upper(self):
        print("  running test_upper")
        self.assertEqual("a".upper(), "A")


def main(*args, **kw):
    stream = io.StringIO()
    saved_err = sys.stderr
    sys.stderr = stream
    status = "no exit"
    try:
        prog = unittest.main(argv=["prog.py", *args], **kw)
    except SystemExit as e:
        status = e.code
        prog = None
    finally:
        sys.stderr = saved_err
    text = re.sub(r"in \d+\.\d+s", "in T", stream.getvalue().replace(HERE, ""))
    print(" ".join(args) or "(no args)", "->", status)
    for line in text.splitlines():
        if not (line.strip() and set(line.strip()) <= set("^~")):
            print("|", line)
    return prog


prog = main("Words", exit=False)
print(type(prog).__name__, prog.result.testsRun, prog.verbosity, prog.failfast, prog.buffer,
      prog.catchbreak, prog.testNames, prog.progName, prog.warnings, prog.tb_locals, prog.durations)
prog = main(exit=False, verbosity=0, defaultTest="Words")
print(prog.testNames, prog.test.countTestCases())
prog = main(exit=False, verbosity=0, defaultTest=["Words", "Arith.test_add"])
print(prog.testNames, prog.test.countTestCases())
prog = main("-q", exit=False, failfast=True, buffer=True, testRunner=unittest.TextTestRunner(stream=io.StringIO()))
print(prog.result.testsRun, prog.failfast, prog.buffer)


class Runner(unittest.TextTestRunner):
    def __init__(self, **kw):
        print("runner options:", sorted(kw.items()))
        super().__init__(stream=io.StringIO(), **kw)


main("Words", testRunner=Runner)
main("--durations", "notanumber")
main("-x")
main("NoSuchTest")
saved = sys.stdout
sys.stdout = captured = io.StringIO()
try:
    main("-h")
finally:
    sys.stdout = saved
print(captured.getvalue())
