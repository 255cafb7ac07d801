"""Make directories.

Usage: mkdir [OPTION]... DIRECTORY...

  -p    make parent directories as needed; no error if the directory exists
"""

import os
from cmdargs import Command, resolve, normpath, strerror, stat_or_none, is_dir_mode

cmd = Command('mkdir', __doc__)


def make_parents(path):
    absolute = normpath(cwd, path)
    parts = [p for p in absolute.split('/') if p]
    current = ''
    for index, part in enumerate(parts):
        current += '/' + part
        real = resolve('/', current)
        st = stat_or_none(real)
        if st is not None:
            if is_dir_mode(st.st_mode):
                continue
            shown = path if index == len(parts) - 1 else current
            cmd.warn("cannot create directory '" + shown + "': " +
                     ('File exists' if index == len(parts) - 1 else 'Not a directory'))
            return
        try:
            os.mkdir(real)
        except OSError as e:
            cmd.warn("cannot create directory '" + path + "': " + strerror(e))
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
