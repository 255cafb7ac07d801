#!/usr/bin/env python3
"""Start-up cost: milliseconds from launching an interpreter on bench/hello.py to the first byte
of its output, the median and the fastest of N launches (bench/run.sh's "first output" line is
one launch through a shell pipeline, whose forks add about 10 ms to every interpreter).

    bench/first_output.py [-n N]        CPython 3.12 (as bench/run.sh finds it) and the native build
"""
import os
import statistics
import subprocess
import sys
import time

here = os.path.dirname(os.path.abspath(__file__))
runs = int(sys.argv[sys.argv.index('-n') + 1]) if '-n' in sys.argv else 15
pyenv = '/root/.pyenv/versions/3.12.1/bin/python3'
interpreters = {
    'cpython': pyenv if os.path.exists(pyenv) else 'python3',
    'native': os.path.join(here, '..', 'build', 'pyjama-python-native'),
}
for name, exe in interpreters.items():
    if not os.path.exists(exe) and os.sep in exe:
        print(f'{name:8s} missing ({exe}); run make first')
        continue
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        p = subprocess.Popen([exe, 'hello.py'], cwd=here, stdout=subprocess.PIPE, stdin=subprocess.DEVNULL)
        p.stdout.read(1)
        times.append((time.perf_counter() - start) * 1000)
        p.stdout.read()
        p.wait()
    print(f'{name:8s} median {statistics.median(times):6.1f} ms   fastest {min(times):6.1f} ms   ({runs} launches)')
