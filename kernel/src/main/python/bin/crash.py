"""Throw a Java exception inside the kernel, to show that the console survives it.

Usage: crash [checks]
The kernel prints the exception with its Java stack trace and logs it; the session goes on.
With "checks", it instead fails a bounds, a null and a cast check in Java and catches each,
printing one line: the test that the kernel's compiled checks still reach their handlers.
"""

import sys

import pyjama_session

if argv and argv[0] == '--help':
    print(__doc__.strip())
    sys.exit(0)
pyjama_session.kernel_command('crash', argv)
