# Differential tests of glob over a fixture tree at a fixed path.
import os
import shutil
from harness import load, check

Gl = load('glob')
root = '/tmp/pyjama-wave2-glob'
shutil.rmtree(root, ignore_errors=True)
for d in ['a/b/c', 'a/.hid/x', 'aa', '.dot/in', 'e[x]/f', 'sym/none']:
    os.makedirs(os.path.join(root, d), exist_ok=True)
for f in ['a/1.txt', 'a/2.py', 'a/b/3.txt', 'a/b/c/4.txt', 'a/.h.txt', 'aa/5.txt', '.dot/in/6.txt', 'top.txt',
          'e[x]/f/7.txt', 'a/.hid/x/8.txt', 'a?b', 'star*']:
    open(os.path.join(root, f), 'w').close()
os.symlink('a', root + '/link')
os.symlink('nothing', root + '/dangling')
os.chdir(root)
pats = ['*', '*.txt', 'a/*', 'a/*.txt', '*/*.txt', '*/*/*', 'a/**', '**', '**/*.txt', 'a/**/*.txt', '**/', 'a/**/',
        '.*', '*/', 'a/.*', 'nope/*', 'top.txt', 'nope', 'a/', 'a', '', 'e[x]/*', 'e[[]x]/*', 'link/*', 'link/b/**',
        'dangling', 'dang*', '?/?.*', 'a/[12].*', 'a/[!1].*', '**/.hid', '**/**', 'a?b', 'star*', 'a[?]b',
        '*/**/*.txt', root + '/a/*.py', root + '/**/4.txt', '/tmp/pyjama-wave2-g*', 'a//b', 'a/b/../*', './*.txt']
for p in pats:
    for rec in (False, True):
        check(f'glob({p!r}, recursive={rec})', lambda: sorted(Gl.glob(p, recursive=rec)))
        check(f'glob order({p!r}, recursive={rec})', lambda: Gl.glob(p, recursive=rec))
        check(f'glob hidden({p!r}, {rec})', lambda: Gl.glob(p, recursive=rec, include_hidden=True))
        check(f'glob bytes({p!r}, {rec})', lambda: Gl.glob(p.encode(), recursive=rec))
    check(f'iglob({p!r})', lambda: sorted(Gl.iglob(p, recursive=True)))
    check(f'root_dir({p!r})', lambda: Gl.glob(p, root_dir=root + '/a', recursive=True))
    check(f'has_magic({p!r})', lambda: (Gl.has_magic(p), Gl.has_magic(p.encode())))
    check(f'escape({p!r})', lambda: (Gl.escape(p), Gl.escape(p.encode())))
fd = os.open(root + '/a', os.O_RDONLY)
check('dir_fd', lambda: (Gl.glob('*', dir_fd=fd), Gl.glob('b/*', dir_fd=fd), Gl.glob('**', dir_fd=fd, recursive=True),
                         Gl.glob('1.txt', dir_fd=fd), Gl.glob('b/', dir_fd=fd)))
os.close(fd)
check('glob1', lambda: (sorted(Gl.glob1('a', '*.txt')), Gl.glob0('a', '1.txt'), Gl.glob0('a', '')))
check('escape odd', lambda: [Gl.escape(s) for s in ['[', '*?[]', 'plain', '']])
check('magic_check', lambda: (Gl.magic_check.pattern, Gl.magic_check_bytes.pattern))
check('all', lambda: sorted(Gl.__all__))
check('bad type', lambda: Gl.glob(3))
os.chdir('/tmp')
shutil.rmtree(root)
