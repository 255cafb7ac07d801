"""List tasks.

Usage: ps
One line per task of the scheduler: id, state, CPU time (minutes:seconds) and name.
Without a scheduler (not on Pyjama), /proc/tasks is shown as it is.
"""

from cmdargs import Command, read_proc, task_field

cmd = Command('ps', __doc__)


def cpu(seconds):
    if seconds is None:
        return '-'
    centis = int(round(float(seconds) * 100))
    return str(centis // 6000) + ':' + str(centis // 100 % 60).rjust(2, '0') + '.' + \
        str(centis % 100).rjust(2, '0')


def main():
    opts, operands = cmd.parse(argv, '')
    cmd.at_most(operands, 0)
    scheduler = globals().get('scheduler')
    if scheduler is None:
        text = read_proc('tasks')
        if text is None:
            cmd.fail('no scheduler and no /proc/tasks (not running on Pyjama?)')
        cmd.write(text)
        return 0
    cmd.say('  PID STATE          TIME NAME')
    for task in scheduler.ps():
        cmd.say(str(task_field(task, 'pid', '?')).rjust(5) + ' ' +
                str(task_field(task, 'state', '?')).ljust(9) + ' ' +
                cpu(task_field(task, 'cpu_time')).rjust(9) + ' ' +
                str(task_field(task, 'name', '')))


cmd.run(main)
