#!/bin/bash
# Interpreter benchmarks: CPython 3.12 (the baseline) against Pyjama on the JVM and native.
#
#   bench/run.sh [-n RUNS] [-t SECS] [-c] [BENCHMARK ...]
#     -n RUNS   runs per benchmark and interpreter; the fastest is reported (default 1)
#     -t SECS   time limit for one run (default 600)
#     -c        report CPU seconds (user + sys, /usr/bin/time) instead of wall-clock seconds:
#               on a shared, loaded machine wall time mostly measures the other users
#     BENCHMARK names without .py (default: all bench/*.py except hello and first_output)
#
# Interpreters, each skipped (and said so) when missing:
#   cpython  /root/.pyenv/versions/3.12.1/bin/python3 if present, else python3
#   jvm      $(tools/find-jdk.sh)/bin/java -jar build/pyjama-python.jar
#   native   build/pyjama-python-native
# Every benchmark prints a checksum line; a run whose output differs from CPython's counts as
# failed ("wrong") rather than timed. Prints one table: seconds per interpreter, the ratio to
# CPython (higher is slower), the geometric mean of the ratios, and the start-to-first-output
# time of hello.py for each interpreter.
set -uo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
runs=1
limit=600
cpu=0
while getopts "n:t:ch" opt; do
  case "$opt" in
    n) runs="$OPTARG" ;;
    t) limit="$OPTARG" ;;
    c) cpu=1 ;;
    *) sed -n '2,19p' "$0"; exit 2 ;;
  esac
done
shift $((OPTIND - 1))

