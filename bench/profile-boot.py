#!/usr/bin/env python3
"""bench/profile-boot.py [-r BOOTS] [-m MEM] [-i ELF32] [-e ELF64] [-n TOP] [--from TEXT] [--until TEXT] [--send LINE] [--insns]

A profiler for the kernel under QEMU TCG, two ways:

- sampling (default): boots the image with QEMU's monitor on a socket, asks it for the vCPU's
  registers as often as it answers (`info registers`, a few thousand times a second) until
  TEXT appears on the serial console (default: the `>>> ` prompt), and prints the functions
  whose code the instruction pointer was in, by samples: wall time under TCG, translation
  included (noisy, and slowed by the sampling itself);
- --insns: counts every guest instruction with a TCG plugin (bench/insn-count.c, built into
  build/insn-count.so on first use) until TEXT appears, then stops QEMU; prints millions of
  instructions per function. Exact and load-independent, but blind to translation cost.
  --from does not apply (the count starts at QEMU's start).

Names are TeaVM's mangled ones as in the ELF. Needs `make images` (the ELF64 gives the
symbols). Examples:

    bench/profile-boot.py -n 40
    bench/profile-boot.py --insns -n 40
    bench/profile-boot.py --insns --send 'ls /bin' -n 40     (the first command, after the boot)
"""
import argparse, bisect, collections, os, re, select, socket, subprocess, sys, tempfile, time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ap = argparse.ArgumentParser()
ap.add_argument('-m', default='512M')
ap.add_argument('-i', default=os.path.join(root, 'build/pyjama-x86_64.elf32'))
ap.add_argument('-e', default=os.path.join(root, 'build/pyjama-x86_64.elf'))
ap.add_argument('-n', type=int, default=30)
ap.add_argument('-s', type=float, default=120, help='give up after this many seconds')
ap.add_argument('-r', type=int, default=1, help='boots to add up')
ap.add_argument('--from', dest='start', default=None, help='count samples only once TEXT appeared on the console')
ap.add_argument('--until', default='>>> ')
ap.add_argument('--send', default=None, help='a line to type at the first TEXT, then profile until TEXT again')
ap.add_argument('--insns', action='store_true', help='count instructions with a TCG plugin instead of sampling')

args = ap.parse_args()

syms = []
for line in subprocess.run(['nm', '-S', '--defined-only', args.e], capture_output=True, text=True).stdout.splitlines():
    p = line.split()
    if len(p) == 4 and p[2] in 'tTwW':
        syms.append((int(p[0], 16), int(p[1], 16), p[3]))
syms.sort()
starts = [s[0] for s in syms]

def name_of(addr):
    i = bisect.bisect_right(starts, addr) - 1
    if i >= 0 and addr < syms[i][0] + max(syms[i][1], 1):
        return syms[i][2]
    return '?%x' % addr

counts = collections.Counter()
samples = 0
elapsed = 0.0


def profile_one_boot():
    global samples, elapsed
    sock_path = tempfile.mktemp(prefix='pyjama-mon-')
    cmd = ['qemu-system-x86_64', '-kernel', args.i, '-m', args.m, '-display', 'none', '-serial', 'stdio',
           '-no-reboot', '-device', 'isa-debug-exit,iobase=0xf4,iosize=0x04',
           '-monitor', 'unix:%s,server,nowait' % sock_path]
    qemu = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    mon = socket.socket(socket.AF_UNIX)
    for attempt in range(500):
        try:
            mon.connect(sock_path)
            break
        except (FileNotFoundError, ConnectionRefusedError):
            if attempt == 499:
                raise
            time.sleep(0.01)

    def read_until_prompt():
        buf = b''
        while not buf.endswith(b'(qemu) '):
            buf += mon.recv(65536)
        return buf

    read_until_prompt()
    rip_re = re.compile(rb'RIP=([0-9a-f]{16})')
    out = b''
    sent = args.send is None
    counting = args.start is None
    t0 = time.monotonic()
    try:
        while time.monotonic() - t0 < args.s:
            r, _, _ = select.select([qemu.stdout], [], [], 0)
            if r:
                chunk = os.read(qemu.stdout.fileno(), 65536)
                if not chunk:
                    break
                out += chunk
                if not counting and args.start.encode() in out:
                    counting = True
                if args.until.encode() in out:
                    if sent:
                        break
                    qemu.stdin.write(args.send.encode() + b'\n')
                    qemu.stdin.flush()
                    out = b''
                    sent = True
            mon.sendall(b'info registers\n')
            m = rip_re.search(read_until_prompt())
            if m and sent and counting:
                counts[name_of(int(m.group(1), 16))] += 1
                samples += 1
    finally:
        qemu.kill()
        os.unlink(sock_path)
    elapsed += time.monotonic() - t0


def count_one_boot():
    """--insns: the plugin counts; with --send, the boot's count is subtracted from the total."""
    global samples, elapsed
    plugin = os.path.join(root, 'build', 'insn-count.so')
    source = os.path.join(root, 'bench', 'insn-count.c')
    if not os.path.exists(plugin) or os.path.getmtime(plugin) < os.path.getmtime(source):
        subprocess.run(['gcc', '-shared', '-fPIC', '-O2', '-o', plugin, source], check=True)
    def run(send):
        out_path = tempfile.mktemp(prefix='pyjama-insns-')
        cmd = ['qemu-system-x86_64', '-plugin', plugin + ',out=' + out_path, '-kernel', args.i, '-m', args.m,
               '-display', 'none', '-serial', 'stdio', '-no-reboot', '-device', 'isa-debug-exit,iobase=0xf4,iosize=0x04']
        qemu = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        out, waiting_for, t0 = b'', 1 if send is None else 2, time.monotonic()
        while time.monotonic() - t0 < args.s and waiting_for:
            r, _, _ = select.select([qemu.stdout], [], [], 0.05)
            if not r:
                continue
            chunk = os.read(qemu.stdout.fileno(), 65536)
            if not chunk:
                break
            out += chunk
            if args.until.encode() in out:
                waiting_for -= 1
                out = b''
                if waiting_for:
                    qemu.stdin.write(send.encode() + b'\n')
                    qemu.stdin.flush()
        qemu.terminate()  # a clean exit: the plugin writes its counts
        qemu.wait()
        counts = collections.Counter()
        for line in open(out_path):
            a, n = line.split()
            counts[name_of(int(a, 16))] += int(n)
        os.unlink(out_path)
        return counts
    total = run(args.send)
    if args.send is not None:
        total.subtract(run(None))
    for name, n in total.items():
        if n > 0:
            counts[name] += n
            samples += n


if args.insns:
    for _ in range(args.r):
        count_one_boot()
    print('%.2fM instructions (%d boots)%s' % (samples / 1e6, args.r, ', after ' + repr(args.send) if args.send else ''))
    for name, n in counts.most_common(args.n):
        print('%6.2f%% %9.3fM  %s' % (100.0 * n / max(samples, 1), n / 1e6, name))
    sys.exit(0)

for _ in range(args.r):
    profile_one_boot()
print('%d samples in %.2f s (%d boots)' % (samples, elapsed, args.r))
for name, n in counts.most_common(args.n):
    print('%6.2f%% %6d  %s' % (100.0 * n / max(samples, 1), n, name))
