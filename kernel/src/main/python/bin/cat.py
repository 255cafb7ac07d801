"""Print files one after the other.

Usage: cat [OPTION]... [FILE]...
Copy each FILE (standard input when none, or for '-') to standard output.

  -n    number the output lines
"""

import sys
from cmdargs import Command, open_input, close_input

cmd = Command('cat', __doc__)


def main():
    opts, paths = cmd.parse(argv, 'n')
    number = 0
    at_line_start = True
    for path in paths or ['-']:
        stream = open_input(cmd, cwd, path)
        if stream is None:
            continue
        try:
            data = stream.read()
        except OSError as e:
            cmd.warn(path + ': ' + (e.strerror or str(e)))
            data = ''
        close_input(stream)
        if not opts.get('n'):
            sys.stdout.write(data)
            continue
        out = []
        for piece in data.splitlines(True):
            if at_line_start:
                number += 1
                out.append(str(number).rjust(6) + '\t')
            out.append(piece)
            at_line_start = piece.endswith('\n')
        sys.stdout.write(''.join(out))


cmd.run(main)
