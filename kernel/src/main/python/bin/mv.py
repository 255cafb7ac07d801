"""Move or rename files and directories.

Usage: mv SOURCE DEST
  or:  mv SOURCE... DIRECTORY
Rename SOURCE to DEST, or move the SOURCEs into DIRECTORY.
"""

import os
from cmdargs import Command, resolve, normpath, strerror, join, basename, \
    stat_or_none, is_dir_mode

cmd = Command('mv', __doc__)


def copy_then_remove(src_real, dst_real):
    """For a move across filesystems: copy the tree, then remove the original."""
    st = os.stat(src_real)
    if is_dir_mode(st.st_mode):
        os.mkdir(dst_real)
        for name in os.listdir(src_real):
            copy_then_remove(src_real + '/' + name, dst_real + '/' + name)
        os.rmdir(src_real)
        return
    with open(src_real, 'rb') as fin, open(dst_real, 'wb') as fout:
        fout.write(fin.read())
    os.remove(src_real)


def move(src, dst, src_real, dst_real):
    st = stat_or_none(src_real)
    if st is None:
        cmd.warn("cannot stat '" + src + "': No such file or directory")
        return
    a = normpath('/', src_real)
    b = normpath('/', dst_real)
    dst_st = stat_or_none(dst_real)
    if a == b:
        cmd.warn("'" + src + "' and '" + dst + "' are the same file")
        return
    if is_dir_mode(st.st_mode):
        if b.startswith(a.rstrip('/') + '/'):
            cmd.warn("cannot move '" + src + "' to a subdirectory of itself, '" + dst + "'")
            return
        if dst_st is not None and not is_dir_mode(dst_st.st_mode):
            cmd.warn("cannot overwrite non-directory '" + dst + "' with directory '" + src + "'")
            return
    elif dst_st is not None and is_dir_mode(dst_st.st_mode):
        cmd.warn("cannot overwrite directory '" + dst + "' with non-directory")
        return
    try:
        os.replace(src_real, dst_real)
    except OSError as e:
        if getattr(e, 'errno', None) == 18:          # EXDEV: another filesystem
            try:
                copy_then_remove(src_real, dst_real)
                return
            except OSError as e2:
                e = e2
        cmd.warn("cannot move '" + src + "' to '" + dst + "': " + strerror(e))


def main():
    opts, paths = cmd.parse(argv, 'f')
    if not paths:
        cmd.usage_error('missing file operand')
    if len(paths) == 1:
        cmd.usage_error("missing destination file operand after '" + paths[0] + "'")
    target = paths[-1]
    target_real = resolve(cwd, target)
    target_st = stat_or_none(target_real)
    into = target_st is not None and is_dir_mode(target_st.st_mode)
    if len(paths) > 2 and not into:
        if target_st is None:
            cmd.fail("target '" + target + "': No such file or directory")
        cmd.fail("target '" + target + "' is not a directory")
    for src in paths[:-1]:
        src_real = resolve(cwd, src)
        if into:
            name = basename(src)
            move(src, join(target, name), src_real, target_real.rstrip('/') + '/' + name)
        else:
            move(src, target, src_real, target_real)


cmd.run(main)
