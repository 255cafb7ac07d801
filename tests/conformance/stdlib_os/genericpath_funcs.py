# os.path's flavour-independent functions: commonprefix, splitext, exists/isfile/isdir/islink,
# get*time/getsize, samefile/samestat, and the argument-type errors.
import os
import os.path as p

print(p.commonprefix([]), p.commonprefix(['abc']), p.commonprefix(['/usr/lib', '/usr/local', '/usr']))
print(p.commonprefix([b'xab', b'xac']), p.commonprefix([[1, 2, 3], [1, 2, 4]]), p.commonprefix([(1,), (2,)]))
print(repr(p.commonprefix(['', 'a'])), p.commonprefix(('same', 'same')))
for bad in (['a', b'a'], [1, 2]):
    try:
        print(p.commonprefix(bad))
    except Exception as e:
        print(type(e).__name__, e)

for s in ['a.b', '.bashrc', '..x', 'x/.y', 'a/b.c.d', 'a.b/c', 'a/..', 'a/...b', '...', 'a.',
          '/x.', '', '.', 'a/.b.c', 'foo..', b'a.b', b'.x', b'x/..y.z']:
    print(repr(s), p.splitext(s))

d = '/tmp/genericpath_funcs'
if p.exists(p.join(d, 'file.txt')):
    os.remove(p.join(d, 'file.txt'))
if not p.isdir(d):
    os.mkdir(d)
f = p.join(d, 'file.txt')
with open(f, 'w') as fh:
    fh.write('hello')
for x in (d, f, p.join(d, 'missing'), 'a\0b', b'a\0b', d.encode()):
    print(p.exists(x), p.isfile(x), p.isdir(x), p.islink(x))
print(p.getsize(f), type(p.getmtime(f)).__name__, p.getatime(f) > 0, p.getctime(f) > 0)
print(p.samefile(f, p.join(d, '.', 'file.txt')), p.samefile(d, f))
print(p.samestat(os.stat(f), os.stat(f)), p.samestat(os.stat(d), os.stat(f)))
with open(f) as a, open(f) as b:
    print(p.sameopenfile(a.fileno(), b.fileno()))
for fn in (p.getsize, p.getmtime):
    try:
        fn(p.join(d, 'missing'))
    except OSError as e:
        print(fn.__name__, type(e).__name__, e.errno)
try:
    p.exists(3.5)
except TypeError as e:
    print(e)
print(p.getsize.__name__, p.isdir.__name__, sorted(__import__('genericpath').__all__))
os.remove(f)
os.rmdir(d)
