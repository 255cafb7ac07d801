# The traceback module's formatting, checked line by line against CPython 3.12: chains,
# exception groups, notes, SyntaxError carets, position markers, recursion collapsing and
# the FrameSummary / StackSummary / TracebackException API.
import sys
import io
import traceback

HERE = __file__


def show(lines):
    text = ''.join(lines).replace(HERE, 'FILE')
    print(text, end='' if text.endswith('\n') else '\n')
    print('----')


def catch(fn, *args):
    try:
        fn(*args)
    except BaseException as e:
        return e


# Position markers under the failing expression.
def binop(a, b):
    return a + b * 2

def subscript(d):
    return d['key'] ['other']

def attr(o):
    return o.missing

def call_whole_line():
    int('x')

def multiline(xs):
    return sum(
        1 / x for x in
        xs)

def spaced(a, b):
    return (a   //   b)

show(traceback.format_exception(catch(binop, 1, 'x')))
show(traceback.format_exception(catch(subscript, {})))
show(traceback.format_exception(catch(subscript, {'key': {}})))
show(traceback.format_exception(catch(attr, None)))
show(traceback.format_exception(catch(call_whole_line)))
show(traceback.format_exception(catch(multiline, [0])))
show(traceback.format_exception(catch(spaced, 1, 0)))

# Chains: cause, context, suppressed context, chain=False.
def chained_cause():
    try:
        raise KeyError('inner')
    except KeyError as k:
        raise ValueError('outer') from k

def chained_context():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError('while handling')

def suppressed():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError('no context') from None

for fn in (chained_cause, chained_context, suppressed):
    e = catch(fn)
    show(traceback.format_exception(e))
    show(traceback.format_exception(e, chain=False))
te = traceback.TracebackException.from_exception(catch(suppressed), compact=False)
print(te.__context__ is not None, te.__suppress_context__)
te = traceback.TracebackException.from_exception(catch(suppressed), compact=True)
print(te.__context__, te.__cause__)

# A cycle in the chain is printed once.
a = ValueError('a'); b = TypeError('b')
a.__context__ = b; b.__context__ = a
show(traceback.format_exception(a))

# Notes, including odd ones.
e = ValueError('with notes')
e.add_note('first note')
e.add_note('two\nlines')
show(traceback.format_exception_only(e))
e = ValueError('tuple notes'); e.__notes__ = ('a', 'b')
show(traceback.format_exception_only(e))
e = ValueError('bad notes'); e.__notes__ = 42
show(traceback.format_exception_only(e))
class BadStr:
    def __str__(self): raise RuntimeError
e = ValueError('bad note'); e.__notes__ = [BadStr()]
show(traceback.format_exception_only(e))

# Exceptions whose str fails or is empty; classes from other modules; no value.
class Unprintable(Exception):
    def __str__(self): raise TypeError('nope')
show(traceback.format_exception_only(Unprintable()))
show(traceback.format_exception_only(ValueError()))
show(traceback.format_exception_only(ValueError('')))
show(traceback.format_exception_only(io.UnsupportedOperation('x')))
show(traceback.format_exception_only(ValueError, None))
show(traceback.format_exception_only(None, None))
class Local(Exception): pass
Local.__module__ = None
show(traceback.format_exception_only(Local('odd module')))
show(traceback.format_exception(KeyboardInterrupt()))

# SyntaxError formatting.
for args in [('bad', ('f.py', 2, 3, 'x = $\n', 2, 4)),
             ('spread', ('f.py', 1, 1, '    abc def\n', 1, 100)),
             ('tabs', ('f.py', 7, 3, '\tx\ty z\n', 7, 5)),
             ('no text', ('f.py', 3, 2, None, 3, 3)),
             ('no line', ('f.py', None, None, None, None, None)),
             ('zero end', ('f.py', 4, 5, 'abcdef\n', 4, 0)),
             ('before indent', ('f.py', 4, 1, '    abcdef\n', 4, 2)),
             ]:
    show(traceback.format_exception_only(SyntaxError(*args)))
show(traceback.format_exception_only(SyntaxError()))
show(traceback.format_exception_only(IndentationError('unexpected indent', ('m.py', 2, 5, '    y = 1\n', 2, 6))))
try:
    compile('a = (1,\n     2))\n', '<src>', 'exec')
except SyntaxError as err:
    show(traceback.format_exception(err))

# Exception groups.
def grouped():
    try:
        raise ValueError('v1')
    except ValueError as v:
        inner = v
    raise ExceptionGroup('outer', [inner, ExceptionGroup('nested', [TypeError('t'), KeyError('k')]),
                                   OSError('o')])
g = catch(grouped)
show(traceback.format_exception(g))
show(traceback.TracebackException.from_exception(g, max_group_width=2).format())
show(traceback.TracebackException.from_exception(g, max_group_depth=1).format())
eg = BaseExceptionGroup('bare', [KeyboardInterrupt(), ValueError('x')])
eg.add_note('group note')
show(traceback.format_exception(eg))
many = ExceptionGroup('many', [ValueError(i) for i in range(20)])
show(traceback.format_exception(many))
def group_in_chain():
    try:
        raise ExceptionGroup('first', [ValueError(1)])
    except ExceptionGroup:
        raise ExceptionGroup('second', [TypeError(2)])
show(traceback.format_exception(catch(group_in_chain)))

# Recursion collapses after three identical frames.
def recurse(n):
    if n == 0:
        raise RecursionError('bottom')
    recurse(n - 1)
for n in (2, 3, 4, 10):
    show(traceback.format_exception(catch(recurse, n)))
def ping(n):
    if n: pong(n - 1)
    else: raise ValueError('end')
def pong(n):
    ping(n)
show(traceback.format_exception(catch(ping, 3)))

# limit, negative limit, sys.tracebacklimit.
def deep(n):
    if n == 0:
        raise ValueError('deep')
    deep(n - 1)
e = catch(deep, 4)
show(traceback.format_exception(e, limit=2))
show(traceback.format_exception(e, limit=-2))
show(traceback.format_exception(e, limit=0))
show(traceback.format_tb(e.__traceback__, limit=1))
sys.tracebacklimit = 1
show(traceback.format_exception(e))
sys.tracebacklimit = -5
show(traceback.format_exception(e))
del sys.tracebacklimit

# FrameSummary.
fs = traceback.FrameSummary('f.py', 10, 'func', line='  x = 1  ')
print(repr(fs), len(fs), list(fs), fs[0], fs[-1], fs[1:3], fs.line)
print(fs == ('f.py', 10, 'func', 'x = 1'), fs == ('f.py', 10, 'func', 'y'), fs == 3)
print(fs == traceback.FrameSummary('f.py', 10, 'func', line='other'))
fs2 = traceback.FrameSummary('f.py', 10, 'func', lookup_line=False, locals={'a': [1], 'b': 'x'})
print(fs2.locals, fs2.line, fs2 == fs, fs2.end_lineno, fs2.colno, fs2.end_colno)
fs3 = traceback.FrameSummary('nofile.py', 3, 'g')
print(repr(fs3.line), fs3.lineno, fs3.name, fs3.filename)
fs4 = traceback.FrameSummary(HERE, 1, 'top', end_lineno=2, colno=0, end_colno=5)
print(fs4.line, fs4.end_lineno, fs4.colno, fs4.end_colno)
fs5 = traceback.FrameSummary('f.py', None, 'g')
print(fs5.line)
print(sorted(traceback.FrameSummary.__slots__) if hasattr(traceback.FrameSummary, '__slots__') else None)
try:
    fs.x = 1
except AttributeError as err:
    print('AttributeError')

# StackSummary.
ss = traceback.StackSummary.from_list([('a.py', 1, 'f', 'x()'), fs, ('b.py', 2, 'g', None)])
print(type(ss).__name__, len(ss), [type(x).__name__ for x in ss])
show(ss.format())
show(traceback.format_list([('a.py', 1, 'f', 'x()'), ('a.py', 1, 'f', 'x()')] * 3))
class Custom(traceback.StackSummary):
    def format_frame_summary(self, frame_summary):
        if frame_summary.name == 'skip':
            return None
        return f'<{frame_summary.name}>\n'
print(Custom.from_list([('a', 1, 'f', ''), ('a', 1, 'skip', ''), ('a', 2, 'g', '')]).format())
print(type(Custom.from_list([])).__name__)
ext = traceback.StackSummary.extract(traceback.walk_tb(catch(deep, 2).__traceback__))
print([(f.name, f.lineno, f.line) for f in ext])
ext = traceback.StackSummary.extract(iter([]), limit=3)
print(ext)
def locals_frame():
    value = {'k': 1}
    other = 'text'
    return traceback.StackSummary.extract(traceback.walk_stack(None), capture_locals=True, limit=1)
loc = locals_frame()
print(loc[0].name, sorted(loc[0].locals.items()))
show(loc.format())
def with_locals():
    big = list(range(3))
    raise ValueError('locals')
try:
    with_locals()
except ValueError as err:
    te = traceback.TracebackException.from_exception(err, capture_locals=True, limit=-1)
show(te.format())

# extract_stack / walk_stack / format_stack / print_stack.
def level2():
    return traceback.extract_stack(limit=2), traceback.format_stack(limit=1)
def level1():
    return level2()
st, fmt = level1()
print([(f.name, f.line) for f in st])
show(fmt)
print([f.f_code.co_name for f, n in traceback.walk_stack(sys._getframe())][:1])
out = io.StringIO()
def printer():
    traceback.print_stack(limit=1, file=out)
printer()
print(out.getvalue().replace(HERE, 'FILE'), end='')

# walk_tb / extract_tb / format_tb / print_tb.
e = catch(deep, 1)
print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(e.__traceback__)])
print([(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)])
print(traceback.extract_tb(None), traceback.format_tb(None))
out = io.StringIO()
traceback.print_tb(e.__traceback__, limit=1, file=out)
print(out.getvalue().replace(HERE, 'FILE'), end='')

