"""Report mounted filesystems and the space their files use.

Usage: df [OPTION]...
One line per mount in /proc/mounts: the source, type, mode (rw/ro), the bytes used by the
files under the mount point (not counting other mounts below it; '-' for proc) and the
mount point.

  -h    sizes as 1.0K, 2.5M
"""

import os
from cmdargs import Command, read_proc, resolve, normpath, stat_or_none, is_dir_mode, human_size

cmd = Command('df', __doc__)


def used_bytes(mount, others):
    total = 0
    pending = [mount]
    while pending:
        path = pending.pop()
        try:
            names = os.listdir(resolve('/', path))
        except OSError:
            continue
        for name in names:
            child = normpath(path, name)
            if child in others:
                continue
            st = stat_or_none(resolve('/', child))
            if st is None:
                continue
            if is_dir_mode(st.st_mode):
                pending.append(child)
            else:
                total += st.st_size
    return total


def main():
    opts, operands = cmd.parse(argv, 'h')
    cmd.at_most(operands, 0)
    text = read_proc('mounts')
    if text is None:
        cmd.fail('cannot read /proc/mounts: No such file or directory')
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 4:
            mounts.append((fields[0], fields[1], fields[2], fields[3].split(',')[0]))
    points = set(m[1] for m in mounts)
    rows = [('Filesystem', 'Type', 'Mode', 'Used', 'Mounted on')]
    for source, point, fstype, mode in mounts:
        if fstype == 'proc':
            used = '-'
        else:
            n = used_bytes(point, points - {point})
            used = human_size(n) if opts.get('h') else str(n)
        rows.append((source, fstype, mode, used, point))
    w = [max(len(r[i]) for r in rows) for i in range(4)]
    for r in rows:
        cmd.say(r[0].ljust(w[0]) + '  ' + r[1].ljust(w[1]) + '  ' + r[2].ljust(w[2]) + '  ' +
                r[3].rjust(w[3]) + '  ' + r[4])


cmd.run(main)
