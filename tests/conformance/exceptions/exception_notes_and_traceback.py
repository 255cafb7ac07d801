try:
    e = ValueError("base")
    e.add_note("note one")
    e.add_note("note two")
    raise e
except ValueError as err:
    print(err.__notes__, str(err))
try:
    ValueError().add_note(5)
except TypeError as e:
    print("TypeError:", e)
def f(): raise KeyError("deep")
try:
    f()
except KeyError as e:
    tb = e.__traceback__
    depth = 0
    while tb:
        depth += 1
        tb = tb.tb_next
    print("traceback depth", depth)
import traceback
try:
    f()
except KeyError as e:
    lines = traceback.format_exception_only(type(e), e)
    print(lines)
