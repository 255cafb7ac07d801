"""Show memory use.

Usage: free [OPTION]...
Physical memory (Mem) and the Python heap (Heap), from /proc/meminfo, in KiB.

  -h    sizes as 1.0K, 2.5M
"""

from cmdargs import Command, read_proc, human_size

cmd = Command('free', __doc__)


def main():
    opts, operands = cmd.parse(argv, 'h')
    cmd.at_most(operands, 0)
    text = read_proc('meminfo')
    if text is None:
        cmd.fail('cannot read /proc/meminfo: No such file or directory')
    info = {}
    for line in text.splitlines():
        name, sep, rest = line.partition(':')
        fields = rest.split()
        if sep and fields and fields[0].isdigit():
            info[name.strip()] = int(fields[0])

    def show(n):
        return human_size(n * 1024) if opts.get('h') else str(n)

    rows = []
    if 'MemTotal' in info:
        total = info['MemTotal']
        free = info.get('MemFree', 0)
        rows.append(('Mem:', total, total - free, free))
    if 'HeapMax' in info:
        total = info['HeapMax']
        used = info.get('HeapUsed', 0)
        rows.append(('Heap:', total, used, total - used))
    cmd.say(' ' * 6 + 'total'.rjust(12) + 'used'.rjust(12) + 'free'.rjust(12))
    for label, total, used, free in rows:
        cmd.say(label.ljust(6) + show(total).rjust(12) + show(used).rjust(12) + show(free).rjust(12))


cmd.run(main)
