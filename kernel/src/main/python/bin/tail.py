"""Print the last lines of files.

Usage: tail [OPTION]... [FILE]...
Print the last 10 lines of each FILE (standard input when none, or for '-');
with several files, each is preceded by a header '==> FILE <=='.

  -n N    the last N lines; -n +N: from line N on
  -N      same as -n N
  -q      never print headers;  -v: always print them
"""

import sys
from cmdargs import Command, resolve, strerror, isdir, read_lines

cmd = Command('tail', __doc__)


def numeric_options(args):
    """-5 is -n 5 (only before a '--')."""
    out = []
    index = 0
    while index < len(args):
        arg = args[index]
        index += 1
        if arg == '--':
            return out + args[index - 1:]
        if len(arg) > 1 and arg[0] == '-' and arg[1:].isdigit():
            out += ['-n', arg[1:]]
        else:
            out.append(arg)
            if arg == '-n' and index < len(args):
                out.append(args[index])
                index += 1
    return out


def parse_count(text):
    body = text[1:] if text[:1] in '+-' else text
    if not body.isdigit():
        cmd.fail("invalid number of lines: '" + text + "'")
    return int(body), text[:1]


def select(lines, count, sign):
    if sign == '+':
        return lines[max(0, count - 1):]
    if count == 0:
        return []
    return lines[-count:]


def main():
    opts, paths = cmd.parse(numeric_options(list(argv)), 'qv', 'n')
    count, sign = parse_count(opts.get('n', '10'))
    paths = paths or ['-']
    headers = (len(paths) > 1 or opts.get('v')) and not opts.get('q')
    first = True
    for path in paths:
        if path == '-':
            stream = sys.stdin
            name = 'standard input'
        else:
            real = resolve(cwd, path)
            if isdir(real):
                cmd.warn("error reading '" + path + "': Is a directory")
                continue
            try:
                stream = open(real, encoding='utf-8', errors='replace')
            except OSError as e:
                cmd.warn("cannot open '" + path + "' for reading: " + strerror(e))
                continue
            name = path
        lines = read_lines(stream)
        if stream is not sys.stdin:
            stream.close()
        if headers:
            cmd.write(('' if first else '\n') + '==> ' + name + ' <==\n')
        first = False
        cmd.write(''.join(select(lines, count, sign)))


cmd.run(main)
