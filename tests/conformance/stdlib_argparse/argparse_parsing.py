# Parsing: nargs, option forms, abbreviations, '--', negative numbers, the standard actions,
# defaults and type conversion, parse_known_args and intermixed parsing.
import argparse
import io
import sys


def attempt(parser, argv):
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        print(argv, parser.parse_args(argv))
    except SystemExit as e:
        print(argv, 'exit', e.code)
        print(sys.stderr.getvalue(), end='')
    finally:
        sys.stderr = saved

p = argparse.ArgumentParser(prog='p')
p.add_argument('-v', '--verbose', action='count')
p.add_argument('-x', type=int, default=0)
p.add_argument('-y', action='store_true')
p.add_argument('-z', action='store_false')
p.add_argument('--const', action='store_const', const=42)
p.add_argument('--app', action='append')
p.add_argument('--appc', action='append_const', const='k')
p.add_argument('--ext', action='extend', nargs='+', type=int)
p.add_argument('--opt', nargs='?', const='C', default='D')
p.add_argument('--two', nargs=2)
p.add_argument('--flag', action=argparse.BooleanOptionalAction)
p.add_argument('--long-name', dest='ln')
p.add_argument('pos')
p.add_argument('rest', nargs='*')
for argv in [['a'], ['-vvv', 'a', 'b', 'c'], ['-x', '5', 'a'], ['-x5', 'a'], ['-x=7', 'a'],
             ['-yz', 'a'], ['-vyx3', 'a'], ['--const', 'a', '--app', '1', '--app=2'],
             ['--appc', '--appc', 'a'], ['a', '--ext', '1', '2', '--ext', '3'],
             ['--opt', 'a'], ['a', '--opt'], ['a', '--opt', 'E'], ['--two', 'q', 'r', 'a'],
             ['--flag', 'a'], ['--no-flag', 'a'], ['--long', 'L', 'a'], ['--long-n=M', 'a'],
             ['--', '-a', '-b'], ['a', '--', '--opt'], ['-x', '-3', 'a'],
             ['a', 'b', '-v', 'c', 'd'], ['a', '--', '-x', '--', 'y']]:
    attempt(p, argv)

q = argparse.ArgumentParser(prog='q')
q.add_argument('a', nargs='?')
q.add_argument('b', nargs=2)
q.add_argument('c', nargs='+')
for argv in [['1', '2', '3'], ['1', '2', '3', '4'], ['1', '2', '3', '4', '5']]:
    print(argv, q.parse_args(argv))

neg = argparse.ArgumentParser(prog='neg')
neg.add_argument('-1', dest='one', action='store_true')
neg.add_argument('n', nargs='?')
print(neg.parse_args(['-1']), neg.parse_known_args(['-2']))
num = argparse.ArgumentParser(prog='num')
num.add_argument('n', type=float)
num.add_argument('-k', type=int)
print(num.parse_args(['-2.5', '-k', '-4']))

known = argparse.ArgumentParser(prog='known')
known.add_argument('--a')
known.add_argument('x')
print(known.parse_known_args(['--b', '1', 'X', '--a', '2', 'extra', '-c']))

d = argparse.ArgumentParser(prog='d', argument_default=argparse.SUPPRESS)
d.add_argument('--a')
d.add_argument('--b', default=1)
print(d.parse_args([]), d.parse_args(['--a', 'z']))
e = argparse.ArgumentParser(prog='e')
e.add_argument('--n', type=int, default='12')
e.add_argument('--m', type=int, default=5)
e.set_defaults(m=6, other='o')
print(e.parse_args([]), e.get_default('m'), e.get_default('other'), e.get_default('zz'))
ns = argparse.Namespace(n=100)
print(e.parse_args([], namespace=ns), ns)

im = argparse.ArgumentParser(prog='im')
im.add_argument('--foo')
im.add_argument('cmd')
im.add_argument('rest', nargs='*', type=int)
print(im.parse_intermixed_args('--foo x doit 1 --foo y 2 3'.split()))
print(im.parse_known_intermixed_args('doit 1 --bar 2 3'.split()))
print(im.parse_known_args('--foo x doit 1 --foo y 2 3'.split()))

noab = argparse.ArgumentParser(prog='noab', allow_abbrev=False)
noab.add_argument('--foobar')
print(noab.parse_known_args(['--foo', '1']))
fc = argparse.ArgumentParser(prog='fc', prefix_chars='+')
fc.add_argument('+a')
fc.add_argument('++bee', action='store_true')
fc.add_argument('x')
print(fc.parse_args(['+a', '1', '++b', '-x']))
rem = argparse.ArgumentParser(prog='rem')
rem.add_argument('--k')
rem.add_argument('cmd')
rem.add_argument('args', nargs=argparse.REMAINDER)
print(rem.parse_args(['run', '--k', '1', '-x']))
ch = argparse.ArgumentParser(prog='ch')
ch.add_argument('n', type=int, choices=range(1, 4))
print(ch.parse_args(['2']))

ns = argparse.Namespace(a=1, b='x')
print(ns, ns == argparse.Namespace(a=1, b='x'), 'a' in ns, 'c' in ns, vars(ns))
odd = argparse.Namespace(**{'a-b': 1, 'ok': 2})
print(odd)
print(repr(argparse.Namespace()))
