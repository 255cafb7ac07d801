"""Report or omit repeated adjacent lines.

Usage: uniq [OPTION]... [INPUT [OUTPUT]]
Merge each run of equal adjacent lines of INPUT (standard input by default) into one,
writing to OUTPUT (standard output by default).

  -c    prefix each line with the number of times it occurred
  -d    print only lines that are repeated
  -u    print only lines that are not repeated
  -i    ignore case when comparing
"""

import sys
from cmdargs import Command, resolve, strerror, isdir, read_lines

cmd = Command('uniq', __doc__)


def main():
    opts, paths = cmd.parse(argv, 'cdui', longs={'--count': 'c', '--repeated': 'd',
                                                 '--unique': 'u', '--ignore-case': 'i'})
    if len(paths) > 2:
        cmd.usage_error("extra operand '" + paths[2] + "'")
    source = paths[0] if paths else '-'
    if source == '-':
        lines = read_lines(sys.stdin)
    else:
        real = resolve(cwd, source)
        if isdir(real):
            cmd.fail("error reading '" + source + "'")
        try:
            with open(real, encoding='utf-8', errors='replace') as f:
                lines = read_lines(f)
        except OSError as e:
            cmd.fail(source + ': ' + strerror(e))
    lines = [line[:-1] if line.endswith('\n') else line for line in lines]
    key = (lambda s: s.lower()) if opts.get('i') else (lambda s: s)
    runs = []
    for line in lines:
        if runs and key(runs[-1][0]) == key(line):
            runs[-1][1] += 1
        else:
            runs.append([line, 1])
    out = []
    for line, count in runs:
        if opts.get('d') and count < 2:
            continue
        if opts.get('u') and count > 1:
            continue
        out.append((str(count).rjust(7) + ' ' if opts.get('c') else '') + line + '\n')
    if len(paths) == 2 and paths[1] != '-':
        try:
            with open(resolve(cwd, paths[1]), 'w', encoding='utf-8') as f:
                f.write(''.join(out))
        except OSError as e:
            cmd.fail(paths[1] + ': ' + strerror(e))
    else:
        sys.stdout.write(''.join(out))


cmd.run(main)
