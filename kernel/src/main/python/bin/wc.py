"""Count lines, words and bytes.

Usage: wc [OPTION]... [FILE]...
Print newline, word and byte counts for each FILE (standard input when none, or for '-'),
and a total line when there are several files.

  -l    lines
  -w    words (runs of non-blank characters)
  -m    characters
  -c    bytes
"""

import os
import sys
from cmdargs import Command, resolve, strerror, stat_or_none, is_dir_mode, is_reg_mode

cmd = Command('wc', __doc__)


def counts(data):
    text = data.decode('utf-8', errors='replace')
    return [data.count(b'\n'), len(data.split()), len(text), len(data)]


def stdin_stat():
    """The stat of standard input when it is a file (a redirection), else None."""
    try:
        return os.fstat(sys.stdin.fileno())
    except (AttributeError, OSError, ValueError, io_error()):
        return None


def io_error():
    try:
        import io
        return io.UnsupportedOperation
    except ImportError:
        return OSError


def main():
    opts, paths = cmd.parse(argv, 'lwmc', longs={'--lines': 'l', '--words': 'w',
                                                  '--chars': 'm', '--bytes': 'c'})
    wanted = [k for k in 'lwmc' if opts.get(k)] or ['l', 'w', 'c']
    columns = [index for index, k in enumerate('lwmc') if k in wanted]
    implicit = not paths
    paths = paths or ['-']
    results = []            # (name or None, counts or None, stat or None)
    for path in paths:
        if path == '-':
            data = sys.stdin.read()
            if isinstance(data, str):
                data = data.encode('utf-8', errors='replace')
            results.append(('' if implicit else path, counts(data), stdin_stat()))
            continue
        real = resolve(cwd, path)
        st = stat_or_none(real)
        if st is not None and is_dir_mode(st.st_mode):
            cmd.warn(path + ': Is a directory')
            results.append((path, [0, 0, 0, 0], st))
            continue
        try:
            with open(real, 'rb') as f:
                data = f.read()
        except OSError as e:
            cmd.warn(path + ': ' + strerror(e))
            results.append((path, None, None))
            continue
        results.append((path, counts(data), st))
    # GNU's widths: one count of one file is not padded; otherwise as wide as the digits of
    # the total size of the regular files (at least 7 when one input is not a regular file).
    if len(columns) == 1 and len(paths) == 1:
        width = 1
    else:
        minimum = 1
        total_size = 0
        for name, c, st in results:
            if c is None:
                continue
            if st is not None and is_reg_mode(st.st_mode):
                total_size += st.st_size
            else:
                minimum = 7
        width = max(len(str(total_size)), minimum)
    totals = [0, 0, 0, 0]
    for name, c, st in results:
        if c is None:
            continue
        for i in range(4):
            totals[i] += c[i]
        line = ' '.join(str(c[i]).rjust(width) for i in columns)
        cmd.say(line + (' ' + name if name else ''))
    if len(paths) > 1:
        cmd.say(' '.join(str(totals[i]).rjust(width) for i in columns) + ' total')


cmd.run(main)
