# os.path's lexical functions: join/split/basename/dirname/splitroot/normpath/relpath/
# commonpath/expandvars/expanduser/abspath, for str and bytes, and their error messages.
import os
import os.path as p

cases = ['', '/', '//', '///', 'a', 'a/', 'a//', '/a', '//a', '///a', 'a/b', 'a/b/', 'a//b',
         '/a/b/../c', 'a/./b/.', '../a', '/..', '/../a', 'a/../..', './', '.', '..', '//a/../b',
         'x/..../y', '.hidden', 'a/.b']
for c in cases:
    print(repr(c), p.split(c), p.basename(c), repr(p.dirname(c)), p.splitroot(c), repr(p.normpath(c)),
          p.isabs(c), p.splitdrive(c))
for c in [b'', b'/a//b/', b'//x/./y/..', b'../..']:
    print(c, p.split(c), p.splitroot(c), p.normpath(c), p.basename(c), p.dirname(c))
print(p.join('a'), p.join('a', 'b', 'c'), p.join('a/', 'b'), p.join('a', '/b', 'c'), p.join('a', ''),
      p.join('', 'b'), p.join('', ''), p.join('/', 'x'), p.join(b'a', b'b'), p.join('a', '', 'b', ''))
here = os.getcwd()
for path, start in [('/a/b/c', '/a'), ('/a', '/a/b/c'), ('/a/b', '/a/b'), ('/x/y', '/a/b'),
                    ('a/b', 'a'), ('a', 'a/b/c'), ('/', '/a'), (b'/a/b', b'/a'), ('a', None)]:
    print(repr(path), repr(start), p.relpath(path, start) if start is not None else p.relpath(path))
print(p.relpath(here + '/sub') == 'sub', p.abspath('x') == p.join(here, 'x'), p.abspath('/a/./b/..'),
      p.abspath(b'/a//b'))
for group in [['/a/b/c', '/a/b/d'], ['/a/b', '/a/bc'], ['a/b', 'a'], ['/'], ['a/./b', 'a/b/c'],
              ['/a', '/a/'], [b'/x/y', b'/x/z'], ['x', 'y'], ('/p/q', '/p/q/r')]:
    print(group, repr(p.commonpath(group)))
os.environ['PJ_VAR'] = 'value'
os.environ['PJ_EMPTY'] = ''
for s in ['$PJ_VAR', '${PJ_VAR}/x', '$PJ_VAR$PJ_VAR', '$PJ_NOPE/$PJ_VAR', '${PJ_NOPE', '$', '$$PJ_VAR',
          'a$PJ_EMPTY.b', '${}', 'no vars', '$PJ_VAR_SUFFIX', '${PJ_VAR}_SUFFIX', b'$PJ_VAR/${PJ_VAR}']:
    print(repr(s), repr(p.expandvars(s)))
os.environ['HOME'] = '/home/someone/'
print(p.expanduser('~'), p.expanduser('~/x'), p.expanduser('a/~'), p.expanduser(b'~/y'), p.expanduser('~~'))
os.environ['HOME'] = '/'
print(p.expanduser('~'), p.expanduser('~/z'))
print(p.normcase('A/B'), p.sep, p.pathsep, p.curdir, p.pardir, p.extsep, p.altsep, p.defpath, p.devnull,
      p.supports_unicode_filenames, sorted(p.__all__) == sorted(set(p.__all__)), len(p.__all__))
for call in [lambda: p.join('a', 1), lambda: p.join('a', b'b'), lambda: p.join(b'a', 'b'), lambda: p.join(1),
             lambda: p.split(3), lambda: p.relpath(''), lambda: p.relpath('a', b'b'), lambda: p.commonpath([]),
             lambda: p.commonpath(['/a', 'b']), lambda: p.commonpath(['a', b'b']), lambda: p.commonpath([1]),
             lambda: p.normpath(None), lambda: p.basename(2.5), lambda: p.expandvars(7)]:
    try:
        print(call())
    except Exception as exc:
        print(type(exc).__name__, exc)
d = '/tmp/posixpath_lexical'
os.makedirs(d + '/in', exist_ok=True)
print(p.realpath(d + '/in/../in/./') == d + '/in', p.realpath(d + '/missing/../x') == d + '/x',
      p.ismount('/'), p.ismount(d), p.lexists(d), p.lexists(d + '/nope'), p.isjunction(d))
os.rmdir(d + '/in')
os.rmdir(d)
