#!/usr/bin/env python3
"""How much of our frozen Python stdlib reads like CPython's own Lib/ text.

Our rule is that every module is written for this project. This tool is the check: for each
module under python/src/main/python that has a namesake in CPython's Lib/ (the host oracle's,
or --lib DIR), it prints

  shared  the fraction of our non-trivial lines (over 30 characters once stripped) that occur
          verbatim, stripped, anywhere in CPython's module;
  run     the longest run of consecutive non-blank lines of ours that appears, in order and
          consecutive, in CPython's module (comments included), counted in lines of over 12
          characters.

Independently written modules of the same API share error messages, signatures and docstring
first lines, which is where a few percent come from; a copy shows as long runs. Limits used by
--check (exit status 1 when a module exceeds either): shared <= 0.25 and run <= 4.

  tools/cpython-similarity.py                 table of every module, worst first
  tools/cpython-similarity.py --check         the same, failing on modules over the limits
  tools/cpython-similarity.py enum.py typing  only these (paths relative to the stdlib root)
  tools/cpython-similarity.py --show enum.py  print the shared runs of one module
"""
import argparse
import os
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "python", "src", "main", "python")
DEFAULT_LIB = "/root/.pyenv/versions/3.12.1/lib/python3.12"
MAX_SHARED, MAX_RUN = 0.25, 4


def significant(lines):
    return [l.strip() for l in lines if len(l.strip()) > 30]


def runs(ours, theirs):
    """Maximal runs of consecutive non-blank lines of ours found consecutively in theirs."""
    a = [l.strip() for l in ours if l.strip()]
    b = [l.strip() for l in theirs if l.strip()]
    where = {}
    for j, line in enumerate(b):
        where.setdefault(line, []).append(j)
    found = []
    i = 0
    while i < len(a):
        best = 0
        for j in where.get(a[i], ()):
            k = 0
            while i + k < len(a) and j + k < len(b) and a[i + k] == b[j + k]:
                k += 1
            best = max(best, k)
        if best >= 2:
            found.append((i, a[i:i + best]))
            i += best
        else:
            i += 1
    return found


def weight(run):
    # A run's length counted in lines that say something (over 12 characters): a shared
    # 'try:', 'pass' or docstring quote is chance, a shared statement is not.
    return sum(1 for l in run if len(l) > 12)


def measure(path, lib):
    rel = os.path.relpath(path, ROOT)
    other = os.path.join(lib, rel)
    if not os.path.exists(other):
        return None
    with open(path, encoding="utf-8") as f:
        ours = f.read().splitlines()
    with open(other, encoding="utf-8") as f:
        theirs = f.read().splitlines()
    mine = significant(ours)
    pool = set(significant(theirs))
    shared = sum(1 for l in mine if l in pool) / max(1, len(mine))
    found = runs(ours, theirs)
    longest = max((weight(r) for _, r in found), default=0)
    return rel, shared, longest, len(ours), found


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("modules", nargs="*")
    ap.add_argument("--lib", default=DEFAULT_LIB, help="CPython's Lib directory (default: %(default)s)")
    ap.add_argument("--check", action="store_true", help="exit 1 if a module is over the limits")
    ap.add_argument("--show", action="store_true", help="print the shared runs")
    args = ap.parse_args()
    if not os.path.isdir(args.lib):
        print(f"no CPython Lib at {args.lib}: nothing to compare with", file=sys.stderr)
        return 2
    paths = []
    if args.modules:
        for m in args.modules:
            p = os.path.join(ROOT, m if m.endswith(".py") else m + ".py")
            if not os.path.exists(p):
                p = os.path.join(ROOT, m, "__init__.py")
            paths.append(p)
    else:
        for d, dirs, files in os.walk(ROOT):
            dirs.sort()
            paths += [os.path.join(d, f) for f in sorted(files) if f.endswith(".py")]
    rows = [r for r in (measure(p, args.lib) for p in paths) if r]
    rows.sort(key=lambda r: (r[1], r[2]), reverse=True)
    bad = 0
    print(f"{'shared':>6} {'run':>4} {'lines':>5}  module")
    for rel, shared, longest, n, found in rows:
        over = shared > MAX_SHARED or longest > MAX_RUN
        bad += over
        print(f"{shared:6.2f} {longest:4d} {n:5d}  {rel}{'  OVER' if over else ''}")
        if args.show:
            for i, r in found:
                if weight(r) >= 3:
                    print(f"        {len(r)} lines:")
                    for l in r:
                        print("          " + l)
    if args.check and bad:
        print(f"{bad} module(s) over the limits (shared > {MAX_SHARED} or run > {MAX_RUN})")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
