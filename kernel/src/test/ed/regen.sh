#!/bin/sh
# Regenerate the expected results of every case from GNU ed (/usr/bin/ed,
# version 1.19): NAME.out, NAME.status and NAME.file.
here=$(cd "$(dirname "$0")" && pwd)
. "$here/common.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for script in "$here"/cases/*.ed; do
    name=$(basename "$script" .ed)
    run_case "$here/cases" "$name" /usr/bin/ed
    cp "$work/out" "$here/cases/$name.out"
    cp "$work/status" "$here/cases/$name.status"
    if [ -s "$work/files" ]; then
        cp "$work/files" "$here/cases/$name.file"
    else
        rm -f "$here/cases/$name.file"
    fi
done
