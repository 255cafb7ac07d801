"""Change the current directory.

Usage: cd [DIR]
Without DIR, go to $HOME (or /). The new directory is handed back through the `cwd` global,
which the shell and the Python prompt share.
"""

import os
from cmdargs import Command, normpath, resolve, strerror, is_dir_mode

cmd = Command('cd', __doc__)


def main():
    global cwd
    opts, paths = cmd.parse(argv, '', permute=False)
    if len(paths) > 1:
        cmd.fail('too many arguments')
    target = paths[0] if paths else env.get('HOME', '/')
    path = normpath(cwd, target)
    try:
        st = os.stat(resolve('/', path))
    except OSError as e:
        cmd.fail(target + ': ' + strerror(e))
    if not is_dir_mode(st.st_mode):
        cmd.fail(target + ': Not a directory')
    cwd = path


cmd.run(main)
