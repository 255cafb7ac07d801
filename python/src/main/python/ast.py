"""Abstract syntax trees: parse Python source into node objects, inspect, change and print them.

Pyjama's own module (docs/python.md, "The ast module"), written for CPython 3.12's documented
interface and output. The node classes, the PyCF_* flags and compile() of trees come from the
Java module _ast; this file adds what is written in Python:

    parse, literal_eval                           source to tree, tree to value
    dump, iter_fields, iter_child_nodes, walk,    looking at trees
    get_docstring, get_source_segment
    copy_location, fix_missing_locations,         positions
    increment_lineno
    NodeVisitor, NodeTransformer                  walking and rewriting
    unparse                                       tree back to source (_SourceWriter)
    Num, Str, Bytes, NameConstant, Ellipsis,      names deprecated since 3.8, kept as in 3.12
    Index, ExtSlice, slice, Suite, ...

Every printed form (dump's layout, unparse's parentheses and quotes, the error messages) is
CPython 3.12's, checked against it by tools/ast-oracle-check.py.
"""

import sys
from _ast import *


# ---------------------------------------------------------------------------------------------
# Source to tree, tree to value

def parse(source, filename='<unknown>', mode='exec', *,
          type_comments=False, feature_version=None):
    """Parse source (str or bytes) into a tree: compile(source, filename, mode, PyCF_ONLY_AST).

    mode is 'exec' (a Module), 'eval' (an Expression), 'single' (an Interactive) or
    'func_type'. feature_version is a (3, minor) tuple or a minor version number.
    """
    flags = PyCF_ONLY_AST
    if type_comments:
        flags |= PyCF_TYPE_COMMENTS
    if feature_version is None:
        minor = -1
    elif isinstance(feature_version, tuple):
        major, minor = feature_version
        if major != 3:
            raise ValueError(f"Unsupported major version: {major}")
    else:
        minor = feature_version
    return compile(source, filename, mode, flags, _feature_version=minor)


def literal_eval(node_or_string):
    """Evaluate a tree or a string holding a Python literal, without running any code.

    Accepted: constants (str, bytes, numbers, True, False, None, ...), tuples, lists, dicts,
    sets, set() and the sums or differences of a real and an imaginary number (1+2j, -1-2j).
    Anything else raises ValueError("malformed node or string ...").
    """
    if isinstance(node_or_string, str):
        node_or_string = parse(node_or_string.lstrip(" \t"), mode='eval')
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body
    return _literal_value(node_or_string)


def _malformed(node):
    line = getattr(node, 'lineno', None)
    where = f" on line {line}" if line else ""
    raise ValueError(f"malformed node or string{where}: {node!r}")


def _plain_number(node):
    # exactly int, float or complex: a bool or a str is not a number here
    if isinstance(node, Constant) and type(node.value) in (int, float, complex):
        return node.value
    _malformed(node)


def _signed_number(node):
    if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
        number = _plain_number(node.operand)
        return +number if isinstance(node.op, UAdd) else -number
    return _plain_number(node)


def _literal_value(node):
    if isinstance(node, Constant):
        return node.value
    if isinstance(node, Tuple):
        return tuple([_literal_value(item) for item in node.elts])
    if isinstance(node, List):
        return [_literal_value(item) for item in node.elts]
    if isinstance(node, Set):
        return {_literal_value(item) for item in node.elts}
    if (isinstance(node, Call) and isinstance(node.func, Name) and node.func.id == 'set'
            and node.args == [] and node.keywords == []):
        return set()
    if isinstance(node, Dict):
        if len(node.keys) != len(node.values):
            _malformed(node)
        # key, value, key, value...: the first bad node in source order is the one reported
        result = {}
        for key, value in zip(node.keys, node.values):
            key = _literal_value(key)
            result[key] = _literal_value(value)
        return result
    if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
        # only a complex number written as real +/- imaginary: 1+2j, -1.5-2j
        real = _signed_number(node.left)
        imaginary = _plain_number(node.right)
        if isinstance(real, (int, float)) and isinstance(imaginary, complex):
            return real + imaginary if isinstance(node.op, Add) else real - imaginary
    return _signed_number(node)


# ---------------------------------------------------------------------------------------------
# Looking at trees

def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """A formatted dump of the tree in node, for debugging.

    Fields are named (name=value) unless annotate_fields is false; positions are shown when
    include_attributes is true. With indent (a number of spaces or a string) nodes and lists
    are spread over indented lines; without it the dump is one line. Optional fields that
    are None are left out.
    """
    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent
    return _Dumper(annotate_fields, include_attributes, indent).text(node, 0)[0]


_MISSING = object()   # getattr default: attribute not set

class _Dumper:
    """dump's formatter: text(value, depth) returns the text and whether it is "simple".

    A node whose arguments are all simple, and at most three, stays on one line even with
    indent; only a node without arguments (Load()) and a plain value count as simple
    themselves, so nesting always breaks lines.
    """

    def __init__(self, annotate_fields, include_attributes, indent):
        self.annotate_fields = annotate_fields
        self.include_attributes = include_attributes
        self.indent = indent

    def text(self, value, depth):
        if isinstance(value, AST):
            return self._node(value, depth + 1)
        if isinstance(value, list):
            if not value:
                return '[]', True
            start, separator = self._layout(depth + 1)
            items = [self.text(item, depth + 1)[0] for item in value]
            return '[%s%s]' % (start, separator.join(items)), False
        return repr(value), True

    def _layout(self, depth):
        if self.indent is None:
            return '', ', '
        margin = self.indent * depth
        return '\n' + margin, ',\n' + margin

    def _present(self, node, names):
        # (name, value) of the fields or attributes that are set and differ from a
        # class-level None default; the flag says whether one before it was left out.
        cls = type(node)
        gap = False
        for name in names:
            value = getattr(node, name, _MISSING)
            if value is _MISSING or (value is None and getattr(cls, name, ...) is None):
                gap = True
                continue
            yield name, value, gap

    def _node(self, node, depth):
        args = []
        all_simple = True
        # positional until a field is skipped: after a gap only names keep the meaning
        for name, value, gap in self._present(node, node._fields):
            text, simple = self.text(value, depth)
            all_simple = all_simple and simple
            args.append(f'{name}={text}' if self.annotate_fields or gap else text)
        if self.include_attributes:
            for name, value, _ in self._present(node, node._attributes or ()):
                text, simple = self.text(value, depth)
                all_simple = all_simple and simple
                args.append(f'{name}={text}')
        name = node.__class__.__name__
        if all_simple and len(args) <= 3:
            return '%s(%s)' % (name, ', '.join(args)), not args
        start, separator = self._layout(depth)
        return '%s(%s%s)' % (name, start, separator.join(args)), False


