# Differential tests of argparse: parse results, usage/help text and error output.
from harness import load, check, captured

A = load('argparse')


def run(parser, argv):
    """Parse argv; result is (outcome, stdout, stderr) with the Namespace shown as its repr."""
    return captured(lambda: parser.parse_args(argv))


def known(parser, argv):
    return captured(lambda: parser.parse_known_args(argv))


def helptext(parser):
    return (parser.format_usage(), parser.format_help())


def make(build, **kw):
    def f():
        p = A.ArgumentParser(prog='prog', **kw)
        build(p)
        return p
    return f


def basic(p):
    p.add_argument('input', help='the input file')
    p.add_argument('-o', '--output', default='out.txt', help='where to write (default: %(default)s)')
    p.add_argument('-v', '--verbose', action='count', default=0, help='more output')
    p.add_argument('-n', type=int, choices=[1, 2, 3], help='a number in %(choices)s of %(type)s')
    p.add_argument('--flag', action='store_true')
    p.add_argument('--no-x', dest='x', action='store_false')
    p.add_argument('--const', action='store_const', const=42)
    p.add_argument('--tag', action='append')
    p.add_argument('--add', action='append_const', const='k', dest='tag')
    p.add_argument('--ext', action='extend', nargs='+', type=int)
    p.add_argument('--version', action='version', version='%(prog)s 1.0')


def nargs(p):
    p.add_argument('a')
    p.add_argument('b', nargs='?', default='B')
    p.add_argument('c', nargs='*')
    p.add_argument('--two', nargs=2, metavar=('X', 'Y'))
    p.add_argument('--opt', nargs='?', const='C', default='D')
    p.add_argument('--many', nargs='+')
    p.add_argument('--star', nargs='*')
    p.add_argument('--three', nargs=3)


def plus(p):
    p.add_argument('files', nargs='+')
    p.add_argument('dest')


def remainder(p):
    p.add_argument('--x')
    p.add_argument('cmd')
    p.add_argument('rest', nargs=A.REMAINDER)


def mutex(p):
    g = p.add_mutually_exclusive_group()
    g.add_argument('--foo', action='store_true')
    g.add_argument('--bar', type=float)
    r = p.add_mutually_exclusive_group(required=True)
    r.add_argument('-a', action='store_const', const=1)
    r.add_argument('-b', action='store_const', const=2)
    r.add_argument('-c', action='store_const', const=3, help=A.SUPPRESS)
    p.add_argument('pos', nargs='?')


def groups(p):
    g = p.add_argument_group('input options', 'Options about the input.')
    g.add_argument('--in', dest='inp', metavar='PATH', help='input path')
    g2 = p.add_argument_group('other')
    g2.add_argument('thing', help='a thing ' * 12)
    p.add_argument('--very-long-option-name-that-overflows', metavar='SOME_LONG_METAVAR', help='help text goes on the next line')
    p.add_argument('--hidden', help=A.SUPPRESS)
    p.add_argument('--nohelp')
    p.set_defaults(extra=5)


def subparsers(p):
    p.add_argument('--global', dest='g', action='store_true')
    sub = p.add_subparsers(dest='command', help='sub-command help')
    a = sub.add_parser('add', help='add things', aliases=['a'])
    a.add_argument('x', type=int)
    a.add_argument('--force', action='store_true')
    a.set_defaults(func='add-func')
    r = sub.add_parser('remove', help='remove things')
    r.add_argument('names', nargs='*')
    sub.add_parser('quiet')


def subparsers_required(p):
    sub = p.add_subparsers(title='commands', description='the commands', dest='cmd', required=True, metavar='CMD')
    sub.add_parser('go', help='go somewhere').add_argument('where')
    sub.add_parser('stop')


def long_usage(p):
    for i in range(12):
        p.add_argument(f'--option-number-{i}', metavar=f'VALUE{i}')
    p.add_argument('positional_one')
    p.add_argument('positional_two', nargs='+')


def choices_pos(p):
    p.add_argument('mode', choices=['fast', 'slow'], help='speed')
    p.add_argument('--level', choices=range(3), type=int, default=1)


def negatives(p):
    p.add_argument('-x', type=float)
    p.add_argument('num', nargs='?', type=int)


def negative_opt(p):
    p.add_argument('-1', dest='one', action='store_true')
    p.add_argument('val', nargs='?')


