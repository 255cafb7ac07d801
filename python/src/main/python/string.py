"""String constants, capwords, $-substitution templates (Template) and a customizable
str.format engine (Formatter); written for Pyjama.
"""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Formatter', 'Template']

ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = ascii_lowercase.upper()
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
octdigits = digits[:8]
hexdigits = digits + 'abcdefABCDEF'
punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'
whitespace = ' \t\n\r\x0b\x0c'
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Capitalize each word of s; words are split by sep (runs of whitespace if None) and
    joined again by sep (a single space if None)."""
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


# ---------------------------------------------------------------- Template

class _PatternOnDemand:
    """Template.pattern, compiled on first use of each class: importing string should not
    have to import re. source is a subclass's own pattern, None to build the default one."""

    def __init__(self, source=None):
        self.source = source

    def __get__(self, instance, owner):
        compiled = owner._compile_pattern(self.source)
        # Stored on the class itself, so later lookups no longer reach this descriptor.
        setattr(owner, 'pattern', compiled)
        return compiled


class _FlagsOnDemand:
    """Template.flags (re.IGNORECASE), looked up lazily for the same reason."""

    def __get__(self, instance, owner):
        import re
        return re.IGNORECASE


_NO_MAPPING = {}   # the default mapping: only the keyword arguments count


class Template:
    """A string with $-placeholders: $name, ${name}, and $$ for a literal $.

    Subclasses may change delimiter, idpattern, braceidpattern and flags, or give the whole
    pattern (a regex with the groups escaped, named, braced and invalid)."""

    delimiter = '$'
    # ASCII-only identifiers, matched case-insensitively through flags.
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _FlagsOnDemand()
    pattern = _PatternOnDemand()

    def __init_subclass__(cls):
        super().__init_subclass__()
        # Every subclass compiles its own pattern (from its own delimiter and id patterns,
        # or from the pattern it defines), never the parent's.
        cls.pattern = _PatternOnDemand(cls.__dict__.get('pattern'))

    @classmethod
    def _compile_pattern(cls, source):
        import re
        if source is None:
            mark = re.escape(cls.delimiter)
            braced = cls.braceidpattern or cls.idpattern
            source = (f'{mark}(?:(?P<escaped>{mark})|(?P<named>{cls.idpattern})'
                      f'|{{(?P<braced>{braced})}}|(?P<invalid>))')
        return re.compile(source, cls.flags | re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        # Counted as CPython does: every str line boundary ends a line, and the column is
        # that of the character after the delimiter.
        lines = self.template[:mo.start('invalid')].splitlines(True)
        line, column = (len(lines), len(lines[-1])) if lines else (1, 1)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (line, column))

    def _classify(self, mo):
        """What a match of the pattern is: ('name', name), ('escaped', None) or
        ('invalid', None); a match of none of the groups is a broken custom pattern."""
        name = mo.group('named') or mo.group('braced')
        if name is not None:
            return 'name', name
        if mo.group('escaped') is not None:
            return 'escaped', None
        if mo.group('invalid') is not None:
            return 'invalid', None
        raise ValueError('Unrecognized named group in pattern', self.pattern)

    def substitute(self, mapping=_NO_MAPPING, /, **kws):
        """The template with every placeholder replaced; KeyError for a missing name,
        ValueError for a malformed placeholder."""
        lookup = _lookup(mapping, kws)

        def replace(mo):
            kind, name = self._classify(mo)
            if kind == 'name':
                return str(lookup(name))
            if kind == 'invalid':
                self._invalid(mo)
            return self.delimiter
        return self.pattern.sub(replace, self.template)

    def safe_substitute(self, mapping=_NO_MAPPING, /, **kws):
        """Like substitute(), but missing names and malformed placeholders stay as they are."""
        lookup = _lookup(mapping, kws)

        def replace(mo):
            kind, name = self._classify(mo)
            if kind == 'escaped':
                return self.delimiter
            if kind == 'name':
                try:
                    return str(lookup(name))
                except KeyError:
                    pass
            return mo.group()
        return self.pattern.sub(replace, self.template)

    def is_valid(self):
        """False if the template has a malformed placeholder."""
        for mo in self.pattern.finditer(self.template):
            if self._classify(mo)[0] == 'invalid':
                return False
        return True

    def get_identifiers(self):
        """The placeholder names, each once, in order of first appearance."""
        names = []
        for mo in self.pattern.finditer(self.template):
            kind, name = self._classify(mo)
            if kind == 'name' and name not in names:
                names.append(name)
        return names


def _lookup(mapping, kws):
    """name -> value, the keyword arguments taking precedence over the mapping."""
    if mapping is _NO_MAPPING:
        return kws.__getitem__
    if not kws:
        return lambda name: mapping[name]

    def both(name):
        return kws[name] if name in kws else mapping[name]
    return both


# ---------------------------------------------------------------- Formatter

def _int_or_str(text):
    return int(text) if text.isdecimal() else text