# print_exc / format_exc / print_exception / print_last.
try:
    raise LookupError('current')
except LookupError:
    out = io.StringIO()
    traceback.print_exc(file=out)
    print(out.getvalue().replace(HERE, 'FILE'), end='')
    print(traceback.format_exc(limit=0), end='')
    print(traceback.format_exc(chain=False).replace(HERE, 'FILE'), end='')
print(repr(traceback.format_exc()))
out = io.StringIO()
traceback.print_exception(ValueError('x'), file=out)
traceback.print_exception(ValueError, ValueError('y'), None, file=out)
print(out.getvalue(), end='')
for bad in [lambda: traceback.format_exception(ValueError, ValueError('x')),
            lambda: traceback.format_exception(ValueError, tb=None),
            lambda: traceback.format_exception(42),
            lambda: traceback.print_exception('str'),
            lambda: traceback.print_last()]:
    try:
        bad()
    except Exception as err:
        print(type(err).__name__, err)
print(traceback.format_exception(None))

# TracebackException objects.
e = catch(chained_cause)
t1 = traceback.TracebackException.from_exception(e)
t2 = traceback.TracebackException(type(e), e, e.__traceback__)
print(t1 == t2, t1 == 3, str(t1), t1.exc_type.__name__, t1.exc_type_str if hasattr(t1, 'exc_type_str') else '')
print(type(t1.stack).__name__, [f.name for f in t1.stack], t1.__cause__.exc_type.__name__)
print(t1.__notes__, t1.exceptions, t1.max_group_width, t1.max_group_depth)
show(t1.format_exception_only())
out = io.StringIO()
t1.print(file=out, chain=False)
print(out.getvalue().replace(HERE, 'FILE'), end='')
s = traceback.TracebackException.from_exception(SyntaxError('m', ('f.py', 2, 3, 'abc\n', 2, 4)))
print(s.filename, repr(s.lineno), repr(s.end_lineno), repr(s.text), s.offset, s.end_offset, s.msg)
t = traceback.TracebackException(None, None, None)
print(list(t.format()), list(t.format_exception_only()), repr(str(t)))
t = traceback.TracebackException.from_exception(ValueError('lazy'), lookup_lines=False)
print(list(t.format()))
g = catch(grouped)
tg = traceback.TracebackException.from_exception(g)
print([x.exc_type.__name__ for x in tg.exceptions], [x.exc_type.__name__ for x in tg.exceptions[1].exceptions])

