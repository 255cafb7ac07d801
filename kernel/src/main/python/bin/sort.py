"""Sort lines of text.

Usage: sort [OPTION]... [FILE]...
Write the sorted concatenation of the FILEs (standard input when none, or for '-').
Lines compare by code point (as GNU sort in the C locale).

  -r    reverse the order
  -n    compare by leading numeric value (lines without one count as 0; ties by text)
  -u    output only the first of each run of equal lines (equal keys with -n)
  -f    fold lower case to upper case when comparing
"""

import re
import sys
from cmdargs import Command, resolve, strerror, isdir, read_lines

cmd = Command('sort', __doc__)
NUMBER = re.compile(r'[ \t]*(-?)([0-9]*)(?:\.([0-9]*))?')


def numeric_parts(line):
    m = NUMBER.match(line)
    sign, whole, frac = m.group(1), m.group(2), m.group(3) or ''
    if not whole and not frac:
        return 1, '0', ''
    return (-1 if sign else 1), whole or '0', frac.rstrip('0')


def main():
    opts, paths = cmd.parse(argv, 'rnuf', longs={'--reverse': 'r', '--numeric-sort': 'n',
                                                 '--unique': 'u', '--ignore-case': 'f'})
    lines = []
    for path in paths or ['-']:
        if path == '-':
            lines += read_lines(sys.stdin)
            continue
        real = resolve(cwd, path)
        if isdir(real):
            cmd.fail('read failed: ' + path + ': Is a directory', 2)
        try:
            with open(real, encoding='utf-8', errors='replace') as f:
                lines += read_lines(f)
        except OSError as e:
            cmd.fail('cannot read: ' + path + ': ' + strerror(e), 2)
    lines = [line[:-1] if line.endswith('\n') else line for line in lines]
    fold = (lambda s: s.upper()) if opts.get('f') else (lambda s: s)
    if opts.get('n'):
        parts = [numeric_parts(line) for line in lines]
        scale = max([len(p[2]) for p in parts] + [0])
        values = [sign * int(whole + frac.ljust(scale, '0')) for sign, whole, frac in parts]
        keyed = [((values[i],), fold(lines[i]), lines[i]) for i in range(len(lines))]
    else:
        keyed = [((fold(line),), fold(line), line) for line in lines]
    if opts.get('u'):
        keyed.sort(key=lambda k: k[0])
        seen = []
        for k in keyed:
            if not seen or seen[-1][0] != k[0]:
                seen.append(k)
        keyed = seen
    keyed.sort(key=lambda k: (k[0], k[1], k[2]), reverse=bool(opts.get('r')))
    sys.stdout.write(''.join(k[2] + '\n' for k in keyed))


cmd.run(main)
