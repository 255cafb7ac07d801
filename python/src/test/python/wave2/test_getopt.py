# Differential tests of getopt.
from harness import load, check

G = load('getopt')
cases = [(['-a', '-b', 'x', 'file'], 'ab:', []), (['-abx', 'f'], 'ab:', []), (['-a', '--', '-b'], 'ab:', []), (['f', '-a'], 'a', []),
         (['-c'], 'ab', []), (['-b'], 'ab:', []), (['--long', 'x'], '', ['long']), (['--long=v'], '', ['long=']), (['--long', 'v'], '', ['long=']),
         (['--lo'], '', ['long', 'loud']), (['--lon'], '', ['long', 'loud']), (['--long=v'], '', ['long']), (['--nope'], '', ['long']),
         (['--long'], '', ['long=']), (['-'], 'a', []), (['--'], 'a', []), ([], 'a', []), (['-a', '-'], 'a', []), (['--l'], '', 'long'),
         (['--lo'], '', ['long=', 'long']), (['-:'], 'a:', []), (['-b', ''], 'b:', []), (['--x='], '', ['x=']),
         (['a', '-a', 'b', '--long', 'c', '--', '-d'], 'a', ['long']), (['a', '-a'], '+a', []), (['-a', 'b', '-a'], 'a', [])]
for args, short, long in cases:
    check(f'getopt {args} {short} {long}', lambda: G.getopt(args, short, long))
    check(f'gnu_getopt {args} {short} {long}', lambda: G.gnu_getopt(args, short, long))
def err():
    try:
        G.getopt(['-z'], 'a')
    except G.GetoptError as e:
        return (e.msg, e.opt, str(e), e.args, G.error is G.GetoptError)
check('error attrs', err)
check('error default', lambda: (G.GetoptError('m').opt, str(G.GetoptError('m', 'o'))))
check('all', lambda: sorted(G.__all__))
