# Errors: 'prog: error: ...' on stderr after the usage, exit status 2; exit_on_error=False;
# ArgumentError texts; mistakes in add_argument raise at definition time.
import argparse
import io
import sys


def attempt(parser, argv):
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        print('ok', parser.parse_args(argv))
    except SystemExit as e:
        print('exit', e.code)
        print(sys.stderr.getvalue(), end='')
    finally:
        sys.stderr = saved


p = argparse.ArgumentParser(prog='prog')
p.add_argument('-n', type=int)
p.add_argument('--level', choices=['a', 'b'])
p.add_argument('--rate', type=float)
p.add_argument('--two', nargs=2)
p.add_argument('--some', nargs='+')
p.add_argument('--opt', nargs='?')
p.add_argument('--verbose', action='store_true')
p.add_argument('--version-info', action='store_true')
p.add_argument('target')
for argv in [['-n', 'x', 't'], ['--level', 'c', 't'], ['--rate', 'fast', 't'], [],
             ['--two', '1', 't'], ['--some'], ['t', 'u'], ['--ver', 't'], ['--verbose=1', 't'],
             ['-n'], ['t', '--bogus'], ['-nq', 't'], ['--opt', '1', '2', 't']]:
    attempt(p, argv)

m = argparse.ArgumentParser(prog='m')
g = m.add_mutually_exclusive_group(required=True)
g.add_argument('--a', action='store_true')
g.add_argument('--b', action='store_true')
attempt(m, ['--a', '--b'])
attempt(m, [])
attempt(m, ['--b'])

r = argparse.ArgumentParser(prog='r')
r.add_argument('--need', required=True)
r.add_argument('x')
r.add_argument('y', nargs='+')
attempt(r, [])

t = argparse.ArgumentParser(prog='t')


def even(text):
    value = int(text)
    if value % 2:
        raise argparse.ArgumentTypeError('%r is not even' % value)
    return value


t.add_argument('e', type=even)
attempt(t, ['3'])
attempt(t, ['4'])

quiet = argparse.ArgumentParser(prog='quiet', exit_on_error=False)
quiet.add_argument('--n', type=int)
try:
    quiet.parse_args(['--n', 'z'])
except argparse.ArgumentError as err:
    print('ArgumentError:', err, '|', err.argument_name, '|', err.message)

for make in [lambda: p.add_argument('-n'),
             lambda: p.add_argument('bad', required=True),
             lambda: p.add_argument('x', dest='y'),
             lambda: p.add_argument('--zz', action='store', nargs=0),
             lambda: p.add_argument('--zz', const=1),
             lambda: p.add_argument('--zz', action='nonsense'),
             lambda: p.add_argument('--zz', type='int'),
             lambda: p.add_argument('--zz', nargs=2, metavar=('A', 'B', 'C')),
             lambda: p.add_argument('--zz', type=argparse.FileType),
             lambda: p.add_argument('zz', '-z'),
             lambda: p.add_argument('-'),
             lambda: argparse.ArgumentParser(conflict_handler='nope'),
             lambda: m.add_mutually_exclusive_group().add_argument('pos')]:
    try:
        make()
        print('no error')
    except (ValueError, TypeError, argparse.ArgumentError) as err:
        print(type(err).__name__ + ':', err)

res = argparse.ArgumentParser(prog='res', conflict_handler='resolve')
res.add_argument('-a', '--all', help='old')
res.add_argument('--all', help='new')
res.add_argument('-b', help='gone soon')
res.add_argument('-b', help='replaces')
print(res.format_help())
print(res.parse_args(['-a', '1', '--all', '2']))

amb = argparse.ArgumentParser(prog='amb')
amb.add_argument('--foo')
amb.add_argument('--foobar')
amb.add_argument('--fox')
attempt(amb, ['--fo', '1'])
attempt(amb, ['--foo', '1'])
attempt(amb, ['--foob', '1'])
