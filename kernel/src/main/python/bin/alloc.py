"""Allocate 1 MiB blocks in the kernel until OutOfMemoryError (or MIB of them), then free them.

Usage: alloc [MIB]
A test of the kernel's memory limits: it shows that running out of heap is an error the
kernel reports and survives, not a crash. Output goes straight to the console.
"""

import sys

import pyjama_session

if argv and argv[0] == '--help':
    print(__doc__.strip())
    sys.exit(0)
pyjama_session.kernel_command('alloc', argv)
