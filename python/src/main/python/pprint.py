"""Pretty-print Python data structures, with CPython 3.12's line breaking.

Written for Pyjama. A value whose one-line repr fits in the room left on the line is written
as that repr; otherwise the containers this module knows (dict, list, tuple, set, str, bytes,
the collections types, dataclasses, namespaces) are split one element per line, strings at
word boundaries and bytes every four bytes. Anything else keeps its repr.
"""

import sys as _sys
import types as _types

__all__ = ['pprint', 'pformat', 'isreadable', 'isrecursive', 'saferepr', 'PrettyPrinter', 'pp']


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False,
           sort_dicts=True, underscore_numbers=False):
    """Pretty-print object to stream (default sys.stdout), followed by a newline."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                  sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
            underscore_numbers=False):
    """The text pprint() would print, without the final newline."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                         sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint() with dicts in insertion order by default."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """A repr that shows recursive structures as <Recursion on ...> instead of looping."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Whether saferepr(object) could be read back with eval()."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Whether object contains itself."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _Ordered:
    """Sort key that orders values of mutually unorderable types by type name, then id."""

    __slots__ = ('obj',)

    def __init__(self, wrapped):
        self.obj = wrapped

    def __lt__(self, other):
        mine, theirs = self.obj, other.obj
        try:
            return mine < theirs
        except TypeError:
            return (str(type(mine)), id(mine)) < (str(type(theirs)), id(theirs))


def _item_key(pair):
    return _Ordered(pair[0]), _Ordered(pair[1])


def _recursion(object):
    return f'<Recursion on {type(object).__name__} with id={id(object)}>'


# Types whose repr is always used as is (and is readable).
_SCALARS = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})


class _Buffer:
    """Collects the pieces written by the formatter (io.StringIO without importing io)."""

    def __init__(self):
        self.pieces = []

    def write(self, text):
        self.pieces.append(text)

    def getvalue(self):
        return ''.join(self.pieces)


def _split_words(line):
    """line cut into runs of non-blanks each followed by its blanks ('ab  cd ' ->
    ['ab  ', 'cd '])."""
    runs = []
    start = 0
    n = len(line)
    while start < n:
        pos = start
        while pos < n and not line[pos].isspace():
            pos += 1
        while pos < n and line[pos].isspace():
            pos += 1
        runs.append(line[start:pos])
        start = pos
    return runs


def _pack(parts, room, last_room, joiner, show):
    """Greedily join consecutive parts while show(joined) stays within room (last_room for
    the chunk holding the final part); yields show() of each chunk."""
    current = joiner
    final = len(parts) - 1
    for index, part in enumerate(parts):
        attempt = current + part
        limit = last_room if index == final else room
        if len(show(attempt)) > limit:
            if current:
                yield show(current)
            current = part
        else:
            current = attempt
    if current:
        yield show(current)


def _generated_dataclass_repr(object):
    """True for a dataclass instance still using the __repr__ that @dataclass wrote."""
    params = getattr(type(object), '__dataclass_params__', None)
    if params is None or isinstance(object, type) or not params.repr:
        return False
    inner = getattr(object.__repr__, '__wrapped__', None)
    return inner is not None and '__create_fn__' in getattr(inner, '__qualname__', '')


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False,
                 sort_dicts=True, underscore_numbers=False):
        """Pretty-printer settings: indent per nesting level, the target width, the depth
        beyond which containers show as '...', the output stream (default sys.stdout),
        compact (several short items per line), sort_dicts and underscore_numbers."""
        self._indent_per_level = int(indent)
        self._width = int(width)
        if self._indent_per_level < 0:
            raise ValueError('indent must be >= 0')
        if not (depth is None or depth > 0):
            raise ValueError('depth must be > 0')
        if self._width == 0:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._stream = _sys.stdout if stream is None else stream
        self._compact = bool(compact)
        self._underscore_numbers = underscore_numbers
        self._sort_dicts = sort_dicts

    def pprint(self, object):
        out = self._stream
        if out is not None:
            self._format(object, out, 0, 0, {}, 0)
            out.write('\n')

    def pformat(self, object):
        out = _Buffer()
        self._format(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def isreadable(self, object):
        _, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def format(self, object, context, maxlevels, level):
        """(repr, readable, recursive) of object; subclasses may override it to change how
        values are shown. context holds the ids of the containers being shown."""
        return self._safe_repr(object, context, maxlevels, level)

    # -- the layout engine
    #
    # Every _format call writes one value. indent is the column it starts at (for the lines
    # after its first), allowance the number of characters that will follow it on its last
    # line (closing brackets, a comma), level its nesting depth.

    def _format(self, object, stream, indent, allowance, context, level):
        key = id(object)
        if key in context:
            self._readable = False
            self._recursive = True
            stream.write(_recursion(object))
            return
        text = self._repr(object, context, level)
        if len(text) > self._width - indent - allowance:
            splitter = self._dispatch.get(type(object).__repr__)
            if splitter is None and _generated_dataclass_repr(object):
                splitter = PrettyPrinter._pprint_dataclass
            if splitter is not None:
                context[key] = 1
                splitter(self, object, stream, indent, allowance, context, level + 1)
                del context[key]
                return
        stream.write(text)

    def _repr(self, object, context, level):
        text, readable, recursive = self.format(object, context.copy(), self._depth, level)
        if recursive:
            self._recursive = True
        if not readable:
            self._readable = False
        return text

    def _format_items(self, items, stream, indent, allowance, context, level):
        # Sequence elements: one per line, or in compact mode as many as fit per line.
        step = self._indent_per_level
        indent += step
        if step > 1:
            stream.write(' ' * (step - 1))
        newline = ',\n' + ' ' * indent
        full_room = self._width - indent + 1
        room = full_room
        separator = ''
        pending = list(items)
        for index, item in enumerate(pending):
            last = index == len(pending) - 1
            if last:
                full_room -= allowance
                room -= allowance
            if self._compact:
                text = self._repr(item, context, level)
                needed = len(text) + 2
                if room < needed:
                    room = full_room
                    if separator:
                        separator = newline
                if room >= needed:
                    room -= needed
                    stream.write(separator)
                    separator = ', '
                    stream.write(text)
                    continue
            stream.write(separator)
            separator = newline
            self._format(item, stream, indent, allowance if last else 1, context, level)

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        count = len(items)
        for index, (key, value) in enumerate(items):
            if index:
                stream.write(',\n' + ' ' * indent)
            key_text = self._repr(key, context, level)
            stream.write(key_text + ': ')
            self._format(value, stream, indent + len(key_text) + 2,
                         allowance if index == count - 1 else 1, context, level)

    def _format_namespace_items(self, items, stream, indent, allowance, context, level):
        items = list(items)
        for index, (name, value) in enumerate(items):
            if index:
                stream.write(',\n' + ' ' * indent)
            stream.write(name + '=')
            if id(value) in context:
                stream.write('...')  # as the recursive repr of a dataclass shows it
            else:
                self._format(value, stream, indent + len(name) + 1,
                             allowance if index == len(items) - 1 else 1, context, level)

    def _open_pad(self, stream):
        if self._indent_per_level > 1:
            stream.write(' ' * (self._indent_per_level - 1))

    # -- one splitter per type (the _dispatch table below maps __repr__ to them)

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write('{')
        self._open_pad(stream)
        if len(object):
            items = (sorted(object.items(), key=_item_key) if self._sort_dicts
                     else list(object.items()))
            self._format_dict_items(items, stream, indent, allowance + 1, context, level)
        stream.write('}')

    def _pprint_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + '(')
        self._format(list(object.items()), stream, indent + len(name) + 1, allowance + 1,
                     context, level)
        stream.write(')')

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write(']')

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        close = ',)' if len(object) == 1 else ')'
        stream.write('(')
        self._format_items(object, stream, indent, allowance + len(close), context, level)
        stream.write(close)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        kind = type(object)
        if kind is set:
            stream.write('{')
            close = '}'
        else:
            stream.write(kind.__name__ + '({')
            close = '})'
            indent += len(kind.__name__) + 1
        self._format_items(sorted(object, key=_Ordered), stream, indent,
                           allowance + len(close), context, level)
        stream.write(close)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        top = level == 1  # a top-level string is wrapped in parentheses
        if top:
            indent += 1
            allowance += 1
        room = self._width - indent
        lines = object.splitlines(True)
        chunks = []
        for number, line in enumerate(lines):
            final_line = number == len(lines) - 1
            text = repr(line)
            if len(text) <= (room - allowance if final_line else room):
                chunks.append(text)
                continue
            chunks.extend(_pack(_split_words(line), room,
                                room - allowance if final_line else room, '', repr))
        if len(chunks) == 1:
            stream.write(chunks[0])
            return
        if top:
            stream.write('(')
        stream.write(('\n' + ' ' * indent).join(chunks))
        if top:
            stream.write(')')

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        top = level == 1
        if top:
            indent += 1
            allowance += 1
            stream.write('(')
        room = self._width - indent
        quads = [object[i:i + 4] for i in range(0, len(object), 4)]
        # CPython leaves the allowance out when the length is a multiple of 4; so do we.
        last_room = room - allowance if len(object) % 4 else room
        stream.write(('\n' + ' ' * indent).join(_pack(quads, room, last_room, b'', repr)))
        if top:
            stream.write(')')

    def _pprint_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write('bytearray(')
        self._pprint_bytes(bytes(object), stream, indent + 10, allowance + 1, context,
                           level + 1)
        stream.write(')')

    def _pprint_mappingproxy(self, object, stream, indent, allowance, context, level):
        stream.write('mappingproxy(')
        self._format(object.copy(), stream, indent + 13, allowance + 1, context, level)
        stream.write(')')

    def _pprint_simplenamespace(self, object, stream, indent, allowance, context, level):
        name = ('namespace' if type(object) is _types.SimpleNamespace
                else type(object).__name__)
        stream.write(name + '(')
        self._format_namespace_items(object.__dict__.items(), stream, indent + len(name) + 1,
                                     allowance, context, level)
        stream.write(')')

    def _pprint_dataclass(self, object, stream, indent, allowance, context, level):
        name = type(object).__name__
        import dataclasses
        shown = [(f.name, getattr(object, f.name))
                 for f in dataclasses.fields(object) if f.repr]
        stream.write(name + '(')
        self._format_namespace_items(shown, stream, indent + len(name) + 1, allowance,
                                     context, level)
        stream.write(')')

    def _pprint_default_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = type(object).__name__
        factory = self._repr(object.default_factory, context, level)
        indent += len(name) + 1
        stream.write(f'{name}({factory},\n' + ' ' * indent)
        self._pprint_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(')')

    def _pprint_counter(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + '({')
        self._open_pad(stream)
        self._format_dict_items(object.most_common(), stream, indent + len(name) + 1,
                                allowance + 2, context, level)
        stream.write('})')

    def _pprint_chain_map(self, object, stream, indent, allowance, context, level):
        maps = object.maps
        if not maps or (len(maps) == 1 and not len(maps[0])):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + '(')
        indent += len(name) + 1
        for index, mapping in enumerate(maps):
            if index < len(maps) - 1:
                self._format(mapping, stream, indent, 1, context, level)
                stream.write(',\n' + ' ' * indent)
            else:
                self._format(mapping, stream, indent, allowance + 1, context, level)
                stream.write(')')

    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + '([')
        indent += len(name) + 1
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2, context, level)
            stream.write('])')
            return
        self._format_items(object, stream, indent, 2, context, level)
        bound = self._repr(object.maxlen, context, level)
        stream.write('],\n' + ' ' * indent + f'maxlen={bound})')

    def _pprint_user_wrapper(self, object, stream, indent, allowance, context, level):
        # UserDict, UserList, UserString: laid out as the value they wrap.
        self._format(object.data, stream, indent, allowance, context, level - 1)

    # -- one-line reprs

    def _safe_repr(self, object, context, maxlevels, level):
        kind = type(object)
        if kind in _SCALARS:
            return repr(object), True, False
        own_repr = getattr(kind, '__repr__', None)
        if issubclass(kind, int) and own_repr is int.__repr__:
            return (f'{object:_d}' if self._underscore_numbers else repr(object)), True, False
        if issubclass(kind, dict) and own_repr is dict.__repr__:
            if not object:
                return '{}', True, False
            entries = (sorted(object.items(), key=_item_key) if self._sort_dicts
                       else object.items())
            return self._join_reprs(object, '{%s}', entries, context, maxlevels, level, True)
        if issubclass(kind, list) and own_repr is list.__repr__:
            if not object:
                return '[]', True, False
            return self._join_reprs(object, '[%s]', object, context, maxlevels, level, False)
        if issubclass(kind, tuple) and own_repr is tuple.__repr__:
            if not object:
                return '()', True, False
            template = '(%s,)' if len(object) == 1 else '(%s)'
            return self._join_reprs(object, template, object, context, maxlevels, level,
                                    False)
        text = repr(object)
        return text, text and not text.startswith('<'), False

    def _join_reprs(self, object, template, entries, context, maxlevels, level, pairs):
        key = id(object)
        if maxlevels and level >= maxlevels:
            return template % '...', False, key in context
        if key in context:
            return _recursion(object), False, True
        context[key] = 1
        readable, recursive = True, False
        parts = []
        for entry in entries:
            shown = []
            for value in (entry if pairs else (entry,)):
                text, ok, loops = self.format(value, context, maxlevels, level + 1)
                shown.append(text)
                readable = readable and ok
                recursive = recursive or loops
            parts.append(': '.join(shown))
        del context[key]
        return template % ', '.join(parts), readable, recursive


PrettyPrinter._dispatch = {
    dict.__repr__: PrettyPrinter._pprint_dict,
    list.__repr__: PrettyPrinter._pprint_list,
    tuple.__repr__: PrettyPrinter._pprint_tuple,
    set.__repr__: PrettyPrinter._pprint_set,
    frozenset.__repr__: PrettyPrinter._pprint_set,
    str.__repr__: PrettyPrinter._pprint_str,
    bytes.__repr__: PrettyPrinter._pprint_bytes,
    bytearray.__repr__: PrettyPrinter._pprint_bytearray,
    _types.MappingProxyType.__repr__: PrettyPrinter._pprint_mappingproxy,
    _types.SimpleNamespace.__repr__: PrettyPrinter._pprint_simplenamespace,
}


def _add_collections():
    try:
        import collections
    except ImportError:  # pprint stays usable while collections itself is being set up
        return
    table = PrettyPrinter._dispatch
    for cls, splitter in ((collections.OrderedDict, PrettyPrinter._pprint_ordered_dict),
                          (collections.defaultdict, PrettyPrinter._pprint_default_dict),
                          (collections.Counter, PrettyPrinter._pprint_counter),
                          (collections.ChainMap, PrettyPrinter._pprint_chain_map),
                          (collections.deque, PrettyPrinter._pprint_deque),
                          (collections.UserDict, PrettyPrinter._pprint_user_wrapper),
                          (collections.UserList, PrettyPrinter._pprint_user_wrapper),
                          (collections.UserString, PrettyPrinter._pprint_user_wrapper)):
        table[cls.__repr__] = splitter


_add_collections()