def prefix(p):
    p.add_argument('+f', '++foo', action='store_true')
    p.add_argument('-b')


def boolopt(p):
    p.add_argument('--color', action=A.BooleanOptionalAction, default=True, help='use colour')
    p.add_argument('--debug', action=A.BooleanOptionalAction)


def abbrev(p):
    p.add_argument('--verbose', action='store_true')
    p.add_argument('--version-info', action='store_true')
    p.add_argument('--name')


def shortcluster(p):
    p.add_argument('-a', action='store_true')
    p.add_argument('-b', action='store_true')
    p.add_argument('-c')
    p.add_argument('-d', type=int, default='7')


def required_opt(p):
    p.add_argument('--need', required=True)
    p.add_argument('--also', required=True, type=int)
    p.add_argument('pos')


def description(p):
    p.description = 'A program that does things.   It has   a long description that should be wrapped nicely across several lines of output text.'
    p.epilog = 'See the manual for more. Version %(prog)s.'
    p.add_argument('x', metavar='X', help='x value, default %(default)r, prog %(prog)s')


parsers = {
    'basic': make(basic), 'nargs': make(nargs), 'plus': make(plus), 'remainder': make(remainder), 'mutex': make(mutex),
    'groups': make(groups), 'subparsers': make(subparsers), 'subparsers_required': make(subparsers_required),
    'long_usage': make(long_usage), 'choices_pos': make(choices_pos), 'negatives': make(negatives),
    'negative_opt': make(negative_opt), 'prefix': make(prefix, prefix_chars='-+'), 'boolopt': make(boolopt),
    'abbrev': make(abbrev), 'noabbrev': make(abbrev, allow_abbrev=False), 'shortcluster': make(shortcluster),
    'required_opt': make(required_opt), 'description': make(description),
    'raw': make(description, formatter_class=A.RawDescriptionHelpFormatter),
    'rawtext': make(groups, formatter_class=A.RawTextHelpFormatter),
    'defaults_fmt': make(basic, formatter_class=A.ArgumentDefaultsHelpFormatter),
    'metavar_type': make(lambda p: (p.add_argument('--n', type=int), p.add_argument('f', type=float)), formatter_class=A.MetavarTypeHelpFormatter),
    'nohelp': make(basic, add_help=False), 'usage': make(basic, usage='%(prog)s [options] input'),
    'noexit': make(required_opt, exit_on_error=False), 'empty': make(lambda p: None),
    'narrow': make(basic, formatter_class=lambda prog: A.HelpFormatter(prog, width=40)),
    'wide_help': make(groups, formatter_class=lambda prog: A.HelpFormatter(prog, max_help_position=40, width=100)),
}
argvs = {
    'basic': [['in'], ['in', '-o', 'x', '-vvv', '-n', '2'], ['in', '--output=y', '--verbose', '-v'], ['in', '-n', '4'], ['in', '-n', 'x'],
              ['-o'], [], ['in', 'extra'], ['in', '--flag', '--no-x', '--const', '--tag', 'a', '--tag', 'b', '--add'],
              ['in', '--ext', '1', '2', '--ext', '3'], ['--version'], ['-h'], ['in', '--bogus'], ['in', '-ox'], ['in', '-n2'],
              ['in', '--flag=1'], ['in', '--', '-x'], ['--', 'in'], ['in', '--ext'], ['in', '--ext', 'a'], ['in', '-vx'], ['in', '--out', 'z'],
              ['in', '--o', 'z'], ['in', '--ta', 'q']],
    'nargs': [['1'], ['1', '2'], ['1', '2', '3', '4'], ['1', '--two', 'x', 'y'], ['1', '--two', 'x'], ['1', '--opt'], ['1', '--opt', 'v'],
              ['1', '--many'], ['1', '--many', 'a', 'b', '2'], ['1', '--star'], ['--star', 'a', 'b', '--', '1', '2'], ['1', '--three', 'a', 'b', 'c', 'd'],
              ['1', '--opt=', 'x'], [], ['1', '2', '--opt', '3', '4']],
    'plus': [['a', 'b'], ['a'], ['a', 'b', 'c', 'd'], []],
    'remainder': [['run', '-x', '--y', 'z'], ['--x', '1', 'run', 'a', 'b'], ['run'], []],
    'mutex': [['-a'], ['-a', '--foo'], ['--foo', '--bar', '1'], ['-a', '-b'], [], ['--foo'], ['-c', 'p'], ['-b', '--bar', '2.5', 'p'], ['-h']],
    'groups': [['t'], ['--in', 'x', 't'], ['-h'], []],
    'subparsers': [['add', '3'], ['a', '4', '--force'], ['--global', 'remove', 'x', 'y'], ['remove'], ['quiet'], [], ['nope'], ['add'],
                   ['add', 'x'], ['add', '1', '--bogus'], ['-h'], ['add', '-h'], ['quiet', 'extra']],
    'subparsers_required': [['go', 'home'], [], ['stop'], ['-h'], ['go', '-h'], ['run']],
    'long_usage': [['-h'], ['p1'], []],
    'choices_pos': [['fast'], ['medium'], ['slow', '--level', '2'], ['slow', '--level', '5'], ['-h'], ['fast', '--level=x']],
    'negatives': [['-x', '-1'], ['-5'], ['-x', '-2.5', '-3'], ['-x'], ['--', '-4']],
    'negative_opt': [['-1'], ['-2'], ['x', '-1'], ['-1', '-1']],
    'prefix': [['+f'], ['++foo', '-b', 'x'], ['-b', '+f'], ['-h'], ['+x']],
    'boolopt': [[], ['--color'], ['--no-color'], ['--debug', '--no-debug'], ['-h'], ['--no-col']],
    'abbrev': [['--verb'], ['--ver'], ['--na', 'x'], ['--name=x'], ['--n=y'], ['--v']],
    'noabbrev': [['--verb'], ['--verbose'], ['--name', 'a']],
    'shortcluster': [['-ab'], ['-abc', 'x'], ['-acx'], ['-ba'], ['-abz'], ['-cfoo'], ['-c=foo'], ['-d5'], [], ['-ax']],
    'required_opt': [[], ['p'], ['--need', 'x', 'p'], ['--need', 'x', '--also', '2', 'p'], ['--also', 'z']],
    'description': [['-h'], ['1']],
    'raw': [['-h']], 'rawtext': [['-h']], 'defaults_fmt': [['-h']], 'metavar_type': [['-h'], ['1.5', '--n', '3']], 'nohelp': [['-h'], ['x']],
    'usage': [['-h'], []], 'noexit': [['p'], ['--need', 'a', '--also', 'b', 'p'], ['--need']], 'empty': [[], ['-h'], ['x']],
    'narrow': [['-h'], []], 'wide_help': [['-h']],
}
for name, build in parsers.items():
    check(f'{name} help', lambda: helptext(build()))
    for argv in argvs.get(name, []):
        check(f'{name} {argv}', lambda: run(build(), argv))
    check(f'{name} known', lambda: known(build(), ['--zzz', 'q']) if name != 'empty' else None)