def iter_fields(node):
    """Yield (name, value) for each field of node that is set."""
    for name in node._fields:
        try:
            yield name, getattr(node, name)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """Yield the direct child nodes of node: fields that are nodes and nodes in list fields."""
    for name, value in iter_fields(node):
        if isinstance(value, AST):
            yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, AST):
                    yield item


def walk(node):
    """Yield node and all its descendants, breadth first (in no other specified order)."""
    queue = [node]
    position = 0
    while position < len(queue):
        node = queue[position]
        position += 1
        queue.extend(iter_child_nodes(node))
        yield node


def get_docstring(node, clean=True):
    """The docstring of a function, class or module node, or None if it has none.

    With clean, the text is cleaned up by inspect.cleandoc (indentation removed).
    """
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    value = node.body[0].value
    if not (isinstance(value, Constant) and isinstance(value.value, str)):
        return None
    text = value.value
    if clean:
        import inspect
        text = inspect.cleandoc(text)
    return text


def _source_lines(source, count):
    """The first count lines of source with their ends, split only at \\r\\n, \\n and \\r.

    (str.splitlines would also split at \\f, \\v and other characters the tokenizer keeps
    inside a line.) As in CPython, the text after the last line end is a line, and an empty
    line follows it when it is not empty itself.
    """
    lines = []
    start = 0
    length = len(source)
    while len(lines) < count:
        end = start
        while end < length and source[end] not in '\r\n':
            end += 1
        if end == length:
            lines.append(source[start:])
            if start < length and len(lines) < count:
                lines.append('')
            break
        end += 2 if source.startswith('\r\n', end) else 1
        lines.append(source[start:end])
        start = end
    return lines


def get_source_segment(source, node, *, padded=False):
    """The part of source that node was parsed from, or None if node has no end position.

    With padded, a multi-line segment's first line is padded with spaces (tabs and form
    feeds kept) to its original column.
    """
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        first = node.lineno - 1
        last = node.end_lineno - 1
        start = node.col_offset
        end = node.end_col_offset
    except AttributeError:
        return None
    if not isinstance(source, str):
        # CPython's messages (it splits the lines with a regular expression)
        if isinstance(source, (bytes, bytearray, memoryview)):
            raise TypeError("cannot use a string pattern on a bytes-like object")
        raise TypeError(f"expected string or bytes-like object, got {type(source).__name__!r}")
    # columns count UTF-8 bytes, as CPython's tokenizer does
    lines = _source_lines(source, last + 1)
    if first == last:
        return lines[first].encode()[start:end].decode()
    head = lines[first].encode()
    padding = ''
    if padded:
        padding = ''.join(c if c in '\f\t' else ' ' for c in head[:start].decode())
    text = padding + head[start:].decode()
    tail = lines[last].encode()[:end].decode()
    return text + ''.join(lines[first + 1:last]) + tail


# ---------------------------------------------------------------------------------------------
# Positions

_POSITIONS = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')


def copy_location(new_node, old_node):
    """Copy the source position of old_node to new_node and return new_node.

    A start position is copied when it is set; an end position (which may be None) whenever
    old_node has it.
    """
    for name in _POSITIONS:
        if name in old_node._attributes and name in new_node._attributes:
            value = getattr(old_node, name, None)
            if value is not None or (name.startswith('end_') and hasattr(old_node, name)):
                setattr(new_node, name, value)
    return new_node


def fix_missing_locations(node):
    """Give every node under node that lacks a position its parent's, starting at 1, 0.

    compile() needs positions on every node; trees made by hand usually lack them.
    """
    # (node, the position its parent ended up with): a work list rather than recursion, taken
    # in CPython's order (depth first, children in field order), which matters when one node
    # object sits under two parents: the first one it is met under gives it its position
    todo = [(node, (1, 0, 1, 0))]
    while todo:
        current, inherited = todo.pop()
        lineno, col_offset, end_lineno, end_col_offset = inherited
        attributes = current._attributes
        if 'lineno' in attributes:
            if hasattr(current, 'lineno'):
                lineno = current.lineno
            else:
                current.lineno = lineno
        if 'end_lineno' in attributes:
            if getattr(current, 'end_lineno', None) is None:
                current.end_lineno = end_lineno
            else:
                end_lineno = current.end_lineno
        if 'col_offset' in attributes:
            if hasattr(current, 'col_offset'):
                col_offset = current.col_offset
            else:
                current.col_offset = col_offset
        if 'end_col_offset' in attributes:
            if getattr(current, 'end_col_offset', None) is None:
                current.end_col_offset = end_col_offset
            else:
                end_col_offset = current.end_col_offset
        position = (lineno, col_offset, end_lineno, end_col_offset)
        todo.extend(reversed([(child, position) for child in iter_child_nodes(current)]))
    return node


