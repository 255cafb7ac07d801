# Differential tests of posixpath (os.path) and genericpath.
import os
import shutil
from harness import load, check

P = load('posixpath')
G = load('genericpath')


class PL:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p

    def __repr__(self):
        return f'PL({self.p!r})'


samples = ['', '/', '//', '///', 'a', '/a', 'a/', 'a/b', '/a/b/', '//a//b//', '///a', 'a/b/c.txt',
           '.bashrc', 'a/.bashrc', 'a.b/c', 'a..b', 'foo.tar.gz', '...', '..', '.', '../x/./y/..',
           '/../../a', 'a/../../b', './a/./b/../c', '/a/b/../../..', 'x/..', 'a//b///c', 'é/ü.py',
           '..a', 'a.', 'a/b.', '/.x.y', '//x/../y']
for s in samples:
    for variant in (s, s.encode()):
        for fn in ('split', 'splitext', 'splitdrive', 'splitroot', 'basename', 'dirname', 'isabs',
                   'normpath', 'normcase'):
            check(f'{fn}({variant!r})', lambda: getattr(P, fn)(variant))
check('pathlike split', lambda: P.split(PL('a/b')))
check('pathlike normpath', lambda: P.normpath(PL(b'a//b/..')))
joins = [('a',), ('a', 'b'), ('a/', 'b'), ('a', '/b'), ('', 'a'), ('a', ''), ('', ''), ('/', 'a', 'b/', 'c'),
         ('a', 'b', '/c', 'd'), (b'a', b'b'), (b'', b'/x'), ('a', b'b'), (b'a', 'b'), (1,), ('a', 1),
         ('a', None), (b'a', 2.5), (PL('x'), PL('y')), ('x', PL(b'y')), (None,), ('a', []), ()]
for args in joins:
    check(f'join{args!r}', lambda: P.join(*args))
for fn in ('split', 'splitext', 'basename', 'dirname', 'isabs', 'normpath', 'splitroot', 'abspath',
           'expanduser', 'expandvars', 'normcase', 'splitdrive'):
    for bad in (None, 1, 2.0, ['a']):
        check(f'{fn}({bad!r})', lambda: getattr(P, fn)(bad))

os.environ['HOME'] = '/home/tester/'
os.environ['PYJ_A'] = 'alpha'
os.environ['PYJ_EMPTY'] = ''
for s in ['~', '~/x', '~x', '~/', 'x~', '', '~root/a', '~nosuchuserhere/a', '/~/x']:
    check(f'expanduser({s!r})', lambda: P.expanduser(s))
    check(f'expanduser({s.encode()!r})', lambda: P.expanduser(s.encode()))
os.environ['HOME'] = '/'
check('expanduser root home', lambda: (P.expanduser('~'), P.expanduser('~/a'), P.expanduser(b'~')))
os.environ['HOME'] = ''
check('expanduser empty home', lambda: (P.expanduser('~'), P.expanduser('~/a')))
for s in ['$PYJ_A', '${PYJ_A}', 'x$PYJ_A/y', '$PYJ_NOPE', '${PYJ_NOPE}x', '$', '${', '${}', '$PYJ_A$PYJ_A',
          '$PYJ_EMPTY!', '${PYJ_A', 'a$$b', '$PYJ_A.txt', '${PYJ_A}${PYJ_NOPE}$PYJ_A', '$1', 'no vars',
          '$PYJ_Aé', '${PYJ A}']:
    check(f'expandvars({s!r})', lambda: P.expandvars(s))
    check(f'expandvars({s.encode()!r})', lambda: P.expandvars(s.encode()))

for m in [[], [''], ['abc', 'abd', 'ab'], ['/usr/lib', '/usr/local/lib'], [b'ab', b'ac'], [['a', 'b'], ['a', 'c']],
          [('x',), ('x', 'y')], ['same', 'same'], [PL('abc'), 'abd']]:
    check(f'commonprefix({m!r})', lambda: P.commonprefix(m))
    check(f'G.commonprefix({m!r})', lambda: G.commonprefix(m))
