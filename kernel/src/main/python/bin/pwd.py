"""Print the current directory.

Usage: pwd
"""

from cmdargs import Command

cmd = Command('pwd', __doc__)


def main():
    cmd.parse(argv, 'LP')
    cmd.say(cwd)


cmd.run(main)