def increment_lineno(node, n=1):
    """Add n to the line numbers of node and every node under it; returns node."""
    for child in walk(node):
        # a TypeIgnore's lineno is a field, not a position attribute
        positioned = child._attributes if not isinstance(child, TypeIgnore) else ('lineno',)
        for attr in ('lineno', 'end_lineno'):
            if attr in positioned:
                current = getattr(child, attr, 0)
                if current is not None or attr == 'lineno':
                    setattr(child, attr, (current or 0) + n)
    return node


# ---------------------------------------------------------------------------------------------
# Visitors

class NodeVisitor(object):
    """Walks a tree, calling self.visit_<ClassName>(node) for each node that has such a method
    and generic_visit(node) (which visits the children) for the others.

    Subclass it and add visit_ methods; a visit_ method that wants the children visited too
    calls self.generic_visit(node).
    """

    def visit(self, node):
        """Visit a node."""
        method = getattr(self, 'visit_' + node.__class__.__name__, self.generic_visit)
        return method(node)

    def generic_visit(self, node):
        """Visit the children of node."""
        for _, value in iter_fields(node):
            children = value if isinstance(value, list) else (value,)
            for child in children:
                if isinstance(child, AST):
                    self.visit(child)

    def visit_Constant(self, node):
        # Visitors written before 3.8 define visit_Num, visit_Str, ...: call the one that
        # matches the constant's type, with the DeprecationWarning of 3.12.
        kind = _deprecated_visitor_kind(node.value)
        if kind is not None:
            name = 'visit_' + kind
            try:
                method = getattr(self, name)
            except AttributeError:
                pass
            else:
                import warnings
                warnings.warn(f"{name} is deprecated; add visit_Constant",
                              DeprecationWarning, 2)
                return method(node)
        return self.generic_visit(node)


# The pre-3.8 node kind of a constant's value (bool before int: a bool is a NameConstant).
_VISITOR_KINDS = ((bool, 'NameConstant'), (type(None), 'NameConstant'), (int, 'Num'),
                  (float, 'Num'), (complex, 'Num'), (str, 'Str'), (bytes, 'Bytes'),
                  (type(...), 'Ellipsis'))


def _deprecated_visitor_kind(value):
    for cls, kind in _VISITOR_KINDS:
        if type(value) is cls:
            return kind
    for cls, kind in _VISITOR_KINDS:
        if isinstance(value, cls):
            return kind
    return None


class NodeTransformer(NodeVisitor):
    """A NodeVisitor that replaces each node by what its visit_ method returns.

    Returning None removes the node; a list field accepts any iterable of nodes in place of
    one node. generic_visit rebuilds the children and returns the node itself.
    """

    def generic_visit(self, node):
        for name, old in iter_fields(node):
            if isinstance(old, list):
                replacement = []
                for item in old:
                    if isinstance(item, AST):
                        item = self.visit(item)
                        if item is None:
                            continue
                        if not isinstance(item, AST):
                            replacement.extend(item)
                            continue
                    replacement.append(item)
                old[:] = replacement
            elif isinstance(old, AST):
                new = self.visit(old)
                if new is None:
                    delattr(node, name)
                else:
                    setattr(node, name, new)
        return node


# ---------------------------------------------------------------------------------------------
# Deprecated names, with 3.12's behaviour and warnings (all are to go in 3.14)

def _warn_removal(what, instead):
    import warnings
    warnings.warn(f"{what} is deprecated and will be removed in Python 3.14; use {instead} instead",
                  DeprecationWarning, stacklevel=3)


# Constant.n and Constant.s were the value of Num and of Str/Bytes.
def _value_alias(name):
    def get(self):
        _warn_removal(f"Attribute {name}", "value")
        return self.value

    def set_value(self, value):
        _warn_removal(f"Attribute {name}", "value")
        self.value = value
    return property(get, set_value)


if not hasattr(Constant, 'n'):    # the classes outlive a second import of this module
    Constant.n = _value_alias('n')
    Constant.s = _value_alias('s')


class _DeprecatedConstantClass(type):
    """Metaclass of Num, Str, Bytes, NameConstant and Ellipsis: a Constant is an instance of
    the one whose value types it holds (isinstance(Constant(1), Num) is true)."""

    def __init__(cls, *args):
        cls.__doc__ = "Deprecated AST node class. Use ast.Constant instead"

    def __instancecheck__(cls, instance):
        accepted = _DEPRECATED_VALUE_TYPES.get(cls)
        if accepted is not None:
            _warn_removal(f"ast.{cls.__qualname__}", "ast.Constant")
        if not isinstance(instance, Constant):
            return False
        if accepted is None:    # a subclass defined by a user: an ordinary class
            return type.__instancecheck__(cls, instance)
        try:
            value = instance.value
        except AttributeError:
            return False
        types, excluded = accepted
        return isinstance(value, types) and not isinstance(value, excluded)


def _make_constant(cls, *args, **kwargs):
    # __new__ of the deprecated classes: they make a Constant; a user's subclass makes itself
    for key in kwargs:
        if key in cls._fields and cls._fields.index(key) < len(args):
            raise TypeError(f"{cls.__name__} got multiple values for argument {key!r}")
    if cls in _DEPRECATED_VALUE_TYPES:
        _warn_removal(f"ast.{cls.__qualname__}", "ast.Constant")
        return Constant(*args, **kwargs)
    # a user's subclass: AST.__init__ takes the arguments (they are not __new__'s business)
    return Constant.__new__(cls)


def _make_ellipsis(cls, *args, **kwargs):
    if cls is _DEPRECATED_CLASSES['Ellipsis']:
        _warn_removal("ast.Ellipsis", "ast.Constant")
        return Constant(..., *args, **kwargs)
    return Constant.__new__(cls)


def _deprecated_class(name, fields, new):
    namespace = {'__new__': new, '__module__': __name__, '__qualname__': name}
    if fields is not None:
        namespace['_fields'] = fields
    return _DeprecatedConstantClass(name, (Constant,), namespace)


