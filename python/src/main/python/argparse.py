"""Command-line option and argument parsing, written for Pyjama.

Behaves as CPython 3.12's argparse (the documented API, the help/usage layout and the error
messages, which users see and tests compare).  Layout of this file:

  * Namespace and the Action classes (what a parsed word does to the namespace);
  * the help formatters (usage line wrapping, aligned option help);
  * _Container (add_argument and friends, shared by parsers and groups);
  * ArgumentParser, whose parse is run by _Scan: every command-line word is classified as
    'O' (an option we know or might know), 'A' (an argument) or '-' (the '--' marker), and the
    number of words an action takes is decided by matching a small regular expression built from
    its nargs against that string of letters.  Greedy matching over the letters is what gives
    positionals their documented sharing rules.
"""
import os
import re
import sys

__all__ = ['ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'BooleanOptionalAction',
           'FileType', 'HelpFormatter', 'ArgumentDefaultsHelpFormatter',
           'RawDescriptionHelpFormatter', 'RawTextHelpFormatter', 'MetavarTypeHelpFormatter',
           'Namespace', 'Action', 'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER', 'SUPPRESS',
           'ZERO_OR_MORE']

# Public markers (their values are part of the API: people compare nargs against them).
SUPPRESS = '==SUPPRESS=='        # as a default: no attribute; as help: not shown
# nargs values other than an int:
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
# the sub-command positional (a name, then everything after it)
PARSER = 'A...'
# every word that is left, options included
REMAINDER = '...'

# Where a sub-parser leaves the words it did not understand for its parent to pick up.
_LEFTOVER = '_unrecognized_args'

# How argument files are decoded (CPython: the file system encoding's error handler).
_FS_ERRORS = getattr(sys, 'getfilesystemencodeerrors', lambda: 'surrogateescape')()
_VERSION_HELP = "show program's version number and exit"
_SPACES = re.compile(r'\s+', re.ASCII)
_NEGATIVE_NUMBER = re.compile(r'^-\d+$|^-\d*\.\d+$')


def _(text):
    # Message catalogue hook kept as the identity: Pyjama has no gettext.
    return text


def _plural(one, many, n):
    return one if n == 1 else many


def _copied(items):
    """A fresh list to append to, so a shared default is never mutated in place."""
    if items is None:
        return []
    if type(items) is list:
        return list(items)
    import copy
    return copy.copy(items)


def _display_name(action):
    """How an error message names an argument: its flags, metavar, dest or choices."""
    if action is None:
        return None
    if action.option_strings:
        return '/'.join(action.option_strings)
    for name in (action.metavar, action.dest):
        if name is not None and name is not SUPPRESS:
            return name
    if action.choices:
        return '{' + ','.join(action.choices) + '}'
    return None


class _ReprByFields:
    """repr() as Class(positional..., name=value...); odd names go into a **{...} tail."""

    def __repr__(self):
        shown = [repr(value) for value in self._get_args()]
        odd = {}
        for name, value in self._get_kwargs():
            if name.isidentifier():
                shown.append(name + '=' + repr(value))
            else:
                odd[name] = value
        if odd:
            shown.append('**' + repr(odd))
        return type(self).__name__ + '(' + ', '.join(shown) + ')'

    def _get_kwargs(self):
        return list(self.__dict__.items())

    def _get_args(self):
        return []


