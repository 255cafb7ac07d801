"""Print the current directory.

Usage: pwd
"""

from cmdargs import Command

cmd = Command('pwd', __doc__)


def main():
    opts, operands = cmd.parse(argv, 'LP')
    cmd.at_most(operands, 0)
    cmd.say(cwd)


cmd.run(main)
