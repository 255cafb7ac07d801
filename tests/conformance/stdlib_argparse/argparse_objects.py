# Object reprs, FileType, the version action, help action output and fromfile_prefix_chars.
import argparse
import io
import os
import sys

p = argparse.ArgumentParser(prog='obj', description='d')
print(repr(p))
a = p.add_argument('-x', '--ex', type=int, default=3, help='h', metavar='X')
print(repr(a))
print(repr(p.add_argument('pos', nargs='*')))
print(repr(p.add_argument('--flag', action=argparse.BooleanOptionalAction, default=False,
                          help='f')))
print(repr(argparse.FileType('w')), repr(argparse.FileType()),
      repr(argparse.FileType('rb', 0, encoding='latin-1', errors='strict')))
print(argparse.FileType('r')('-') is sys.stdin, argparse.FileType('w')('-') is sys.stdout)
print(argparse.SUPPRESS, argparse.OPTIONAL, argparse.ZERO_OR_MORE, argparse.ONE_OR_MORE,
      argparse.PARSER, argparse.REMAINDER)
print(sorted(argparse.__all__))
err = argparse.ArgumentError(None, 'plain')
print(str(err), err.argument_name)
print(str(argparse.ArgumentError(a, 'bad')))

v = argparse.ArgumentParser(prog='ver')
v.add_argument('-V', action='version', version='%(prog)s 2.5')
try:
    v.parse_args(['-V'])
except SystemExit as e:
    print('exit', e.code)
h = argparse.ArgumentParser(prog='hlp', formatter_class=lambda prog: argparse.HelpFormatter(prog, width=60))
h.add_argument('--thing', help='a thing')
try:
    h.parse_args(['--help'])
except SystemExit as e:
    print('exit', e.code)
try:
    h.parse_args(['-h', '--bogus'])
except SystemExit as e:
    print('exit', e.code)
buf = io.StringIO()
h.print_usage(buf)
h.print_help(buf)
print(buf.getvalue().count('\n'))

path = '/tmp/pyjama_argparse_fromfile.txt'
with open(path, 'w') as f:
    f.write('--name\nfrom file\n-k\n3\n')
ff = argparse.ArgumentParser(prog='ff', fromfile_prefix_chars='@')
ff.add_argument('--name')
ff.add_argument('-k', type=int)
ff.add_argument('rest', nargs='*')
print(ff.parse_args(['@' + path, 'a', 'b']))


class SpaceSplit(argparse.ArgumentParser):
    def convert_arg_line_to_args(self, arg_line):
        return arg_line.split()


ss = SpaceSplit(prog='ss', fromfile_prefix_chars='@')
ss.add_argument('words', nargs='*')
print(ss.parse_known_args(['@' + path]))
os.remove(path)
