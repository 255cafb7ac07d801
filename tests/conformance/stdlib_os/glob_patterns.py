# glob over a small tree: wildcards, character sets, hidden names, '**' with and without
# recursive, trailing slashes, root_dir, bytes patterns, escape/has_magic and the old helpers.
# Results are sorted where the order is the directory listing's (not fixed across systems).
# Runs on the host's files (ConformanceTest) and on the kernel's VFS (FileProgramsOnVfsTest).
import glob
import os

root = '/tmp/glob_patterns_conf'


def remove(path):
    if os.path.isdir(path):
        for name in os.listdir(path):
            remove(os.path.join(path, name))
        os.rmdir(path)
    elif os.path.exists(path):
        os.remove(path)


def make_tree():
    remove(root)
    for d in ['a/b/c', 'a/.hid', 'ab', '.dot', 'e[x]']:
        os.makedirs(os.path.join(root, d))
    for f in ['a/1.txt', 'a/2.py', 'a/b/3.txt', 'a/b/c/4.txt', 'a/.h.txt', 'ab/5.txt',
              '.dot/6.txt', 'top.txt', 'e[x]/7.txt', 'a/.hid/8.txt', 'q?', 'star*']:
        with open(os.path.join(root, f), 'w') as fh:
            fh.write(f)


make_tree()
os.chdir(root)
patterns = ['*', '*.txt', 'a/*', '*/*.txt', '*/*/*', 'a/**', '**', '**/*.txt', 'a/**/*.txt',
            '**/', 'a/**/', '.*', '*/', 'a/.*', 'nope/*', 'top.txt', 'nope', 'a/', 'a', '',
            'e[x]/*', 'e[[]x]/*', '?/?.*', 'a/[12].*', 'a/[!1].*', 'q?', 'q[?]', 'star*',
            '**/.hid', '*/**/*.txt', 'a//b', './*.txt', 'a/b/../*', 'nope/**']
for pattern in patterns:
    plain = sorted(glob.glob(pattern))
    deep = sorted(glob.glob(pattern, recursive=True))
    hidden = sorted(glob.glob(pattern, recursive=True, include_hidden=True))
    print(repr(pattern), plain, deep if deep != plain else '=', hidden if hidden != deep else '=')
print(sorted(glob.glob(b'a/*.txt')), sorted(glob.glob(b'**', recursive=True))[:3])
print(sorted(glob.iglob('*/*.py')), type(glob.iglob('*')).__name__)
print(sorted(glob.glob('*', root_dir=root + '/a')), sorted(glob.glob('**/*.txt', root_dir='a', recursive=True)))
print(sorted(glob.glob(root + '/a/b/*')) == [root + '/a/b/3.txt', root + '/a/b/c'])
print(sorted(glob.glob1('a', '*.txt')), glob.glob1('a', '1.txt'), glob.glob0('a', '1.txt'), glob.glob0('a', '*'),
      glob.glob0('a', ''), glob.glob0('nope', ''))
for s in ['plain', 'a*b', 'x?[y]', '[', '', b'b*[?]']:
    print(repr(s), repr(glob.escape(s)), glob.has_magic(s), sorted(glob.glob(glob.escape('e[x]') + '/*')))
print(glob.magic_check.pattern, glob.magic_check_bytes.pattern, sorted(glob.__all__))
for bad in (3, None):
    try:
        glob.glob(bad)
    except TypeError as exc:
        print('TypeError', exc)
os.chdir('/')
remove(root)
