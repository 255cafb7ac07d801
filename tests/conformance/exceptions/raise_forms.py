try:
    raise ValueError("msg", 42)
except ValueError as e:
    print(e, e.args, repr(e))
try:
    raise TypeError
except TypeError as e:
    print(repr(e), e.args)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise object
except TypeError as e:
    print("TypeError:", e)
class NotExc: pass
try:
    raise NotExc()
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise
except KeyError as e:
    print("re-raised", repr(e))
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
def reraise_in_function():
    try:
        raise IndexError("in f")
    except IndexError:
        helper()
def helper():
    raise
try:
    reraise_in_function()
except IndexError as e:
    print("bare raise in helper re-raises handled exception:", e)
