"""Run Python in an interpreter of its own: FILE, -c CODE, or the REPL.

Usage: python [-c CODE [ARG...] | FILE [ARG...] | -V]
As CPython's command: FILE runs as __main__ with sys.argv = [FILE, ARG...]; -c runs CODE;
with no argument, a >>> REPL until Ctrl-D or exit(). The interpreter is fresh: the session's
names (vfs, sh, ...) are not in it. Output goes straight to the console (redirections of
this command are not applied). The exit status is the program's.
"""

import sys

import pyjama_session

if argv and argv[0] == '--help':
    print(__doc__.strip())
    sys.exit(0)
sys.exit(pyjama_session.python_command(argv))