p = A.ArgumentParser(prog='P')
for label, f in [
    ('dup option', lambda: p.add_argument('-h')),
    ('bad option string', lambda: A.ArgumentParser().add_argument('-x', 'y')),
    ('positional dest twice', lambda: A.ArgumentParser().add_argument('x', dest='y')),
    ('required positional', lambda: A.ArgumentParser().add_argument('x', required=True)),
    ('bad action', lambda: A.ArgumentParser().add_argument('--x', action='bogus')),
    ('nargs 0', lambda: A.ArgumentParser().add_argument('--x', nargs=0)),
    ('const without ?', lambda: A.ArgumentParser().add_argument('--x', const=1)),
    ('metavar mismatch', lambda: A.ArgumentParser().add_argument('--x', nargs=3, metavar=('a', 'b'))),
    ('type not callable', lambda: A.ArgumentParser().add_argument('--x', type='int')),
    ('filetype class', lambda: A.ArgumentParser().add_argument('--x', type=A.FileType)),
    ('dest required', lambda: A.ArgumentParser().add_argument('--')),
    ('mutex required', lambda: A.ArgumentParser().add_mutually_exclusive_group().add_argument('--x', required=True)),
    ('mutex positional', lambda: A.ArgumentParser().add_mutually_exclusive_group().add_argument('x')),
    ('conflict resolve', lambda: helptext(make(lambda q: (q.add_argument('-x', '--xx', help='old'), q.add_argument('-x', help='new')), conflict_handler='resolve')())),
    ('bad conflict', lambda: A.ArgumentParser(conflict_handler='x')),
    ('two subparsers', lambda: captured(lambda: [q := A.ArgumentParser(prog='q'), q.add_subparsers(), q.add_subparsers()])),
    ('dup subparser', lambda: (lambda s: (s.add_parser('a'), s.add_parser('a')))(A.ArgumentParser().add_subparsers())),
    ('namespace', lambda: (A.Namespace(a=1, b='x'), A.Namespace(**{'not valid': 1, 'z': 2}), A.Namespace(a=1) == A.Namespace(a=1), 'a' in A.Namespace(a=1), vars(A.Namespace(q=[1])))),
    ('namespace order', lambda: repr(A.Namespace(z=1, a=2))),
    ('action repr', lambda: repr(A.ArgumentParser().add_argument('--foo', type=int, help='h'))),
    ('parser repr', lambda: repr(A.ArgumentParser(prog='x', description='d'))),
    ('get_default', lambda: (lambda q: (q.add_argument('--a', default=3), q.set_defaults(b=4, a=5), q.get_default('a'), q.get_default('b'), q.get_default('c'), q.parse_args([])))(A.ArgumentParser())),
    ('parents', lambda: (lambda parent: (helptext(A.ArgumentParser(prog='child', parents=[parent])), A.ArgumentParser(prog='child', parents=[parent]).parse_args(['--p', '1'])))(make(lambda q: q.add_argument('--p', type=int), add_help=False)())),
    ('argument error', lambda: str(A.ArgumentError(None, 'msg'))),
    ('argument type error', lambda: run(make(lambda q: q.add_argument('x', type=lambda s: (_ for _ in ()).throw(A.ArgumentTypeError('custom problem'))))(), ['1'])),
    ('type raising other', lambda: run(make(lambda q: q.add_argument('x', type=lambda s: 1 / 0))(), ['1'])),
    ('filetype repr', lambda: (repr(A.FileType('w')), repr(A.FileType('rb', 0, 'utf-8', 'strict')))),
    ('filetype open missing', lambda: run(make(lambda q: q.add_argument('f', type=A.FileType('r')))(), ['/nonexistent/file'])),
    ('string default typed', lambda: make(lambda q: q.add_argument('--n', type=int, default='12'))().parse_args([])),
    ('namespace arg', lambda: make(lambda q: q.add_argument('--n'))().parse_args(['--n', '1'], namespace=A.Namespace(n=0, other=2))),
    ('intermixed', lambda: run(make(lambda q: (q.add_argument('--foo'), q.add_argument('cmd'), q.add_argument('rest', nargs='*', type=int)))(), ['doit', '1', '--foo', 'bar', '2', '3'])),
    ('intermixed2', lambda: captured(lambda: make(lambda q: (q.add_argument('--foo'), q.add_argument('cmd'), q.add_argument('rest', nargs='*', type=int)))().parse_intermixed_args(['doit', '1', '--foo', 'bar', '2', '3']))),
    ('fromfile', lambda: (open('/tmp/pyjama-wave2-args.txt', 'w').write('--n\n5\n'), captured(lambda: make(lambda q: q.add_argument('--n', type=int), fromfile_prefix_chars='@')().parse_args(['@/tmp/pyjama-wave2-args.txt'])))),
    ('fromfile missing', lambda: captured(lambda: make(lambda q: q.add_argument('--n'), fromfile_prefix_chars='@')().parse_args(['@/nonexistent']))),
    ('all', lambda: sorted(A.__all__)),
    ('constants', lambda: (A.SUPPRESS, A.OPTIONAL, A.ZERO_OR_MORE, A.ONE_OR_MORE, A.PARSER, A.REMAINDER)),
    ('print_usage', lambda: captured(lambda: parsers['basic']().print_usage())),
    ('print_help', lambda: captured(lambda: parsers['mutex']().print_help())),
    ('exit', lambda: captured(lambda: parsers['basic']().exit(3, 'bye\n'))),
    ('error', lambda: captured(lambda: parsers['basic']().error('custom'))),
    ('default prog', lambda: A.ArgumentParser().prog),
]:
    check(label, f)
