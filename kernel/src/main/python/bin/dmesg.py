"""Print the kernel log.

Usage: dmesg
The kernel's log ring (/proc/log): seconds since boot, then each message.
"""

from cmdargs import Command, read_proc

cmd = Command('dmesg', __doc__)


def main():
    opts, operands = cmd.parse(argv, '')
    cmd.at_most(operands, 0)
    text = read_proc('log')
    if text is None:
        cmd.fail('cannot read /proc/log: No such file or directory')
    cmd.write(text)


cmd.run(main)
