# Differential tests of fnmatch.
from harness import load, check

F = load('fnmatch')
pats = ['*.py', 'a*b*c', '*', '**a**b*', '[a-z]', '[!a]', '[]]', '[!]]', '[z-a]', '[a-c-e]', '[\\]', '[&&]', '[^x]',
        '[[]', '[', '[!]', '[a-]', '?*?*', 'a[b-a-c]d', '[--0]', '', '?', 'a?c', '[!a-c]x', '*[0-9]', '[~|]',
        '\\*', 'x**y', '*.[ch]', '[a-z][!0-9]*', 'a.b', '(x)', '{a,b}', '$', '[^]', '[-a]', '[a-z-]', '[!-]',
        '[b-a]', '[a-a]', '[*]', '[?]', '[ab]*[cd]?', '.*', '*[!.]*', 'é*', '[é-ü]', '[a-c-z-]', '[!b-a-]']
names = ['a.py', 'abc', 'axbxc', 'ab', '', 'a', 'A', ']', '!', '\\', '&', '^', '[', 'x', '-', 'zz', 'abd', 'a-d',
         'x*y', 'main.c', 'k9', 'a.b', 'axb', '(x)', '{a,b}', '$', '.hidden', 'é1', 'ñ', 'a\nb', '*', '?', 'b', '0',
         'a\nb.py', 'ab.py\n', 'ba', 'cd']
for p in pats:
    check(f'translate({p!r})', lambda: F.translate(p))
    check(f'filter({p!r})', lambda: F.filter(names, p))
    check(f'filter bytes({p!r})', lambda: F.filter([n.encode('latin-1') for n in names if n.isascii()], p.encode()) if p.isascii() else None)
    for n in names:
        check(f'fnmatch({n!r},{p!r})', lambda: (F.fnmatch(n, p), F.fnmatchcase(n, p)))
check('mixed', lambda: F.fnmatch('a', b'a'))
check('mixed2', lambda: F.fnmatch(b'a', 'a'))
check('bad', lambda: F.fnmatch(1, 'a'))
check('bad pat', lambda: F.fnmatchcase('a', 1))
check('bad filter', lambda: F.filter(['a', 2], '*'))
check('all', lambda: sorted(F.__all__))
