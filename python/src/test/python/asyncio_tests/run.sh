#!/bin/sh
# Differential tests of Pyjama's asyncio (python/src/main/python/asyncio) under host CPython 3.12.
#
# Every test_*.py here prints a deterministic transcript; it is run (a) with CPython's own asyncio
# and (b) with ours (launch.py), and stdout plus exit status must be identical.  own_*.py cover
# what only Pyjama has (the backend protocol, the session loop): with ours they must print
# own_*.out.  The conformance programs in tests/conformance/async/ must print their .out files.
#
#   run.sh [-v] [name ...]      names filter the scripts by substring
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

run_mode() {  # mode script out -> writes stdout + status line to out, stderr to out.err
    ( cd "$TMP" && PYTHONHASHSEED=0 timeout 60 "$PY" -I -S "$HERE/launch.py" "$1" "$2" \
        >"$3" 2>"$3.err"; echo "exit status $?" >>"$3" )
}

report() {  # name ok detail-file...
    if [ "$2" = ok ]; then
        passed=$((passed + 1))
        [ $VERBOSE = 1 ] && echo "ok   $1"
    else
        failed=$((failed + 1))
        echo "FAIL $1"
        shift 2
        for f in "$@"; do sed 's/^/    /' "$f" | head -60; done
    fi
}

for script in "$HERE"/test_*.py; do
    [ -e "$script" ] || continue
    name=$(basename "$script" .py)
    wanted "$name" "$@" || continue
    run_mode cpython "$script" "$TMP/$name.cpython"
    run_mode pyjama "$script" "$TMP/$name.pyjama"
    if cmp -s "$TMP/$name.cpython" "$TMP/$name.pyjama"; then
        report "$name" ok
    else
        diff -u "$TMP/$name.cpython" "$TMP/$name.pyjama" >"$TMP/$name.diff"
        report "$name" fail "$TMP/$name.diff" "$TMP/$name.pyjama.err"
    fi
done

for script in "$HERE"/own_*.py; do
    [ -e "$script" ] || continue
    name=$(basename "$script" .py)
    wanted "$name" "$@" || continue
    run_mode pyjama "$script" "$TMP/$name.pyjama"
    printf 'exit status 0\n' | cat "${script%.py}.out" - >"$TMP/$name.expected"
    if cmp -s "$TMP/$name.expected" "$TMP/$name.pyjama"; then
        report "$name" ok
    else
        diff -u "$TMP/$name.expected" "$TMP/$name.pyjama" >"$TMP/$name.diff"
        report "$name" fail "$TMP/$name.diff" "$TMP/$name.pyjama.err"
    fi
done

for script in "$ROOT"/tests/conformance/async/*.py; do
    name=conformance/$(basename "$script" .py)
    wanted "$name" "$@" || continue
    run_mode pyjama "$script" "$TMP/conf.out"
    printf 'exit status 0\n' | cat "${script%.py}.out" - >"$TMP/conf.expected"
    if cmp -s "$TMP/conf.expected" "$TMP/conf.out"; then
        report "$name" ok
    else
        diff -u "$TMP/conf.expected" "$TMP/conf.out" >"$TMP/conf.diff"
        report "$name" fail "$TMP/conf.diff" "$TMP/conf.out.err"
    fi
done

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
