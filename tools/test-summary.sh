#!/bin/sh
# Adds up the Surefire reports of every module (unit, conformance and system tests) and prints
# one closing line: "tests: N passed, N failed, N skipped".
tests=0; failed=0; skipped=0
for f in $(find . -path '*/target/surefire-reports/TEST-*.xml' 2>/dev/null); do
    line=$(grep -m1 '<testsuite ' "$f")
    get() { echo "$line" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
    t=$(get tests); fl=$(get failures); e=$(get errors); s=$(get skipped)
    tests=$((tests + ${t:-0})); failed=$((failed + ${fl:-0} + ${e:-0})); skipped=$((skipped + ${s:-0}))
done
echo "tests: $((tests - failed - skipped)) passed, $failed failed, $skipped skipped"
