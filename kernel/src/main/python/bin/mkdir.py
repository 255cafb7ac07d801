"""Make directories.

Usage: mkdir [OPTION]... DIRECTORY...

  -p    make parent directories as needed; no error if the directory exists
"""

import os
from cmdargs import Command, resolve, strerror, stat_or_none, is_dir_mode

cmd = Command('mkdir', __doc__)


def make_parents(path):
    # Walks the components as written, so that a message names the ancestor as the user
    # typed it ('g.txt', './g.txt'), as GNU mkdir does.
    parts = path.split('/')
    shown = ''
    for index, part in enumerate(parts):
        shown = part if index == 0 else shown + '/' + part
        if part in ('', '.', '..'):
            continue
        last = all(p in ('', '.') for p in parts[index + 1:])
        name = path if last else shown
        real = resolve(cwd, shown)
        st = stat_or_none(real)
        if st is not None:
            if is_dir_mode(st.st_mode):
                continue
            cmd.warn("cannot create directory '" + name + "': " +
                     ('File exists' if last else 'Not a directory'))
            return
        try:
            os.mkdir(real)
        except OSError as e:
            cmd.warn("cannot create directory '" + name + "': " + strerror(e))
            return


def main():
    opts, paths = cmd.parse(argv, 'p', longs={'--parents': 'p'})
    if not paths:
        cmd.usage_error('missing operand')
    for path in paths:
        if opts.get('p'):
            make_parents(path)
            continue
        try:
            os.mkdir(resolve(cwd, path))
        except OSError as e:
            cmd.warn("cannot create directory '" + path + "': " + strerror(e))


cmd.run(main)
