"""Command-line option parsing in the style of C's getopt().

Written for Pyjama from the documented behaviour of CPython 3.12's getopt.
Both parsers return (pairs, leftovers): pairs is a list of (option, value)
with options spelled '-x' or '--name' and value '' when there is none.
"""
import os

__all__ = ['GetoptError', 'error', 'getopt', 'gnu_getopt']


class GetoptError(Exception):
    """Bad command line; .msg says why and .opt names the option."""
    msg = opt = ''

    def __init__(self, msg, opt=''):
        super().__init__(msg, opt)
        self.msg, self.opt = msg, opt

    def __str__(self):
        return self.msg


error = GetoptError


def _long_spec(name, longopts):
    """Resolve a (possibly abbreviated) long option: (full name, takes_value).

    An exact name wins over longer names it prefixes; otherwise the prefix
    must pick out exactly one declared option.
    """
    candidates = [spec for spec in longopts if spec.startswith(name)]
    if name in candidates:
        return name, False
    if name + '=' in candidates:
        return name, True
    if not candidates:
        raise GetoptError('option --%s not recognized' % name, name)
    if len(candidates) > 1:
        raise GetoptError('option --%s not a unique prefix' % name, name)
    spec = candidates[0]
    if spec.endswith('='):
        return spec[:-1], True
    return spec, False


def _take_long(pairs, word, longopts, rest):
    """Consume one '--name[=value]' word; returns the remaining words."""
    name, eq, value = word[2:].partition('=')
    full, wants_value = _long_spec(name, longopts)
    if not wants_value:
        if eq:
            raise GetoptError('option --%s must not have an argument' % full, full)
        value = ''
    elif not eq:
        if not rest:
            raise GetoptError('option --%s requires argument' % full, full)
        value, rest = rest[0], rest[1:]
    pairs.append(('--' + full, value))
    return rest


def _short_wants_value(letter, shortopts):
    """True if letter is declared with a trailing ':'; error if undeclared."""
    at = shortopts.find(letter) if letter != ':' else -1
    if at < 0:
        raise GetoptError('option -%s not recognized' % letter, letter)
    return shortopts[at + 1:at + 2] == ':'


def _take_shorts(pairs, cluster, shortopts, rest):
    """Consume one '-abc' word (letters, maybe ending in a valued option)."""
    while cluster:
        letter, cluster = cluster[0], cluster[1:]
        value = ''
        if _short_wants_value(letter, shortopts):
            if not cluster:
                if not rest:
                    raise GetoptError('option -%s requires argument' % letter, letter)
                cluster, rest = rest[0], rest[1:]
            value, cluster = cluster, ''
        pairs.append(('-' + letter, value))
    return rest


def _is_option(word):
    return word.startswith('-') and word != '-'


def getopt(args, shortopts, longopts=[]):
    """getopt(args, options[, long_options]) -> opts, args

    Parse options until the first argument that is not one (or '--').
    shortopts lists option letters, a ':' after one that takes a value;
    longopts lists long names, with a trailing '=' for those taking one.
    """
    longopts = [longopts] if isinstance(longopts, str) else list(longopts)
    pairs = []
    while args and _is_option(args[0]):
        word, args = args[0], args[1:]
        if word == '--':
            break
        if word.startswith('--'):
            args = _take_long(pairs, word, longopts, args)
        else:
            args = _take_shorts(pairs, word[1:], shortopts, args)
    return pairs, args


def gnu_getopt(args, shortopts, longopts=[]):
    """getopt(args, options[, long_options]) -> opts, args

    Like getopt(), but options and other arguments may be mixed.  A '+'
    opening shortopts, or POSIXLY_CORRECT in the environment, restores
    getopt()'s stop at the first non-option.
    """
    longopts = [longopts] if isinstance(longopts, str) else list(longopts)
    strict = shortopts.startswith('+') or bool(os.environ.get('POSIXLY_CORRECT'))
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
    pairs = []
    leftovers = []
    while args:
        word, args = args[0], args[1:]
        if word == '--':
            leftovers.extend(args)
            break
        if word.startswith('--'):
            args = _take_long(pairs, word, longopts, args)
        elif _is_option(word):
            args = _take_shorts(pairs, word[1:], shortopts, args)
        elif strict:
            leftovers.append(word)
            leftovers.extend(args)
            break
        else:
            leftovers.append(word)
    return pairs, leftovers
