"""Clear the terminal screen.

Usage: clear
"""

from cmdargs import Command

cmd = Command('clear', __doc__)


def main():
    opts, operands = cmd.parse(argv, '')
    cmd.at_most(operands, 0)
    cmd.write('\x1b[H\x1b[2J\x1b[3J')


cmd.run(main)
