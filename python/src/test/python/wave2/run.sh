#!/bin/sh
# Differential tests of the wave-2 Python modules against CPython 3.12: run.sh [-v] [module ...]
exec /root/.pyenv/versions/3.12.1/bin/python3 -I -S -B "$(dirname "$0")/run.py" "$@"
