#!/bin/sh
# Regenerates the expected outputs with the oracle (CPython 3.12): stdout and stderr merged, then
# the exit status. The directory of the programs is written as @DIR@.
cd "$(dirname "$0")"
dir="$(pwd)"
for f in *.py; do
  /root/.pyenv/versions/3.12.1/bin/python3 "$dir/$f" 2>&1 | sed "s|$dir|@DIR@|g" > "${f%.py}.out"
  /root/.pyenv/versions/3.12.1/bin/python3 "$dir/$f" >/dev/null 2>&1
  echo "status=$?" >> "${f%.py}.out"
done
