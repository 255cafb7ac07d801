"""Stop tasks.

Usage: kill [-SIGNAL | -s SIGNAL] PID...
Ask the scheduler to end each task PID: by default (TERM) the task gets SystemExit(143)
at its next instruction and its finally blocks run; -9 (-KILL) drops it at once.
Other signal names and numbers are accepted and act as TERM.
"""

from cmdargs import Command

cmd = Command('kill', __doc__)


def main():
    args = list(argv)
    if args == ['--help']:
        cmd.help()
    signal = 'TERM'
    if args and args[0] == '-s':
        if len(args) < 2:
            cmd.usage_error("option requires an argument -- 's'")
        signal = args[1]
        args = args[2:]
    elif args and args[0].startswith('-') and len(args[0]) > 1 and args[0] != '--':
        signal = args[0][1:]
        args = args[1:]
    sig = 9 if signal.upper() in ('9', 'KILL', 'SIGKILL') else 15
    if args and args[0] == '--':
        args = args[1:]
    if not args:
        cmd.usage_error('not enough arguments')
    scheduler = globals().get('scheduler')
    if scheduler is None:
        cmd.fail('no scheduler (not running on Pyjama)')
    for arg in args:
        if not arg.isdigit():
            cmd.warn("failed to parse argument: '" + arg + "'")
            continue
        pid = int(arg)
        try:
            ok = scheduler.kill(pid, sig)
        except PermissionError:
            cmd.warn('(' + arg + ') - Operation not permitted')
            continue
        except (LookupError, ProcessLookupError, ValueError):
            ok = False
        if ok is False:
            cmd.warn('(' + arg + ') - No such process')


cmd.run(main)
