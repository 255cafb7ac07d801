#!/bin/sh
# bench/boot.sh [-n RUNS] [-m MEM] [-i kernel|iso] [-k ELF32] [-p PROMPT] [-c] [-b | -B BOOTIMG]
#
# Boot time under QEMU (TCG unless KVM=1): wall time from starting qemu-system-x86_64 to the
# console prompt on the serial port, plus the kernel's own figure (kernel entry -> prompt,
# from its boot timeline), and the time from typing a first line at the prompt (6*7) to its
# answer (42 and the next prompt): the session's first compile and run, cold.
# Each run powers the machine off by typing `poweroff`. Run `make metal` first.
# -k boots another ELF32 than build/'s; -p waits for another prompt (no first-line figure).
# -c counts work instead of time: QEMU's -icount shift=0 advances the guest's clocks 1 ns per
# instruction, so the kernel's figures read as millions of guest instructions (a "ms" is 1M),
# the same on a busy host as on an idle one (wall times then mean nothing).
# -b boots from the boot image (build/pyjama-x86_64.bootimg, made for -m 512M; -B FILE for
# another): the kernel restores the memory a build-time boot had at its prompt.
# Example: bench/boot.sh -n 5 -m 512M -i kernel
set -eu
runs=5 mem=512M image=kernel prompt='>>> ' elf= count= bootimg=
while getopts n:m:i:k:p:cbB: opt; do
    case $opt in
    n) runs=$OPTARG ;; m) mem=$OPTARG ;; i) image=$OPTARG ;; k) elf=$OPTARG ;; p) prompt=$OPTARG ;;
    c) count="-icount shift=0" ;;
    b) bootimg=DEFAULT ;;
    B) bootimg=$OPTARG ;;
    *) sed -n '2,17p' "$0"; exit 2 ;;
    esac
done
root=$(cd "$(dirname "$0")/.." && pwd)
[ "$bootimg" = DEFAULT ] && bootimg=$root/build/pyjama-x86_64.bootimg
case $image in
kernel) boot="-kernel ${elf:-$root/build/pyjama-x86_64.elf32}${bootimg:+ -initrd $bootimg}" ;;
iso)    boot="-cdrom $root/build/pyjama-x86_64.iso" ;;
*) echo "boot.sh: -i kernel or -i iso" >&2; exit 2 ;;
esac
accel="$count"; [ "${KVM:-0}" = 1 ] && accel="-enable-kvm -cpu host"

exec python3 - "$runs" "$mem" "$prompt" "$boot $accel" <<'EOF'
import os, re, select, statistics, subprocess, sys, time
runs, mem, prompt, boot = int(sys.argv[1]), sys.argv[2], sys.argv[3].encode(), sys.argv[4].split()
cmd = ['qemu-system-x86_64', *boot, '-m', mem, '-display', 'none', '-serial', 'stdio',
       '-no-reboot', '-device', 'isa-debug-exit,iobase=0xf4,iosize=0x04']
walls, kernels, answers = [], [], []
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
    answer = float('nan')
    if prompt == b'>>> ':
        out_before, t1 = len(out), time.monotonic()
        p.stdin.write(b'6*7\n'); p.stdin.flush()
        while time.monotonic() < t1 + 60:
            r, _, _ = select.select([p.stdout], [], [], 0.05)
            if r:
                chunk = os.read(p.stdout.fileno(), 65536)
                if not chunk:
                    break
                out += chunk
                if b'42\r\n>>> ' in out[out_before:]:
                    answer = (time.monotonic() - t1) * 1000
                    break
    p.stdin.write(b'poweroff\n'); p.stdin.flush()
    try:
        p.wait(timeout=20)
    except subprocess.TimeoutExpired:
        p.kill()
    m = re.search(rb'prompt reached ([0-9.]+) ms after kernel entry', out)
    k = float(m.group(1)) if m else float('nan')
    walls.append(wall * 1000); kernels.append(k); answers.append(answer)
    print(f"run {i + 1}: qemu start -> prompt {wall * 1000:7.1f} ms   kernel entry -> prompt {k:6.1f} ms"
          f"   first line answered {answer:6.1f} ms")
print(f"median of {runs}: qemu start -> prompt {statistics.median(walls):.1f} ms, "
      f"kernel entry -> prompt {statistics.median(kernels):.1f} ms, "
      f"first line {statistics.median(answers):.1f} ms  ({' '.join(boot)}, -m {mem}, load {os.getloadavg()[0]:.1f})")
EOF