def _field_path(name, i):
    """The (is_attribute, key) steps of a field name from index i, e.g. '.a[0]'."""
    size = len(name)
    while i < size:
        opener = name[i]
        if opener == '.':
            stop = i + 1
            while stop < size and name[stop] not in '.[':
                stop += 1
            if stop == i + 1:
                raise ValueError('Empty attribute in format string')
            yield True, name[i + 1:stop]
            i = stop
        elif opener == '[':
            close = name.find(']', i + 1)
            if close < 0:
                raise ValueError("Missing ']' in format string")
            if close == i + 1:
                raise ValueError('Empty attribute in format string')
            yield False, _int_or_str(name[i + 1:close])
            i = close + 1
            if i < size and name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


def _split_field_name(name):
    """(first part as int or str, iterator over the attribute/index steps after it)."""
    head = 0
    while head < len(name) and name[head] not in '.[':
        head += 1
    return _int_or_str(name[:head]), _field_path(name, head)


def _replacement_field(s, i):
    """Parse the field whose '{' is just before i: (field name, spec, conversion, end)."""
    size = len(s)
    j = i
    while True:
        if j >= size:
            raise ValueError("expected '}' before end of string")
        ch = s[j]
        if ch == '[':
            # Anything goes inside brackets, braces and colons included.
            close = s.find(']', j + 1)
            j = size if close < 0 else close + 1
            continue
        if ch == '{':
            raise ValueError("unexpected '{' in field name")
        if ch in '}:!':
            break
        j += 1
    name = s[i:j]
    if ch == '}':
        return name, '', None, j + 1
    conversion = None
    j += 1
    if ch == '!':
        if j >= size:
            raise ValueError('end of string while looking for conversion specifier')
        conversion = s[j]
        j += 1
        if j < size:
            after = s[j]
            j += 1
            if after == '}':
                return name, '', conversion, j
            if after != ':':
                raise ValueError("expected ':' after conversion specifier")
    # The spec runs to the '}' that balances the field's opening brace.
    depth = 1
    start = j
    while j < size:
        ch = s[j]
        j += 1
        if ch == '{':
            depth += 1
        elif ch == '}':
            depth -= 1
            if depth == 0:
                return name, s[start:j - 1], conversion, j
    raise ValueError("unmatched '{' in format spec")


def _parse_format(s):
    """Formatter.parse: (literal text, field name, spec, conversion) tuples, the last three
    None when the literal text is not followed by a field."""
    size = len(s)
    i = 0
    while i < size:
        j = i
        while j < size and s[j] not in '{}':
            j += 1
        literal = s[i:j]
        if j >= size:
            yield literal, None, None, None
            return
        brace = s[j]
        doubled = j + 1 < size and s[j + 1] == brace
        if doubled:
            # '{{' and '}}' are literal braces; the literal text ends with one of them.
            yield literal + brace, None, None, None
            i = j + 2
            continue
        if brace == '}':
            raise ValueError("Single '}' encountered in format string")
        if j + 1 >= size:
            raise ValueError("Single '{' encountered in format string")
        name, spec, conversion, i = _replacement_field(s, j + 1)
        yield literal, name, spec, conversion


class Formatter:
    """The machinery of str.format() as overridable steps: parse, get_field/get_value,
    convert_field, format_field and check_unused_args."""

    def format(self, format_string, /, *args, **kwargs):
        """format_string.format(*args, **kwargs), done by this formatter's steps."""
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        """format() with the arguments given as a sequence and a mapping."""
        used = set()
        text, _ = self._vformat(format_string, args, kwargs, used, 2)
        self.check_unused_args(used, args, kwargs)
        return text

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        # auto_arg_index is the next automatic field number, or False once a field was
        # numbered by hand; it is threaded through nested specs like '{:{}}'.
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        out = []
        for literal, field, spec, conversion in self.parse(format_string):
            if literal:
                out.append(literal)
            if field is None:
                continue
            if field == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                field = str(auto_arg_index)
                auto_arg_index += 1
            elif field.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                auto_arg_index = False
            value, key = self.get_field(field, args, kwargs)
            used_args.add(key)
            value = self.convert_field(value, conversion)
            spec, auto_arg_index = self._vformat(spec, args, kwargs, used_args,
                                                 recursion_depth - 1, auto_arg_index)
            out.append(self.format_field(value, spec))
        return ''.join(out), auto_arg_index

    def get_value(self, key, args, kwargs):
        """The argument a field's first name part names: args[key] for an int, else
        kwargs[key]."""
        return args[key] if isinstance(key, int) else kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        """Hook called with the keys the fields used; does nothing by default."""

    def format_field(self, value, format_spec):
        """The field's text: the format() builtin by default."""
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        """Apply a '!s', '!r' or '!a' conversion."""
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier {0!s}'.format(conversion))

    def parse(self, format_string):
        """Iterator of (literal_text, field_name, format_spec, conversion)."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        """(object the field names, key of the argument it came from)."""
        first, steps = _split_field_name(field_name)
        value = self.get_value(first, args, kwargs)
        for is_attribute, key in steps:
            value = getattr(value, key) if is_attribute else value[key]
        return value, first
