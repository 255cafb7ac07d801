# linecache: reading files, seeded entries, lazy loader entries, checkcache and edge cases.
import linecache
import os
import sys

print(sorted(linecache.__all__))

path = '/tmp/_pyjama_linecache_test.py'
with open(path, 'w') as f:
    f.write('# -*- coding: utf-8 -*-\nx = 1\ny = "caf\u00e9"\nlast = 3')

print(repr(linecache.getline(path, 1)))
print(repr(linecache.getline(path, 3)))
print(repr(linecache.getline(path, 4)))      # the missing final newline is added
print(repr(linecache.getline(path, 0)), repr(linecache.getline(path, 5)), repr(linecache.getline(path, -1)))
print(len(linecache.getlines(path)))
entry = linecache.cache[path]
print(len(entry), entry[0], entry[2][:2], entry[3] == path)

# A changed file is forgotten by checkcache() and read again.
with open(path, 'w') as f:
    f.write('changed = True\n')
linecache.checkcache(path)
print(path in linecache.cache)
print(linecache.getlines(path))

# A removed file is dropped by checkcache() with no argument.
os.remove(path)
linecache.checkcache()
print(path in linecache.cache)
print(linecache.getlines(path))

# Entries seeded by hand with mtime None are never considered stale.
linecache.cache['virtual.py'] = (6, None, ['a = 1\n'], 'virtual.py')
linecache.checkcache()
print(linecache.getline('virtual.py', 1), end='')
linecache.checkcache('virtual.py')
print('virtual.py' in linecache.cache)
linecache.checkcache('not-cached.py')

# Pseudo file names have no lines.
print(linecache.getlines('<string>'), linecache.getlines(''), linecache.lazycache('<stdin>', globals()))


class Loader:
    calls = 0

    def get_source(self, name):
        Loader.calls += 1
        return 'def f():\n    return ' + repr(name)


g = {'__name__': 'fake_mod', '__loader__': Loader()}
print(linecache.lazycache('fake_mod.py', g))
print(len(linecache.cache['fake_mod.py']), Loader.calls)
print(linecache.lazycache('fake_mod.py', g))
print(linecache.getlines('fake_mod.py'), Loader.calls)
print(linecache.lazycache('fake_mod.py', g))
print(linecache.cache['fake_mod.py'][1], linecache.cache['fake_mod.py'][3])
print(linecache.lazycache('other.py', {}), linecache.lazycache('other.py', {'__name__': 'x'}))
print(linecache.getline('nowhere/at/all.py', 1, {'__name__': 'x'}) == '')


class NoSource:
    def get_source(self, name):
        return None


print(linecache.getlines('nosrc.py', {'__name__': 'nosrc', '__loader__': NoSource()}))

# Lines of this very program.
here = __file__
print(linecache.getline(here, 1).strip())

linecache.clearcache()
print(linecache.cache)
