"""List directory contents.

Usage: ls [OPTION]... [FILE]...
List each FILE, and the entries of each directory (the current one by default).
Names are sorted; a directory's listing always starts with . and .. (as PythonOS).

  -a    also list entries whose names start with '.'
  -l    long format: type and mode, size, modification time (UTC), name
  -h    with -l, sizes as 1.0K, 2.5M
  -d    list directories themselves, not their contents
  -1    one name per line (the default is one line, names separated by two spaces)
"""

import os
import time
from cmdargs import Command, resolve, strerror, is_dir_mode, human_size, S_IFMT

cmd = Command('ls', __doc__)
MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
TYPES = {0o040000: 'd', 0o100000: '-', 0o120000: 'l', 0o020000: 'c', 0o060000: 'b',
         0o010000: 'p', 0o140000: 's'}


# Set-uid, set-gid and sticky show in the x column of owner, group and others: lower case
# over an x bit, upper case without one (/tmp is drwxrwxrwt, as GNU ls shows it).
SPECIAL = ((6, 0o4000, 's'), (3, 0o2000, 's'), (0, 0o1000, 't'))


def mode_string(mode):
    text = TYPES.get(mode & S_IFMT, '?')
    for shift, bit, letter in SPECIAL:
        bits = (mode >> shift) & 7
        x = 'x' if bits & 1 else '-'
        if mode & bit:
            x = letter if bits & 1 else letter.upper()
        text += ('r' if bits & 4 else '-') + ('w' if bits & 2 else '-') + x
    return text


def when(seconds):
    t = time.gmtime(seconds)
    return MONTHS[t.tm_mon - 1] + ' ' + str(t.tm_mday).rjust(2) + ' ' + \
        str(t.tm_hour).rjust(2, '0') + ':' + str(t.tm_min).rjust(2, '0')


def show(entries, opts):
    """entries: (name shown, stat result or None)."""
    if not entries:
        return
    if opts.get('l'):
        rows = []
        for name, st in entries:
            if st is None:
                rows.append(('?---------', '?', '            ', name))
                continue
            size = human_size(st.st_size) if opts.get('h') else str(st.st_size)
            rows.append((mode_string(st.st_mode), size, when(st.st_mtime), name))
        width = max(len(r[1]) for r in rows)
        for mode, size, stamp, name in rows:
            cmd.say(mode + ' ' + size.rjust(width) + ' ' + stamp + ' ' + name)
    elif opts.get('1'):
        for name, st in entries:
            cmd.say(name)
    else:
        cmd.say('  '.join(name for name, st in entries))


def listing(path, real, opts):
    try:
        names = os.listdir(real)
    except OSError as e:
        cmd.warn("cannot open directory '" + path + "': " + strerror(e), 2)
        return None
    names = sorted(n for n in names if opts.get('a') or not n.startswith('.'))
    entries = []
    for name in ['.', '..'] + names:
        st = None
        if opts.get('l'):
            try:
                st = os.stat(real.rstrip('/') + '/' + name)
            except OSError:
                st = None
        entries.append((name, st))
    return entries


def main():
    opts, paths = cmd.parse(argv, 'adlh1')
    if not paths:
        paths = ['.']
    files = []
    dirs = []
    for path in paths:
        real = resolve(cwd, path)
        try:
            st = os.stat(real)
        except OSError as e:
            cmd.warn("cannot access '" + path + "': " + strerror(e), 2)
            continue
        if is_dir_mode(st.st_mode) and not opts.get('d'):
            dirs.append((path, real))
        else:
            files.append((path, st))
    files.sort()
    dirs.sort()
    show(files, opts)
    headers = len(paths) > 1 or cmd.status != 0
    first = not files
    for path, real in dirs:
        entries = listing(path, real, opts)
        if entries is None:
            continue
        if not first:
            cmd.say()
        first = False
        if headers:
            cmd.say(path + ':')
        show(entries, opts)


cmd.run(main)
