# Sub-commands: dispatch, help listing, aliases, required sub-commands, unknown names,
# set_defaults(func=...) dispatching, nested leftovers, and parents=.
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


def wide(prog):
    return argparse.HelpFormatter(prog, width=70)


top = argparse.ArgumentParser(prog='git', formatter_class=wide)
top.add_argument('--debug', action='store_true')
sub = top.add_subparsers(dest='command', help='what to do')
add = sub.add_parser('add', help='add files', aliases=['a'], formatter_class=wide)
add.add_argument('paths', nargs='+')
add.add_argument('-f', '--force', action='store_true')
add.set_defaults(handler='adding')
rm = sub.add_parser('rm', help='remove files')
rm.add_argument('path')
sub.add_parser('status')
print(top.format_help())
print(add.format_help())
print(top.parse_args(['add', 'x', 'y']))
print(top.parse_args(['--debug', 'a', '-f', 'z']))
print(top.parse_args(['rm', 'p']))
print(top.parse_args([]))
print(top.parse_known_args(['rm', 'p', '--what', 'q']))
attempt(top, ['commit'])
attempt(top, ['rm'])
attempt(top, ['add', '--force'])

req = argparse.ArgumentParser(prog='req')
cmds = req.add_subparsers(title='commands', description='pick one', dest='cmd', required=True,
                          metavar='COMMAND')
cmds.add_parser('go', help='start')
cmds.add_parser('stop')
print(req.format_help())
attempt(req, [])
nodest = argparse.ArgumentParser(prog='nodest')
s2 = nodest.add_subparsers(required=True)
s2.add_parser('one')
s2.add_parser('two')
attempt(nodest, [])
print(nodest.format_usage())

parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--shared', default='s')
pg = parent.add_argument_group('common')
pg.add_argument('--common')
child = argparse.ArgumentParser(prog='child', parents=[parent], formatter_class=wide)
child.add_argument('own')
print(child.format_help())
print(child.parse_args(['--shared', 'x', 'o']))
try:
    sub.add_parser('rm')
except argparse.ArgumentError as err:
    print('ArgumentError:', err)
saved, sys.stderr = sys.stderr, io.StringIO()
try:
    top.add_subparsers()
except SystemExit as e:
    print('exit', e.code, sys.stderr.getvalue())
finally:
    sys.stderr = saved