# Kept out of the module's namespace: module __getattr__ hands them out with a warning.
_DEPRECATED_CLASSES = {
    'Num': _deprecated_class('Num', ('n',), _make_constant),
    'Str': _deprecated_class('Str', ('s',), _make_constant),
    'Bytes': _deprecated_class('Bytes', ('s',), _make_constant),
    'NameConstant': _deprecated_class('NameConstant', None, _make_constant),
    'Ellipsis': _deprecated_class('Ellipsis', (), _make_ellipsis),
}

# class -> (value types it stands for, value types excluded)
_DEPRECATED_VALUE_TYPES = {
    _DEPRECATED_CLASSES['Num']: ((int, float, complex), (bool,)),
    _DEPRECATED_CLASSES['Str']: ((str,), ()),
    _DEPRECATED_CLASSES['Bytes']: ((bytes,), ()),
    _DEPRECATED_CLASSES['NameConstant']: ((type(None), bool), ()),
    _DEPRECATED_CLASSES['Ellipsis']: ((type(...),), ()),
}


def __getattr__(name):
    # Only reached for names the module does not define: the deprecated classes, which warn
    # the first time and are then ordinary module attributes.
    if name in _DEPRECATED_CLASSES:
        value = globals()[name] = _DEPRECATED_CLASSES[name]
        _warn_removal(f"ast.{name}", "ast.Constant")
        return value
    raise AttributeError(f"module 'ast' has no attribute '{name}'")


# Node classes of older grammars. They stay importable; Index and ExtSlice build what
# replaced them (3.9 put a subscript's expression directly in Subscript.slice).

class slice(AST):
    """Deprecated AST node class (subscripts before Python 3.9)."""


class Index(slice):
    """Deprecated AST node class: Index(value) is value itself."""

    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    """Deprecated AST node class: ExtSlice(dims) is Tuple(dims, Load())."""

    def __new__(cls, dims=(), **kwargs):
        return Tuple(list(dims), Load(), **kwargs)


if not hasattr(Tuple, 'dims'):
    def _get_dims(self):
        """Deprecated: the elements (elts) of the tuple."""
        return self.elts

    def _set_dims(self, value):
        self.elts = value
    Tuple.dims = property(_get_dims, _set_dims)


class Suite(mod):
    """Deprecated AST node class, not produced by Python 3."""


class AugLoad(expr_context):
    """Deprecated AST node class, not produced by Python 3."""


class AugStore(expr_context):
    """Deprecated AST node class, not produced by Python 3."""


class Param(expr_context):
    """Deprecated AST node class, not produced by Python 3."""


# ---------------------------------------------------------------------------------------------
# unparse: tree to source

def unparse(ast_obj):
    """Source code that parses back to an equal tree (comments and formatting are not kept)."""
    return _SourceWriter().source(ast_obj)


# How strongly each kind of expression binds, weakest first. A position in the grammar needs
# at least some strength (an operand of * needs more than a sum); an expression written where
# more is needed than its own strength gets parentheses.
_NAMED_EXPR = 1    # a := b
_TUPLE = 2         # a, b
_YIELD = 3         # yield a, yield from a
_TEST = 4          # a if b else c, lambda: a; what most positions need
_OR = 5
_AND = 6
_NOT = 7
_CMP = 8           # < == in is ...
_BOR = 9           # |, and what *a and **a need
_BXOR = 10
_BAND = 11
_SHIFT = 12
_ARITH = 13        # + -
_TERM = 14         # * @ / % //
_FACTOR = 15       # unary + - ~
_POWER = 16
_AWAIT = 17
_ATOM = 18         # names, constants, displays, calls, subscripts


def _stronger(strength):
    return strength + 1 if strength < _ATOM else _ATOM


_BINARY_OPERATORS = {
    'Add': ('+', _ARITH), 'Sub': ('-', _ARITH),
    'Mult': ('*', _TERM), 'MatMult': ('@', _TERM), 'Div': ('/', _TERM),
    'Mod': ('%', _TERM), 'FloorDiv': ('//', _TERM),
    'LShift': ('<<', _SHIFT), 'RShift': ('>>', _SHIFT),
    'BitOr': ('|', _BOR), 'BitXor': ('^', _BXOR), 'BitAnd': ('&', _BAND),
    'Pow': ('**', _POWER),
}
_UNARY_OPERATORS = {
    'Invert': ('~', _FACTOR), 'Not': ('not', _NOT), 'UAdd': ('+', _FACTOR), 'USub': ('-', _FACTOR),
}
_BOOLEAN_OPERATORS = {'And': ('and', _AND), 'Or': ('or', _OR)}
_COMPARISONS = {
    'Eq': '==', 'NotEq': '!=', 'Lt': '<', 'LtE': '<=', 'Gt': '>', 'GtE': '>=',
    'Is': 'is', 'IsNot': 'is not', 'In': 'in', 'NotIn': 'not in',
}

# A float too big for a literal: what an infinite constant is written as (NaN as inf - inf).
_INFINITY = '1e' + repr(sys.float_info.max_10_exp + 1)

_SINGLE_QUOTES = ("'", '"')
_TRIPLE_QUOTES = ('"""', "'''")
_ALL_QUOTES = _SINGLE_QUOTES + _TRIPLE_QUOTES


def _constant_text(value):
    if isinstance(value, (float, complex)):
        return repr(value).replace('inf', _INFINITY).replace('nan', f'({_INFINITY}-{_INFINITY})')
    return repr(value)


def _escape(char):
    # how the unicode_escape codec spells one character (the codec itself is not in Pyjama)
    if char == '\\':
        return '\\\\'
    if char == '\t':
        return '\\t'
    if char == '\n':
        return '\\n'
    if char == '\r':
        return '\\r'
    code = ord(char)
    if code < 0x100:
        return '\\x%02x' % code
    if code < 0x10000:
        return '\\u%04x' % code
    return '\\U%08x' % code


