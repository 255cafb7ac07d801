"""Throw a Java exception inside the kernel, to show that the console survives it.

Usage: crash
The kernel prints the exception with its Java stack trace and logs it; the session goes on.
"""

import sys

import pyjama_session

if argv and argv[0] == '--help':
    print(__doc__.strip())
    sys.exit(0)
pyjama_session.kernel_command('crash', [])
