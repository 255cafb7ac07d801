"""Files two ways: the open() and os calls of any Python, then the kernel's async vfs API.

Usage: vfs_demo.py
Works in /tmp/vfs_demo (created, then removed again). The second half uses the globals
`vfs` and `OpenFlags` that the shell gives every script; the same lines work at >>>.
"""

import os
import sys

base = '/tmp/vfs_demo'

# ---- 1. Blocking calls, as on any Python --------------------------------------------------

os.makedirs(base, exist_ok=True)
notes = base + '/notes.txt'

with open(notes, 'w') as f:             # create (or empty) and write text
    f.write('first line\nsecond line\n')
with open(notes, 'a') as f:             # append
    f.write('third line\n')
with open(notes) as f:                  # read it back
    print('open/read:  ', f.read().splitlines())

st = os.stat(notes)
print(f'os.stat:     {st.st_size} bytes, mode {st.st_mode & 0o777:o}')
print('os.listdir: ', sorted(os.listdir(base)))
os.remove(notes)
print('removed:    ', not os.path.exists(notes))

# ---- 2. The kernel's vfs: the same operations as coroutines --------------------------------
# Each call that may wait for a device is awaited, so other tasks run meanwhile.
# File descriptors are small integers, as os.open's; flags are Linux's O_* values.

try:
    vfs, OpenFlags
except NameError:
    sys.exit('vfs_demo: no vfs here: run me from the Pyjama shell, which provides vfs and OpenFlags')

data = base + '/data.bin'
fd = await vfs.open(data, OpenFlags.WRONLY | OpenFlags.CREAT | OpenFlags.TRUNC)
await vfs.write(fd, b'0123456789')
await vfs.write(fd, b'abcdef')
vfs.close(fd)                           # closing never waits

fd = await vfs.open(data, OpenFlags.RDONLY)
head = await vfs.read(fd, 4)            # up to 4 bytes
rest = await vfs.read(fd, 100)          # what is left (fewer than asked: end of file)
end = await vfs.read(fd, 100)           # b'' at the end
vfs.close(fd)
print('vfs.read:   ', head, rest, end)

await vfs.mkdir(base + '/archive')
await vfs.rename(data, base + '/archive/data.bin')
print('vfs.readdir:', sorted(await vfs.readdir(base)), sorted(await vfs.readdir(base + '/archive')))
st = await vfs.stat(base + '/archive/data.bin')
print(f'vfs.stat:    {st.st_size} bytes')

await vfs.unlink(base + '/archive/data.bin')
os.rmdir(base + '/archive')
os.rmdir(base)
print('cleaned up: ', not os.path.exists(base))
