"""Show physical memory and GC heap figures, as the kernel counts them.

Usage: mem
Two lines: physical frames (total, free, used) and the GC heap (max, committed, used).
Output goes straight to the console. See also: free (which reads /proc/meminfo).
"""

import sys

import pyjama_session

if argv:
    if argv[0] == '--help':
        print(__doc__.strip())
        sys.exit(0)
    sys.stderr.write('mem: extra operand ' + repr(argv[0]) + "\nTry 'mem --help' for more information.\n")
    sys.exit(2)
pyjama_session.kernel_command('mem', [])