def _string_body(text, quotes, escape_line_ends=False):
    """The inside of a string literal for text and the quotes it may be put between.

    Backslashes and unprintable characters are escaped (newlines and tabs only with
    escape_line_ends); the quotes are those of `quotes` the body does not contain (only
    triple ones if it spans lines), best first. When none fits, repr's escaped form and quote
    are used. A body ending in its quote's character gets that character escaped.
    """
    body = ''.join(
        c if (c != '\\' and c.isprintable()) or (not escape_line_ends and c in '\n\t')
        else _escape(c)
        for c in text)
    usable = list(quotes)
    if '\n' in body:
        usable = [q for q in usable if q in _TRIPLE_QUOTES]
    usable = [q for q in usable if q not in body]
    if not usable:
        literal = repr(text)
        quote = next((q for q in quotes if literal[0] in q), literal[0])
        return literal[1:-1], [quote]
    if body:
        # prefer a quote that does not start with the body's last character ('''x"''')
        usable.sort(key=lambda q: q[0] == body[-1])
        if usable[0][0] == body[-1]:
            body = body[:-1] + '\\' + body[-1]
    return body, usable


class _SourceWriter:
    """unparse's writer: one method per node class, w_<ClassName>(node), writing to self._out
    (a list of pieces); _line starts a new line at the current indentation.

    What an expression's position needs is recorded per node object in self._needs by the
    writer of its parent, usually just before writing it (_write_as), and read by the node's
    own writer (_open); a node nobody recorded for needs _TEST. CPython's unparser works so,
    and the detail shows with trees that use one node object at two places: the second
    place sees what was recorded for the first, unless its parent records anew. Some parents
    record for all their children before writing any (_require: Compare, IfExp, NamedExpr,
    comprehension, MatchOr), which shows too when a child's subtree holds its sibling. The
    output is meant to be identical to CPython's, odd choices included.
    """

    def __init__(self):
        self._out = []
        self._depth = 0
        self._needs = {}           # expression node -> the strength its position needs
        self._type_ignores = {}    # line number -> "ignore[tag]", while writing a Module

    def source(self, node):
        self._out = []
        self._write(node)
        return ''.join(self._out)

    # --- plumbing

    def _write(self, node):
        if isinstance(node, list):
            for item in node:
                self._write(item)
            return
        method = getattr(self, 'w_' + type(node).__name__, None)
        if method is None:
            self._write_children_alone(node)
        else:
            method(node)

    def _write_children_alone(self, node):
        # A node without a writer (Interactive, Expression, an operator, a user's subclass of
        # a node class) is visited as a NodeVisitor would: each child in turn, and each child
        # starts the output afresh (CPython's unparser restarts it per visit), so the text
        # is the last child's.
        for name, value in iter_fields(node):
            for item in (value if isinstance(value, list) else [value]):
                if isinstance(item, AST):
                    self._out = []
                    self._write(item)

    def _require(self, strength, *nodes):
        for node in nodes:
            self._needs[node] = strength

    def _write_as(self, node, strength):
        self._needs[node] = strength
        self._write(node)

    def _open(self, node, strength):
        # parentheses when the position needs more than the expression's strength; returns
        # whether it opened one
        if self._needs.get(node, _TEST) > strength:
            self._text('(')
            return True
        return False

    def _close(self, opened):
        if opened:
            self._text(')')

    def _text(self, piece):
        self._out.append(piece)

    def _line(self, text=''):
        if self._out:
            self._out.append('\n')
        self._out.append('    ' * self._depth + text)

    def _captured(self, write, *args):
        """What write(*args) produces, as a list of pieces, without adding it to the output."""
        saved = self._out
        captured = self._out = []
        try:
            write(*args)
        finally:
            self._out = saved
        return captured

    def _joined(self, items, write=None, separator=', '):
        write = write or self._write
        for index, item in enumerate(items):
            if index:
                self._text(separator)
            write(item)

    def _sequence(self, items, write=None):
        # a, b  -- and a one-element sequence keeps its comma: a,
        write = write or self._write
        if len(items) == 1:
            write(items[0])
            self._text(',')
        else:
            self._joined(items, write)

    def _block(self, body, extra=None):
        self._text(':')
        if extra:
            self._text(extra)
        self._depth += 1
        self._write(body)
        self._depth -= 1

    def _block_with_docstring(self, node, extra=None):
        self._text(':')
        if extra:
            self._text(extra)
        self._depth += 1
        self._docstring_and_body(node)
        self._depth -= 1

    def _docstring_and_body(self, node):
        body = node.body
        docstring = None
        if len(body) >= 1 and isinstance(body[0], Expr):
            value = body[0].value
            if isinstance(value, Constant) and isinstance(value.value, str):
                docstring = value
        if docstring is None:
            self._write(body)
            return
        # docstrings get triple quotes and keep their line breaks
        self._line()
        if docstring.kind == 'u':
            self._text('u')
        text, quotes = _string_body(docstring.value, _TRIPLE_QUOTES)
        self._text(quotes[0] + text + quotes[0])
        self._write(body[1:])

    def _type_comment(self, node):
        comment = self._type_ignores.get(node.lineno) or node.type_comment
        if comment is not None:
            return f' # type: {comment}'
        return None

    def _type_params(self, params):
        if params is not None and len(params) > 0:
            self._text('[')
            self._joined(params)
            self._text(']')

    def _decorators(self, node):
        if self._out:
            self._out.append('\n')    # a blank line before a definition
        for decorator in node.decorator_list:
            self._line('@')
            self._write(decorator)

    # --- modules

    def w_Module(self, node):
        self._type_ignores = {ignore.lineno: f'ignore{ignore.tag}' for ignore in node.type_ignores}
        self._docstring_and_body(node)
        self._type_ignores.clear()

    def w_FunctionType(self, node):
        self._text('(')
        self._joined(node.argtypes)
        self._text(') -> ')
        self._write(node.returns)

    # --- simple statements

    def w_Expr(self, node):
        self._line()
        self._write_as(node.value, _YIELD)

    def w_Assign(self, node):
        self._line()
        for target in node.targets:
            self._write_as(target, _TUPLE)
            self._text(' = ')
        self._write(node.value)
        comment = self._type_comment(node)
        if comment:
            self._text(comment)

    def w_AugAssign(self, node):
        self._line()
        self._write(node.target)
        self._text(' ' + _BINARY_OPERATORS[node.op.__class__.__name__][0] + '= ')
        self._write(node.value)

    def w_AnnAssign(self, node):
        self._line()
        # (x): int is a different statement from x: int (simple is 0)
        opened = not node.simple and isinstance(node.target, Name)
        if opened:
            self._text('(')
        self._write(node.target)
        self._close(opened)
        self._text(': ')
        self._write(node.annotation)
        if node.value:
            self._text(' = ')
            self._write(node.value)

    def w_Return(self, node):
        self._line('return')
        if node.value:
            self._text(' ')
            self._write(node.value)

    def w_Pass(self, node):
        self._line('pass')

    def w_Break(self, node):
        self._line('break')

    def w_Continue(self, node):
        self._line('continue')

    def w_Delete(self, node):
        self._line('del ')
        self._joined(node.targets)

    def w_Assert(self, node):
        self._line('assert ')
        self._write(node.test)
        if node.msg:
            self._text(', ')
            self._write(node.msg)

    def w_Global(self, node):
        self._line('global ')
        self._joined(node.names, self._text)

    def w_Nonlocal(self, node):
        self._line('nonlocal ')
        self._joined(node.names, self._text)

    def w_Raise(self, node):
        self._line('raise')
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            return
        self._text(' ')
        self._write(node.exc)
        if node.cause:
            self._text(' from ')
            self._write(node.cause)

    def w_Import(self, node):
        self._line('import ')
        self._joined(node.names)

    def w_ImportFrom(self, node):
        self._line('from ')
        self._text('.' * (node.level or 0))
        if node.module:
            self._text(node.module)
        self._text(' import ')
        self._joined(node.names)

    def w_alias(self, node):
        self._text(node.name)
        if node.asname:
            self._text(' as ' + node.asname)

    def w_TypeAlias(self, node):
        self._line('type ')
        self._write(node.name)
        self._type_params(node.type_params)
        self._text(' = ')
        self._write(node.value)

    # --- compound statements

    def w_FunctionDef(self, node):
        self._function(node, 'def ')

    def w_AsyncFunctionDef(self, node):
        self._function(node, 'async def ')

    def _function(self, node, keyword):
        self._decorators(node)
        self._line(keyword + node.name)
        if hasattr(node, 'type_params'):
            self._type_params(node.type_params)
        self._text('(')
        self._write(node.args)
        self._text(')')
        if node.returns:
            self._text(' -> ')
            self._write(node.returns)
        self._block_with_docstring(node, self._type_comment(node))

    def w_ClassDef(self, node):
        self._decorators(node)
        self._line('class ' + node.name)
        if hasattr(node, 'type_params'):
            self._type_params(node.type_params)
        if node.bases or node.keywords:
            self._text('(')
            self._joined([*node.bases, *node.keywords])
            self._text(')')
        self._block_with_docstring(node)

    def w_For(self, node):
        self._for(node, 'for ')

    def w_AsyncFor(self, node):
        self._for(node, 'async for ')

    def _for(self, node, keyword):
        self._line(keyword)
        self._write_as(node.target, _TUPLE)
        self._text(' in ')
        self._write(node.iter)
        self._block(node.body, self._type_comment(node))
        self._else(node.orelse)

    def _else(self, body):
        if body:
            self._line('else')
            self._block(body)

    def w_While(self, node):
        self._line('while ')
        self._write(node.test)
        self._block(node.body)
        self._else(node.orelse)

    def w_If(self, node):
        self._line('if ')
        self._write(node.test)
        self._block(node.body)
        # an else holding nothing but an if is written as elif
        while node.orelse and len(node.orelse) == 1 and isinstance(node.orelse[0], If):
            node = node.orelse[0]
            self._line('elif ')
            self._write(node.test)
            self._block(node.body)
        self._else(node.orelse)

    def w_With(self, node):
        self._with(node, 'with ')

    def w_AsyncWith(self, node):
        self._with(node, 'async with ')

    def _with(self, node, keyword):
        self._line(keyword)
        self._joined(node.items)
        self._block(node.body, self._type_comment(node))

    def w_withitem(self, node):
        self._write(node.context_expr)
        if node.optional_vars:
            self._text(' as ')
            self._write(node.optional_vars)

    def w_Try(self, node):
        self._try(node, 'except')

    def w_TryStar(self, node):
        self._try(node, 'except*')

    def _try(self, node, keyword):
        self._line('try')
        self._block(node.body)
        for handler in node.handlers:
            self._handler(handler, keyword)
        self._else(node.orelse)
        if node.finalbody:
            self._line('finally')
            self._block(node.finalbody)

    def w_ExceptHandler(self, node):
        self._handler(node, 'except')

    def _handler(self, node, keyword):
        self._line(keyword)
        if node.type:
            self._text(' ')
            self._write(node.type)
        if node.name:
            self._text(' as ' + node.name)
        self._block(node.body)

    def w_Match(self, node):
        self._line('match ')
        self._write(node.subject)
        self._block(node.cases)

    def w_match_case(self, node):
        self._line('case ')
        self._write(node.pattern)
        if node.guard:
            self._text(' if ')
            self._write(node.guard)
        self._block(node.body)

    # --- parameters

    def w_arguments(self, node):
        positional = node.posonlyargs + node.args
        defaults = [None] * (len(positional) - len(node.defaults)) + node.defaults
        first = True
        for index, (param, default) in enumerate(zip(positional, defaults), 1):
            if not first:
                self._text(', ')
            first = False
            self._write(param)
            if default:
                self._text('=')
                self._write(default)
            if index == len(node.posonlyargs):
                self._text(', /')
        # a bare * when there are keyword-only parameters but no *args
        if node.vararg or node.kwonlyargs:
            if not first:
                self._text(', ')
            first = False
            self._text('*')
            if node.vararg:
                self._param_text(node.vararg)
        for param, default in zip(node.kwonlyargs, node.kw_defaults):
            self._text(', ')
            self._write(param)
            if default:
                self._text('=')
                self._write(default)
        if node.kwarg:
            if not first:
                self._text(', ')
            self._text('**')
            self._param_text(node.kwarg)

    def _param_text(self, param):
        self._text(param.arg)
        if param.annotation:
            self._text(': ')
            self._write(param.annotation)

    def w_arg(self, node):
        self._param_text(node)

    def w_keyword(self, node):
        if node.arg is None:
            self._text('**')
        else:
            self._text(node.arg + '=')
        self._write(node.value)

    def w_TypeVar(self, node):
        self._text(node.name)
        if node.bound:
            self._text(': ')
            self._write(node.bound)

    def w_TypeVarTuple(self, node):
        self._text('*' + node.name)

    def w_ParamSpec(self, node):
        self._text('**' + node.name)

    # --- operators

    def w_BoolOp(self, node):
        word, strength = _BOOLEAN_OPERATORS[node.op.__class__.__name__]
        opened = self._open(node, strength)
        # each operand needs a little more than the one before it: a or (b or c) keeps its
        # parentheses, (a or b) or c does not
        operand_need = strength
        for index, value in enumerate(node.values):
            if index:
                self._text(f' {word} ')
            operand_need = _stronger(operand_need)
            self._write_as(value, operand_need)
        self._close(opened)

    def w_BinOp(self, node):
        symbol, strength = _BINARY_OPERATORS[node.op.__class__.__name__]
        opened = self._open(node, strength)
        if strength == _POWER:    # right-associative: a ** (b ** c) is a ** b ** c
            left, right = _stronger(strength), strength
        else:
            left, right = strength, _stronger(strength)
        self._write_as(node.left, left)
        self._text(f' {symbol} ')
        self._write_as(node.right, right)
        self._close(opened)

    def w_UnaryOp(self, node):
        symbol, strength = _UNARY_OPERATORS[node.op.__class__.__name__]
        opened = self._open(node, strength)
        self._text(symbol)
        if strength != _FACTOR:    # not a, but -a
            self._text(' ')
        self._write_as(node.operand, strength)
        self._close(opened)

    def w_Compare(self, node):
        opened = self._open(node, _CMP)
        self._require(_BOR, node.left, *node.comparators)
        self._write(node.left)
        for op, right in zip(node.ops, node.comparators):
            self._text(' ' + _COMPARISONS[op.__class__.__name__] + ' ')
            self._write(right)
        self._close(opened)

    def w_IfExp(self, node):
        opened = self._open(node, _TEST)
        self._require(_OR, node.body, node.test)
        self._write(node.body)
        self._text(' if ')
        self._write(node.test)
        self._text(' else ')
        self._write_as(node.orelse, _TEST)
        self._close(opened)

    def w_Lambda(self, node):
        opened = self._open(node, _TEST)
        self._text('lambda')
        params = self._captured(self._write, node.args)
        if params:
            self._text(' ')
            self._out.extend(params)
        self._text(': ')
        self._write_as(node.body, _TEST)
        self._close(opened)

    def w_NamedExpr(self, node):
        opened = self._open(node, _NAMED_EXPR)
        self._require(_ATOM, node.target, node.value)
        self._write(node.target)
        self._text(' := ')
        self._write(node.value)
        self._close(opened)

    def w_Await(self, node):
        opened = self._open(node, _AWAIT)
        self._text('await')
        if node.value:
            self._text(' ')
            self._write_as(node.value, _ATOM)
        self._close(opened)

    def w_Yield(self, node):
        opened = self._open(node, _YIELD)
        self._text('yield')
        if node.value:
            self._text(' ')
            self._write_as(node.value, _ATOM)
        self._close(opened)

    def w_YieldFrom(self, node):
        opened = self._open(node, _YIELD)
        self._text('yield from ')
        if not node.value:
            raise ValueError("Node can't be used without a value attribute.")
        self._write_as(node.value, _ATOM)
        self._close(opened)

    def w_Starred(self, node):
        self._text('*')
        self._write_as(node.value, _BOR)

    # --- atoms

    def w_Name(self, node):
        self._text(node.id)

    def w_Constant(self, node):
        value = node.value
        if isinstance(value, tuple):
            # only from a tree made by hand or by the compiler's folding
            self._text('(')
            self._sequence(value, lambda item: self._text(_constant_text(item)))
            self._text(')')
        elif value is ...:
            self._text('...')
        else:
            if node.kind == 'u':
                self._text('u')
            self._text(_constant_text(value))

    def w_Attribute(self, node):
        self._write_as(node.value, _ATOM)
        # 1.real would read as a float: 1 .real
        if isinstance(node.value, Constant) and isinstance(node.value.value, int):
            self._text(' ')
        self._text('.' + node.attr)

    def w_Call(self, node):
        self._write_as(node.func, _ATOM)
        self._text('(')
        self._joined([*node.args, *node.keywords])
        self._text(')')

    def w_Subscript(self, node):
        self._write_as(node.value, _ATOM)
        self._text('[')
        index = node.slice
        if isinstance(index, Tuple) and index.elts:
            self._sequence(index.elts)    # a[1, 2], a[1,]
        else:
            self._write(index)
        self._text(']')

    def w_Slice(self, node):
        if node.lower:
            self._write(node.lower)
        self._text(':')
        if node.upper:
            self._write(node.upper)
        if node.step:
            self._text(':')
            self._write(node.step)

    def w_Tuple(self, node):
        opened = not node.elts or self._needs.get(node, _TEST) > _TUPLE
        if opened:
            self._text('(')
        self._sequence(node.elts)
        self._close(opened)

    def w_List(self, node):
        self._text('[')
        self._joined(node.elts)
        self._text(']')

    def w_Set(self, node):
        if node.elts:
            self._text('{')
            self._joined(node.elts)
            self._text('}')
        else:
            self._text('{*()}')    # {} is a dict, and the name set may be rebound

    def w_Dict(self, node):
        self._text('{')
        self._joined(list(zip(node.keys, node.values)), self._dict_item)
        self._text('}')

    def _dict_item(self, item):
        key, value = item
        if key is None:    # {**other}
            self._text('**')
            self._write_as(value, _BOR)
        else:
            self._write(key)
            self._text(': ')
            self._write(value)

    def w_ListComp(self, node):
        self._comprehension('[', node.elt, node.generators, ']')

    def w_SetComp(self, node):
        self._comprehension('{', node.elt, node.generators, '}')

    def w_GeneratorExp(self, node):
        self._comprehension('(', node.elt, node.generators, ')')

    def w_DictComp(self, node):
        self._text('{')
        self._write(node.key)
        self._text(': ')
        self._write(node.value)
        self._write(node.generators)
        self._text('}')

    def _comprehension(self, opening, element, generators, closing):
        self._text(opening)
        self._write(element)
        self._write(generators)
        self._text(closing)

    def w_comprehension(self, node):
        self._text(' async for ' if node.is_async else ' for ')
        self._write_as(node.target, _TUPLE)
        self._text(' in ')
        self._require(_OR, node.iter, *node.ifs)
        self._write(node.iter)
        for condition in node.ifs:
            self._text(' if ')
            self._write(condition)

    # --- f-strings

    def w_JoinedStr(self, node):
        self._text('f')
        # Each part is written first, then one quote is chosen that no literal part contains
        # (escaped as needed); a replacement field's text is taken as it is.
        parts = []
        for value in node.values:
            text = ''.join(self._captured(self._fstring_part, value, False))
            parts.append((text, isinstance(value, Constant)))
        quotes = list(_ALL_QUOTES)
        bodies = []
        fits = True
        for text, literal in parts:
            if literal:
                text, usable = _string_body(text, quotes, escape_line_ends=True)
                if set(usable).isdisjoint(quotes):
                    fits = False
                    break
                quotes = usable
            elif '\n' in text:
                quotes = [q for q in quotes if q in _TRIPLE_QUOTES]
                assert quotes
            bodies.append(text)
        if not fits:
            # no single quote suits every literal part: triple single quotes, and each literal
            # part in the escaped form repr gives it between single quotes
            quotes = ["'''"]
            bodies = [repr('"' + text)[2:-1] if literal else text for text, literal in parts]
        self._text(quotes[0] + ''.join(bodies) + quotes[0])

    def _fstring_part(self, node, in_format_spec):
        if isinstance(node, JoinedStr):
            for value in node.values:
                self._fstring_part(value, in_format_spec)
        elif isinstance(node, Constant) and isinstance(node.value, str):
            text = node.value.replace('{', '{{').replace('}', '}}')
            if in_format_spec:
                text = text.replace('\n', '\\n')
            self._text(text)
        elif isinstance(node, FormattedValue):
            self.w_FormattedValue(node)
        else:
            raise ValueError(f"Unexpected node inside JoinedStr, {node!r}")

    def w_FormattedValue(self, node):
        # the expression is written by a fresh writer, where a, b and lambdas need parentheses
        inner = _SourceWriter()
        inner._require(_OR, node.value)
        expression = inner.source(node.value)
        self._text('{')
        if expression.startswith('{'):
            self._text(' ')    # {{ would be a literal brace
        self._text(expression)
        if node.conversion != -1:
            self._text('!' + chr(node.conversion))
        if node.format_spec:
            self._text(':')
            self._fstring_part(node.format_spec, True)
        self._text('}')

    # --- patterns

    def w_MatchValue(self, node):
        self._write(node.value)

    def w_MatchSingleton(self, node):
        self._text(_constant_text(node.value))

    def w_MatchSequence(self, node):
        self._text('[')
        self._joined(node.patterns)
        self._text(']')

    def w_MatchStar(self, node):
        self._text('*' + ('_' if node.name is None else node.name))

    def w_MatchMapping(self, node):
        self._text('{')
        self._joined(list(zip(node.keys, node.patterns, strict=True)), self._pattern_item)
        if node.rest is not None:
            if node.keys:
                self._text(', ')
            self._text('**' + node.rest)
        self._text('}')

    def _pattern_item(self, item):
        key, pattern = item
        self._write(key)
        self._text(': ')
        self._write(pattern)

    def w_MatchClass(self, node):
        self._write_as(node.cls, _ATOM)
        self._text('(')
        self._joined(node.patterns)
        if node.kwd_attrs:
            if node.patterns:
                self._text(', ')
            self._joined(list(zip(node.kwd_attrs, node.kwd_patterns, strict=True)),
                         self._keyword_pattern)
        self._text(')')

    def _keyword_pattern(self, item):
        name, pattern = item
        self._text(name + '=')
        self._write(pattern)

    def w_MatchAs(self, node):
        if node.name is None:
            self._text('_')
        elif node.pattern is None:
            self._text(node.name)
        else:
            opened = self._open(node, _TEST)
            self._write_as(node.pattern, _BOR)
            self._text(' as ' + node.name)
            self._close(opened)

    def w_MatchOr(self, node):
        opened = self._open(node, _BOR)
        self._require(_BXOR, *node.patterns)
        self._joined(node.patterns, separator=' | ')
        self._close(opened)
