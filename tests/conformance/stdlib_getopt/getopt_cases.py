import getopt as g, os
cases = [(['-a', '-bval', '-b', 'v2', 'x', '-a'], 'ab:', []), (['-ab'], 'a', []), (['-b'], 'b:', []),
         (['--foo=1', '--ba', '--', '-a'], 'a', ['foo=', 'bar']), (['--b'], '', ['bar', 'baz']),
         (['--bar=3'], '', ['bar']), (['--fo'], '', ['foo=']), (['--fo', 'x'], '', ['foo=']), (['--x'], '', []),
         (['-'], 'a', []), (['a', '-a'], 'a', []), (['--foo'], '', 'foo'), (['-a', 'x', '-b', '--', '-c'], 'ab', []),
         (['-a', 'x', '-b'], '+ab', []), (['--foo', '--foobar'], '', ['foo', 'foobar']), (['--f'], '', ['foo', 'foo=']),
         (['-:'], 'a:', []), (['-c'], 'ab', []), (['-abc', 'v', 'w'], 'abc:', ()), (['-c', '-a'], 'c:', []),
         (['--foo=', '--bar', '-x'], 'x', ('foo=', 'bar=')), (['--foo=a=b'], '', ['foo=']), ([], 'a', []),
         (['-a', '-', '-a'], 'a', []), (['x', '--', 'y', '-a'], 'a', []), (['--fo=1'], '', ['foo=', 'fob'])]
for a, s, l in cases:
    for f in (g.getopt, g.gnu_getopt):
        try: print(f(a, s, l))
        except g.GetoptError as e: print('E', repr(e.msg), repr(e.opt), str(e), e.args)
os.environ['POSIXLY_CORRECT'] = '1'
print(g.gnu_getopt(['-a', 'x', '-a'], 'a'))
del os.environ['POSIXLY_CORRECT']
print(g.error is g.GetoptError, repr(g.GetoptError('m').opt), repr(g.GetoptError('m', 'o')), issubclass(g.error, Exception))
