"""CSV parsing and writing (Pyjama, pure Python; no _csv accelerator).

The reader is a character-at-a-time state machine with the states of the C module, so quoting,
escaping, doubled quotes, embedded newlines and 'strict' errors behave as in CPython 3.12."""
from io import StringIO

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE', 'QUOTE_STRINGS',
           'QUOTE_NOTNULL', 'Error', 'Dialect', 'excel', 'excel_tab', 'field_size_limit', 'reader',
           'writer', 'register_dialect', 'get_dialect', 'list_dialects', 'Sniffer',
           'unregister_dialect', 'DictReader', 'DictWriter', 'unix_dialect']

__version__ = '1.0'

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE, QUOTE_STRINGS, QUOTE_NOTNULL = range(6)


class Error(Exception):
    pass


_field_limit = 128 * 1024


def field_size_limit(*args):
    """Sets an upper limit on parsed fields; returns the old limit."""
    global _field_limit
    if len(args) > 1:
        raise TypeError(f'field_size_limit expected at most 1 argument, got {len(args)}')
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError('limit must be an integer')
        _field_limit = args[0]
    return old


# ---------------------------------------------------------------- dialects

class _CDialect:
    """A validated, immutable set of formatting parameters (what the C module calls Dialect)."""

    __slots__ = ('delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar', 'quoting',
                 'skipinitialspace', 'strict')

    def __init__(self, dialect=None, **kwargs):
        def pick(name, default):
            if name in kwargs and kwargs[name] is not _UNSET:
                return kwargs[name]
            if dialect is not None and hasattr(dialect, name):
                return getattr(dialect, name)
            return default

        for name in kwargs:
            if name not in self.__slots__:
                raise TypeError(f"'{name}' is an invalid keyword argument for this function")
        delimiter = pick('delimiter', ',')
        doublequote = pick('doublequote', True)
        escapechar = pick('escapechar', None)
        lineterminator = pick('lineterminator', '\r\n')
        quotechar = pick('quotechar', '"')
        quoting = pick('quoting', QUOTE_MINIMAL)
        skipinitialspace = pick('skipinitialspace', False)
        strict = pick('strict', False)
        # Checked in the order CPython's _csv checks them, so the first complaint is the same.
        delimiter = _char('delimiter', delimiter, ',', allow_none=False)
        escapechar = _char('escapechar', escapechar, None)
        if lineterminator is not None and not isinstance(lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        quotechar = _char('quotechar', quotechar, '"')
        if type(quoting) is not int:
            raise TypeError('"quoting" must be an integer')
        if quoting not in range(6):
            raise TypeError('bad "quoting" value')
        if lineterminator is None:
            raise TypeError('lineterminator must be set')
        for name, value in [('delimiter', delimiter), ('doublequote', bool(doublequote)),
                            ('escapechar', escapechar), ('lineterminator', lineterminator),
                            ('quotechar', quotechar), ('quoting', quoting),
                            ('skipinitialspace', bool(skipinitialspace)), ('strict', bool(strict))]:
            object.__setattr__(self, name, value)

    def __setattr__(self, name, value):
        raise AttributeError(f"attribute '{name}' of '_csv.Dialect' objects is not writable")


_UNSET = object()


def _char(name, value, default, allow_none=True):
    if value is None and allow_none:
        return None
    if not isinstance(value, str):
        accepted = 'string or None' if allow_none else 'string'
        raise TypeError(f'"{name}" must be {accepted}, not {type(value).__name__}')
    if len(value) != 1:
        raise TypeError(f'"{name}" must be a 1-character string')
    return value


_dialects = {}


def register_dialect(name, dialect=None, **fmtparams):
    """Create a mapping from a string name to a dialect class."""
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    _dialects[name] = _CDialect(dialect, **fmtparams)


def unregister_dialect(name):
    """Delete the name/dialect mapping associated with a string name."""
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    """Return the dialect instance associated with name."""
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error('unknown dialect') from None


def list_dialects():
    """Return a list of all known dialect names."""
    return list(_dialects)


def _make_dialect(dialect, fmtparams):
    if isinstance(dialect, str):
        dialect = get_dialect(dialect)
    return _CDialect(dialect, **fmtparams)


class Dialect:
    """A CSV dialect as a class: subclass it, set the attributes, and pass the class (or an
    instance) to reader/writer/register_dialect."""
    _name = ''
    _valid = False
    # Unset until a subclass says otherwise; _CDialect checks the combination.
    delimiter = quotechar = escapechar = None
    doublequote = skipinitialspace = None
    lineterminator = quoting = None

    def __init__(self):
        if type(self) is not Dialect:
            self._valid = True      # Dialect itself may stay incomplete
        try:
            _CDialect(self)
        except TypeError as problem:
            raise Error(str(problem)) from None


class excel(Dialect):
    """Excel's CSV: comma-separated, double quotes doubled inside fields, CRLF lines."""
    delimiter, quotechar, lineterminator = ',', '"', '\r\n'
    doublequote, skipinitialspace, quoting = True, False, QUOTE_MINIMAL


register_dialect('excel', excel)


class excel_tab(excel):
    """Excel's tab-separated text: excel with a TAB as delimiter."""
    delimiter = '\t'


register_dialect('excel-tab', excel_tab)


class unix_dialect(Dialect):
    """CSV as Unix tools write it: every field quoted, LF lines."""
    delimiter, quotechar, lineterminator = ',', '"', '\n'
    doublequote, skipinitialspace, quoting = True, False, QUOTE_ALL


register_dialect('unix', unix_dialect)


# ---------------------------------------------------------------- reader

(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD, _ESCAPE_IN_QUOTED_FIELD,
 _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL) = range(9)


class _Reader:
    """CSV reader: iterates over the lines of `csvfile`, returning each record as a list."""

    def __init__(self, csvfile, dialect='excel', **fmtparams):
        self._input = iter(csvfile)
        self.dialect = _make_dialect(dialect, fmtparams)
        self.line_num = 0

    def __iter__(self):
        return self

    def _reset(self):
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._numeric = False
        self._quoted = False

    def _save_field(self):
        field = ''.join(self._field)
        self._field = []
        d = self.dialect
        # (CPython 3.12's reader treats QUOTE_STRINGS and QUOTE_NOTNULL like QUOTE_MINIMAL.)
        if d.quoting == QUOTE_NONNUMERIC and self._numeric and not self._quoted:
            field = float(field)
        self._numeric = False
        self._quoted = False
        self._fields.append(field)

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error('field larger than field limit (%d)' % _field_limit)
        self._field.append(c)

    def __next__(self):
        self._reset()
        while True:
            try:
                line = next(self._input)
            except StopIteration:
                if len(self._field) != 0 or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error('unexpected end of data')
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %.200s (the file should be opened in '
                            'text mode)' % type(line).__name__)
            self.line_num += 1
            for c in line:
                self._process_char(c)
            self._process_char(None)  # end of line
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = []
        return fields

    def _process_char(self, c):
        d = self.dialect
        state = self._state
        if state == _START_RECORD:
            if c is None:
                return  # empty line: return []
            if c in '\n\r':
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if c is None or c in '\n\r':
                self._save_field()
                self._state = _START_RECORD if c is None else _EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._quoted = True
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == ' ' and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add_char(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if c is not None and c in '\n\r':
                self._add_char(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            if c is None:
                c = '\n'
            self._add_char(c)
            self._state = _IN_FIELD
        elif state == _AFTER_ESCAPED_CRNL:
            if c is None:
                return
            self._state = _IN_FIELD
            self._process_char(c)
        elif state == _IN_FIELD:
            if c is None or c in '\n\r':
                self._save_field()
                self._state = _START_RECORD if c is None else _EAT_CRNL
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add_char(c)
        elif state == _IN_QUOTED_FIELD:
            if c is None:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add_char(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            if c is None:
                c = '\n'
            self._add_char(c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add_char(c)  # a doubled quote
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif c is None or c in '\n\r':
                self._save_field()
                self._state = _START_RECORD if c is None else _EAT_CRNL
            elif not d.strict:
                self._add_char(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%c' expected after '%c'" % (d.delimiter, d.quotechar))
        elif state == _EAT_CRNL:
            if c is None:
                self._state = _START_RECORD
            elif c in '\n\r':
                pass
            else:
                raise Error("new-line character seen in unquoted field - do you need to open the file "
                            "with newline=''?")


def reader(csvfile, dialect='excel', **fmtparams):
    """Return a reader object that iterates over the records of a CSV file (any iterable of lines)."""
    return _Reader(csvfile, dialect, **fmtparams)


# ---------------------------------------------------------------- writer

class _Writer:
    """CSV writer: formats rows and writes them to a file-like object."""

    def __init__(self, fileobj, dialect='excel', **fmtparams):
        try:
            self._write = fileobj.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method') from None
        self.dialect = _make_dialect(dialect, fmtparams)

    def _format_field(self, value, only_field):
        d = self.dialect
        if value is None:
            field = ''
        elif isinstance(value, str):
            field = value
        elif isinstance(value, float):
            field = repr(value)
        else:
            field = str(value)
        if d.quoting == QUOTE_ALL:
            quoted = True
        elif d.quoting == QUOTE_NONNUMERIC:
            quoted = not _is_number(value)
        elif d.quoting == QUOTE_STRINGS:
            quoted = isinstance(value, str)
        elif d.quoting == QUOTE_NOTNULL:
            quoted = value is not None
        else:
            quoted = False
        out = []
        for c in field:
            if c == d.delimiter or c == d.escapechar or c == d.quotechar or c in d.lineterminator:
                # Special characters are escaped with QUOTE_NONE; otherwise a quote character is
                # doubled (or escaped) and anything else makes the field quoted.
                want_escape = False
                if d.quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(d.quotechar)
                        else:
                            want_escape = True
                    elif c == d.escapechar:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if d.escapechar is None:
                        raise Error('need to escape, but no escapechar set')
                    out.append(d.escapechar)
            out.append(c)
        field = ''.join(out)
        if only_field and field == '' and not quoted:
            if d.quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            quoted = True
        if quoted:
            field = d.quotechar + field + d.quotechar
        return field

    def writerow(self, row):
        """Write the row (an iterable of strings or numbers) to the file; returns write()'s result."""
        try:
            fields = list(row)
        except TypeError:
            raise Error('iterable expected, not %.200s' % type(row).__name__) from None
        only_field = len(fields) == 1
        line = self.dialect.delimiter.join(self._format_field(f, only_field) for f in fields)
        return self._write(line + self.dialect.lineterminator)

    def writerows(self, rows):
        """Write each row of the iterable rows."""
        for row in rows:
            self.writerow(row)


def _is_number(value):
    import numbers
    return isinstance(value, numbers.Number) or type(value).__name__ == 'Decimal'


def writer(fileobj, dialect='excel', **fmtparams):
    """Return a writer object that converts rows into delimited strings on fileobj."""
    return _Writer(fileobj, dialect, **fmtparams)


# ---------------------------------------------------------------- dict reader/writer

def _as_list(names):
    # A one-shot iterator of field names would be used up by the first row.
    return list(names) if names is not None and iter(names) is names else names


def _generic_alias(cls, item):
    import types
    return types.GenericAlias(cls, item)


class DictReader:
    """Rows as dicts keyed by the field names (the first row unless fieldnames is given)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect='excel', *args, **kwds):
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self._fieldnames = _as_list(fieldnames)
        self.restkey, self.restval = restkey, restval
        self.line_num = 0

    def __iter__(self):
        return self

    def _header(self):
        if self._fieldnames is None:
            self._fieldnames = next(self.reader, None)
        self.line_num = self.reader.line_num
        return self._fieldnames

    fieldnames = property(_header, lambda self, value: setattr(self, '_fieldnames', value))

    def __next__(self):
        names = self._header() if self.line_num == 0 else self._fieldnames
        row = []
        while not row:               # blank lines give no record
            row = next(self.reader)
            self.line_num = self.reader.line_num
        names = self.fieldnames if names is None else names
        record = dict(zip(names, row))
        extra = row[len(names):]
        if extra:
            record[self.restkey] = extra
        for missing in names[len(row):]:
            record[missing] = self.restval
        return record

    __class_getitem__ = classmethod(_generic_alias)


class DictWriter:
    """Writes dicts as rows, the values in fieldnames' order (restval for a missing key)."""

    def __init__(self, f, fieldnames, restval='', extrasaction='raise', dialect='excel', *args, **kwds):
        if extrasaction.lower() not in ('raise', 'ignore'):
            raise ValueError(f"extrasaction ({extrasaction}) must be 'raise' or 'ignore'")
        self.fieldnames = _as_list(fieldnames)
        self.restval = restval
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writerow({name: name for name in self.fieldnames})

    def _values(self, rowdict):
        if self.extrasaction == 'raise':
            unknown = rowdict.keys() - self.fieldnames
            if unknown:
                listed = ', '.join([repr(key) for key in unknown])
                raise ValueError('dict contains fields not in fieldnames: ' + listed)
        return [rowdict.get(name, self.restval) for name in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._values(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(self._values(row) for row in rowdicts)

    __class_getitem__ = classmethod(_generic_alias)


class Sniffer:
    """Deduce the format of a CSV file (a simple version: the delimiter and quote character that
    make the sample's rows most consistent)."""

    def __init__(self):
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        candidates = delimiters or ''.join(self.preferred)
        lines = [line for line in sample.split('\n') if line]
        best = None
        for delim in candidates:
            counts = [line.count(delim) for line in lines]
            if counts and counts[0] > 0 and all(c == counts[0] for c in counts):
                best = delim
                break
        if best is None:
            raise Error('Could not determine delimiter')
        quote = '"' if sample.count('"') >= sample.count("'") else "'"

        class dialect(Dialect):
            _name = 'sniffed'
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL
        dialect.delimiter = best
        dialect.quotechar = quote
        dialect.doublequote = True
        dialect.skipinitialspace = False
        return dialect

    def has_header(self, sample):
        rows = list(reader(StringIO(sample), self.sniff(sample)))
        if len(rows) < 2:
            return False
        header, body = rows[0], rows[1:]

        def numeric(s):
            try:
                float(s)
                return True
            except ValueError:
                return False
        votes = 0
        for i, name in enumerate(header):
            column = [row[i] for row in body if i < len(row)]
            if column and all(numeric(v) for v in column) and not numeric(name):
                votes += 1
            elif column and any(len(v) != len(name) for v in column):
                votes += 1
            else:
                votes -= 1
        return votes > 0


# Name the implementation classes as CPython's C module does, so reprs and messages agree.
for _cls, _name in ((_Reader, 'reader'), (_Writer, 'writer'), (_CDialect, 'Dialect')):
    _cls.__module__ = '_csv'
    _cls.__name__ = _cls.__qualname__ = _name
del _cls, _name
