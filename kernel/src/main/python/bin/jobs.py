"""List the scheduler's tasks as jobs.

Usage: jobs
One line per task: [PID] state name. (Inside sh, the builtin jobs lists the shell's own
background jobs instead.)
"""

from cmdargs import Command, task_field

cmd = Command('jobs', __doc__)


def main():
    opts, operands = cmd.parse(argv, '')
    cmd.at_most(operands, 0)
    scheduler = globals().get('scheduler')
    if scheduler is None:
        cmd.fail('no scheduler (not running on Pyjama)')
    for task in scheduler.ps():
        cmd.say('[' + str(task_field(task, 'pid', '?')) + ']  ' +
                str(task_field(task, 'state', '?')).ljust(10) + ' ' + str(task_field(task, 'name', '')))


cmd.run(main)
