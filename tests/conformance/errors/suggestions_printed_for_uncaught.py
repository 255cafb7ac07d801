# "Did you mean" trailers of the traceback printer (sys.excepthook is what prints an uncaught
# exception): CPython 3.12's C algorithm, exact types only, names in scope order.
import sys

def report(f):
    try:
        f()
    except BaseException as e:
        sys.excepthook(type(e), e, e.__traceback__)
        print(type(e).__name__, str(e) if not isinstance(e, ImportError) else e.name_from)

counter_value = 1
A = 1
é = 1
aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1 = 1

class Account:
    def __init__(self):
        self.balance = 0
    def method(self):
        return balance
    def other(self):
        return nothing_like_it

class SubNameError(NameError):
    pass

def local_first(alpha, beta):
    return alphx

def unbound():
    x = 1
    del x
    return x

report(lambda: countr_value)
report(lambda: a)                        # case change: cost 1, within (1+1+3)*2//6
report(lambda: É)                        # UTF-8 bytes: one substitution, no case folding
report(lambda: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa2)
report(lambda: ba)                       # too far from 'A' and everything else
report(lambda: prnt("x"))
report(lambda: TRue)
report(lambda: sys2)
report(lambda: json)                     # a stdlib module name
report(lambda: local_first(1, 2))
report(lambda: Account().method())       # self has the attribute
report(lambda: Account().other())
report(lambda: unbound())                # UnboundLocalError: no suggestion
report(lambda: exec("raise NameError('custom', name='lenn')"))
def raise_sub():
    raise SubNameError("sub", name="lenn")
report(raise_sub)
report(lambda: Account().balanse)
report(lambda: "abc".uper())
report(lambda: [].apend(1))
report(lambda: (1).bit_lenght())
report(lambda: sys.argvv)
report(lambda: Account.methd)
report(lambda: setattr(1, "reel", 2))     # setting: no name/obj, no suggestion
def raise_attr():
    raise AttributeError("custom", name="uper", obj="s")
report(raise_attr)
def raise_import():
    raise ImportError("custom", name="sys", name_from="argvv")
report(raise_import)
def import_from():
    from helpers.spelling import colour
report(import_from)
print(AttributeError("x").obj, ImportError("x").name_from)
counter_value_2 = countr_valu
