# Differential tests of csv.
import io
from harness import load, check

C = load('csv')


def read(text, **kw):
    r = C.reader(io.StringIO(text, newline=''), **kw)
    rows = []
    for row in r:
        rows.append((row, r.line_num))
    return rows


def write(rows, **kw):
    buf = io.StringIO()
    w = C.writer(buf, **kw)
    results = [w.writerow(row) for row in rows]
    return buf.getvalue(), results


texts = ['a,b,c\r\n1,2,3\r\n', 'a,b\n', 'a,b', '', '\n', '\r\n\r\n', 'x\n\ny\n', '"a,b",c\n', '"a""b",c\n', '"multi\nline",x\n', '"a"b,c\n',
         'a"b",c\n', ' a, b ,c\n', '"unterminated\n', 'a,,b,\n', ',\n', '"",""\n', 'a\rb\rc', 'a\r\nb\nc\r', '"x"\r\n', 'a,"b\r\nc",d\r\n',
         'é,ü\n', 'a\tb\n', '1,2.5,-3,abc,"4"\n', '\\,a\n', 'a\\,b,c\n', '"a\\"b",c\n', 'abc\x00def\n', 'a,b\nc,"d\n', '"a" ,b\n',
         '"a"x"b",c\n', 'line1\nline2\n']
variants = [{}, {'delimiter': '\t'}, {'skipinitialspace': True}, {'quoting': C.QUOTE_NONE}, {'quoting': C.QUOTE_NONNUMERIC},
            {'escapechar': '\\'}, {'doublequote': False, 'escapechar': '\\'}, {'strict': True}, {'quotechar': "'"}, {'dialect': 'excel-tab'},
            {'quoting': C.QUOTE_NOTNULL}, {'quoting': C.QUOTE_STRINGS}, {'dialect': 'unix'}]
for t in texts:
    for v in variants:
        check(f'read {t!r} {v}', lambda: read(t, **v))
rows = [['a', 'b'], [1, 2.5, -3], ['has,comma', 'has"quote', 'has\nnewline', 'has\rcr'], [''], [], [None], [None, ''], ['', ''], [' lead', 'trail '],
        [True, 1.0, 1e100, float('nan')], ['tab\there'], ['back\\slash'], ["single'quote"], ['é']]
wvariants = [{}, {'quoting': C.QUOTE_ALL}, {'quoting': C.QUOTE_NONNUMERIC}, {'quoting': C.QUOTE_NONE, 'escapechar': '\\'}, {'quoting': C.QUOTE_NONE},
             {'lineterminator': '\n'}, {'delimiter': '\t'}, {'doublequote': False, 'escapechar': '\\'}, {'doublequote': False}, {'quotechar': "'"},
             {'escapechar': '\\'}, {'quoting': C.QUOTE_STRINGS}, {'quoting': C.QUOTE_NOTNULL}, {'dialect': 'unix'}, {'lineterminator': '|'}]
for r in rows:
    for v in wvariants:
        check(f'write {r!r} {v}', lambda: write([r], **v))
