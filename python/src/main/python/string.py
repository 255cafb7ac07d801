"""Common string constants, Template and Formatter (Pyjama, pure Python)."""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Formatter', 'Template']

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.
    """
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


# ---------------------------------------------------------------- Template

class _TemplatePattern:
    """Class attribute descriptor: the compiled placeholder regex of a Template class, built
    on first use (so that importing string does not need re)."""

    def __get__(self, instance, owner):
        cached = owner.__dict__.get('_compiled_pattern')
        if cached is None:
            cached = owner._compile_pattern()
            type.__setattr__(owner, '_compiled_pattern', cached)
        return cached


class _TemplateFlags:
    def __get__(self, instance, owner):
        import re
        return re.IGNORECASE


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    # [a-z] matches only ASCII letters; flags add IGNORECASE for the upper case ones.
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _TemplateFlags()
    pattern = _TemplatePattern()

    def __init_subclass__(cls):
        super().__init_subclass__()
        if isinstance(cls.__dict__.get('pattern'), str):
            # A user-supplied pattern string is compiled lazily too.
            cls._pattern_source = cls.__dict__['pattern']
            cls.pattern = _TemplatePattern()

    @classmethod
    def _compile_pattern(cls):
        import re
        source = cls.__dict__.get('_pattern_source')
        if source is None:
            for klass in cls.__mro__:
                if '_pattern_source' in klass.__dict__:
                    source = klass.__dict__['_pattern_source']
                    break
        if source is None:
            delim = re.escape(cls.delimiter)
            id = cls.idpattern
            bid = cls.braceidpattern or cls.idpattern
            source = (r'%s(?:(?P<escaped>%s)|(?P<named>%s)|{(?P<braced>%s)}|(?P<invalid>))'
                      % (delim, delim, id, bid))
            return re.compile(source, cls.flags)
        return re.compile(source, cls.flags | re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        i = mo.start('invalid')
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping=None, /, **kws):
        mapping = _merged(mapping, kws)

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                return str(mapping[named])
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                self._invalid(mo)
            raise ValueError('Unrecognized named group in pattern', self.pattern)
        return self.pattern.sub(convert, self.template)

    def safe_substitute(self, mapping=None, /, **kws):
        mapping = _merged(mapping, kws)

        def convert(mo):
            named = mo.group('named') or mo.group('braced')
            if named is not None:
                try:
                    return str(mapping[named])
                except KeyError:
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                return mo.group()
            raise ValueError('Unrecognized named group in pattern', self.pattern)
        return self.pattern.sub(convert, self.template)

    def is_valid(self):
        for mo in self.pattern.finditer(self.template):
            if mo.group('invalid') is not None:
                return False
            if (mo.group('named') is None and mo.group('braced') is None
                    and mo.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return True

    def get_identifiers(self):
        ids = []
        for mo in self.pattern.finditer(self.template):
            named = mo.group('named') or mo.group('braced')
            if named is not None and named not in ids:
                ids.append(named)
            elif (named is None and mo.group('invalid') is None
                    and mo.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return ids


class _ChainLookup:
    __slots__ = ('first', 'second')

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


def _merged(mapping, kws):
    if mapping is None:
        return kws
    if kws:
        return _ChainLookup(kws, mapping)
    return mapping


# ---------------------------------------------------------------- format string parsing

def _parse_format(s):
    """The format-string tokenizer behind Formatter.parse (CPython's _string.formatter_parser)."""
    pos = 0
    end = len(s)
    while pos < end:
        literal_start = pos
        c = ''
        markup_follows = False
        while pos < end:
            c = s[pos]
            pos += 1
            if c == '{' or c == '}':
                markup_follows = True
                break
        at_end = pos >= end
        length = pos - literal_start
        if c == '}' and markup_follows and (at_end or s[pos] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == '{' and markup_follows:
            raise ValueError("Single '{' encountered in format string")
        if not at_end and markup_follows:
            if s[pos] == c:
                pos += 1          # doubled brace: a literal one
                markup_follows = False
            else:
                length -= 1
        elif markup_follows:
            length -= 1
        literal = s[literal_start:literal_start + length]
        if not markup_follows:
            yield literal, None, None, None
            continue
        # Parse the field that starts at pos.
        name_start = pos
        c = ''
        while pos < end:
            c = s[pos]
            pos += 1
            if c == '{':
                raise ValueError("unexpected '{' in field name")
            if c == '[':
                while pos < end and s[pos] != ']':
                    pos += 1
                c = '['
                continue
            if c in '}:!':
                break
        if c == '!' or c == ':':
            field_name = s[name_start:pos - 1]
            conversion = None
            if c == '!':
                if pos >= end:
                    raise ValueError('end of string while looking for conversion specifier')
                conversion = s[pos]
                pos += 1
                if pos < end:
                    c = s[pos]
                    pos += 1
                    if c == '}':
                        yield literal, field_name, '', conversion
                        continue
                    if c != ':':
                        raise ValueError("expected ':' after conversion specifier")
            spec_start = pos
            count = 1
            while pos < end:
                c = s[pos]
                pos += 1
                if c == '{':
                    count += 1
                elif c == '}':
                    count -= 1
                    if count == 0:
                        break
            else:
                raise ValueError("unmatched '{' in format spec")
            yield literal, field_name, s[spec_start:pos - 1], conversion
        elif c != '}':
            raise ValueError("expected '}' before end of string")
        else:
            yield literal, s[name_start:pos - 1], '', None


def _as_index(text):
    if text and all('0' <= ch <= '9' for ch in text):
        return int(text)
    return text


def _split_field_name(name):
    """CPython's _string.formatter_field_name_split: (first, iterator of (is_attr, key))."""
    i = 0
    n = len(name)
    while i < n and name[i] not in '.[':
        i += 1
    return _as_index(name[:i]), _field_rest(name, i)


def _field_rest(name, i):
    n = len(name)
    while i < n:
        c = name[i]
        i += 1
        if c == '.':
            start = i
            while i < n and name[i] not in '.[':
                i += 1
            if i == start:
                raise ValueError('Empty attribute in format string')
            yield True, name[start:i]
        elif c == '[':
            start = i
            while i < n and name[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            key = name[start:i]
            i += 1
            if not key:
                raise ValueError('Empty attribute in format string')
            yield False, _as_index(key)
            if i < n and name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                # Automatic numbering ('{}') and manual numbering ('{0}') cannot be mixed.
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field specification '
                                         'to automatic field numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        # (sic: CPython 3.12 reports this direction with the same message)
                        raise ValueError('cannot switch from manual field specification '
                                         'to automatic field numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
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
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
