"""Restart the machine.

Usage: reboot
Calls kernel.reboot() (only on Pyjama).
"""

import sys

from cmdargs import Command

cmd = Command('reboot', __doc__)


def main():
    opts, operands = cmd.parse(argv, '')
    cmd.at_most(operands, 0)
    kernel = globals().get('kernel')
    if kernel is None:
        try:
            import kernel
        except ImportError:
            cmd.fail('not running on Pyjama (no kernel module)')
    if not hasattr(kernel, 'reboot'):
        cmd.fail('not running on Pyjama (kernel.reboot is missing)')
    cmd.say("Rebooting.")
    sys.stdout.flush()
    kernel.reboot()


cmd.run(main)
