#!/usr/bin/env python3
"""Makes a boot image: boots the kernel once under QEMU with `bootimage=capture`, reads its RAM
(QMP pmemsave, range by range) when it stops at its resume point, and packs the pages a later
boot restores (platform/metal/x86_64/bootimage.c describes the mechanism and the file's layout).

    tools/boot-image.py KERNEL.elf32 OUTPUT [-m 512M]

The image fits only the kernel build it was made from, booted with the same -m (memory map):
any other boot ignores it and boots cold.
"""
import argparse
import contextlib
import json
import os
import re
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import time

PAGE = 4096
MAX_REGIONS = 64
MAX_RESERVED = 16
HEADER_FIXED = 8 + 4 + 4 + 20 + 4 + 8 + 8 + 8 + MAX_REGIONS * 24 + 8 + 16 + 32   # struct image_header before runs
MASK = (1 << 64) - 1
RUN = struct.Struct('<QQQ')
COPY_STACK = 16 * 1024
ZERO_PAGE = bytes(PAGE)


@contextlib.contextmanager
def capture(kernel, memory, timeout):
    """Boots the kernel in capture mode and, once it stopped at its resume point, yields the
    manifest's address and a function reading guest RAM (QMP pmemsave of one range)."""
    work = tempfile.mkdtemp(prefix='pyjama-bootimg-')
    sock = os.path.join(work, 'qmp')
    cmd = ['qemu-system-x86_64', '-kernel', kernel, '-append', 'bootimage=capture', '-m', memory,
           '-display', 'none', '-serial', 'stdio', '-monitor', 'none', '-no-reboot',
           '-device', 'isa-debug-exit,iobase=0xf4,iosize=0x04', '-qmp', f'unix:{sock},server=on,wait=off']
    qemu = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    out = b''
    deadline = time.monotonic() + timeout
    try:
        os.set_blocking(qemu.stdout.fileno(), False)
        manifest = None
        while manifest is None:
            if time.monotonic() > deadline:
                raise SystemExit('boot-image: the capture boot did not reach its resume point in time:\n'
                                 + out.decode(errors='replace')[-3000:])
            chunk = qemu.stdout.read()
            if chunk:
                out += chunk
                m = re.search(rb'bootimage: capture ready, manifest at 0x([0-9a-f]+)', out)
                if m:
                    manifest = int(m.group(1), 16)
            elif qemu.poll() is not None:
                raise SystemExit(f'boot-image: QEMU ended (status {qemu.returncode}) before the capture was ready:\n'
                                 + out.decode(errors='replace')[-3000:])
            else:
                time.sleep(0.02)
        qmp = socket.socket(socket.AF_UNIX)
        qmp.connect(sock)
        reader = qmp.makefile('rb')

        def call(command, **arguments):
            qmp.sendall(json.dumps({'execute': command, 'arguments': arguments}).encode() + b'\n')
            while True:
                reply = json.loads(reader.readline())
                if 'return' in reply:
                    return reply['return']
                if 'error' in reply:
                    raise SystemExit(f'boot-image: QMP {command}: {reply["error"]}')

        def read(phys, size):
            path = os.path.join(work, 'range')
            call('pmemsave', val=phys, size=size, filename=path)
            with open(path, 'rb') as f:
                data = f.read()
            os.unlink(path)
            if len(data) != size:
                raise SystemExit(f'boot-image: read {len(data)} of {size} bytes at {phys:#x}')
            return data

        json.loads(reader.readline())     # the greeting
        call('qmp_capabilities')
        yield manifest, read
        try:
            call('quit')
        except (OSError, ValueError):
            pass
    finally:
        if qemu.poll() is None:
            qemu.kill()
        qemu.wait()
        shutil.rmtree(work, ignore_errors=True)


def checksum(data):
    """The kernel's image_checksum: Fletcher's sums over 64-bit words in two lanes (even and
    odd words), modulo 2**64: a = sum of a lane's words, b = sum of its running sums."""
    words = memoryview(data).cast('Q')
    sums = []
    for lane in (words[0::2], words[1::2]):
        n = len(lane)
        sums.append((sum(lane) & MASK, sum((n - k) * w for k, w in enumerate(lane)) & MASK))
    return sums[0][0], sums[1][0], sums[0][1], sums[1][1]


