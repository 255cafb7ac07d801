import sys
def f():
    try:
        raise ValueError("inside")
    except ValueError:
        return sys.exc_info()[0].__name__, str(sys.exc_info()[1]), sys.exception().args
print(f(), sys.exc_info())
print(sys.getrecursionlimit() >= 1000, sys._getframe().f_code.co_name, sys._getframe(0).f_lineno)
def who(): return sys._getframe(1).f_code.co_name
def caller(): return who()
print(caller())
print(sys.getdefaultencoding(), sys.getfilesystemencoding())
