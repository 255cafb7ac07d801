"""Remove empty directories.

Usage: rmdir DIRECTORY...
"""

import os
from cmdargs import Command, resolve, strerror, stat_or_none, is_dir_mode

cmd = Command('rmdir', __doc__)


def main():
    opts, paths = cmd.parse(argv, '')
    if not paths:
        cmd.usage_error('missing operand')
    for path in paths:
        real = resolve(cwd, path)
        st = stat_or_none(real)
        if st is not None and not is_dir_mode(st.st_mode):
            cmd.warn("failed to remove '" + path + "': Not a directory")
            continue
        try:
            os.rmdir(real)
        except OSError as e:
            cmd.warn("failed to remove '" + path + "': " + strerror(e))


cmd.run(main)
