#!/usr/bin/env python3
"""Regenerates the expected results of conformance programs from the CPython 3.12 oracle.

Usage:  tests/conformance/regen.py [PROGRAM.py | AREA_DIR ...]
        (no argument: every program of the corpus)

A program is tests/conformance/<area>/<name>.py (exactly one directory deep; deeper .py files
are helper modules). For each, the oracle runs it from the program's own directory with
`-X utf8`, PYTHONHASHSEED=0, PYTHONDONTWRITEBYTECODE=1, and an empty stdin, then:
  <name>.out     always: the exact stdout
  <name>.status  only if the exit status is not 0: the status, one line
  <name>.err     only if the exit status is not 0: stderr, normalized (see normalize_stderr)
Stale .status/.err files of programs that now exit 0 are removed. A program that writes to
stderr yet exits 0 is reported as an error: its stderr would go unchecked.
"""
import os
import re
import subprocess
import sys

ORACLE = os.environ.get("PYJAMA_ORACLE", "/root/.pyenv/versions/3.12.1/bin/python3")
CORPUS = os.path.dirname(os.path.abspath(__file__))
TIMEOUT_SECONDS = 60

# CPython 3.12 underlines the failing sub-expression with lines of ~ and ^; which columns it
# marks is an implementation detail we do not hold the interpreter to, so such lines are dropped.
CARET_LINE = re.compile(r"^\s*[~^]+\s*$")


def normalize_stderr(text, program_dir):
    """The stderr form both runners compare: the program's directory (with its trailing /)
    removed from paths, so tracebacks read File "name.py"; caret-only lines dropped."""
    text = text.replace(program_dir.rstrip("/") + "/", "")
    lines = [line for line in text.split("\n") if not CARET_LINE.match(line)]
    return "\n".join(lines)


def programs(args):
    found = []
    roots = args or [CORPUS]
    for root in roots:
        root = os.path.abspath(root)
        if os.path.isfile(root):
            found.append(root)
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
            if os.path.dirname(dirpath) != CORPUS:
                continue  # only <area>/<name>.py are programs
            found.extend(os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith(".py"))
    return found


def regen(path):
    directory, name = os.path.split(path)
    base = path[:-3]
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1", PYTHONIOENCODING="utf-8")
    env.pop("PYTHONPATH", None)
    proc = subprocess.run([ORACLE, "-X", "utf8", name], cwd=directory, env=env,
                          stdin=subprocess.DEVNULL, capture_output=True, timeout=TIMEOUT_SECONDS)
    with open(base + ".out", "wb") as f:
        f.write(proc.stdout)
    problems = []
    if proc.returncode != 0:
        with open(base + ".status", "w") as f:
            f.write("%d\n" % proc.returncode)
        with open(base + ".err", "w", encoding="utf-8") as f:
            f.write(normalize_stderr(proc.stderr.decode("utf-8"), directory))
    else:
        for stale in (base + ".status", base + ".err"):
            if os.path.exists(stale):
                os.remove(stale)
        if proc.stderr:
            problems.append("writes to stderr but exits 0: " + proc.stderr.decode()[:300])
    return proc.returncode, problems


def main():
    paths = programs(sys.argv[1:])
    failures = 0
    for path in paths:
        status, problems = regen(path)
        rel = os.path.relpath(path, CORPUS)
        if problems:
            failures += 1
            for p in problems:
                print("%s: %s" % (rel, p), file=sys.stderr)
        elif status != 0:
            print("%s: exit status %d (expected .status/.err written)" % (rel, status))
    print("regenerated %d program(s)%s" % (len(paths), ", %d with problems" % failures if failures else ""))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
