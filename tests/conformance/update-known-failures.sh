#!/bin/bash
# Rewrites tests/conformance/known-failures.txt from the JVM interpreter's current results:
# runs the JUnit conformance suite in-process with -Dconformance.updateKnownFailures=true, which
# makes every program's test pass and lists the ones that fail. Comments of entries that stay
# on the list are kept. Review the diff (it should only shrink) before committing.
#   tests/conformance/update-known-failures.sh [-Dconformance.filter=AREA/ ...]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
JAVA_HOME="$(tools/find-jdk.sh)" exec mvn -B -q -Dstyle.color=never -pl python test \
  -Dtest=ConformanceTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dconformance.updateKnownFailures=true "$@"
