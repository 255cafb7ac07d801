"""Hello from a Pyjama program: what a script sees when it runs.

Usage: hello_kernel.py [ARG]...
Run it from the shell (or type its name at >>>) with a few arguments:

    hello_kernel.py one two

A script gets its arguments and the shell's directory as the globals `argv` and `cwd`,
the kernel's objects (vfs, scheduler, ...) as further globals, and can import `kernel`.
"""

import sys

import kernel

print('Hello from', __file__)

# The arguments without the program's name; sys.argv has the name first, as in CPython.
print('argv:    ', argv)
print('sys.argv:', sys.argv)

# The shell's current directory. A script that assigns a new path to `cwd` moves the shell.
print('cwd:     ', cwd)

# The kernel as a Python module.
print(f'kernel:   Pyjama {kernel.version} on {kernel.machine} ({kernel.arch}), '
      f'up {kernel.uptime():.3f} s')

# A live reading of the memory figures, in bytes; its repr shows every field.
mem = kernel.memory.stats()
print('memory:  ', mem)
print(f'          heap {mem.heap_used / 2**20:.1f} MiB used of {mem.heap_max / 2**20:.1f} MiB, '
      f'{mem.phys_free / 2**20:.1f} MiB of RAM free')

# Which kernel objects this script was given as globals.
given = [name for name in ('vfs', 'OpenFlags', 'scheduler', 'log') if name in globals()]
print('globals: ', ', '.join(given) if given else '(no kernel namespace: not run by the shell)')

# A line in the kernel log: it shows on the console, in `dmesg` and in /proc/log.
kernel.log.info(f'hello_kernel ran with {len(argv)} arguments', name='hello')
