"""Create empty files, or update the modification time of existing ones.

Usage: touch [OPTION]... FILE...

  -c    do not create missing files
"""

import os
from cmdargs import Command, resolve, strerror, stat_or_none, is_dir_mode

cmd = Command('touch', __doc__)


def main():
    opts, paths = cmd.parse(argv, 'c')
    if not paths:
        cmd.usage_error('missing file operand')
    for path in paths:
        real = resolve(cwd, path)
        st = stat_or_none(real)
        if st is None and opts.get('c'):
            continue
        try:
            if st is not None and hasattr(os, 'utime'):
                os.utime(real)
            elif st is None or not is_dir_mode(st.st_mode):
                open(real, 'a').close()
        except OSError as e:
            cmd.warn("cannot touch '" + path + "': " + strerror(e))


cmd.run(main)
