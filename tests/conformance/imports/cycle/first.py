from . import second
VALUE = "first value"
def use_second(): return second.VALUE
