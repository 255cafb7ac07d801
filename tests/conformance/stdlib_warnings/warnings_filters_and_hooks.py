# warnings: filter list management, actions and registries, hooks, stacklevel, errors.
import io
import sys
import warnings

print(warnings.__all__)
print(warnings.filters[:2], warnings.defaultaction)

# Filter management: duplicates move to the front, append does not duplicate.
saved = warnings.filters[:]
warnings.resetwarnings()
print(warnings.filters)
warnings.simplefilter('ignore', UserWarning)
warnings.simplefilter('error', RuntimeWarning, lineno=3)
warnings.simplefilter('ignore', UserWarning)
print([(f[0], f[2].__name__, f[4]) for f in warnings.filters])
warnings.simplefilter('error', RuntimeWarning, lineno=3, append=True)
print(len(warnings.filters))
warnings.filterwarnings('always', message='Hello', module='mod.*', category=FutureWarning)
f = warnings.filters[0]
print(f[0], f[1].pattern, f[1].flags & 2 != 0, f[2], f[3].pattern, f[4])
warnings.filters[:] = saved

for bad in [lambda: warnings.simplefilter('loud'),
            lambda: warnings.simplefilter('ignore', lineno=-1),
            lambda: warnings.filterwarnings('ignore', message=3),
            lambda: warnings.filterwarnings('ignore', category=3),
            lambda: warnings.filterwarnings('ignore', category=int),
            lambda: warnings.filterwarnings('ignore', module=None),
            lambda: warnings.warn('x', category=int),
            lambda: warnings.warn('x', category='UserWarning'),
            lambda: warnings.warn('x', skip_file_prefixes=['a'])]:
    try:
        bad()
    except (AssertionError, TypeError) as e:
        print(type(e).__name__, e)


def show(w):
    return (str(w.message), w.category.__name__, w.lineno > 0)


# Actions and registries.
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('default')
    for i in range(3):
        warnings.warn('repeated')          # same line: shown once
    warnings.warn('repeated')              # another line: shown again
    print(len(log))
    del log[:]
    warnings.simplefilter('module')
    for i in range(2):
        warnings.warn('mod-once')
    warnings.warn('mod-once')
    print(len(log))
    del log[:]
    warnings.simplefilter('once')
    warnings.warn('globally-once')
    warnings.warn('globally-once')
    warnings.warn('globally-once', RuntimeWarning)
    print([show(w) for w in log])
    del log[:]
    warnings.simplefilter('always')
    warnings.warn('always')
    warnings.warn('always')
    print(len(log))
    del log[:]
    warnings.warn(DeprecationWarning('instance given'), UserWarning)
    w = log[0]
    w.filename = 'here.py'
    print(type(w.message).__name__, w.category.__name__, w.message.args, str(w))
    print(sorted(vars(w)))

# The filter that matches first wins; message patterns are case-insensitive prefixes.
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', message='SECRET')
    warnings.warn('secret stuff')
    warnings.warn('not secret')
    warnings.filterwarnings('ignore', module='__ma')
    warnings.warn('from main')
    print([str(w.message) for w in log])

# Registries reset when the filters change.
reg = {}
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('default')
    warnings.warn_explicit('explicit', UserWarning, 'some_file.py', 12, registry=reg)
    warnings.warn_explicit('explicit', UserWarning, 'some_file.py', 12, registry=reg)
    print(len(log), [k for k in reg if k != 'version'])
    warnings.simplefilter('default')
    warnings.warn_explicit('explicit', UserWarning, 'some_file.py', 12, registry=reg)
    print(len(log), log[0].filename, log[0].lineno)

# Unknown action in the list.
with warnings.catch_warnings():
    warnings.filters.insert(0, ('shout', None, Warning, None, 0))
    try:
        warnings.warn('x')
    except RuntimeError as e:
        print('RuntimeError', e)

# 'error' raises the warning instance itself.
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('boom', FutureWarning)
    except FutureWarning as e:
        print('raised', repr(e))

# showwarning / formatwarning hooks.
out = io.StringIO()
with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.showwarning = lambda *a: out.write('hook %r %s %s\n' % (a[0], a[1].__name__, a[3] > 0))
    warnings.warn('hooked')
    warnings.showwarning = 42
    try:
        warnings.warn('bad hook')
    except TypeError as e:
        print(e)
print(out.getvalue(), end='')
print(warnings.showwarning.__name__)

err = io.StringIO()
stock_format = warnings.formatwarning
with warnings.catch_warnings():
    warnings.simplefilter('always')
    old_stderr, sys.stderr = sys.stderr, err
    try:
        warnings.formatwarning = lambda m, c, f, l, line=None: 'FMT %s|%s\n' % (m, c.__name__)
        warnings.warn('formatted')
    finally:
        sys.stderr = old_stderr
        warnings.formatwarning = stock_format
print(err.getvalue(), end='')

buf = io.StringIO()
warnings.showwarning('direct', UserWarning, 'nofile.py', 7, file=buf, line='  spam = 1  ')
warnings.showwarning('direct', UserWarning, 'nofile.py', 7, file=buf)
print(buf.getvalue(), end='')
print(repr(warnings.formatwarning('m', SyntaxWarning, '<string>', 1)))
print(repr(warnings.formatwarning(ValueError('v'), UserWarning, 'f', 2, line='')))

# stacklevel
def library():
    warnings.warn('from library', stacklevel=2)


def deep():
    warnings.warn('too deep', stacklevel=50)


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    library()
    deep()
print(log[0].lineno, log[0].filename == __file__)
print(log[1].filename, log[1].lineno)

# catch_warnings: repr, re-entry, exit without entry, action argument, state restored.
cw = warnings.catch_warnings(record=True)
print(cw, warnings.catch_warnings())
with cw:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print(e)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print(e)
before = warnings.filters[:]
with warnings.catch_warnings(action='ignore', category=UserWarning):
    print(warnings.filters[0][:1], warnings.filters[0][2])
    warnings.warn('hidden')
print(warnings.filters == before, warnings.showwarning is warnings.__dict__['showwarning'])
print(str(warnings.WarningMessage('m', UserWarning, 'f.py', 3, line='x')))
print(str(warnings.WarningMessage('m', None, 'f.py', 3)))
print('__warningregistry__' in globals())
