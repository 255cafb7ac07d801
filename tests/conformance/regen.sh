#!/bin/bash
# Regenerates expected outputs from the CPython 3.12 oracle; see regen.py for the rules.
#   tests/conformance/regen.sh                 every program
#   tests/conformance/regen.sh str/split.py    given programs or area directories
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
oracle="${PYJAMA_ORACLE:-/root/.pyenv/versions/3.12.1/bin/python3}"
exec "$oracle" "$here/regen.py" "$@"
