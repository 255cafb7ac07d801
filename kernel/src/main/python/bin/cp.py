"""Copy files and directories.

Usage: cp [OPTION]... SOURCE DEST
  or:  cp [OPTION]... SOURCE... DIRECTORY
Copy SOURCE to DEST, or the SOURCEs into DIRECTORY.

  -r, -R    copy directories and their contents
"""

import os
from cmdargs import Command, resolve, normpath, strerror, join, basename, \
    stat_or_none, is_dir_mode

cmd = Command('cp', __doc__)


def copy_file(src, dst, src_real, dst_real):
    try:
        fin = open(src_real, 'rb')
    except OSError as e:
        cmd.warn("cannot open '" + src + "' for reading: " + strerror(e))
        return
    try:
        try:
            fout = open(dst_real, 'wb')
        except OSError as e:
            cmd.warn("cannot create regular file '" + dst + "': " + strerror(e))
            return
        try:
            while True:
                block = fin.read(65536)
                if not block:
                    break
                fout.write(block)
        finally:
            fout.close()
    finally:
        fin.close()


def copy_tree(src, dst, src_real, dst_real):
    st = stat_or_none(dst_real)
    if st is None:
        try:
            os.mkdir(dst_real)
        except OSError as e:
            cmd.warn("cannot create directory '" + dst + "': " + strerror(e))
            return
    elif not is_dir_mode(st.st_mode):
        cmd.warn("cannot overwrite non-directory '" + dst + "' with directory '" + src + "'")
        return
    try:
        names = sorted(os.listdir(src_real))
    except OSError as e:
        cmd.warn("cannot access '" + src + "': " + strerror(e))
        return
    for name in names:
        copy(join(src, name), join(dst, name), src_real + '/' + name, dst_real + '/' + name)


def copy(src, dst, src_real, dst_real):
    st = stat_or_none(src_real)
    if st is None:
        cmd.warn("cannot stat '" + src + "': No such file or directory")
        return
    if is_dir_mode(st.st_mode):
        if not opts.get('r') and not opts.get('R'):
            cmd.warn("-r not specified; omitting directory '" + src + "'")
            return
        a = normpath('/', src_real)
        b = normpath('/', dst_real)
        if b == a or b.startswith(a.rstrip('/') + '/'):
            cmd.warn("cannot copy a directory, '" + src + "', into itself, '" + dst + "'")
            return
        copy_tree(src, dst, src_real, dst_real)
        return
    dst_st = stat_or_none(dst_real)
    if dst_st is not None and normpath('/', src_real) == normpath('/', dst_real):
        cmd.warn("'" + src + "' and '" + dst + "' are the same file")
        return
    if dst_st is not None and is_dir_mode(dst_st.st_mode):
        cmd.warn("cannot overwrite directory '" + dst + "' with non-directory")
        return
    copy_file(src, dst, src_real, dst_real)


def main():
    global opts
    opts, paths = cmd.parse(argv, 'rR', longs={'--recursive': 'r'})
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
            copy(src, join(target, name), src_real, target_real.rstrip('/') + '/' + name)
        else:
            copy(src, target, src_real, target_real)


cmd.run(main)
