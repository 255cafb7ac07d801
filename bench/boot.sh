#!/bin/sh
# bench/boot.sh [-n RUNS] [-m MEM] [-i kernel|iso] [-p PROMPT]
#
# Boot time under QEMU (TCG unless KVM=1): wall time from starting qemu-system-x86_64 to the
# console prompt on the serial port, plus the kernel's own figure (kernel entry -> prompt,
# from its boot timeline). Each run powers the machine off by typing `poweroff`.
# Run `make metal` first. Example: bench/boot.sh -n 5 -m 512M -i kernel (the prompt is the
# Python session's `>>> `; -p for another)
set -eu
runs=5 mem=512M image=kernel prompt='>>> '
while getopts n:m:i:p: opt; do
    case $opt in
    n) runs=$OPTARG ;; m) mem=$OPTARG ;; i) image=$OPTARG ;; p) prompt=$OPTARG ;;
    *) sed -n '2,8p' "$0"; exit 2 ;;
    esac
done
root=$(cd "$(dirname "$0")/.." && pwd)
case $image in
kernel) boot="-kernel $root/build/pyjama-x86_64.elf32" ;;
iso)    boot="-cdrom $root/build/pyjama-x86_64.iso" ;;
*) echo "boot.sh: -i kernel or -i iso" >&2; exit 2 ;;
esac
accel=""; [ "${KVM:-0}" = 1 ] && accel="-enable-kvm -cpu host"

exec python3 - "$runs" "$mem" "$prompt" "$boot $accel" <<'EOF'
import os, re, select, statistics, subprocess, sys, time
runs, mem, prompt, boot = int(sys.argv[1]), sys.argv[2], sys.argv[3].encode(), sys.argv[4].split()
cmd = ['qemu-system-x86_64', *boot, '-m', mem, '-display', 'none', '-serial', 'stdio',
       '-no-reboot', '-device', 'isa-debug-exit,iobase=0xf4,iosize=0x04']
walls, kernels = [], []
for i in range(runs):
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    out, wall = b'', None
    deadline = t0 + 60
    while time.monotonic() < deadline:
        r, _, _ = select.select([p.stdout], [], [], 0.05)
        if not r:
            continue
        chunk = os.read(p.stdout.fileno(), 65536)
        if not chunk:
            break
        out += chunk
        if prompt in out:
            wall = time.monotonic() - t0
            break
    if wall is None:
        p.kill()
        sys.exit(f"run {i + 1}: no prompt {prompt!r} within 60 s; output:\n" + out.decode('utf-8', 'replace')[-2000:])
    p.stdin.write(b'poweroff\n'); p.stdin.flush()
    try:
        p.wait(timeout=20)
    except subprocess.TimeoutExpired:
        p.kill()
    m = re.search(rb'prompt reached ([0-9.]+) ms after kernel entry', out)
    k = float(m.group(1)) if m else float('nan')
    walls.append(wall * 1000); kernels.append(k)
    print(f"run {i + 1}: qemu start -> prompt {wall * 1000:7.1f} ms   kernel entry -> prompt {k:6.1f} ms")
print(f"median of {runs}: qemu start -> prompt {statistics.median(walls):.1f} ms, "
      f"kernel entry -> prompt {statistics.median(kernels):.1f} ms  ({' '.join(cmd[1:3])}, -m {mem})")
EOF
