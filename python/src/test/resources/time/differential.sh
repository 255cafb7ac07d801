#!/bin/bash
# Differential runs of the time module against the CPython oracle (docs/stdlib-java.md, "time").
# Each script prints one line per random case; the interpreter's output must equal the oracle's.
#   python/src/test/resources/time/differential.sh [SEEDS...]      (after mvn -pl python compile)
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../../../.." && pwd)"
oracle="${PYJAMA_ORACLE:-/root/.pyenv/versions/3.12.1/bin/python3}"
java="$("$root/tools/find-jdk.sh")/bin/java"
out="$(mktemp -d)"
status=0
for seed in "${@:-1 2 3}"; do
    for script in strftime_fuzz strptime_fuzz conv_fuzz; do
        "$oracle" "$here/$script.py" "$seed" > "$out/oracle" 2>/dev/null
        "$java" -cp "$root/python/target/classes" pyjama.python.Main "$here/$script.py" "$seed" > "$out/pyjama" 2>&1
        if cmp -s "$out/oracle" "$out/pyjama"; then
            echo "$script seed $seed: $(wc -l < "$out/oracle") cases agree"
        else
            echo "$script seed $seed: differs"; diff "$out/oracle" "$out/pyjama" | head -10; status=1
        fi
    done
done
rm -rf "$out"
exit $status