# clear_frames tolerates a running frame.
def clear_me():
    try:
        raise ValueError
    except ValueError as err:
        traceback.clear_frames(err.__traceback__)
        return 'cleared'
print(clear_me())
print(sorted(traceback.__all__))

# A nested group printed last shares the closing rule; members with their own chains.
def member_with_cause():
    try:
        raise KeyError('root')
    except KeyError as k:
        raise ValueError('member') from k
last_nested = ExceptionGroup('tail', [catch(member_with_cause),
                                      ExceptionGroup('inner', [ExceptionGroup('innermost', [OSError(1)])])])
show(traceback.format_exception(last_nested))
show(traceback.TracebackException.from_exception(last_nested, max_group_depth=2).format())
show(traceback.format_exception(last_nested, chain=False))

# Misspelled names get the same hints as the interpreter's own printer.
def misspelled():
    valeu = 1
    return value
show(traceback.format_exception_only(catch(misspelled)))
show(traceback.format_exception_only(catch(lambda: sys.exc_inf)))
show(traceback.format_exception_only(catch(lambda: math)))
class Holder:
    def __init__(self):
        self.counter = 0
    def run(self):
        return counter
show(traceback.format_exception_only(catch(Holder().run)))
long_name = 'x' * 39 + 'a'
e = AttributeError('missing', name='x' * 39 + 'b', obj=type('T', (), {long_name: 1}))
show(traceback.format_exception_only(e))
