import traceback, sys
def inner(): raise ValueError("deep problem")
def outer(): inner()
try:
    outer()
except ValueError as e:
    lines = traceback.format_exception(e)
    text = "".join(lines).replace(__file__, "FILE")
    print("\n".join(l for l in text.splitlines() if l.strip() and set(l.strip()) - set("^~")))
    print(traceback.format_exception_only(e))
    tb = traceback.extract_tb(e.__traceback__)
    print([(f.name, f.lineno, f.line) for f in tb])
    print(len(traceback.format_tb(e.__traceback__)))
try:
    try:
        {}["k"]
    except KeyError as k:
        raise TypeError("wrapped") from k
except TypeError as e:
    out = "".join(traceback.format_exception(e)).replace(__file__, "FILE")
    print([l for l in out.splitlines() if not l.startswith(" ")])
def where(): return traceback.extract_stack()[-1].name, traceback.extract_stack()[-2].name
print(where())
print(traceback.format_exception_only(SyntaxError("bad", ("f.py", 2, 3, "x = $\n", 2, 4))))
