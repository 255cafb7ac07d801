# Usage lines of mutually exclusive groups with hidden members, required groups, positionals
# in groups, and CPython 3.12's AssertionError when wrapping a usage with nested brackets.
import argparse


def usage(build, width=70):
    p = argparse.ArgumentParser(prog='u', formatter_class=lambda prog:
                                argparse.HelpFormatter(prog, width=width))
    build(p)
    try:
        print(repr(p.format_usage()))
    except AssertionError:
        print('AssertionError')


def hidden_group(p):
    p.add_argument('--before', action='store_true')
    g = p.add_mutually_exclusive_group()
    g.add_argument('--a', action='store_true', help=argparse.SUPPRESS)
    g.add_argument('--b', action='store_true', help=argparse.SUPPRESS)
    p.add_argument('--after', action='store_true')


def required_hidden(p):
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument('--a', action='store_true')
    g.add_argument('--b', action='store_true', help=argparse.SUPPRESS)
    g.add_argument('--c', action='store_true')


def required_single(p):
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument('--only', action='store_true')


def hidden_first(p):
    g = p.add_mutually_exclusive_group()
    g.add_argument('--x', help=argparse.SUPPRESS)
    g.add_argument('--y')
    g.add_argument('--z', nargs='?')


def positional_in_group(p):
    g = p.add_mutually_exclusive_group()
    g.add_argument('--name')
    g.add_argument('thing', nargs='?')


def split_group(p):
    g = p.add_mutually_exclusive_group()
    g.add_argument('--one')
    p.add_argument('--between')
    g.add_argument('--two')


def two_groups(p):
    for names in (('--a', '--b'), ('--c', '--d')):
        g = p.add_mutually_exclusive_group()
        for name in names:
            g.add_argument(name, action='store_true')


def nested_wrap(p):
    for i in range(4):
        p.add_argument('--list%d' % i, nargs='*')


for build in [hidden_group, required_hidden, required_single, hidden_first,
              positional_in_group, split_group, two_groups]:
    usage(build)
usage(two_groups, 20)
usage(nested_wrap, 200)
usage(nested_wrap, 40)
usage(hidden_group, 20)
