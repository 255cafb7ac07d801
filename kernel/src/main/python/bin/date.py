"""Print the date and time (UTC).

Usage: date [-u] [-d @SECONDS] [+FORMAT]
Without FORMAT, print like 'Sat Nov 21 05:12:03 UTC 2026'. FORMAT takes time.strftime's
%-directives, plus %e (day, space-padded), %s (seconds since the epoch), %Z (UTC) and
%z (+0000).

  -u            UTC (the only time zone: accepted for compatibility)
  -d @SECONDS   show that moment instead of now
"""

import time
from cmdargs import Command

cmd = Command('date', __doc__)
DEFAULT = '%a %b %e %H:%M:%S %Z %Y'


def format_time(fmt, t, epoch):
    out = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c != '%' or i + 1 >= len(fmt):
            out.append(c)
            i += 1
            continue
        d = fmt[i + 1]
        i += 2
        if d == '%':
            out.append('%')
        elif d == 'e':
            out.append(str(t.tm_mday).rjust(2))
        elif d == 's':
            out.append(str(epoch))
        elif d == 'Z':
            out.append('UTC')
        elif d == 'z':
            out.append('+0000')
        elif d == 'n':
            out.append('\n')
        elif d == 't':
            out.append('\t')
        else:
            out.append(time.strftime('%' + d, t))
    return ''.join(out)


def main():
    opts, operands = cmd.parse(argv, 'u', 'd', longs={'--utc': 'u', '--date': ('d', True)})
    fmt = DEFAULT
    for operand in operands:
        if not operand.startswith('+'):
            cmd.fail("invalid date '" + operand + "'")
        fmt = operand[1:]
    if len(operands) > 1:
        cmd.usage_error("extra operand '" + operands[1] + "'")
    if 'd' in opts:
        text = opts['d']
        body = text[1:]
        if not text.startswith('@') or not body.lstrip('-').isdigit():
            cmd.fail("invalid date '" + text + "'")
        epoch = int(body)
    else:
        epoch = int(time.time())
    cmd.say(format_time(fmt, time.gmtime(epoch), epoch))


cmd.run(main)
