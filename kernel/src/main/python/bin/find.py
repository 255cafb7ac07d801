"""Search for files in a directory tree.

Usage: find [PATH]... [EXPRESSION]
Walk each PATH (default: .) and print every file and directory that passes all tests.
Entries are visited in sorted order, each directory before its contents.

  -name GLOB      the name matches GLOB (* ? [...])
  -iname GLOB     the same, ignoring case
  -type f|d       a regular file / a directory
  -maxdepth N     descend at most N levels below the PATHs
  -mindepth N     skip entries less than N levels deep
  -print          print the path (the default action)
"""

import os
from cmdargs import Command, resolve, strerror, join, stat_or_none, is_dir_mode, \
    is_reg_mode, fnmatch

cmd = Command('find', __doc__)


def parse_expression(args):
    tests = []
    limits = {'maxdepth': None, 'mindepth': 0}
    i = 0
    while i < len(args):
        arg = args[i]
        i += 1
        if arg == '-print':
            continue
        if arg in ('-name', '-iname', '-type', '-maxdepth', '-mindepth'):
            if i >= len(args):
                cmd.fail("missing argument to `" + arg + "'")
            value = args[i]
            i += 1
            if arg == '-type':
                if value not in ('f', 'd'):
                    cmd.fail('Unknown argument to -type: ' + value)
                tests.append(('type', value))
            elif arg in ('-maxdepth', '-mindepth'):
                if not value.isdigit():
                    cmd.fail('Expected a positive decimal integer argument to ' + arg +
                             ", but got '" + value + "'")
                limits[arg[1:]] = int(value)
            else:
                tests.append((arg[1:], value))
            continue
        if arg.startswith('-'):
            cmd.fail("unknown predicate `" + arg + "'")
        cmd.fail("paths must precede expression: '" + arg + "'")
    return tests, limits


def passes(name, st, tests):
    for kind, value in tests:
        if kind == 'name' and not fnmatch(name, value):
            return False
        if kind == 'iname' and not fnmatch(name.lower(), value.lower()):
            return False
        if kind == 'type':
            if value == 'd' and not is_dir_mode(st.st_mode):
                return False
            if value == 'f' and not is_reg_mode(st.st_mode):
                return False
    return True


def walk(path, real, name, st, depth, tests, limits):
    if depth >= limits['mindepth'] and passes(name, st, tests):
        cmd.say(path)
    if not is_dir_mode(st.st_mode):
        return
    if limits['maxdepth'] is not None and depth >= limits['maxdepth']:
        return
    try:
        names = sorted(os.listdir(real))
    except OSError as e:
        cmd.warn("'" + path + "': " + strerror(e))
        return
    for child in names:
        child_real = real.rstrip('/') + '/' + child
        child_st = stat_or_none(child_real)
        if child_st is None:
            continue
        walk(join(path, child), child_real, child, child_st, depth + 1, tests, limits)


def main():
    args = list(argv)
    if args == ['--help']:
        cmd.help()
    paths = []
    while args and not args[0].startswith('-'):
        paths.append(args.pop(0))
    tests, limits = parse_expression(args)
    for path in paths or ['.']:
        real = resolve(cwd, path)
        st = stat_or_none(real)
        if st is None:
            cmd.warn("'" + path + "': No such file or directory")
            continue
        name = path.rstrip('/').split('/')[-1] or '/'
        walk(path, real, name, st, 0, tests, limits)


cmd.run(main)
