"""Clear the terminal screen.

Usage: clear
"""

from cmdargs import Command

cmd = Command('clear', __doc__)


def main():
    cmd.parse(argv, '')
    cmd.write('\x1b[H\x1b[2J\x1b[3J')


cmd.run(main)
