#!/bin/bash
# Runs the conformance corpus through a command-line Python interpreter and compares results.
#
#   tests/conformance/run-native.sh [options] BINARY [PROGRAM.py | AREA_DIR ...]
#     BINARY   build/pyjama-python-native, or any python3 (with CPython 3.12 everything passes)
#   options:
#     -a, --all-must-pass   ignore known-failures.txt (use when validating with CPython itself)
#     -v, --verbose         show a diff for each failing program
#     -t, --timeout SECS    per-program time limit (default 30)
#     -s, --hash-seed N     PYTHONHASHSEED for the run (default 0; with CPython, a different seed
#                           shows programs whose output wrongly depends on str hashing)
#     -k, --known FILE      a further list of known failures for this interpreter only (e.g.
#                           known-failures-native.txt for the TeaVM build), same format
#
# Each program runs from its own directory as `BINARY name.py` with an empty stdin. It passes
# when stdout equals <name>.out byte for byte, the exit status equals <name>.status (0 when
# absent) and stderr equals <name>.err (empty when absent), both stderrs normalized as regen.py
# does: the program's directory prefix removed from paths, caret-only (~~^^) lines dropped.
# Programs listed in known-failures.txt are expected to fail; one that passes is reported as
# a failure, so that it gets removed from the list (the list only shrinks).
set -uo pipefail

corpus="$(cd "$(dirname "$0")" && pwd)"
all_must_pass=0
verbose=0
timeout_secs=30
hash_seed=0
extra_known=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    -a|--all-must-pass) all_must_pass=1; shift ;;
    -v|--verbose) verbose=1; shift ;;
    -t|--timeout) timeout_secs="$2"; shift 2 ;;
    -s|--hash-seed) hash_seed="$2"; shift 2 ;;
    -k|--known) extra_known="$2"; shift 2 ;;
    -h|--help) sed -n '2,21p' "$0"; exit 0 ;;
    *) break ;;
  esac
done
if [[ $# -lt 1 ]]; then
  echo "usage: $0 [-a] [-v] [-t SECS] [-s SEED] BINARY [PROGRAM.py | AREA_DIR ...]" >&2
  exit 2
fi
binary="$1"; shift
if [[ "$binary" == */* ]]; then
  binary="$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")"
fi
if ! command -v "$binary" >/dev/null 2>&1; then
  echo "$0: no such interpreter: $binary" >&2
  exit 2
fi

# Programs: <area>/<name>.py exactly one level down (deeper .py files are helper modules).
declare -a progs=()
if [[ $# -eq 0 ]]; then
  set -- "$corpus"
fi
for arg in "$@"; do
  abs="$(cd "$(dirname "$arg")" && pwd)/$(basename "$arg")"
  if [[ -f "$abs" ]]; then
    progs+=("${abs#$corpus/}")
  elif [[ "$abs" == "$corpus" ]]; then
    while IFS= read -r p; do progs+=("$p"); done < <(cd "$corpus" && find . -mindepth 2 -maxdepth 2 -name '*.py' | sed 's|^\./||' | LC_ALL=C sort)
  else
    area="${abs#$corpus/}"
    while IFS= read -r p; do progs+=("$area/$p"); done < <(cd "$abs" && find . -mindepth 1 -maxdepth 1 -name '*.py' | sed 's|^\./||' | LC_ALL=C sort)
  fi
done

declare -A known=()
read_known() { # read_known FILE: add its entries to the known-failures set
  local line
  while IFS= read -r line; do
    line="${line%%#*}"
    line="$(echo "$line" | xargs)"
    [[ -n "$line" ]] && known["$line"]=1
  done < "$1"
}
if [[ $all_must_pass -eq 0 ]]; then
  [[ -f "$corpus/known-failures.txt" ]] && read_known "$corpus/known-failures.txt"
  [[ -n "$extra_known" ]] && read_known "$extra_known"
fi

normalize() { # normalize FILE DIR: the stderr comparison form (see regen.py)
  local text
  text="$(cat "$1"; echo x)"
  text="${text%x}"
  text="${text//"$2/"/}"
  printf '%s' "$text" | grep -v -E '^[[:space:]]*[~^]+[[:space:]]*$' || true
}

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
passed=0; failed=0; known_failing=0
declare -a failures=()
export PYTHONHASHSEED="$hash_seed" PYTHONUTF8=1 PYTHONDONTWRITEBYTECODE=1 PYTHONIOENCODING=utf-8
unset PYTHONPATH PYTHONSTARTUP
for rel in "${progs[@]}"; do
  dir="$corpus/$(dirname "$rel")"
  name="$(basename "$rel")"
  base="${name%.py}"
  (cd "$dir" && timeout "$timeout_secs" "$binary" "$name" </dev/null >"$tmp/out" 2>"$tmp/err")
  status=$?
  reason=""
  expected_status=0
  [[ -f "$dir/$base.status" ]] && expected_status="$(tr -d '[:space:]' < "$dir/$base.status")"
  if [[ $status -eq 124 ]]; then
    reason="timed out after ${timeout_secs}s"
  elif ! cmp -s "$tmp/out" "$dir/$base.out"; then
    reason="stdout differs"
  elif [[ "$status" != "$expected_status" ]]; then
    reason="exit status $status, expected $expected_status"
  else
    if [[ -f "$dir/$base.err" ]]; then
      normalize "$dir/$base.err" "$dir" > "$tmp/err.expected"
    else
      : > "$tmp/err.expected"
    fi
    normalize "$tmp/err" "$dir" > "$tmp/err.actual"
    if ! cmp -s "$tmp/err.actual" "$tmp/err.expected"; then
      reason="stderr differs"
    fi
  fi
  if [[ -n "${known[$rel]:-}" ]]; then
    if [[ -n "$reason" ]]; then
      known_failing=$((known_failing + 1))
    else
      failed=$((failed + 1))
      failures+=("$rel: passes but is listed in known-failures.txt; remove it from the list")
      echo "UNEXPECTED PASS $rel"
    fi
    continue
  fi
  if [[ -z "$reason" ]]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    failures+=("$rel: $reason")
    echo "FAIL $rel: $reason"
    if [[ $verbose -eq 1 ]]; then
      case "$reason" in
        "stdout differs") diff "$dir/$base.out" "$tmp/out" | head -20 ;;
        "stderr differs") diff "$tmp/err.expected" "$tmp/err.actual" | head -20 ;;
        *) head -c 1500 "$tmp/err" ;;
      esac
    fi
  fi
done
echo "$passed passed, $failed failed, $known_failing known failing (of ${#progs[@]} programs)"
[[ $failed -eq 0 ]]
