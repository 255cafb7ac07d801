#!/usr/bin/env python3
"""Replays bytes into a Pyjama console and times how it copes: the tool that found why the
console noise test "took minutes" under QEMU (docs/testing.md, "The console noise test").

    tools/console-replay.py [--noise N | --file F] [--lines] [--image ELF32 | --hosted] [-m MEM]

Input: the first N bytes of the system test's noise (java.util.Random(0x5eed), made with the
JDK that tools/find-jdk.sh picks), or the bytes of F. Console: the kernel image in QEMU (TCG;
default build/pyjama-x86_64.elf32) or, with --hosted, the hosted kernel from build/*.jar.

Default: everything is written at once, as the system test does, then Ctrl-C and
`echo replay done`; prints when the answer came (or that it did not within --wait seconds).
With --lines: the input is written one line at a time (a line ends at CR, LF, CR LF or Ctrl-C,
where the console's line editor finishes a line) and each waits for the next prompt, so each
line's own time is printed, slowest last. The whole transcript goes to --transcript.
"""
import argparse, os, re, select, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROMPT = re.compile(rb'(?:\r\n|\x1b\[2J)(?:>>> |\.\.\. )')


def noise(n):
    java = os.path.join(subprocess.check_output([os.path.join(ROOT, 'tools/find-jdk.sh')], text=True).strip(), 'bin/java')
    src = ('public class Noise { public static void main(String[] a) throws Exception {'
           ' byte[] b = new byte[Integer.parseInt(a[0])]; new java.util.Random(0x5eed).nextBytes(b);'
           ' System.out.write(b); System.out.flush(); } }')
    path = '/tmp/console-replay-Noise.java'
    with open(path, 'w') as f:
        f.write(src)
    return subprocess.check_output([java, path, str(n)])


def lines(data):
    """Pieces of data, each ending where the line editor finishes a line."""
    out, start, i = [], 0, 0
    while i < len(data):
        b = data[i]
        if b in (0x0D, 0x0A, 0x03):
            if b == 0x0D and i + 1 < len(data) and data[i + 1] == 0x0A:
                i += 1  # CR LF is one Enter
            out.append(data[start:i + 1])
            start = i + 1
        i += 1
    if start < len(data):
        out.append(data[start:])
    return out


class Console:
    def __init__(self, cmd):
        self.p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        self.out = bytearray()
        os.set_blocking(self.p.stdin.fileno(), False)

    def pump(self, timeout):
        r, _, _ = select.select([self.p.stdout], [], [], timeout)
        if not r:
            return False
        d = os.read(self.p.stdout.fileno(), 65536)
        if not d:
            raise SystemExit('console-replay: the console exited; transcript tail: %r' % bytes(self.out[-300:]))
        self.out.extend(d)
        return True

    def write(self, data):
        """Writes all of data, reading output meanwhile (the console may block on its output)."""
        pos = 0
        while pos < len(data):
            try:
                pos += os.write(self.p.stdin.fileno(), data[pos:pos + 4096])
            except BlockingIOError:
                pass
            self.pump(0.01)

    def prompts(self):
        return len(PROMPT.findall(self.out))

    def await_prompt(self, before, timeout):
        """Until a prompt newer than the `before`-th ends the output, and nothing follows for a moment."""
        end = time.time() + timeout
        while time.time() < end:
            self.pump(0.05)
            if self.prompts() > before and (self.out.endswith(b'>>> ') or self.out.endswith(b'... ')):
                if not self.pump(0.15):
                    return True
        return False

    def await_text(self, text, timeout):
        end = time.time() + timeout
        while time.time() < end:
            if text in self.out:
                return True
            self.pump(0.1)
        return text in self.out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--noise', type=int, default=100 * 1024, help='bytes of the test noise (default 102400)')
    ap.add_argument('--file', help='replay this file instead of the noise')
    ap.add_argument('--lines', action='store_true', help='one line at a time, timing each')
    ap.add_argument('--image', default=os.path.join(ROOT, 'build/pyjama-x86_64.elf32'))
    ap.add_argument('--hosted', action='store_true', help='the hosted kernel (build/*.jar) instead of QEMU')
    ap.add_argument('-m', '--mem', default='512M')
    ap.add_argument('--wait', type=float, default=300, help='seconds to wait for an answer')
    ap.add_argument('--transcript', default='/tmp/console-replay.log')
    a = ap.parse_args()

    data = open(a.file, 'rb').read() if a.file else noise(a.noise)
    if a.hosted:
        java = os.path.join(subprocess.check_output([os.path.join(ROOT, 'tools/find-jdk.sh')], text=True).strip(), 'bin/java')
        cp = ':'.join(os.path.join(ROOT, 'build', j) for j in ('pyjama-hosted.jar', 'pyjama-kernel.jar', 'pyjama-python.jar'))
        cmd = [java, '-Xmx' + a.mem, '-XX:+UseSerialGC', '-cp', cp, 'pyjama.hosted.HostedMain']
    else:
        cmd = ['qemu-system-x86_64', '-kernel', a.image, '-m', a.mem, '-display', 'none', '-serial', 'stdio',
               '-no-reboot', '-device', 'isa-debug-exit,iobase=0xf4,iosize=0x04', '-accel', 'tcg']
    c = Console(cmd)
    t0 = time.time()
    try:
        if not c.await_prompt(0, 180):
            raise SystemExit('console-replay: no prompt within 180 s')
        print('prompt after %.2f s; replaying %d bytes' % (time.time() - t0, len(data)), flush=True)
        start = time.time()
        if a.lines:
            times = []
            for piece in lines(data):
                n, t = c.prompts(), time.time()
                c.write(piece)
                if piece[-1] not in (0x0D, 0x0A, 0x03):
                    break  # an unfinished last line: no prompt to wait for
                ok = c.await_prompt(n, a.wait)
                times.append((time.time() - t, piece))
                if not ok:
                    print('no prompt within %g s after %r' % (a.wait, piece[-80:]))
                    break
            print('%d lines in %.1f s (each includes 0.15 s of waiting for quiet); slowest:' % (len(times), time.time() - start))
            for dt, piece in sorted(times, key=lambda x: x[0])[-10:]:
                print('%8.2f s  %r' % (dt, piece[:100]))
        else:
            c.write(data)
            print('written after %.2f s' % (time.time() - start), flush=True)
            c.write(b'\x03echo replay done\r')
            if c.await_text(b'\r\nreplay done\r\n', a.wait):
                print('answered %.2f s after the first byte; %d bytes of output' % (time.time() - start, len(c.out)))
            else:
                print('NO answer within %g s; %d bytes of output; tail: %r' % (a.wait, len(c.out), bytes(c.out[-200:])))
                sys.exit(1)
    finally:
        c.p.kill()
        with open(a.transcript, 'wb') as f:
            f.write(c.out)


if __name__ == '__main__':
    main()