for m in [['/usr/lib', '/usr/local/lib'], ['/usr/lib/', '/usr/lib'], ['a/b', 'a/c'], ['a', 'b'], ['/a', 'b'],
          [], ['/'], ['//a', '/a'], ['a/./b', 'a/b/c'], [b'/x/y', b'/x/z'], ['/x', b'/x'], ['.', 'a'],
          ['a/..', 'a'], [1], (x for x in ['/a/b', '/a/c']), [PL('/a/b'), '/a']]:
    check(f'commonpath({m!r:.20})', lambda: P.commonpath(m))
os.chdir('/tmp')
for a, b in [('a', None), ('/a/b', '/a'), ('/a', '/a/b/c'), ('/a/b', '/c/d'), ('a/b', 'a/c'), ('/', '/'),
             ('.', None), ('', None), (b'', None), ('/tmp/x', None), (b'/a/b', b'/a'), ('/a', b'/b'), (b'x', 'y'),
             ('/x/y', '/x/y/'), ('../z', 'q'), (1, None), ('a', 1)]:
    check(f'relpath({a!r}, {b!r})', lambda: P.relpath(a, b) if b is not None else P.relpath(a))
for s in ['x', 'x/../y', '/a/./b', b'q', '.', '']:
    check(f'abspath({s!r})', lambda: P.abspath(s))

# File-system queries on a fixture tree at a fixed path (same in both runs).
root = '/tmp/pyjama-wave2-posixpath'
shutil.rmtree(root, ignore_errors=True)
os.makedirs(root + '/d/sub')
with open(root + '/f.txt', 'w') as f:
    f.write('hello')
os.symlink('f.txt', root + '/lf')
os.symlink('d/sub', root + '/ld')
os.symlink('missing', root + '/broken')
os.symlink('loop2', root + '/loop1')
os.symlink('loop1', root + '/loop2')
os.symlink('../f.txt', root + '/d/up')
os.symlink(root + '/d', root + '/absd')
os.symlink('ld/..', root + '/dotdot')
for name in ['', 'f.txt', 'd', 'd/sub', 'lf', 'ld', 'broken', 'loop1', 'nope', 'd/up', 'absd', 'dotdot',
             'f.txt/x', 'absd/sub/../..', 'ld/../f.txt', 'dotdot/f.txt', 'loop1/x', 'd/../lf']:
    p = root + '/' + name if name else root
    for fn in ('exists', 'lexists', 'isfile', 'isdir', 'islink', 'ismount', 'isjunction', 'realpath'):
        check(f'{fn}({name!r})', lambda: getattr(P, fn)(p))
    check(f'realpath strict({name!r})', lambda: P.realpath(p, strict=True))
    check(f'realpath bytes({name!r})', lambda: P.realpath(p.encode()))
    check(f'G.isdir({name!r})', lambda: (G.isdir(p), G.isfile(p), G.exists(p), G.islink(p)))
os.chdir(root)
check('realpath relative', lambda: (P.realpath('lf'), P.realpath('ld/../..'), P.realpath('.'), P.realpath(b'd/up')))
check('ismount /', lambda: (P.ismount('/'), P.ismount(b'/'), P.ismount('/proc'), P.ismount('/tmp/../')))
check('exists odd', lambda: (P.exists('a\0b'), P.exists(''), P.lexists('a\0b'), P.isdir(b'/\0')))
check('exists int fd', lambda: P.exists(0))
check('exists None', lambda: P.exists(None))
check('getsize', lambda: (P.getsize(root + '/f.txt'), P.getmtime(root + '/f.txt') == os.stat(root + '/f.txt').st_mtime,
                          P.getatime('f.txt') > 0, P.getctime(b'f.txt') > 0))
check('getsize missing', lambda: P.getsize(root + '/nope'))
check('samefile', lambda: (P.samefile('f.txt', 'lf'), P.samefile('f.txt', 'd'), P.samestat(os.stat('d'), os.stat('absd'))))
check('samefile missing', lambda: P.samefile('f.txt', 'nope'))
with open('f.txt') as fa, open('lf') as fb:
    check('sameopenfile', lambda: P.sameopenfile(fa.fileno(), fb.fileno()))
os.chdir('/tmp')
shutil.rmtree(root)
check('constants', lambda: (P.curdir, P.pardir, P.extsep, P.sep, P.pathsep, P.defpath, P.altsep, P.devnull,
                            P.supports_unicode_filenames, sorted(P.__all__)))
check('genericpath all', lambda: sorted(G.__all__))
check('splitext doc', lambda: P.splitext.__name__)
