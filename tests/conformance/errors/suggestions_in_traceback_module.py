# The traceback module computes "Did you mean" with Lib/traceback.py's own algorithm (code
# points, str.lower() for case, best distance starting at the name's length), which can
# differ from the printer's for uncaught exceptions.
import sys
import traceback

def last_line(lines):
    line = lines[-1].rstrip("\n")
    if line.startswith("ImportError"):
        return line[:line.index(" (")] + line[line.index(")") + 1:]  # drop the module's path
    return line

def report(f):
    try:
        f()
    except BaseException as e:
        # without a traceback, a NameError gets no suggestion (no frame to look in)
        print(last_line(traceback.format_exception_only(e)))
        print("  with its traceback:", last_line(list(traceback.TracebackException.from_exception(e).format_exception_only())))

counter_value = 1
A = 1
é = 1

class C:
    def __init__(self):
        self.blech = 1
    def m(self):
        return blech

class SubNameError(NameError):
    pass

def n4():
    sts = 1
    return sys2

report(lambda: countr_value)
report(lambda: a)            # the C printer suggests 'A'; this algorithm does not
report(lambda: É)
report(n4)
report(lambda: json)
report(lambda: prnt)
report(lambda: C().m())
def raise_sub():
    raise SubNameError("sub", name="lenn")   # subclasses get suggestions here
report(raise_sub)
report(lambda: "abc".uper())
def raise_attr():
    raise AttributeError("custom", name="uper", obj="s")
report(raise_attr)
def import_from():
    from helpers.spelling import colour   # __import__("helpers.spelling") is the package: no suggestion
report(import_from)
def import_from_top():
    from helpers import spellin
report(import_from_top)
print(traceback._levenshtein_distance("kitten", "sitting", 100))
print(traceback._compute_suggestion_error(AttributeError(name="apend", obj=[]), None, "apend"))
print("os" in sys.stdlib_module_names, type(sys.stdlib_module_names).__name__)
