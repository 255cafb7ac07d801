"""Turn the machine off.

Usage: poweroff
Calls kernel.poweroff() (only on Pyjama).
"""

import sys

from cmdargs import Command

cmd = Command('poweroff', __doc__)


def main():
    opts, operands = cmd.parse(argv, '')
    cmd.at_most(operands, 0)
    kernel = globals().get('kernel')
    if kernel is None:
        try:
            import kernel
        except ImportError:
            cmd.fail('not running on Pyjama (no kernel module)')
    if not hasattr(kernel, 'poweroff'):
        cmd.fail('not running on Pyjama (kernel.poweroff is missing)')
    cmd.say("Powering off.")
    sys.stdout.flush()
    kernel.poweroff()


cmd.run(main)
