#!/usr/bin/env python3
"""Runs each wave-2 test script twice (CPython's modules, then ours) and compares per label."""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ORACLE = '/root/.pyenv/versions/3.12.1/bin/python3'


def transcript(mode, script):
    env = dict(os.environ, COLUMNS='80', LINES='24', TZ='UTC', LC_ALL='C')
    proc = subprocess.run([ORACLE, '-I', '-S', '-B', os.path.join(HERE, 'harness.py'), mode, script],
                          capture_output=True, text=True, env=env, cwd=HERE, timeout=300)
    results = {}
    order = []
    for line in proc.stdout.splitlines():
        label, tab, value = line.partition('\t')
        if not tab:
            continue
        if label in results:
            label = f'{label}#{order.count(label)}'
        results[label] = value
        order.append(label)
    return results, order, proc


def main(argv):
    verbose = '-v' in argv
    names = [a for a in argv if not a.startswith('-')]
    scripts = sorted(f for f in os.listdir(HERE) if f.startswith('test_') and f.endswith('.py'))
    if names:
        scripts = [s for s in scripts if s[5:-3] in names]
    total_pass = total_fail = 0
    for script in scripts:
        real, order, rproc = transcript('real', script)
        ours, _, oproc = transcript('ours', script)
        passed = failed = 0
        problems = []
        for proc, mode in ((rproc, 'real'), (oproc, 'ours')):
            if proc.returncode != 0:
                failed += 1
                problems.append(f'  [{mode} exited {proc.returncode}]\n' + proc.stderr[-3000:])
        for label in order:
            if label in ours and ours[label] == real[label]:
                passed += 1
            else:
                failed += 1
                problems.append(f'  {label}\n    real: {real[label]}\n    ours: {ours.get(label, "<missing>")}')
        for label in ours:
            if label not in real:
                failed += 1
                problems.append(f'  {label} only in ours: {ours[label]}')
        total_pass += passed
        total_fail += failed
        print(f'{script[5:-3]}: {passed} passed, {failed} failed')
        for p in problems[: None if verbose else 15]:
            print(p)
    print(f'TOTAL: {total_pass} passed, {total_fail} failed')
    return 1 if total_fail else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
