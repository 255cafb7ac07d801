# unittest.main (TestProgram) from the command line: options, test names, -k patterns, and
# the exit statuses.
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


main("Words")
main("Arith.test_add", "Words.test_upper", "-v")
main("-q", "Arith")
main("Arith")
main("-k", "sub", "-k", "upp")
main("-k", "Words.*")
main("-k", "nomatch")
# the patterns stay on the shared default loader (as in CPython): clear them
unittest.defaultTestLoader.testNamePatterns = None
main("-f", "Arith.test_broken", "Arith.test_add")
main("--failfast", "-b", "Arith")
main("--locals", "-q", "Arith.test_broken")
main("-c", "-q", "Words")
