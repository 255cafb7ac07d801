"""Tell how long the system has been running.

Usage: uptime [-p]
The time of day (UTC), how long since boot (from /proc/uptime) and, on Pyjama, the number
of tasks.

  -p    only the time up, in words: 'up 1 hour, 5 minutes'
"""

import time
from cmdargs import Command, read_proc

cmd = Command('uptime', __doc__)


def plural(n, word):
    return str(n) + ' ' + word + ('' if n == 1 else 's')


def main():
    opts, operands = cmd.parse(argv, 'p')
    cmd.at_most(operands, 0)
    text = read_proc('uptime')
    if text is None:
        cmd.fail('cannot read /proc/uptime: No such file or directory')
    seconds = int(float(text.split()[0]))
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    if opts.get('p'):
        parts = []
        if days:
            parts.append(plural(days, 'day'))
        if hours:
            parts.append(plural(hours, 'hour'))
        if minutes or not parts:
            parts.append(plural(minutes, 'minute'))
        cmd.say('up ' + ', '.join(parts))
        return 0
    up = plural(days, 'day') + ', ' if days else ''
    if hours:
        up += str(hours) + ':' + str(minutes).rjust(2, '0')
    else:
        up += str(minutes) + ' min'
    now = time.gmtime()
    line = ' ' + str(now.tm_hour).rjust(2, '0') + ':' + str(now.tm_min).rjust(2, '0') + ':' + \
        str(now.tm_sec).rjust(2, '0') + ' up ' + up
    scheduler = globals().get('scheduler')
    if scheduler is not None:
        line += ',  ' + plural(len(scheduler.ps()), 'task')
    cmd.say(line)


cmd.run(main)
