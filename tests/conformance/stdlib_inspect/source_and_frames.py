# inspect.getsource/getsourcelines/findsource and the frame helpers: currentframe, stack,
# getframeinfo, getouterframes, trace, Traceback and FrameInfo.
import functools
import inspect
import os
import sys


def decorate(func):
    @functools.wraps(func)
    def wrapper(*args):
        return func(*args)
    return wrapper


@decorate
def decorated(a,
              b=2):
    """Doc."""
    text = '''
not indented'''
    return a + b  # trailing comment


def one_liner(): return 1
square = lambda x: (x
                    * x)


class Outer:
    """An outer class."""

    class Inner:
        def method(self):
            return 'inner'

    @staticmethod
    def helper():
        pass


def show(label, thunk):
    try:
        print(label, '->', repr(thunk()))
    except Exception as error:
        print(label, '->', type(error).__name__, error)


for target in [decorated, decorated.__wrapped__, one_liner, square, Outer, Outer.Inner,
               Outer.Inner.method, Outer.Inner().method, Outer.helper, one_liner.__code__]:
    show(getattr(target, '__qualname__', 'code'), lambda: inspect.getsource(target))
    show('  lines', lambda: inspect.getsourcelines(target)[1])
print(inspect.findsource(one_liner)[1], len(inspect.findsource(one_liner)[0]) == len(inspect.getsource(sys.modules[__name__]).splitlines()))
show('builtin', lambda: inspect.getsource(len))
show('builtin class', lambda: inspect.getsource(int))
def local_class():
    class Local:
        pass
    return Local
show('local class', lambda: inspect.getsource(local_class()))
namespace = {}
exec('def made(): pass', namespace)
show('exec', lambda: inspect.getsource(namespace['made']))


def short(path):
    return os.path.basename(path)


def inner_frame():
    frame = inspect.currentframe()
    info = inspect.getframeinfo(frame)
    print(short(info.filename), info.lineno, info.function, info.code_context, info.index)
    print(info.positions.lineno, isinstance(info, tuple), len(info), info[2])
    wide = inspect.getframeinfo(frame, context=3)
    print(wide.code_context, wide.index)
    print(inspect.getframeinfo(frame, context=0)[3:])
    records = inspect.stack()
    print([(short(r.filename), r.lineno, r.function, r.index) for r in records])
    print(records[0].frame is frame, records[0][0] is frame, records[0].code_context)
    print([r.function for r in inspect.getouterframes(frame)], inspect.getlineno(frame))
    return frame


def outer_frame():
    return inner_frame()


frame = outer_frame()
print(inspect.isframe(frame), frame.f_code.co_name, inspect.getsourcelines(frame)[1])


def failing():
    raise ValueError('x')


try:
    failing()
except ValueError as error:
    tb = error.__traceback__
    print(inspect.istraceback(tb))
    info = inspect.getframeinfo(tb)
    print(type(info).__name__, short(info.filename), info.lineno, info.function, info.code_context)
    print([(r.function, r.lineno, r.code_context) for r in inspect.trace()])
    print([(r.function, r.lineno) for r in inspect.getinnerframes(tb, context=0)])
    print(inspect.getsource(tb.tb_next).splitlines()[0])
show('getframeinfo(3)', lambda: inspect.getframeinfo(3))
record = inspect.Traceback('f.py', 3, 'fn', ['x\n'], 0, positions=inspect.Traceback('a', 1, 'b', None, None).positions)
print(record, record.positions)
print(repr(inspect.FrameInfo(None, 'f.py', 3, 'fn', None, None)))
