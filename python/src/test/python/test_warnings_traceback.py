import warnings, traceback, linecache, sys
class Sink:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def flush(self): pass
    def text(self): return ''.join(self.parts)
def run_source(name, src, call):
    """Compile src under a fake file name whose lines linecache knows, run call(ns)."""
    lines = src.splitlines(True)
    linecache.cache[name] = (len(src), None, lines, name)
    ns = {'__name__': 'fakemod'}
    exec(compile(src, name, 'exec'), ns)
    return call(ns)
# case: warnings_basic
print(warnings.filters[:5] == [('default', None, DeprecationWarning, '__main__', 0), ('ignore', None, DeprecationWarning, None, 0), ('ignore', None, PendingDeprecationWarning, None, 0), ('ignore', None, ImportWarning, None, 0), ('ignore', None, ResourceWarning, None, 0)] or warnings.filters[:5])
print(warnings.formatwarning('msg', UserWarning, 'file.py', 10), repr(warnings.formatwarning('m', DeprecationWarning, 'f.py', 3, line='  x = 1  ')))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn('first')
    warnings.warn('second', DeprecationWarning)
    warnings.warn(RuntimeWarning('third'))
    warnings.warn_explicit('explicit', SyntaxWarning, 'some.py', 42, module='mod')
    print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w], [x.lineno for x in w][3:], w[3].filename, str(w[0])[:30])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('ignore')
    warnings.warn('hidden')
    print(len(w))
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('boom', UserWarning)
    except UserWarning as e:
        print('raised', e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('once')
    for i in range(3):
        warnings.warn_explicit('same', UserWarning, 'a.py', i + 1)
    print(len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.resetwarnings()
    warnings.simplefilter('default')
    reg = {}
    for i in range(3):
        warnings.warn_explicit('dflt', UserWarning, 'b.py', 7, registry=reg)
    warnings.warn_explicit('dflt', UserWarning, 'b.py', 8, registry=reg)
    print(len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.resetwarnings()
    warnings.filterwarnings('ignore', message='ign.*')
    warnings.filterwarnings('error', category=ImportWarning)
    warnings.simplefilter('always', append=True)
    warnings.warn('ignore me too'); warnings.warn('IGNORE this'); warnings.warn('show me')
    try:
        warnings.warn('imp', ImportWarning)
    except ImportWarning as e:
        print('import warning raised')
    print([str(x.message) for x in w], len(warnings.filters), warnings.filters[0][0], warnings.filters[-1])
with warnings.catch_warnings(action='ignore'):
    warnings.warn('quiet')
print('after action')
for f in [lambda: warnings.warn('x', category=int), lambda: warnings.simplefilter('bogus'), lambda: warnings.filterwarnings('ignore', lineno=-1), lambda: warnings.warn('x', skip_file_prefixes=['a'])]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
cw = warnings.catch_warnings(record=True); print(repr(cw), repr(warnings.catch_warnings()))
try:
    cw.__exit__()
except RuntimeError as e:
    print(e)
# case: warnings_output
s = Sink()
old = sys.stderr
sys.stderr = s
try:
    with warnings.catch_warnings():
        warnings.simplefilter('always')
        warnings.warn_explicit('to stderr', UserWarning, 'nofile.py', 5)
        linecache.cache['known.py'] = (10, None, ['first\n', '   second line  \n'], 'known.py')
        warnings.warn_explicit('with source', FutureWarning, 'known.py', 2)
        warnings.showwarning('direct', UserWarning, 'd.py', 1, file=s, line='code')
        warnings.showwarning('direct2', UserWarning, 'known.py', 1, file=s)
        src = "import warnings\ndef f():\n    warnings.warn('from f', stacklevel=2)\ndef g():\n    f()\n"
        run_source('fake_warn.py', src, lambda ns: ns['g']())
finally:
    sys.stderr = old
print(s.text())
# case: linecache
linecache.cache['lc.py'] = (5, None, ['a\n', 'b\n'], 'lc.py')
print(repr(linecache.getline('lc.py', 1)), repr(linecache.getline('lc.py', 3)), repr(linecache.getline('lc.py', 0)), linecache.getlines('lc.py'), linecache.getlines('<string>'), linecache.getline('/nonexistent/file.py', 1) == '')
linecache.checkcache('lc.py'); print('lc.py' in linecache.cache)
class Loader:
    def get_source(self, name): return 'x = 1\ny = 2'
print(linecache.lazycache('lazy.py', {'__name__': 'lazymod', '__loader__': Loader()}), linecache.getline('lazy.py', 2), linecache.lazycache('lazy.py', {}), linecache.lazycache('<x>', {}))
linecache.clearcache(); print(linecache.cache)
# case: traceback_basic
src = '''def inner(x):
    return 1 / x
def middle(x):
    return inner(x) + 1
def outer():
    data = {'a': 1}
    return middle(0) * data['a']
def keyerr():
    d = {}
    return d['missing']
def chained():
    try:
        keyerr()
    except KeyError as e:
        raise ValueError('wrapped') from e
def context():
    try:
        keyerr()
    except KeyError:
        raise TypeError('during')
def recurse(n):
    return recurse(n + 1) if n < 30 else 1 / 0
def attr():
    x = None
    return x.foo
'''
def catch(fn):
    try:
        fn()
    except BaseException as e:
        return e
def show(ns):
    for name in ['outer', 'keyerr', 'chained', 'context', 'recurse', 'attr']:
        e = catch(lambda: ns[name]() if name != 'recurse' else ns[name](0))
        text = ''.join(traceback.format_exception(e))
        # drop the harness frame
        print(text.replace(__file__, 'HARNESS'))
    e = catch(lambda: ns['chained']())
    print(''.join(traceback.format_exception(e, chain=False)))
    print(traceback.format_exception_only(e), traceback.format_exception_only(type(e), e), traceback.format_exception(type(e), e, e.__traceback__, limit=1)[-2:])
    tb = e.__traceback__
    summary = traceback.extract_tb(tb)
    print([(f.name, f.lineno, f.line) for f in summary], summary[0][:2] if False else len(summary), repr(summary[-1]))
    print(traceback.format_tb(tb)[-1], traceback.format_list([('f.py', 3, 'fn', 'x = 1')]), traceback.format_list(summary)[-1])
    st = traceback.StackSummary.from_list([('a.py', 1, 'f', None), traceback.FrameSummary('b.py', 2, 'g', line='  y = 2')])
    print(st.format(), traceback.FrameSummary('b.py', 2, 'g', line='z') == ('b.py', 2, 'g', 'z'))
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), te.__cause__.exc_type.__name__, ''.join(te.format_exception_only()), te.stack[-1].name)
    s = Sink(); traceback.print_exception(e, file=s, limit=2); print(s.text())
    try:
        ns['keyerr']()
    except KeyError:
        print(traceback.format_exc(limit=0), end='')
        s = Sink(); traceback.print_exc(file=s, chain=False); print(s.text().count('\n'))
run_source('fake_tb.py', src, show)
# case: traceback_special
class MyErr(Exception):
    pass
class Weird(Exception):
    def __str__(self): raise RuntimeError
print(traceback.format_exception_only(MyErr('x')), traceback.format_exception_only(MyErr()), traceback.format_exception_only(Weird()), traceback.format_exception_only(KeyError('k')), traceback.format_exception_only(None))
e = ValueError('with note'); e.add_note('note 1'); e.add_note('multi\nline')
print(traceback.format_exception_only(e))
try:
    compile('x = (1,\n  2 +* 3)', 'syn.py', 'exec')
except SyntaxError as se:
    print(traceback.format_exception_only(se))
for code in ['1 +', 'def f(:\n pass', 'x = 1\n  y = 2', 'print "hi"', 'a = 1 +\\t 2']:
    try:
        compile(code, '<input>', 'exec')
    except SyntaxError as se:
        print(''.join(traceback.format_exception_only(se)), end='')
se = SyntaxError('custom msg'); print(traceback.format_exception_only(se))
se = SyntaxError('m', ('f.py', 3, 5, '    abc def\n', 3, 8)); print(traceback.format_exception_only(se))
eg = ExceptionGroup('group', [ValueError('a'), TypeError('b')])
print(''.join(traceback.format_exception(eg)))
import collections
print(traceback.format_exception_only(collections.abc.Iterable.__class__('X', (Exception,), {'__module__': 'pkg.mod'})('boom')))
