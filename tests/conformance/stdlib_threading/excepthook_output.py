# Uncaught exceptions in threads: the default threading.excepthook's report on stderr (captured
# here, with the program's directory taken out of the paths), custom hooks, SystemExit, a hook
# that fails, and ExceptHookArgs.
import io
import os
import re
import sys
import threading

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def captured(run):
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        run()
        text = sys.stderr.getvalue()
    finally:
        sys.stderr = saved
    return normalized(text)


def normalized(text):
    """The report without what depends on the implementation: the program's directory, the
    frames of the threading module itself (a file in CPython, frozen in Pyjama, where its
    frames have no source line), and CPython's ~~~^^^ underlining."""
    lines = []
    skipping_source = False
    for line in text.replace(HERE, '').split('\n'):
        if re.fullmatch(r'  File ".*threading.*", line \d+, in \w+', line):
            lines.append('  File "threading", in ' + line.rsplit(' ', 1)[1])
            skipping_source = True
            continue
        if skipping_source and line.startswith('    '):
            continue
        skipping_source = False
        if not re.fullmatch(r'\s*[~^]+\s*', line):
            lines.append(line)
    return '\n'.join(lines)


def fail(message):
    raise ValueError(message)


def run_thread(target, *args, name=None):
    t = threading.Thread(target=target, args=args, name=name)
    t.start()
    t.join()
    return t


print(captured(lambda: run_thread(fail, 'boom')), end='')
print(captured(lambda: run_thread(fail, 'named', name='worker')), end='')


def chained():
    try:
        {}['missing']
    except KeyError as exc:
        raise RuntimeError('while handling') from exc


print(captured(lambda: run_thread(chained)), end='')
print(repr(captured(lambda: run_thread(sys.exit, 3))))


class Quit(SystemExit):
    pass


def quit_quietly():
    raise Quit('subclass of SystemExit')


print(repr(captured(lambda: run_thread(quit_quietly))))

# A thread that raised is over: not alive, not enumerated.
ended = []
captured(lambda: ended.append(run_thread(fail, 'gone')))
t = ended[0]
print(t.is_alive(), t in threading.enumerate())

# A custom hook gets the ExceptHookArgs.
calls = []


def hook(args):
    calls.append((args.exc_type.__name__, str(args.exc_value), args.exc_traceback is not None,
                  args.thread.name, type(args).__name__, len(args)))


threading.excepthook = hook
run_thread(fail, 'to the hook', name='hooked')
print(calls)


# A hook that fails: "Exception in threading.excepthook:" then sys.excepthook's report.
def bad_hook(args):
    raise TypeError('hook broke')


threading.excepthook = bad_hook
print(captured(lambda: run_thread(fail, 'lost', name='victim')), end='')
# A thread made while threading.excepthook is None cannot be made; one made before the hook
# became None reports with the hook of its creation.
threading.excepthook = threading.__excepthook__
early = threading.Thread(target=fail, args=('none hook',))
threading.excepthook = None
try:
    threading.Thread()
except RuntimeError as e:
    print('RuntimeError:', e)
print(captured(lambda: (early.start(), early.join())), end='')
threading.excepthook = threading.__excepthook__
print(threading.excepthook is threading.__excepthook__)

args = threading.ExceptHookArgs([ValueError, ValueError('v'), None, None])
print(args)
print(args.exc_type, args.exc_value, args.exc_traceback, args.thread, tuple(args) == args)
for bad in ([1, 2, 3], [1, 2, 3, 4, 5]):
    try:
        threading.ExceptHookArgs(bad)
    except TypeError as e:
        print('TypeError:', e)

# Called directly, the default hook reports on sys.stderr; with thread None it names the
# calling thread by its ident.
def direct():
    try:
        fail('direct')
    except ValueError:
        threading.excepthook(threading.ExceptHookArgs([*sys.exc_info(), None]))


print(captured(direct).replace(f'Exception in thread {threading.get_ident()}:',
                                'Exception in thread IDENT:'), end='')

# With sys.stderr None, the report goes to the stderr the thread was created with.
holder = io.StringIO()
saved = sys.stderr
sys.stderr = holder
late = threading.Thread(target=fail, args=('to the old stderr',), name='late')
sys.stderr = None
late.start()
late.join()
sys.stderr = saved
print(normalized(holder.getvalue()), end='')
