"""List the commands, or show the help of one.

Usage: help [COMMAND]
Without COMMAND, list every command in /bin with its one-line description.
"""

import os
import re
from cmdargs import Command, resolve, strerror

cmd = Command('help', __doc__)
DOCSTRING = re.compile(r'\A(?:\s*#[^\n]*\n)*\s*[rRuU]?("""|\'\'\')(.*?)\1', re.S)


def docstring(real):
    try:
        with open(real, encoding='utf-8', errors='replace') as f:
            head = f.read(8192)
    except OSError:
        return None
    m = DOCSTRING.match(head)
    return m.group(2).strip('\n') if m else None


def main():
    opts, operands = cmd.parse(argv, '')
    cmd.at_most(operands, 1)
    bin_dir = resolve('/', '/bin')
    if operands:
        name = operands[0]
        text = docstring(bin_dir + '/' + name + '.py')
        if text is None:
            cmd.fail("no help for '" + name + "'")
        cmd.say(text)
        return 0
    try:
        names = sorted(n[:-3] for n in os.listdir(bin_dir) if n.endswith('.py'))
    except OSError as e:
        cmd.fail('/bin: ' + strerror(e))
    cmd.say('Commands (help COMMAND or COMMAND --help for more):')
    width = max([len(n) for n in names] + [8]) + 2
    for name in names:
        text = docstring(bin_dir + '/' + name + '.py') or ''
        cmd.say('  ' + name.ljust(width) + (text.splitlines()[0] if text else ''))


cmd.run(main)