for label, f in [
    ('writerows', lambda: (lambda buf: (C.writer(buf).writerows([[1, 2], ['x', 'y']]), buf.getvalue()))(io.StringIO())),
    ('writerow bad', lambda: write([5])), ('writer no write', lambda: C.writer(5)), ('writerow str', lambda: write(['abc'])),
    ('dialects', lambda: sorted(C.list_dialects())), ('get_dialect', lambda: [(d.delimiter, d.quotechar, d.doublequote, d.escapechar, d.lineterminator, d.quoting, d.skipinitialspace, d.strict)
                                                                           for d in map(C.get_dialect, ['excel', 'excel-tab', 'unix'])]),
    ('get_dialect bad', lambda: C.get_dialect('nope')), ('unregister bad', lambda: C.unregister_dialect('nope')),
    ('register', lambda: (C.register_dialect('pipes', delimiter='|', quoting=C.QUOTE_ALL), read('a|"b"\n', dialect='pipes'), write([['a', 1]], dialect='pipes'),
                          C.unregister_dialect('pipes'), 'pipes' in C.list_dialects())),
    ('register class', lambda: (C.register_dialect('semi', type('Semi', (C.excel,), {'delimiter': ';'})), read('a;b\n', dialect='semi'), C.unregister_dialect('semi'))),
    ('dialect immutable', lambda: setattr(C.get_dialect('excel'), 'delimiter', ';')),
    ('bad delimiter', lambda: C.reader([], delimiter='ab')), ('bad delimiter2', lambda: C.reader([], delimiter=None)), ('bad delimiter3', lambda: C.reader([], delimiter=1)),
    ('bad quotechar', lambda: C.reader([], quotechar='ab')), ('no quotechar', lambda: C.reader([], quotechar=None)),
    ('no quotechar none', lambda: read('a,"b"\n', quotechar=None, quoting=C.QUOTE_NONE)), ('bad quoting', lambda: C.reader([], quoting=9)),
    ('bad quoting type', lambda: C.reader([], quoting='x')), ('bad kw', lambda: C.reader([], bogus=1)), ('bad lineterminator', lambda: C.writer(io.StringIO(), lineterminator=1)),
    ('space delimiter skipinitial', lambda: C.reader([], delimiter=' ', skipinitialspace=True)), ('same delim quote', lambda: C.reader([], delimiter='"')),
    ('newline delimiter', lambda: C.reader([], delimiter='\n')),
    ('bytes input', lambda: list(C.reader([b'a,b']))), ('field limit', lambda: (C.field_size_limit(), C.field_size_limit(5), read('abcdef\n'), C.field_size_limit(131072))),
    ('field limit bad', lambda: C.field_size_limit('x')),
    ('nonnumeric bad', lambda: read('abc\n', quoting=C.QUOTE_NONNUMERIC)),
    ('DictReader', lambda: (lambda r: (r.fieldnames, list(r), r.line_num))(C.DictReader(io.StringIO('a,b,c\n1,2,3\n\n4,5\n6,7,8,9\n'), restval='R', restkey='K'))),
    ('DictReader fieldnames', lambda: list(C.DictReader(['1,2', '3,4'], fieldnames=['x', 'y']))),
    ('DictReader empty', lambda: (lambda r: (r.fieldnames, list(r)))(C.DictReader(io.StringIO('')))),
    ('DictWriter', lambda: (lambda buf: (lambda w: (w.writeheader(), w.writerow({'a': 1, 'b': 'x,y'}), w.writerow({'a': 2}), w.writerows([{'b': 3}]), buf.getvalue()))(C.DictWriter(buf, ['a', 'b'], restval='-')))(io.StringIO())),
    ('DictWriter extras', lambda: C.DictWriter(io.StringIO(), ['a']).writerow({'a': 1, 'z': 2})),
    ('DictWriter ignore', lambda: (lambda buf: (C.DictWriter(buf, ['a'], extrasaction='ignore').writerow({'a': 1, 'z': 2}), buf.getvalue()))(io.StringIO())),
    ('DictWriter bad extrasaction', lambda: C.DictWriter(io.StringIO(), ['a'], extrasaction='x')),
    ('Dialect subclass', lambda: (lambda d: (d.delimiter, read('a;b\n', dialect=d)))(type('D', (C.Dialect,), {'delimiter': ';', 'quotechar': '"', 'lineterminator': '\n', 'quoting': C.QUOTE_MINIMAL, 'doublequote': True, 'skipinitialspace': False}))),
    ('Dialect invalid', lambda: type('Bad', (C.Dialect,), {'delimiter': 'xx', 'quotechar': '"', 'lineterminator': '\n', 'quoting': 0})()),
    ('constants', lambda: (C.QUOTE_MINIMAL, C.QUOTE_ALL, C.QUOTE_NONNUMERIC, C.QUOTE_NONE, C.QUOTE_STRINGS, C.QUOTE_NOTNULL, C.__version__)),
    ('Error', lambda: (issubclass(C.Error, Exception), C.Error.__name__)),
    ('sniff', lambda: (lambda d: (d.delimiter, d.quotechar))(C.Sniffer().sniff('a;b;c\n1;2;3\n'))),
    ('has_header', lambda: C.Sniffer().has_header('name,age\nbob,30\nalice,25\n')),
]:
    check(label, f)
