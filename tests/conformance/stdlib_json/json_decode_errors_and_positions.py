# JSONDecodeError messages, positions (pos, lineno, colno), string escapes, hooks and raw_decode.
import json

def show(s, **kw):
    try:
        print(repr(s), '->', repr(json.loads(s, **kw)))
    except json.JSONDecodeError as e:
        print(repr(s), '!!', e.msg, '|', e.pos, e.lineno, e.colno, '|', e)
    except Exception as e:
        print(repr(s), '!!', type(e).__name__, e)

for s in ['', ' ', '[', '[1,', '[1,]', '[1 2]', '{', '{"a"', '{"a":', '{"a":1,}', '{"a":1 "b":2}',
          '{1:2}', '{"a" 1}', '"abc', '"a\\x"', '"\\u12"', '"\\ud800"', '"\\ud800\\udc00"',
          '"\\ud800\\u0041"', '"a\nb"', '01', '-', '-0', '1.', '1.e5', '1e', '.5', 'NaN',
          '-Infinity', 'Infinity', 'nul', 'true false', '[1]\n  x', '\ufeff[]', '"\\', '"\\u',
          '"\\uzzzz"', '[1,\n2,\n}', '{"a":1,"a":2}', '1E+2', '-1.5e-3', '"\\/"', '[-]',
          '{"a":1,', '[,]', '{,}', '{"a":[1,2', ' 7 ', '"\x7f"', '"\t"', '1_0', '[1,2]extra',
          '"ab\\u12"', '"ab\\q"', '"abc\\ud800\\uzz"', '"ab\\ud800\\u12"', '"ab\\ud800\\"',
          '"\\ud800\\', '"\\ud800\\x"', '  "ab\\', '"ab\\u00e9"', '["a", "b\x01"]', '[1e400]',
          '[-1e400]', '1' * 30, '[1.0e+0]', '{"a":1} {}', '{"":{}}', '[  ]', '{  }',
          '{ "a" : 1 , "b" : [ ] }', '\t\r\n[1]\t', '[1]\x0c', '"\\u0000"', '"\\uD83D\\uDE00"',
          '"\\uDE00\\uD83D"', '"\\u+123"', '"\\u 123"', '-a', '--1', '[nan]', '[-NaN]', 'tru',
          'Infinit', '-Infinit', '[1,\n  {"k": [true,\n    fals]}]', '\u0661', '[0.5, -0, 10]']:
    show(s)

show('"a\nb\tc"', strict=False)
show('{"a":1}', object_pairs_hook=list, object_hook=dict)
show('{}', object_pairs_hook=lambda pairs: ('pairs', pairs))
show('{}', object_hook=lambda d: ('dict', d))
show('[1.5, 2, 1e3]', parse_float=str, parse_int=lambda s: int(s) + 100)
show('[NaN, Infinity, -Infinity]', parse_constant=lambda c: '<' + c + '>')
for b in [b'[1]', '[1]'.encode('utf-16'), '[1]'.encode('utf-16-le'), '[1]'.encode('utf-16-be'),
          '[1]'.encode('utf-32-be'), '[1]'.encode('utf-32-le'), b'\xef\xbb\xbf[2]',
          bytearray(b'"x"'), '"\u00e9"'.encode(), b'7']:
    show(b)
for b in [b'', b'12', b'\x001', b'1\x00', b'\x00\x00\x00\x31', b'1\x00\x00\x00', b'\x001\x002',
          b'\xff\xfe\x00\x00', b'\xfe\xff', b'\xef\xbb\xbfx']:
    print(b, json.detect_encoding(b))
show(5)
show(None)

e = json.JSONDecodeError('m', 'ab\ncd', 4)
print(e, e.args, e.msg, repr(e.doc), e.pos, e.lineno, e.colno, isinstance(e, ValueError))
cls, args = e.__reduce__()
print(cls.__name__, args, str(cls(*args)) == str(e))
print(json.JSONDecodeError('x', '', 0), json.JSONDecodeError('y', '\n\n', 2))

d = json.JSONDecoder()
for args in [('[1] x', 0), ('xx[1]', 2), ('  [1] x',), ('[1]', -1), ('[1]', 5), ('[1]', 3),
             ('{"a": [1, 2]} {}',), ('"s" 1',)]:
    try:
        print(args, d.raw_decode(*args))
    except Exception as ex:
        print(args, type(ex).__name__, ex)
print(d.decode(' [1] '), d.parse_constant('Infinity'), d.parse_float, d.parse_int, d.strict, d.memo)
print(d.scan_once('[true]', 0), d.parse_string('"ab" x', 1))
try:
    d.scan_once('x', 0)
except StopIteration as stop:
    print('StopIteration', stop.value)
print(json.decoder.scanstring('"a\\nb"', 1), json.decoder.scanstring('x"\x01"', 2, False))
try:
    json.loads('[]', bogus=1)
except TypeError as ex:
    print(ex)

class Upper(json.JSONDecoder):
    def decode(self, s):
        return ('decoded', super().decode(s.upper()))
print(json.loads('"x"', cls=Upper))
keys = json.loads('[{"name": 1}, {"name": 2}]')
print(keys, keys[0].keys() == keys[1].keys())
print(json.loads('[' * 50 + ']' * 50))
