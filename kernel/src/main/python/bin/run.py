"""Run a Python script.

Usage: run PATH [ARG]...
Run the script PATH with argv = [ARG, ...], the current directory and environment, as the
shell runs /bin commands; its exit status is run's. Top-level await is allowed.
"""

KERNEL_NAMES = set(globals())

import sys
from cmdargs import Command, Exit, normpath, resolve, strerror, isdir

cmd = Command('run', __doc__)
ALLOW_TOP_LEVEL_AWAIT = 0x2000
CO_COROUTINE = 0x80


def load():
    """(path, code object) of the script, or an exit status."""
    args = list(argv)
    if args and args[0] == '--help':
        cmd.help()
    if args and args[0] == '--':
        args.pop(0)
    if not args:
        cmd.usage_error('missing operand')
    path = normpath(cwd, args[0])
    real = resolve('/', path)
    if isdir(real):
        cmd.fail(args[0] + ': Is a directory')
    try:
        with open(real, encoding='utf-8') as f:
            source = f.read()
    except OSError as e:
        cmd.fail(args[0] + ': ' + strerror(e))
    return path, args[1:], compile(source, path, 'exec', flags=ALLOW_TOP_LEVEL_AWAIT,
                                   dont_inherit=True)


try:
    script_path, script_argv, script_code = load()
except Exit as e:
    sys.exit(e.status)

scope = {name: globals()[name] for name in KERNEL_NAMES if name in globals()}
scope.update({'__name__': '__main__', '__file__': script_path, 'argv': script_argv,
              'cwd': cwd, 'env': dict(env)})
scope.pop('__doc__', None)
saved_argv = sys.argv
sys.argv = [script_path] + script_argv
try:
    outcome = eval(script_code, scope)
    if script_code.co_flags & CO_COROUTINE:
        await outcome
finally:
    sys.argv = saved_argv
    if isinstance(scope.get('cwd'), str):
        cwd = scope['cwd']
