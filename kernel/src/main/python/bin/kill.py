"""Stop tasks.

Usage: kill [-SIGNAL | -s SIGNAL] PID...
Ask the scheduler to kill each task PID. A signal name or number is accepted for
compatibility; every signal ends the task.
"""

from cmdargs import Command

cmd = Command('kill', __doc__)


def main():
    args = list(argv)
    if args == ['--help']:
        cmd.help()
    if args and args[0] == '-s':
        if len(args) < 2:
            cmd.usage_error("option requires an argument -- 's'")
        args = args[2:]
    elif args and args[0].startswith('-') and len(args[0]) > 1 and args[0] != '--':
        args = args[1:]
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
            ok = scheduler.kill(pid)
        except (LookupError, ProcessLookupError, ValueError):
            ok = False
        if ok is False:
            cmd.warn('(' + arg + ') - No such process')


cmd.run(main)
