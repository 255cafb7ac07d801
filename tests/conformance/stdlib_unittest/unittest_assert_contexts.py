# assertRaises / assertRaisesRegex / assertWarns / assertWarnsRegex, as context managers and as
# calls: what they catch, let through, record, and their messages.
import re
import unittest
import warnings


class Probe(unittest.TestCase):
    def runTest(self):
        pass


t = Probe()


def attempt(label, call):
    try:
        result = call()
    except Exception as e:
        print(f"[{label}] {type(e).__name__}: {e}")
    else:
        print(f"[{label}] returned {type(result).__name__}")


def raiser(exc):
    raise exc


with t.assertRaises(ValueError) as cm:
    int("nope")
print(type(cm.exception).__name__, cm.exception.args, cm.exception.__traceback__, cm.expected)
with t.assertRaises((KeyError, IndexError)) as cm:
    [][0]
print(repr(cm.exception))
with t.assertRaises(LookupError):
    {}["subclass counts"]

attempt("call form passes", lambda: t.assertRaises(ZeroDivisionError, lambda: 1 / 0))
attempt("call form returns", lambda: t.assertRaises(ValueError, raiser, ValueError("x")))
attempt("call kwargs", lambda: t.assertRaises(TypeError, int, "1", base=[]))
attempt("not raised", lambda: t.assertRaises(ValueError, len, "abc"))
attempt("not raised lambda", lambda: t.assertRaises(ValueError, lambda: None))
attempt("not raised tuple", lambda: t.assertRaises((ValueError, KeyError), len, ""))
attempt("not raised callable object", lambda: t.assertRaises(ValueError, Probe()))
attempt("other exception escapes", lambda: t.assertRaises(ValueError, raiser, KeyError("other")))
attempt("bad type", lambda: t.assertRaises(5))
attempt("bad type tuple", lambda: t.assertRaises((ValueError, 5)))
attempt("bad type str", lambda: t.assertRaises("ValueError", len, ""))
attempt("bad keyword", lambda: t.assertRaises(ValueError, msg="m", extra=1))
attempt("not exception type", lambda: t.assertRaises(int))


def ctx_not_raised(**kw):
    with t.assertRaises(ValueError, **kw):
        pass


attempt("ctx not raised", ctx_not_raised)
attempt("ctx not raised msg", lambda: ctx_not_raised(msg="with msg"))

with t.assertRaisesRegex(ValueError, r"literal.*'q'") as cm:
    int("q")
print(cm.expected_regex.pattern, type(cm.expected_regex).__name__)
with t.assertRaisesRegex(KeyError, re.compile("KEY", re.I)):
    {}["key"]
attempt("regex mismatch", lambda: t.assertRaisesRegex(ValueError, "^abc$", raiser, ValueError("abcd")))
attempt("regex call", lambda: t.assertRaisesRegex(ValueError, "b", raiser, ValueError("abc")))
attempt("regex not raised", lambda: t.assertRaisesRegex(ValueError, "x", len, ""))
attempt("regex wrong type", lambda: t.assertRaisesRegex(ValueError, "x", raiser, TypeError("x")))


def ctx_regex_msg():
    with t.assertRaisesRegex(ValueError, "zzz", msg="my note"):
        raise ValueError("aaa")


attempt("regex msg", ctx_regex_msg)

# warnings
with t.assertWarns(UserWarning) as cm:
    warnings.warn("first", UserWarning)
    warnings.warn("second", UserWarning)
print(type(cm.warning).__name__, cm.warning, len(cm.warnings), cm.filename.endswith(".py"),
      cm.lineno, [str(w.message) for w in cm.warnings])
with t.assertWarns((DeprecationWarning, RuntimeWarning)) as cm:
    warnings.warn("rt", RuntimeWarning)
print(type(cm.warning).__name__)


def warn_twice():
    warnings.warn("deprecated thing", DeprecationWarning)
    warnings.warn("user thing", UserWarning)


attempt("warns call", lambda: t.assertWarns(UserWarning, warn_twice))
attempt("warns not triggered", lambda: t.assertWarns(UserWarning, len, ""))
attempt("warns wrong category", lambda: t.assertWarns(SyntaxWarning, warn_twice))
attempt("warns bad type", lambda: t.assertWarns(ValueError))
attempt("warns regex", lambda: t.assertWarnsRegex(UserWarning, "user", warn_twice))
attempt("warns regex mismatch", lambda: t.assertWarnsRegex(UserWarning, "^thing", warn_twice))
attempt("warns regex none", lambda: t.assertWarnsRegex(UserWarning, "x", len, ""))


def ctx_warn_error():
    with t.assertWarns(UserWarning):
        raise KeyError("error inside assertWarns")


attempt("warns exception escapes", ctx_warn_error)

# the same warning twice is caught each time (the registry is reset)
for _ in range(2):
    with t.assertWarns(UserWarning):
        warnings.warn("repeat me")
print("repeat ok")

# filters are restored afterwards
with warnings.catch_warnings(record=True) as outer:
    warnings.simplefilter("ignore")
    with t.assertWarns(UserWarning):
        warnings.warn("inside")
    warnings.warn("outside, ignored")
print(len(outer))

# subclass hooks
class MyError(Exception):
    pass


class Strict(unittest.TestCase):
    failureException = MyError

    def runTest(self):
        pass


attempt("custom failureException", lambda: Strict().assertRaises(ValueError, len, ""))
s = Strict()
s.longMessage = False
attempt("long message off", lambda: s.assertRaises(ValueError, len, "", msg="short"))
