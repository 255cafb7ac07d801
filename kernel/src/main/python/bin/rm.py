"""Remove files (and, with -r, directories).

Usage: rm [OPTION]... FILE...

  -r, -R    remove directories and their contents
  -f        ignore missing files, never complain about them
"""

import os
from cmdargs import Command, resolve, normpath, strerror, join, basename

cmd = Command('rm', __doc__)


def remove(path, real, opts):
    try:
        st = os.lstat(real)
    except OSError as e:
        if not opts.get('f'):
            cmd.warn("cannot remove '" + path + "': " + strerror(e))
        return
    if (st.st_mode & 0o170000) == 0o040000:
        if not opts.get('r'):
            cmd.warn("cannot remove '" + path + "': Is a directory")
            return
        try:
            names = sorted(os.listdir(real))
        except OSError as e:
            cmd.warn("cannot remove '" + path + "': " + strerror(e))
            return
        for name in names:
            remove(join(path, name), real.rstrip('/') + '/' + name, opts)
        try:
            os.rmdir(real)
        except OSError as e:
            cmd.warn("cannot remove '" + path + "': " + strerror(e))
        return
    try:
        os.remove(real)
    except OSError as e:
        cmd.warn("cannot remove '" + path + "': " + strerror(e))


def main():
    opts, paths = cmd.parse(argv, 'rRf', longs={'--recursive': 'r', '--force': 'f'})
    if opts.get('R'):
        opts['r'] = True
    if not paths:
        if opts.get('f'):
            return 0
        cmd.usage_error('missing operand')
    for path in paths:
        if opts.get('r') and basename(path) in ('.', '..'):
            cmd.warn("refusing to remove '.' or '..' directory: skipping '" + path + "'")
            continue
        if opts.get('r') and normpath(cwd, path) == '/':
            cmd.warn("it is dangerous to operate recursively on '" + path + "'")
            cmd.warn('use --no-preserve-root to override this failsafe')
            continue
        remove(path, resolve(cwd, path), opts)


cmd.run(main)
