"""Print the arguments, separated by spaces, and a newline.

Usage: echo [-neE] [STRING]...

  -n    do not print the final newline
  -e    interpret backslash escapes: \\\\ \\a \\b \\c (stop) \\e \\f \\n \\r \\t \\v \\0NNN \\xHH
  -E    do not interpret them (the default)
"""

import sys

SIMPLE = {'\\': '\\', 'a': '\a', 'b': '\b', 'e': '\x1b', 'f': '\f', 'n': '\n', 'r': '\r',
          't': '\t', 'v': '\v'}


def unescape(text):
    """(text with escapes interpreted, True when \\c asked to stop all output)."""
    out = []
    i = 0
    while i < len(text):
        c = text[i]
        if c != '\\' or i + 1 >= len(text):
            out.append(c)
            i += 1
            continue
        e = text[i + 1]
        i += 2
        if e in SIMPLE:
            out.append(SIMPLE[e])
        elif e == 'c':
            return ''.join(out), True
        elif e == '0':
            j = i
            while j < len(text) and j < i + 3 and text[j] in '01234567':
                j += 1
            out.append(chr(int(text[i:j] or '0', 8) & 0xff))
            i = j
        elif e == 'x' and i < len(text) and text[i] in '0123456789abcdefABCDEF':
            j = i
            while j < len(text) and j < i + 2 and text[j] in '0123456789abcdefABCDEF':
                j += 1
            out.append(chr(int(text[i:j], 16)))
            i = j
        else:
            out.append('\\' + e)
    return ''.join(out), False


def main():
    args = list(argv)
    if args == ['--help']:
        sys.stdout.write(__doc__.strip('\n') + '\n')
        return 0
    newline = True
    escapes = False
    while args and len(args[0]) > 1 and args[0][0] == '-' and all(c in 'neE' for c in args[0][1:]):
        for c in args[0][1:]:
            if c == 'n':
                newline = False
            elif c == 'e':
                escapes = True
            else:
                escapes = False
        args.pop(0)
    text = ' '.join(args)
    if escapes:
        text, stop = unescape(text)
        if stop:
            newline = False
    sys.stdout.write(text + ('\n' if newline else ''))
    return 0


sys.exit(main())
