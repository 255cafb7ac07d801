# Help and usage text: alignment, wrapping at a given width, metavars, choices, nargs forms,
# argument groups, mutually exclusive groups, descriptions, epilogs and the formatter classes.
import argparse


def width(n, cls=argparse.HelpFormatter):
    return lambda prog: cls(prog, width=n)


p = argparse.ArgumentParser(prog='tool', description='Does things with files. ' * 4,
                            epilog='See also: %(prog)s --help', formatter_class=width(60))
p.add_argument('src', help='source file')
p.add_argument('dst', nargs='?', default='out', help='destination (default %(default)s)')
p.add_argument('extra', nargs='*', help='more')
p.add_argument('-v', '--verbose', action='count', default=0, help='louder')
p.add_argument('-n', '--number', type=int, metavar='N', help='a count of %(type)s')
p.add_argument('--mode', choices=['fast', 'slow'], help='one of %(choices)s')
p.add_argument('--pair', nargs=2, metavar=('A', 'B'), help='two things')
p.add_argument('--many', nargs='+', help='one or more')
p.add_argument('--any', nargs='*')
p.add_argument('--three', nargs=3)
p.add_argument('--opt', nargs='?', const='c')
p.add_argument('--a-very-long-option-name-indeed', help='this help goes on the next line '
               'because the option is wider than the help position allows')
p.add_argument('--hidden', help=argparse.SUPPRESS)
p.add_argument('--flag', action=argparse.BooleanOptionalAction, default=True, help='toggle')
p.add_argument('--version', action='version', version='%(prog)s 1.0')
print(p.format_help())
print(p.format_usage())

g = argparse.ArgumentParser(prog='grouped', formatter_class=width(70))
grp = g.add_argument_group('input', 'Where data comes from.')
grp.add_argument('--file')
grp.add_argument('--url')
mx = g.add_mutually_exclusive_group()
mx.add_argument('-q', '--quiet', action='store_true')
mx.add_argument('-l', '--loud', action='store_true')
req = g.add_mutually_exclusive_group(required=True)
req.add_argument('--red', action='store_true')
req.add_argument('--blue', action='store_true')
req.add_argument('--secret', action='store_true', help=argparse.SUPPRESS)
g.add_argument('files', nargs='+')
print(g.format_help())

long = argparse.ArgumentParser(prog='a-rather-long-program-name-for-wrapping',
                               formatter_class=width(50))
for i in range(6):
    long.add_argument('--option%d' % i, metavar='VALUE%d' % i)
long.add_argument('first')
long.add_argument('second', nargs='+')
print(long.format_usage())
short = argparse.ArgumentParser(prog='p', formatter_class=width(40))
for i in range(5):
    short.add_argument('--opt%d' % i, metavar='X')
short.add_argument('pos1')
short.add_argument('pos2')
print(short.format_usage())
onlypos = argparse.ArgumentParser(prog='p', add_help=False, formatter_class=width(30))
for name in ['alpha', 'beta', 'gamma', 'delta', 'epsilon']:
    onlypos.add_argument(name)
print(onlypos.format_usage())

raw = argparse.ArgumentParser(prog='raw', description='line one\n   indented two\n',
                              formatter_class=width(60, argparse.RawDescriptionHelpFormatter))
raw.add_argument('--x', help='not\n  raw here')
print(raw.format_help())
rawt = argparse.ArgumentParser(prog='rawt', formatter_class=width(60, argparse.RawTextHelpFormatter))
rawt.add_argument('--x', help='kept\n  as is')
print(rawt.format_help())
dflt = argparse.ArgumentParser(prog='dflt',
                               formatter_class=width(60, argparse.ArgumentDefaultsHelpFormatter))
dflt.add_argument('--x', default=3, help='an x')
dflt.add_argument('--y')
dflt.add_argument('pos', nargs='?', default='p')
dflt.add_argument('req')
print(dflt.format_help())
mt = argparse.ArgumentParser(prog='mt', formatter_class=width(60, argparse.MetavarTypeHelpFormatter))
mt.add_argument('--x', type=int)
mt.add_argument('y', type=float)
print(mt.format_help())
nohelp = argparse.ArgumentParser(prog='bare', add_help=False, usage='%(prog)s [stuff]')
print(repr(nohelp.format_help()))
plus = argparse.ArgumentParser(prog='plus', prefix_chars='+/', formatter_class=width(60))
plus.add_argument('+f', '++foo', help='foo')
plus.add_argument('/b', action='store_true')
print(plus.format_help())
empty = argparse.ArgumentParser(prog='empty', add_help=False)
print(repr(empty.format_usage()))
print(repr(empty.format_help()))
