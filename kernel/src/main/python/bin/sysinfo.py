"""Print a summary of the system.

Usage: sysinfo
The system's name and version, the number of tasks, time up, memory and the current
directory.
"""

from cmdargs import Command, read_proc, human_size

cmd = Command('sysinfo', __doc__)


def main():
    opts, operands = cmd.parse(argv, '')
    cmd.at_most(operands, 0)
    version = (read_proc('version') or '').strip()
    cmd.say('System:  ' + (version if version.startswith('Pyjama') else 'Pyjama' +
                           (' (' + version + ')' if version else '')))
    scheduler = globals().get('scheduler')
    if scheduler is not None:
        cmd.say('Tasks:   ' + str(len(scheduler.ps())))
    else:
        tasks = read_proc('tasks')
        if tasks is not None:
            lines = [line for line in tasks.splitlines()[1:] if line.strip()]
            cmd.say('Tasks:   ' + str(len(lines)))
    uptime = read_proc('uptime')
    if uptime:
        seconds = int(float(uptime.split()[0]))
        cmd.say('Uptime:  ' + str(seconds // 3600) + ':' + str(seconds // 60 % 60).rjust(2, '0') +
                ':' + str(seconds % 60).rjust(2, '0'))
    meminfo = read_proc('meminfo')
    if meminfo:
        info = {}
        for line in meminfo.splitlines():
            name, sep, rest = line.partition(':')
            if sep and rest.split() and rest.split()[0].isdigit():
                info[name.strip()] = int(rest.split()[0]) * 1024
        if 'MemTotal' in info:
            cmd.say('Memory:  ' + human_size(info['MemTotal'] - info.get('MemFree', 0)) +
                    ' used of ' + human_size(info['MemTotal']))
        if 'HeapMax' in info:
            cmd.say('Heap:    ' + human_size(info.get('HeapUsed', 0)) + ' used of ' +
                    human_size(info['HeapMax']))
    cmd.say('cwd:     ' + cwd)


cmd.run(main)
