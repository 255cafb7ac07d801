#!/bin/sh
# Pyjama's threading (python/src/main/python/threading.py) under host CPython 3.12, until the
# VM's _thread lands: every program of tests/conformance/stdlib_threading must print its .out
# file exactly, write nothing to stderr and exit 0, with our threading and queue over
#   ours     CPython's complete _thread
#   minimal  a _thread cut down to what Pyjama's VM promises (threading's own local/excepthook)
#   norlock  the same without _thread.RLock (threading's Python RLock; programs that print an
#            RLock's repr are skipped: the Python RLock's repr differs from the C one)
# (launch.py explains the modes.)   run.sh [-v] [name ...]
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../../../.." && pwd)
PY=${PYTHON_ORACLE:-/root/.pyenv/versions/3.12.1/bin/python3}
VERBOSE=0
if [ "${1:-}" = "-v" ]; then VERBOSE=1; shift; fi
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
passed=0
failed=0

wanted() {
    [ $# -eq 1 ] && return 0
    name=$1; shift
    for w in "$@"; do case "$name" in *"$w"*) return 0;; esac; done
    return 1
}

for script in "$ROOT"/tests/conformance/stdlib_threading/*.py; do
    name=$(basename "$script" .py)
    wanted "$name" "$@" || continue
    for mode in ours minimal norlock; do
        if [ $mode = norlock ] && grep -q 'RLOCK_REPR' "$script"; then continue; fi
        out="$TMP/$name.$mode"
        ( cd "$(dirname "$script")" && PYTHONHASHSEED=0 timeout 60 "$PY" -I -S -X utf8 \
            "$HERE/launch.py" $mode "$script" >"$out" 2>"$out.err"; echo "exit status $?" >>"$out" )
        printf 'exit status 0\n' | cat "${script%.py}.out" - >"$TMP/expected"
        if cmp -s "$TMP/expected" "$out" && [ ! -s "$out.err" ]; then
            passed=$((passed + 1))
            [ $VERBOSE = 1 ] && echo "ok   $name [$mode]"
        else
            failed=$((failed + 1))
            echo "FAIL $name [$mode]"
            diff -u "$TMP/expected" "$out" | sed 's/^/    /' | head -40
            sed 's/^/    stderr: /' "$out.err" | head -30
        fi
    done
done
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