declare -a benches=()
if [[ $# -gt 0 ]]; then
  benches=("$@")
else
  for f in "$here"/*.py; do
    b="$(basename "$f" .py)"
    [[ "$b" == hello || "$b" == first_output ]] || benches+=("$b")  # start-up programs, not benchmarks
  done
fi

# Interpreter name -> command prefix (one string; the program path is appended).
declare -a names=()
declare -A cmd=()
if [[ -x /root/.pyenv/versions/3.12.1/bin/python3 ]]; then
  cmd[cpython]="/root/.pyenv/versions/3.12.1/bin/python3"
elif command -v python3 >/dev/null; then
  cmd[cpython]="$(command -v python3)"
else
  echo "no CPython found: cannot run the baseline" >&2
  exit 1
fi
names+=(cpython)
jdk="$("$root/tools/find-jdk.sh" 2>/dev/null || true)"
if [[ -f "$root/build/pyjama-python.jar" && -n "$jdk" && -x "$jdk/bin/java" ]]; then
  cmd[jvm]="$jdk/bin/java -jar $root/build/pyjama-python.jar"
  names+=(jvm)
else
  echo "skipping jvm: build/pyjama-python.jar or a JDK 21+ is missing (run make)"
fi
if [[ -x "$root/build/pyjama-python-native" ]]; then
  cmd[native]="$root/build/pyjama-python-native"
  names+=(native)
else
  echo "skipping native: build/pyjama-python-native is missing (run make)"
fi

if [[ $cpu -eq 1 && ! -x /usr/bin/time ]]; then
  echo "-c needs /usr/bin/time (Debian package time)" >&2
  exit 2
fi

now_ns() { date +%s%N; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# run_one NAME PROGRAM -> prints seconds, or "fail"/"timeout"; stdout kept in $tmp/out.
run_one() {
  local start end status
  if [[ $cpu -eq 1 ]]; then
    (cd "$here" && timeout "$limit" /usr/bin/time -f "%U %S" -o "$tmp/time" ${cmd[$1]} "$2" </dev/null >"$tmp/out" 2>"$tmp/err")
    status=$?
    if [[ $status -eq 124 ]]; then echo timeout; return; fi
    if [[ $status -ne 0 ]]; then echo fail; return; fi
    tail -n 1 "$tmp/time" | awk '{ printf "%.3f", $1 + $2 }'
    return
  fi
  start=$(now_ns)
  (cd "$here" && timeout "$limit" ${cmd[$1]} "$2" </dev/null >"$tmp/out" 2>"$tmp/err")
  status=$?
  end=$(now_ns)
  if [[ $status -eq 124 ]]; then echo timeout; return; fi
  if [[ $status -ne 0 ]]; then echo fail; return; fi
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", (b - a) / 1e9 }'
}

# first_output NAME -> seconds from launch until hello.py's first byte of output.
first_output() {
  local start t
  start=$(now_ns)
  t=$(cd "$here" && { timeout "$limit" ${cmd[$1]} hello.py </dev/null 2>/dev/null | { head -c1 >/dev/null && now_ns; cat >/dev/null; }; })
  if [[ -z "$t" ]]; then echo fail; return; fi
  awk -v a="$start" -v b="$t" 'BEGIN { printf "%.3f", (b - a) / 1e9 }'
}

declare -A result=()
declare -A expected=()
for b in "${benches[@]}"; do
  if [[ ! -f "$here/$b.py" ]]; then
    echo "no such benchmark: $b" >&2
    exit 2
  fi
  for n in "${names[@]}"; do
    best=""
    for ((i = 0; i < runs; i++)); do
      t="$(run_one "$n" "$b.py")"
      if [[ "$t" =~ ^[0-9] ]]; then
        if [[ "$n" == cpython ]]; then
          expected[$b]="$(cat "$tmp/out")"
        elif [[ "$(cat "$tmp/out")" != "${expected[$b]:-}" ]]; then
          t="wrong"
        fi
      fi
      if [[ ! "$t" =~ ^[0-9] ]]; then
        best="$t"
        echo "  $b on $n: $t$( [[ "$t" == wrong ]] && echo " output: $(head -c 200 "$tmp/out")" )$( [[ "$t" == fail ]] && echo ": $(tail -n 1 "$tmp/err" | head -c 200)" )"
        break
      fi
      if [[ -z "$best" ]] || awk -v x="$t" -v y="$best" 'BEGIN { exit !(x < y) }'; then
        best="$t"
      fi
    done
    result[$b,$n]="$best"
  done
done

echo
[[ $cpu -eq 1 ]] && echo "CPU seconds (user + sys), best of $runs" || echo "wall-clock seconds, best of $runs"
printf "%-16s" "benchmark"
for n in "${names[@]}"; do printf " %10s" "$n s"; done
for n in "${names[@]:1}"; do printf " %12s" "$n/cpython"; done
echo
declare -A logsum=()
declare -A logcount=()
for b in "${benches[@]}"; do
  printf "%-16s" "$b"
  for n in "${names[@]}"; do printf " %10s" "${result[$b,$n]}"; done
  base="${result[$b,cpython]}"
  for n in "${names[@]:1}"; do
    t="${result[$b,$n]}"
    if [[ "$t" =~ ^[0-9] && "$base" =~ ^[0-9] ]]; then
      ratio=$(awk -v x="$t" -v y="$base" 'BEGIN { printf "%.2f", x / (y > 0 ? y : 0.001) }')
      printf " %12s" "${ratio}x"
      logsum[$n]=$(awk -v s="${logsum[$n]:-0}" -v r="$ratio" 'BEGIN { printf "%.9f", s + log(r > 0 ? r : 0.01) }')
      logcount[$n]=$(( ${logcount[$n]:-0} + 1 ))
    else
      printf " %12s" "-"
    fi
  done
  echo
done
printf "%-16s" "geometric mean"
for n in "${names[@]}"; do printf " %10s" ""; done
for n in "${names[@]:1}"; do
  if [[ ${logcount[$n]:-0} -gt 0 ]]; then
    printf " %12s" "$(awk -v s="${logsum[$n]}" -v c="${logcount[$n]}" 'BEGIN { printf "%.2fx", exp(s / c) }')"
  else
    printf " %12s" "-"
  fi
done
echo
printf "%-16s" "first output"
for n in "${names[@]}"; do printf " %10s" "$(first_output "$n")"; done
echo