def pack(read, manifest_at, output):
    """Reads what the image needs from the stopped guest and writes the image."""
    m = read(manifest_at, 2048)
    if m[:8] != b'PYJCAPT1':
        raise SystemExit('boot-image: no capture manifest at the address the kernel printed')
    data_start, data_end, bitmap, frame_count, hole_base, hole_end, region_count = struct.unpack_from('<7Q', m, 8)
    regions_raw = m[64:64 + MAX_REGIONS * 24]
    regions = [struct.unpack_from('<3Q', regions_raw, 24 * i) for i in range(region_count)]
    reserved_count, = struct.unpack_from('<Q', m, 64 + MAX_REGIONS * 24)
    reserved = [struct.unpack_from('<2Q', m, 64 + MAX_REGIONS * 24 + 8 + 16 * i) for i in range(reserved_count)]
    build_id = m[64 + MAX_REGIONS * 24 + 8 + 16 * MAX_RESERVED:][:20]
    cpu_key = m[64 + MAX_REGIONS * 24 + 8 + 16 * MAX_RESERVED + 24:][:16]
    usable = [(b, b + n) for b, n, kind in regions if kind == 0]
    bits = read(bitmap, (frame_count + 7) // 8)

    def kept(addr):
        """A frame in use whose contents belong to the kernel (not the image's text, the
        hole, the boot loader's structures, firmware)."""
        if addr < 0x100000 or addr < data_end:     # low memory, and the image (its writable part is saved whole)
            return False
        if hole_base <= addr < hole_end or any(b <= addr < e for b, e in reserved):
            return False
        return any(b <= addr and addr + PAGE <= e for b, e in usable)

    # Runs of pages: (phys, pages, has_data). The image's writable part always has data.
    runs = []

    def add(addr, data):
        if runs and runs[-1][2] == data and runs[-1][0] + runs[-1][1] * PAGE == addr:
            runs[-1][1] += 1
        else:
            runs.append([addr, 1, data])

    # The pages to save, as ranges of consecutive frames, each read from the guest at once.
    ranges = [[data_start, data_end]]
    for f in range(frame_count):
        addr = f * PAGE
        if bits[f >> 3] >> (f & 7) & 1 and kept(addr):
            if ranges[-1][1] == addr:
                ranges[-1][1] += PAGE
            else:
                ranges.append([addr, addr + PAGE])
    contents = {}
    for base, end in ranges:
        data = read(base, end - base)
        whole = base < data_end              # the kernel's .data and .bss are always copied
        for off in range(0, end - base, PAGE):
            page = data[off:off + PAGE]
            add(base + off, whole or page != ZERO_PAGE)
            contents[base + off] = page

    header_bytes = (HEADER_FIXED + RUN.size * len(runs) + PAGE - 1) // PAGE * PAGE
    offset = header_bytes
    table = []
    for phys, pages, data in runs:
        table.append(RUN.pack(phys, pages, offset if data else 0))
        if data:
            offset += pages * PAGE
    image_bytes = offset
    if image_bytes + COPY_STACK + PAGE > hole_end - hole_base:
        raise SystemExit(f'boot-image: the image ({image_bytes >> 10} KiB) does not fit the room the kernel keeps '
                         f'for it ({(hole_end - hole_base) >> 10} KiB): raise HOLE_SIZE in bootimage.c')
    header = bytearray(header_bytes)
    struct.pack_into('<8sII20s4xQQQ', header, 0, b'PYJBOOT1', header_bytes, len(runs), bytes(build_id),
                     hole_base, hole_end, region_count)
    header[64:64 + MAX_REGIONS * 24] = regions_raw
    struct.pack_into('<Q16s', header, HEADER_FIXED - 56, image_bytes, bytes(cpu_key))
    header[HEADER_FIXED:HEADER_FIXED + RUN.size * len(runs)] = b''.join(table)
    body = bytearray(header)
    for phys, pages, data in runs:
        if data:
            for k in range(pages):
                body += contents[phys + k * PAGE]
    struct.pack_into('<4Q', body, HEADER_FIXED - 32, *checksum(body))
    tmp = output + '.tmp'
    with open(tmp, 'wb') as f:
        f.write(body)
    os.replace(tmp, output)
    data_pages = sum(p for _, p, d in runs if d)
    zero_pages = sum(p for _, p, d in runs if not d)
    return image_bytes, data_pages, zero_pages, len(runs)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('kernel', help='the kernel as ELF32 (QEMU -kernel)')
    ap.add_argument('output', help='the boot image to write')
    ap.add_argument('-m', '--memory', default='512M', help='the RAM of the machine the image is for (QEMU -m)')
    ap.add_argument('--timeout', type=float, default=600, help='seconds to wait for the capture boot')
    args = ap.parse_args()
    with capture(args.kernel, args.memory, args.timeout) as (manifest, read):
        size, data_pages, zero_pages, runs = pack(read, manifest, args.output)
    print(f'boot-image: {args.output}: {size >> 10} KiB, {data_pages} pages restored, '
          f'{zero_pages} zeroed, {runs} runs (for -m {args.memory})')


if __name__ == '__main__':
    main()
