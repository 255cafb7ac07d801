from . import first
VALUE = "second value"
def partial_view(): return hasattr(first, "VALUE")
