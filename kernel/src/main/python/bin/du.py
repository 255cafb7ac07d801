"""Estimate file space usage.

Usage: du [OPTION]... [FILE]...
Print the space used by each FILE (default: .) and, recursively, by each directory in it,
in 1 KiB blocks. Each file counts its size rounded up to whole KiB; directories themselves
count nothing (Pyjama's tmpfs has no blocks).

  -s    print only a total for each argument
  -a    print files too, not only directories
  -h    sizes as 1.0K, 2.5M
"""

import os
from cmdargs import Command, resolve, strerror, join, stat_or_none, is_dir_mode, human_size

cmd = Command('du', __doc__)


def blocks(size):
    return (size + 1023) // 1024


def show(kib, path):
    cmd.say((human_size(kib * 1024) if opts.get('h') else str(kib)) + '\t' + path)


def usage(path, real, st, depth):
    if not is_dir_mode(st.st_mode):
        kib = blocks(st.st_size)
        if depth == 0 or (opts.get('a') and not opts.get('s')):
            show(kib, path)
        return kib
    total = 0
    try:
        names = sorted(os.listdir(real))
    except OSError as e:
        cmd.warn("cannot read directory '" + path + "': " + strerror(e))
        names = []
    for name in names:
        child_real = real.rstrip('/') + '/' + name
        child_st = stat_or_none(child_real)
        if child_st is not None:
            total += usage(join(path, name), child_real, child_st, depth + 1)
    if depth == 0 or not opts.get('s'):
        show(total, path)
    return total


def main():
    global opts
    opts, paths = cmd.parse(argv, 'sah')
    for path in paths or ['.']:
        real = resolve(cwd, path)
        st = stat_or_none(real)
        if st is None:
            cmd.warn("cannot access '" + path + "': No such file or directory")
            continue
        usage(path, real, st, 0)


cmd.run(main)
