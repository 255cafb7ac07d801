#!/bin/sh
# Run every case through ed.py and compare stdout, the files left behind and
# the exit status with GNU ed's (see regen.sh).  Usage: run.sh [PYTHON] [NAME...]
here=$(cd "$(dirname "$0")" && pwd)
. "$here/common.sh"
python=${1:-/root/.pyenv/versions/3.12.1/bin/python3}
[ $# -gt 0 ] && shift
ed_py=$(cd "$here/../../main/python/bin" && pwd)/ed.py
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0; failed=0
# cases/: expected results from GNU ed; cases-pyjama/: written by hand where
# Pyjama's ed differs on purpose (no shell).  A NAME argument selects cases.
for dir in "$here/cases" "$here/cases-pyjama"; do
if [ $# -gt 0 ]; then names="$*"; else
    names=$(cd "$dir" && ls *.ed | sed 's/\.ed$//'); fi
for name in $names; do
    [ -f "$dir/$name.ed" ] || continue
    run_case "$dir" "$name" "$python" "$ed_py"
    expected_files="$dir/$name.file"
    [ -f "$expected_files" ] || expected_files=/dev/null
    if cmp -s "$work/out" "$dir/$name.out" &&
       cmp -s "$work/status" "$dir/$name.status" &&
       cmp -s "$work/files" "$expected_files"; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL $name"
        if [ -n "$VERBOSE" ]; then
            diff "$dir/$name.out" "$work/out" | head -20
            diff "$expected_files" "$work/files" | head -20
            echo "status: expected $(cat "$dir/$name.status") got $(cat "$work/status")"
        fi
    fi
done
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