class Namespace(_ReprByFields):
    """Simple object for storing attributes."""

    def __init__(self, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __eq__(self, other):
        if isinstance(other, Namespace):
            return vars(other) == vars(self)
        return NotImplemented

    def __contains__(self, key):
        return key in vars(self)


class ArgumentError(Exception):
    """An error from creating or using an argument (optional or positional)."""

    def __init__(self, argument, message):
        self.argument_name = _display_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """An error from trying to convert a command line string to a type."""


# ---------------------------------------------------------------------------------------------
# Actions

_ACTION_FIELDS = ('option_strings', 'dest', 'nargs', 'const', 'default', 'type', 'choices',
                  'required', 'help', 'metavar')


class Action(_ReprByFields):
    """Information about how to convert command line strings to Python objects."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        given = (option_strings, dest, nargs, const, default, type, choices, required, help,
                 metavar)
        for field, value in zip(_ACTION_FIELDS, given):
            setattr(self, field, value)

    def _get_kwargs(self):
        return [(field, getattr(self, field)) for field in _ACTION_FIELDS]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError(_('.__call__() not defined'))


class _Builtin(Action):
    """Base of the standard actions: each says what it does in _perform()."""

    def __call__(self, parser, namespace, values, option_string=None):
        self._perform(parser, namespace, values, option_string)


def _refuse_nargs(nargs, const, kind, hint):
    if nargs == 0:
        raise ValueError('nargs for %s actions must be != 0; if %s' % (kind, hint))
    if not (const is None or nargs == OPTIONAL):
        raise ValueError('nargs must be %r to supply const' % OPTIONAL)


class BooleanOptionalAction(_Builtin):

    def __init__(self, option_strings, dest, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        flags = []
        for flag in option_strings:
            flags.append(flag)
            if flag[:2] == '--':
                flags.append('--no-' + flag[2:])
        super().__init__(flags, dest, nargs=0, default=default, type=type, choices=choices,
                         required=required, help=help, metavar=metavar)

    def _perform(self, parser, namespace, values, flag):
        if flag in self.option_strings:
            setattr(namespace, self.dest, flag[:5] != '--no-')

    def format_usage(self):
        return ' | '.join(self.option_strings)


class _StoreAction(_Builtin):

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        _refuse_nargs(nargs, const, 'store', 'you have nothing to store, actions such as '
                      'store true or store const may be more appropriate')
        super().__init__(option_strings, dest, nargs, const, default, type, choices, required,
                         help, metavar)

    def _perform(self, parser, namespace, values, flag):
        setattr(namespace, self.dest, values)


class _StoreConstAction(_Builtin):

    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help)

    def _perform(self, parser, namespace, values, flag):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings, dest, True, default, required, help)


class _StoreFalseAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings, dest, False, default, required, help)


class _AppendAction(_Builtin):

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        _refuse_nargs(nargs, const, 'append', 'arg strings are not supplying the value to '
                      'append, the append const action may be more appropriate')
        super().__init__(option_strings, dest, nargs, const, default, type, choices, required,
                         help, metavar)

    def _perform(self, parser, namespace, values, flag):
        collected = _copied(getattr(namespace, self.dest, None))
        collected.append(values)
        setattr(namespace, self.dest, collected)


class _AppendConstAction(_Builtin):

    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help, metavar=metavar)

    def _perform(self, parser, namespace, values, flag):
        collected = _copied(getattr(namespace, self.dest, None))
        collected.append(self.const)
        setattr(namespace, self.dest, collected)


class _CountAction(_Builtin):

    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, required=required,
                         help=help)

    def _perform(self, parser, namespace, values, flag):
        so_far = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, 1 if so_far is None else so_far + 1)


class _HelpAction(_Builtin):

    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)

    def _perform(self, parser, namespace, values, flag):
        parser.print_help()
        parser.exit()


class _VersionAction(_Builtin):

    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help=_VERSION_HELP):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)
        self.version = version

    def _perform(self, parser, namespace, values, flag):
        text = self.version if self.version is not None else getattr(parser, 'version', None)
        shown = parser._get_formatter()
        shown.add_text(text)
        parser._print_message(shown.format_help(), sys.stdout)
        parser.exit()


class _ExtendAction(_AppendAction):

    def _perform(self, parser, namespace, values, flag):
        collected = _copied(getattr(namespace, self.dest, None))
        collected.extend(values)
        setattr(namespace, self.dest, collected)


class _SubParsersAction(_Builtin):
    """The positional that picks a sub-command and hands it the rest of the words."""

    class _ChoicesPseudoAction(Action):
        # Only exists so the help can list each sub-command with its own help line.
        def __init__(self, name, aliases, help):
            label = name + (' (%s)' % ', '.join(aliases) if aliases else '')
            super().__init__([], name, help=help, metavar=label)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False,
                 help=None, metavar=None):
        self._prog_prefix, self._parser_class = prog, parser_class
        self._name_parser_map = {}      # every name and alias -> its parser
        self._choices_actions = []      # help lines, one per sub-command given help=
        super().__init__(option_strings, dest, nargs=PARSER, choices=self._name_parser_map,
                         required=required, help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = self._prog_prefix + ' ' + name
        aliases = tuple(kwargs.pop('aliases', ()))
        taken = self._name_parser_map
        if name in taken:
            raise ArgumentError(self, _('conflicting subparser: %s') % name)
        clash = [a for a in aliases if a in taken]
        if clash:
            raise ArgumentError(self, _('conflicting subparser alias: %s') % clash[0])
        if 'help' in kwargs:
            line = self._ChoicesPseudoAction(name, aliases, kwargs.pop('help'))
            self._choices_actions.append(line)
        made = self._parser_class(**kwargs)
        taken.update(dict.fromkeys((name,) + aliases, made))
        return made

    def _get_subactions(self):
        return self._choices_actions

    def _perform(self, parser, namespace, values, flag):
        command, rest = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, command)
        if command not in self._name_parser_map:
            known = ', '.join(self._name_parser_map)
            raise ArgumentError(self, _('unknown parser %r (choices: %s)') % (command, known))
        # The sub-parser starts from a fresh namespace, whose values then override ours.
        inner, rest = self._name_parser_map[command].parse_known_args(rest, None)
        for key, value in vars(inner).items():
            setattr(namespace, key, value)
        if rest:
            vars(namespace).setdefault(_LEFTOVER, []).extend(rest)


class FileType(object):
    """Factory for creating file object types; '-' means stdin or stdout."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode, self._bufsize = mode, bufsize
        self._encoding, self._errors = encoding, errors

    def __call__(self, string):
        mode = self._mode
        if string == '-':
            if 'r' in mode:
                stream = sys.stdin
            elif set(mode) & set('wax'):
                stream = sys.stdout
            else:
                raise ValueError('argument "-" with mode %r' % mode)
            return stream.buffer if 'b' in mode else stream
        try:
            return open(string, mode, self._bufsize, self._encoding, self._errors)
        except OSError as e:
            raise ArgumentTypeError(_("can't open '%s': %s") % (string, e))

    def __repr__(self):
        shown = [repr(a) for a in (self._mode, self._bufsize) if a != -1]
        shown += ['%s=%r' % pair for pair in (('encoding', self._encoding),
                                              ('errors', self._errors)) if pair[1] is not None]
        return type(self).__name__ + '(' + ', '.join(shown) + ')'


# ---------------------------------------------------------------------------------------------
# Help formatting

def _terminal_columns():
    try:
        columns = int(os.environ['COLUMNS'])
        if columns > 0:
            return columns
    except (KeyError, ValueError):
        pass
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns or 80
    except (AttributeError, ValueError, OSError):
        return 80


class _Block:
    """One section of help being collected: a heading and a list of renderers.

    Rendering waits until format_help() because the column where option help starts depends
    on the longest invocation of the whole parser, known only once every argument was added."""

    def __init__(self, parent, heading):
        self.parent = parent
        self.heading = heading
        self.renderers = []


class HelpFormatter(object):
    """Formatter for generating usage messages and argument help strings."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _terminal_columns() - 2     # leave a margin, as CPython does
        self._prog, self._width = prog, width
        self._indent_increment = indent_increment
        # Help may start further left on a narrow screen, but never left of two indents.
        self._max_help_position = min(max_help_position, max(indent_increment * 2, width - 20))
        self._current_indent = self._level = 0
        self._action_max_length = 0    # widest invocation seen (plus its indentation)
        self._open_block = _Block(None, None)

    # -- collecting ---------------------------------------------------------------------------

    def _indent(self):
        self._step(1)

    def _dedent(self):
        self._step(-1)

    def _step(self, direction):
        self._level += direction
        self._current_indent += direction * self._indent_increment

    def start_section(self, heading):
        self._indent()
        block = _Block(self._open_block, heading)
        self._open_block.renderers.append(lambda: self._render_block(block))
        self._open_block = block

    def end_section(self):
        self._open_block = self._open_block.parent
        self._dedent()

    def add_text(self, text):
        if text is not None and text is not SUPPRESS:
            self._open_block.renderers.append(lambda: self._format_text(text))

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._open_block.renderers.append(
                lambda: self._format_usage(usage, actions, groups, prefix))

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        widest = len(self._format_action_invocation(action))
        for sub in self._iter_indented_subactions(action):
            widest = max(widest, len(self._format_action_invocation(sub)))
        self._action_max_length = max(self._action_max_length, widest + self._current_indent)
        self._open_block.renderers.append(lambda: self._format_action(action))

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def format_help(self):
        text = self._render_block(self._open_block)
        if text:
            text = re.sub('\n\n\n+', '\n\n', text).strip('\n') + '\n'
        return text

    def _render_block(self, block):
        # Renderers run at the block's own indentation, one step in from its parent.
        if block.parent is not None:
            self._indent()
        body = ''.join(render() for render in block.renderers)
        if block.parent is not None:
            self._dedent()
        if not body:
            return ''
        title = ''
        if block.heading is not SUPPRESS and block.heading is not None:
            title = ' ' * self._current_indent + block.heading + ':\n'
        return '\n' + title + body + '\n'

    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % {'prog': self._prog}
        width = max(self._width - self._current_indent, 11)
        margin = ' ' * self._current_indent
        return self._fill_text(text, width, margin) + '\n\n'

    # -- usage ------------------------------------------------------------------------------

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = _('usage: ')
        if usage is not None:
            text = usage % {'prog': self._prog}
        elif not actions:
            text = self._prog
        else:
            text = self._generated_usage(actions, groups, prefix)
        return prefix + text + '\n\n'

    def _generated_usage(self, actions, groups, prefix):
        prog = self._prog
        flagged = [a for a in actions if a.option_strings]
        bare = [a for a in actions if not a.option_strings]
        whole = self._format_actions_usage(flagged + bare, groups)
        one_line = prog + ' ' + whole if whole else prog
        width = self._width - self._current_indent
        if len(prefix) + len(one_line) <= width:
            return one_line

        # Too long: break into bracketed chunks and fill lines with them.  Options and
        # positionals start on separate lines; both hang under the program name when it is
        # short, otherwise they start under 'usage: ' on the lines after it.
        chunk = re.compile(r'\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+')
        opt_text = self._format_actions_usage(flagged, groups)
        pos_text = self._format_actions_usage(bare, groups)
        opt_chunks, pos_chunks = chunk.findall(opt_text), chunk.findall(pos_text)
        # CPython 3.12 asserts the chunks rebuild the text; nested brackets such as
        # '[-x [X ...]]' fail that check there with an AssertionError, and so here.
        assert ' '.join(opt_chunks) == opt_text
        assert ' '.join(pos_chunks) == pos_text

        def fill(chunks, margin, first_used=None):
            lines, current = [], []
            used = (first_used if first_used is not None else len(margin)) - 1
            for piece in chunks:
                if current and used + 1 + len(piece) > width:
                    lines.append(margin + ' '.join(current))
                    current, used = [], len(margin) - 1
                current.append(piece)
                used += len(piece) + 1
            if current:
                lines.append(margin + ' '.join(current))
            if first_used is not None:
                lines[0] = lines[0][len(margin):]
            return lines

        if len(prefix) + len(prog) <= 0.75 * width:
            margin = ' ' * (len(prefix) + len(prog) + 1)
            if opt_chunks:
                lines = fill([prog] + opt_chunks, margin, len(prefix))
                lines += fill(pos_chunks, margin)
            elif pos_chunks:
                lines = fill([prog] + pos_chunks, margin, len(prefix))
            else:
                lines = [prog]
        else:
            margin = ' ' * len(prefix)
            lines = fill(opt_chunks + pos_chunks, margin)
            if len(lines) > 1:
                lines = fill(opt_chunks, margin) + fill(pos_chunks, margin)
            lines = [prog] + lines
        return '\n'.join(lines)

    def _format_actions_usage(self, actions, groups):
        # Mutually exclusive groups whose members sit next to each other in `actions` are
        # drawn as [a | b] (or (a | b) when required); others are drawn member by member.
        opens, closes, bars = {}, {}, set()
        grouped = set()
        for group in groups:
            members = group._group_actions
            if not members:
                raise ValueError(f'empty group {group}')
            if members[0] not in actions:
                continue
            first = actions.index(members[0])
            last = first + len(members)
            if actions[first:last] != members:
                continue
            grouped.update(members)
            # (A group of hidden members still leaves its '[ ]', and so a double space.)
            visible = sum(1 for m in members if m.help is not SUPPRESS)
            if not group.required:
                brackets = '[]'
            elif visible > 1:
                brackets = '()'
            else:
                brackets = None
            if brackets:
                opens[first] = opens.get(first, '') + brackets[0]
                closes[last] = closes.get(last, '') + brackets[1]
            bars.update(range(first + 1, last))

        pieces = []
        for index, action in enumerate(actions):
            if index in closes:
                pieces.append(closes[index])
            if index in opens:
                pieces.append(opens[index])
            if index in bars:
                pieces.append('|')
            if action.help is SUPPRESS:
                if pieces and pieces[-1] == '|':
                    pieces.pop()
                elif index + 1 in bars:
                    bars.discard(index + 1)
                continue
            pieces.append(self._usage_piece(action, action in grouped))
        if len(actions) in closes:
            pieces.append(closes[len(actions)])
        text = ' '.join(pieces)
        # Glue brackets to what they enclose, and drop brackets left with nothing inside.
        text = re.sub(r'([\[(]) ', r'\1', text)
        text = re.sub(r' ([\])])', r'\1', text)
        text = re.sub(r'[\[(] *[\])]', '', text)
        return text.strip()

    def _usage_piece(self, action, in_group):
        if not action.option_strings:
            piece = self._format_args(action, self._get_default_metavar_for_positional(action))
            if in_group and piece[:1] == '[' and piece[-1:] == ']':
                piece = piece[1:-1]
            return piece
        if action.nargs == 0:
            piece = action.format_usage()
        else:
            metavar = self._get_default_metavar_for_optional(action)
            piece = action.option_strings[0] + ' ' + self._format_args(action, metavar)
        if not action.required and not in_group:
            piece = '[' + piece + ']'
        return piece

    # -- argument help ------------------------------------------------------------------------

    def _format_action(self, action):
        help_column = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_column, 11)
        name_width = help_column - self._current_indent - 2
        name = self._format_action_invocation(action)
        lead = ' ' * self._current_indent
        if not action.help:
            out = [lead + name + '\n']
            help_indent = None
        elif len(name) <= name_width:
            out = [lead + name.ljust(name_width) + '  ']
            help_indent = 0
        else:
            out = [lead + name + '\n']
            help_indent = help_column
        if action.help and action.help.strip():
            help_text = self._expand_help(action)
            if help_text:
                lines = self._split_lines(help_text, help_width)
                out.append(' ' * help_indent + lines[0] + '\n')
                out.extend(' ' * help_column + line + '\n' for line in lines[1:])
        elif not out[0].endswith('\n'):
            out.append('\n')
        for sub in self._iter_indented_subactions(action):
            out.append(self._format_action(sub))
        return ''.join(out)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            name, = self._metavar_formatter(
                action, self._get_default_metavar_for_positional(action))(1)
            return name
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        args = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ', '.join(flag + ' ' + args for flag in action.option_strings)

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            shown = action.metavar
        elif action.choices is not None:
            shown = '{' + ','.join(str(c) for c in action.choices) + '}'
        else:
            shown = default_metavar

        def as_tuple(count):
            return shown if isinstance(shown, tuple) else (shown,) * count
        return as_tuple

    def _format_args(self, action, default_metavar):
        names = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return '%s' % names(1)
        if nargs == OPTIONAL:
            return '[%s]' % names(1)
        if nargs == ZERO_OR_MORE:
            got = names(1)
            return '[%s [%s ...]]' % got if len(got) == 2 else '[%s ...]' % got
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % names(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % names(1)
        if nargs == SUPPRESS:
            return ''
        try:
            slots = ['%s'] * nargs
        except TypeError:
            raise ValueError('invalid nargs value') from None
        return ' '.join(slots) % names(nargs)

    def _expand_help(self, action):
        fields = {k: v for k, v in vars(action).items() if v is not SUPPRESS}
        fields['prog'] = self._prog
        for key, value in list(fields.items()):
            if hasattr(value, '__name__'):
                fields[key] = value.__name__
        if fields.get('choices') is not None:
            fields['choices'] = ', '.join(str(c) for c in fields['choices'])
        return self._get_help_string(action) % fields

    def _iter_indented_subactions(self, action):
        children = getattr(action, '_get_subactions', None)
        if children is None:
            return
        self._indent()
        yield from children()
        self._dedent()

    def _split_lines(self, text, width):
        import textwrap
        return textwrap.wrap(_SPACES.sub(' ', text).strip(), width)

    def _fill_text(self, text, width, indent):
        import textwrap
        return textwrap.fill(_SPACES.sub(' ', text).strip(), width,
                             initial_indent=indent, subsequent_indent=indent)

    # Hooks the documented formatter subclasses below override.

    def _get_help_string(self, action):
        # The %-template of an argument's help, before %(default)s and friends are filled.
        return action.help

    def _get_default_metavar_for_optional(self, action):
        # '--out-file' without a metavar shows as OUT_FILE ...
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        # ... a positional under its own dest.
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    """Help message formatter which retains any formatting in descriptions."""

    def _fill_text(self, text, width, indent):
        return ''.join([indent + line for line in text.splitlines(True)])


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Help message formatter which retains formatting of all help text."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Help message formatter which adds default values to argument help."""

    def _get_help_string(self, action):
        text = action.help if action.help is not None else ''
        if '%(default)' not in text and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Help message formatter which uses the argument 'type' as the default metavar."""

    def _get_default_metavar_for_optional(self, action):
        return self._type_name(action)

    def _get_default_metavar_for_positional(self, action):
        return self._type_name(action)

    @staticmethod
    def _type_name(action):
        return action.type.__name__


# ---------------------------------------------------------------------------------------------
# Containers: parsers and argument groups

_ACTION_NAMES = {
    None: _StoreAction, 'store': _StoreAction, 'store_const': _StoreConstAction,
    'store_true': _StoreTrueAction, 'store_false': _StoreFalseAction,
    'append': _AppendAction, 'append_const': _AppendConstAction, 'count': _CountAction,
    'help': _HelpAction, 'version': _VersionAction, 'parsers': _SubParsersAction,
    'extend': _ExtendAction,
}


class _ActionsContainer(object):
    """What parsers and groups share: registering arguments, defaults and conflicts."""

    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        self.description, self.prefix_chars = description, prefix_chars
        self.argument_default, self.conflict_handler = argument_default, conflict_handler
        self._get_handler()   # reject an unknown conflict_handler right away
        self._registries = {'action': dict(_ACTION_NAMES)}
        self._actions, self._action_groups, self._mutually_exclusive_groups = [], [], []
        self._option_string_actions, self._defaults = {}, {}
        self._negative_number_matcher = _NEGATIVE_NUMBER
        # Non-empty once a flag looks like a negative number ('-1'); shared with the groups.
        self._has_negative_number_optionals = []

    def register(self, registry_name, value, object):
        self._registries.setdefault(registry_name, {})[value] = object

    def _registry_get(self, registry_name, value, default=None):
        return self._registries.setdefault(registry_name, {}).get(value, default)

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for known in self._actions:
            if known.dest in kwargs:
                known.default = kwargs[known.dest]

    def get_default(self, dest):
        for known in self._actions:
            if known.dest == dest and known.default is not None:
                return known.default
        return self._defaults.get(dest)

    def add_argument(self, *args, **kwargs):
        """add_argument(dest, ..., name=value, ...)
        add_argument(option_string, option_string, ..., name=value, ...)
        """
        positional = not args or (len(args) == 1 and args[0][0] not in self.prefix_chars)
        if positional:
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            options = self._get_positional_kwargs(*args, **kwargs)
        else:
            options = self._get_optional_kwargs(*args, **kwargs)
        if 'default' not in options:
            dest = options['dest']
            if dest in self._defaults:
                options['default'] = self._defaults[dest]
            elif self.argument_default is not None:
                options['default'] = self.argument_default

        kind = self._pop_action_class(options)
        if not callable(kind):
            raise ValueError('unknown action "%s"' % (kind,))
        action = kind(**options)
        converter = self._registry_get('type', action.type, action.type)
        if not callable(converter):
            raise ValueError('%r is not callable' % (converter,))
        if converter is FileType:
            raise ValueError('%r is a FileType class object, instance of it must be passed'
                             % (converter,))
        if hasattr(self, '_get_formatter'):
            # A metavar tuple of the wrong size shows up as a TypeError while formatting.
            try:
                self._get_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError('length of metavar tuple does not match nargs')
        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        made = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(made)
        return made

    def add_mutually_exclusive_group(self, **kwargs):
        made = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(made)
        return made

    def _add_action(self, action):
        self._check_conflict(action)
        self._actions.append(action)
        action.container = self
        for flag in action.option_strings:
            self._option_string_actions[flag] = action
        looks_negative = any(_NEGATIVE_NUMBER.match(f) for f in action.option_strings)
        if looks_negative and not self._has_negative_number_optionals:
            self._has_negative_number_optionals.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _add_container_actions(self, container):
        # Copy a parent parser's arguments, keeping them in groups of the same titles.
        by_title = {}
        for mine in self._action_groups:
            if mine.title in by_title:
                raise ValueError(_('cannot merge actions - two groups are named %r')
                                 % mine.title)
            by_title[mine.title] = mine
        home = {}
        for theirs in container._action_groups:
            if theirs.title not in by_title:
                by_title[theirs.title] = self.add_argument_group(
                    title=theirs.title, description=theirs.description,
                    conflict_handler=theirs.conflict_handler)
            home.update(dict.fromkeys(theirs._group_actions, by_title[theirs.title]))
        for theirs in container._mutually_exclusive_groups:
            twin = self.add_mutually_exclusive_group(required=theirs.required)
            home.update(dict.fromkeys(theirs._group_actions, twin))
        for copied in container._actions:
            home.get(copied, self)._add_action(copied)

    def _get_positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        nargs = kwargs.get('nargs')
        # A positional that can match nothing is optional unless '*' has no default to use.
        if nargs not in (OPTIONAL, ZERO_OR_MORE) or (nargs == ZERO_OR_MORE
                                                     and 'default' not in kwargs):
            kwargs['required'] = True
        kwargs.update(dest=dest, option_strings=[])
        return kwargs

    def _get_optional_kwargs(self, *args, **kwargs):
        flags = []
        long_flags = []
        for flag in args:
            if not flag[0] in self.prefix_chars:
                raise ValueError('invalid option string %r: must start with a character %r'
                                 % (flag, self.prefix_chars))
            flags.append(flag)
            if len(flag) > 1 and flag[1] in self.prefix_chars:
                long_flags.append(flag)
        dest = kwargs.pop('dest') if 'dest' in kwargs else None
        if dest is None:
            source = long_flags[0] if long_flags else flags[0]
            dest = source.lstrip(self.prefix_chars)
            if not dest:
                raise ValueError('dest= is required for options like %r' % source)
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=flags)

    def _pop_action_class(self, kwargs, default=None):
        name = kwargs.pop('action') if 'action' in kwargs else default
        return self._registry_get('action', name, name)

    def _get_handler(self):
        handler = getattr(self, '_handle_conflict_%s' % self.conflict_handler, None)
        if handler is None:
            raise ValueError('invalid conflict_resolution value: %r' % self.conflict_handler)
        return handler

    def _check_conflict(self, action):
        clashes = [(flag, self._option_string_actions[flag]) for flag in action.option_strings
                   if flag in self._option_string_actions]
        if clashes:
            self._get_handler()(action, clashes)

    def _handle_conflict_error(self, action, conflicting_actions):
        message = _plural('conflicting option string: %s', 'conflicting option strings: %s',
                          len(conflicting_actions))
        raise ArgumentError(action, message % ', '.join(f for f, _a in conflicting_actions))

    def _handle_conflict_resolve(self, action, conflicting_actions):
        # The newer argument wins; an older one losing all its flags disappears.
        for flag, older in conflicting_actions:
            older.option_strings.remove(flag)
            self._option_string_actions.pop(flag, None)
            if not older.option_strings:
                older.container._remove_action(older)


class _ArgumentGroup(_ActionsContainer):

    def __init__(self, container, title=None, description=None, **kwargs):
        kwargs.setdefault('conflict_handler', container.conflict_handler)
        kwargs.setdefault('prefix_chars', container.prefix_chars)
        kwargs.setdefault('argument_default', container.argument_default)
        super().__init__(description=description, **kwargs)
        self.title = title
        self._group_actions = []
        # A group is a view on its parser: everything but the member list is the parser's.
        for shared in ('_registries', '_actions', '_option_string_actions', '_defaults',
                       '_has_negative_number_optionals', '_mutually_exclusive_groups'):
            setattr(self, shared, getattr(container, shared))

    def _add_action(self, action):
        added = super()._add_action(action)
        self._group_actions.append(added)
        return added

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)


class _MutuallyExclusiveGroup(_ArgumentGroup):

    def __init__(self, container, required=False):
        super().__init__(container)
        self.required, self._container = required, container

    def _add_action(self, action):
        if action.required:
            raise ValueError(_('mutually exclusive arguments must be optional'))
        # Registered with the enclosing container, so it shows in that group's help.
        added = self._container._add_action(action)
        self._group_actions.append(added)
        return added

    def _remove_action(self, action):
        self._group_actions.remove(action)
        self._container._remove_action(action)


# ---------------------------------------------------------------------------------------------
# The parser

def _nargs_regex(action):
    """The regular expression (over 'O'/'A'/'-' letters) of the words `action` takes."""
    nargs = action.nargs
    if nargs is None:
        body = '(-*A-*)'
    elif nargs == OPTIONAL:
        body = '(-*A?-*)'
    elif nargs == ZERO_OR_MORE:
        body = '(-*[A-]*)'
    elif nargs == ONE_OR_MORE:
        body = '(-*A[A-]*)'
    elif nargs == REMAINDER:
        body = '([-AO]*)'
    elif nargs == PARSER:
        body = '(-*A[-AO]*)'
    elif nargs == SUPPRESS:
        body = '(-*-*)'
    else:
        body = '(-*' + '-*'.join('A' * nargs) + '-*)'
    if action.option_strings:
        # An option's own arguments never include '--'.
        body = body.replace('-*', '').replace('-', '')
    return body


class _Scan:
    """One run of parse_known_args over a list of words; holds the bookkeeping."""

    def __init__(self, parser, words, namespace):
        self.parser = parser
        self.words = words
        self.namespace = namespace
        self.extras = []
        self.seen = set()
        self.seen_set = set()       # actions given a value other than their default
        self.rivals = {}
        for group in parser._mutually_exclusive_groups:
            for member in group._group_actions:
                self.rivals.setdefault(member, []).extend(
                    other for other in group._group_actions if other is not member)
        self.options_at = {}
        letters = []
        after_marker = False
        for index, word in enumerate(words):
            if after_marker:
                letters.append('A')
            elif word == '--':
                letters.append('-')
                after_marker = True
            else:
                found = parser._parse_optional(word)
                if found is None:
                    letters.append('A')
                else:
                    self.options_at[index] = found
                    letters.append('O')
        self.letters = ''.join(letters)
        self.waiting = parser._get_positional_actions()

    def apply(self, action, arg_words, flag=None):
        self.seen.add(action)
        value = self.parser._get_values(action, arg_words)
        if value is not action.default:
            self.seen_set.add(action)
            for rival in self.rivals.get(action, ()):
                if rival in self.seen_set:
                    raise ArgumentError(action, _('not allowed with argument %s')
                                        % _display_name(rival))
        if value is not SUPPRESS:
            action(self.parser, self.namespace, value, flag)

    def take_option(self, index):
        action, flag, attached = self.options_at[index]
        parser = self.parser
        pending = []
        while True:
            if action is None:
                self.extras.append(self.words[index])
                return index + 1
            if attached is None:
                count = parser._match_argument(action, self.letters[index + 1:])
                end = index + 1 + count
                pending.append((action, self.words[index + 1:end], flag))
                break
            count = parser._match_argument(action, 'A')
            if (count == 0 and flag[1] not in parser.prefix_chars and attached != ''):
                # '-xyz' with -x taking nothing: run -x, then treat 'yz' as '-y' 'z'.
                pending.append((action, [], flag))
                flag = flag[0] + attached[0]
                if flag not in parser._option_string_actions:
                    raise ArgumentError(action, _('ignored explicit argument %r') % attached)
                action = parser._option_string_actions[flag]
                attached = attached[1:] or None
            elif count == 1:
                end = index + 1
                pending.append((action, [attached], flag))
                break
            else:
                raise ArgumentError(action, _('ignored explicit argument %r') % attached)
        for action, arg_words, flag in pending:
            self.apply(action, arg_words, flag)
        return end

    def take_positionals(self, index):
        counts = self.parser._match_arguments_partial(self.waiting, self.letters[index:])
        for action, count in zip(self.waiting, counts):
            self.apply(action, self.words[index:index + count])
            index += count
        del self.waiting[:len(counts)]
        return index

    def run(self):
        index = 0
        last_option = max(self.options_at, default=-1)
        while index <= last_option:
            next_option = min(i for i in self.options_at if i >= index)
            if index != next_option:
                moved = self.take_positionals(index)
                if moved > index:
                    index = moved
                    continue
            if index not in self.options_at:
                self.extras.extend(self.words[index:next_option])
                index = next_option
            index = self.take_option(index)
        index = self.take_positionals(index)
        self.extras.extend(self.words[index:])
        self.finish()
        return self.namespace, self.extras

    def finish(self):
        parser = self.parser
        missing = []
        for action in parser._actions:
            if action in self.seen:
                continue
            if action.required:
                missing.append(_display_name(action))
            elif (isinstance(action.default, str) and hasattr(self.namespace, action.dest)
                  and getattr(self.namespace, action.dest) is action.default):
                # String defaults go through type= as if given on the command line.
                setattr(self.namespace, action.dest, parser._get_value(action, action.default))
        if missing:
            parser.error(_('the following arguments are required: %s') % ', '.join(missing))
        for group in parser._mutually_exclusive_groups:
            if group.required and not any(a in self.seen_set for a in group._group_actions):
                names = [_display_name(a) for a in group._group_actions
                         if a.help is not SUPPRESS]
                parser.error(_('one of the arguments %s is required') % ' '.join(names))


class ArgumentParser(_ReprByFields, _ActionsContainer):
    """Object for parsing command line strings into Python objects."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        super().__init__(description=description, prefix_chars=prefix_chars,
                         argument_default=argument_default, conflict_handler=conflict_handler)
        self.prog = os.path.basename(sys.argv[0]) if prog is None else prog
        self.usage, self.epilog = usage, epilog
        self.formatter_class, self.fromfile_prefix_chars = formatter_class, fromfile_prefix_chars
        self.add_help, self.allow_abbrev = add_help, allow_abbrev
        self.exit_on_error = exit_on_error

        self._positionals = self.add_argument_group(_('positional arguments'))
        self._optionals = self.add_argument_group(_('options'))
        self._subparsers = None
        self.register('type', None, lambda text: text)

        if self.add_help:
            dash = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(dash + 'h', dash * 2 + 'help', action='help', default=SUPPRESS,
                              help=_('show this help message and exit'))
        for parent in parents:
            self._add_container_actions(parent)
            self._defaults.update(getattr(parent, '_defaults', {}))

    def _get_kwargs(self):
        return [(name, getattr(self, name)) for name in
                ('prog', 'usage', 'description', 'formatter_class', 'conflict_handler',
                 'add_help')]

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error(_('cannot have multiple subparser arguments'))
        kwargs.setdefault('parser_class', type(self))
        # With a title or description the sub-commands get a help section of their own.
        if 'title' not in kwargs and 'description' not in kwargs:
            self._subparsers = self._positionals
        else:
            self._subparsers = self.add_argument_group(kwargs.pop('title', _('subcommands')),
                                                       kwargs.pop('description', None))
        if kwargs.get('prog') is None:
            # Sub-parsers are named after this parser's usage up to its positionals.
            layout = self._get_formatter()
            layout.add_usage(self.usage, self._get_positional_actions(),
                             self._mutually_exclusive_groups, '')
            kwargs['prog'] = layout.format_help().strip()
        kind = self._pop_action_class(kwargs, 'parsers')
        chooser = kind(option_strings=[], **kwargs)
        self._subparsers._add_action(chooser)
        return chooser

    def _add_action(self, action):
        group = self._optionals if action.option_strings else self._positionals
        group._add_action(action)
        return action

    def _get_optional_actions(self):
        return [a for a in self._actions if a.option_strings]

    def _get_positional_actions(self):
        return [a for a in self._actions if not a.option_strings]

    # -- parsing ----------------------------------------------------------------------------

    def parse_args(self, args=None, namespace=None):
        namespace, leftover = self.parse_known_args(args, namespace)
        if leftover:
            self.error(_('unrecognized arguments: %s') % ' '.join(leftover))
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        args = sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if (action.dest is not SUPPRESS and not hasattr(namespace, action.dest)
                    and action.default is not SUPPRESS):
                setattr(namespace, action.dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        leftover = args     # what an overridden error() that returns leaves us with
        try:
            namespace, leftover = self._parse_known_args(args, namespace)
        except ArgumentError as err:
            if not self.exit_on_error:
                raise
            self.error(str(err))
        if hasattr(namespace, _LEFTOVER):
            leftover.extend(getattr(namespace, _LEFTOVER))
            delattr(namespace, _LEFTOVER)
        return namespace, leftover

    def _parse_known_args(self, arg_strings, namespace):
        if self.fromfile_prefix_chars is not None:
            arg_strings = self._read_args_from_files(arg_strings)
        return _Scan(self, arg_strings, namespace).run()

    def _read_args_from_files(self, arg_strings):
        expanded = []
        for word in arg_strings:
            if not word or word[0] not in self.fromfile_prefix_chars:
                expanded.append(word)
                continue
            try:
                with open(word[1:], encoding=sys.getfilesystemencoding(),
                          errors=_FS_ERRORS) as source:
                    found = []
                    for line in source.read().splitlines():
                        found.extend(self.convert_arg_line_to_args(line))
            except OSError as err:
                self.error(str(err))
            expanded.extend(self._read_args_from_files(found))
        return expanded

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _match_argument(self, action, arg_strings_pattern):
        found = re.match(_nargs_regex(action), arg_strings_pattern)
        if found is not None:
            return len(found.group(1))
        fixed = {None: _('expected one argument'), OPTIONAL: _('expected at most one argument'),
                 ONE_OR_MORE: _('expected at least one argument')}
        message = fixed.get(action.nargs)
        if message is None:
            message = _plural('expected %s argument', 'expected %s arguments',
                              action.nargs) % action.nargs
        raise ArgumentError(action, message)

    def _match_arguments_partial(self, actions, arg_strings_pattern):
        # As many leading positionals as can be satisfied together, each as greedy as allowed.
        for count in range(len(actions), 0, -1):
            joined = ''.join(_nargs_regex(a) for a in actions[:count])
            found = re.match(joined, arg_strings_pattern)
            if found is not None:
                return [len(g) for g in found.groups()]
        return []

    def _parse_optional(self, arg_string):
        """(action or None, flag, attached argument or None) if the word is an option."""
        if not arg_string or arg_string[0] not in self.prefix_chars:
            return None
        known = self._option_string_actions
        if arg_string in known:
            return known[arg_string], arg_string, None
        if len(arg_string) == 1:
            return None
        if '=' in arg_string:
            flag, attached = arg_string.split('=', 1)
            if flag in known:
                return known[flag], flag, attached
        candidates = self._get_option_tuples(arg_string)
        if len(candidates) > 1:
            self.error(_('ambiguous option: %(option)s could match %(matches)s')
                       % {'option': arg_string,
                          'matches': ', '.join(c[1] for c in candidates)})
        if len(candidates) == 1:
            return candidates[0]
        if _NEGATIVE_NUMBER.match(arg_string) and not self._has_negative_number_optionals:
            return None
        if ' ' in arg_string:
            return None
        return None, arg_string, None

    def _get_option_tuples(self, option_string):
        chars = self.prefix_chars
        known = self._option_string_actions
        found = []
        if option_string[0] in chars and option_string[1] in chars:
            if self.allow_abbrev:
                prefix, attached = option_string, None
                if '=' in option_string:
                    prefix, attached = option_string.split('=', 1)
                for flag, action in known.items():
                    if flag.startswith(prefix):
                        found.append((action, flag, attached))
        elif option_string[0] in chars:
            short, rest = option_string[:2], option_string[2:]
            for flag, action in known.items():
                if flag == short:
                    found.append((action, flag, rest))
                elif flag.startswith(option_string):
                    found.append((action, flag, None))
        else:
            self.error(_('unexpected option string: %s') % option_string)
        return found

    def _get_values(self, action, arg_strings):
        if action.nargs not in (PARSER, REMAINDER) and '--' in arg_strings:
            arg_strings = list(arg_strings)
            arg_strings.remove('--')
        nargs = action.nargs
        if not arg_strings and nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
        elif not arg_strings and nargs == ZERO_OR_MORE and not action.option_strings:
            value = action.default if action.default is not None else arg_strings
            if action.default is not None:
                self._check_value(action, value)
        elif len(arg_strings) == 1 and nargs in (None, OPTIONAL):
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
        elif nargs == REMAINDER:
            value = [self._get_value(action, w) for w in arg_strings]
        elif nargs == PARSER:
            value = [self._get_value(action, w) for w in arg_strings]
            self._check_value(action, value[0])
        elif nargs == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._get_value(action, w) for w in arg_strings]
            for item in value:
                self._check_value(action, item)
        return value

    def _get_value(self, action, arg_string):
        convert = self._registry_get('type', action.type, action.type)
        if not callable(convert):
            raise ArgumentError(action, _('%r is not callable') % (convert,))
        try:
            return convert(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, _('invalid %s value: %r') % (name, arg_string))

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            allowed = ', '.join(map(repr, action.choices))
            raise ArgumentError(action, _('invalid choice: %r (choose from %s)')
                                % (value, allowed))

    def parse_intermixed_args(self, args=None, namespace=None):
        namespace, leftover = self.parse_known_intermixed_args(args, namespace)
        if leftover:
            self.error(_('unrecognized arguments: %s') % ' '.join(leftover))
        return namespace

    def parse_known_intermixed_args(self, args=None, namespace=None):
        # Two passes: first only the options (positionals switched off, so every loose word
        # is left over), then the left-over words go to the positionals with options relaxed.
        positionals = self._get_positional_actions()
        odd = [a for a in positionals if a.nargs in (PARSER, REMAINDER)]
        if odd:
            raise TypeError('parse_intermixed_args: positional arg with nargs=%s'
                            % odd[0].nargs)
        if any(a in positionals for g in self._mutually_exclusive_groups
               for a in g._group_actions):
            raise TypeError('parse_intermixed_args: positional in mutuallyExclusiveGroup')
        own_usage = self.usage
        try:
            if self.usage is None:
                self.usage = self.format_usage()[7:]
            saved = [(a, a.nargs, a.default) for a in positionals]
            try:
                for action in positionals:
                    action.nargs = SUPPRESS
                    action.default = SUPPRESS
                namespace, remaining = self.parse_known_args(args, namespace)
                for action in positionals:
                    if getattr(namespace, action.dest, None) == []:
                        import warnings
                        warnings.warn('Do not expect %s in %s' % (action.dest, namespace))
                        delattr(namespace, action.dest)
            finally:
                for action, nargs, default in saved:
                    action.nargs = nargs
                    action.default = default
            optionals = self._get_optional_actions()
            required_before = [(a, a.required) for a in optionals]
            groups_before = [(g, g.required) for g in self._mutually_exclusive_groups]
            try:
                for action in optionals:
                    action.required = False
                for group in self._mutually_exclusive_groups:
                    group.required = False
                namespace, extras = self.parse_known_args(remaining, namespace)
            finally:
                for thing, required in required_before + groups_before:
                    thing.required = required
        finally:
            self.usage = own_usage
        return namespace, extras

    # -- output -----------------------------------------------------------------------------

    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), file if file is not None else sys.stdout)

    def print_help(self, file=None):
        self._print_message(self.format_help(), file if file is not None else sys.stdout)

    def _print_message(self, message, file=None):
        if not message:
            return
        try:
            (file or sys.stderr).write(message)
        except (AttributeError, OSError):
            pass

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, sys.stderr)
        sys.exit(status)

    def error(self, message):
        """Print a usage message with `message` to stderr and exit with status 2."""
        self.print_usage(sys.stderr)
        self.exit(2, _('%(prog)s: error: %(message)s\n') % {'prog': self.prog,
                                                            'message': message})
