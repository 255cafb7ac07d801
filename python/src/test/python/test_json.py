import json
from collections import OrderedDict
# case: dumps
for v in [None, True, False, 0, -5, 10**30, 1.5, -0.0, 1e100, 1e-7, float('inf'), float('-inf'), 'abc', 'é\n"\\\t\x00\x1f\u2028😀', [], {}, [1, [2, [3]]], {'a': 1, 'b': [True, None]}, (1, 2), {1: 'int', 2.5: 'float', True: 't', None: 'n'}, {'x': {'y': {}}}]:
    print(json.dumps(v), json.dumps(v, ensure_ascii=False), json.dumps(v, indent=2), json.dumps(v, separators=(',', ':')), json.dumps(v, indent='\t', sort_keys=True) if not isinstance(v, dict) or all(isinstance(k, str) for k in v) else '')
print(json.dumps(float('nan')), json.dumps({'b': 1, 'a': 2}, sort_keys=True), json.dumps([1, 2], indent=0), json.dumps({'a': [1]}, indent=3, separators=(', ', ' = ')))
import enum
class IE(enum.IntEnum):
    A = 1
class FF(float):
    def __repr__(self): return 'nope'
print(json.dumps([IE.A, FF(2.5)]), json.dumps({IE.A: 1}))
for f in [lambda: json.dumps(float('nan'), allow_nan=False), lambda: json.dumps({(1, 2): 1}), lambda: json.dumps(object()), lambda: json.dumps({1j: 1}, skipkeys=True), lambda: json.dumps({'a': object()}, default=repr)[:10], lambda: json.dumps(set([1]), default=sorted), lambda: json.dumps({'b': 1, 1: 2}, sort_keys=True)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
l = []; l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print(e)
d = {}; d['self'] = d
try:
    json.dumps(d)
except ValueError as e:
    print(e)
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)
print(json.dumps(2 + 1j, cls=Enc), Enc().encode({'c': 1j}), list(Enc(indent=1).iterencode([1, {'a': 2}])))
# case: loads
for s in ['', '[1,]', '{"a":1,}', '{a:1}', '{"a" 1}', '[1 2]', '"abc', '"a\x01"', '"\\q"', '"\\u12"', '[1] x', '\ufeff[]', 'nul', '[-]', '{"a":1 "b":2}', '[1,\n  2,\n  ]', '01', '1.', '-', '"\\ud800"', 'NaN', '-Infinity', 'Infinity', '[', '{', '{"a"', '{"a":', '"\\', '[1,', '1e5', '-0.0', '1E+2', '123456789012345678901234567890', '"\\ud83d\\ude00"', ' {"a" : [1, 2.5, "x", true, false, null] , "b":{}} ', '[[[]]]', '"\\"\\\\\\/\\b\\f\\n\\r\\t\\u0041"', '1.5e-3', '-12', '[1e400]', '{"a":1,"a":2}', '  7  ', '"\t"', 'true false', '{"":0}', '[-0]', '2.', '.5', '+1', '0x10', '1e', '1e+', 'tru', '[1,,2]', '{"a":}', '"\\uD834\\uDD1E"', '"\\ud834x"']:
    try:
        print(repr(s), repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), 'JSONDecodeError', e, e.msg, e.pos, e.lineno, e.colno)
print(json.loads(b'[1, "\xc3\xa9"]'), json.loads('[1]'.encode('utf-16')), json.loads('{"a": 1}'.encode('utf-32-le')), json.loads(bytearray(b'2')), json.loads(b'\xef\xbb\xbf[3]'))
try:
    json.loads(3)
except TypeError as e:
    print(e)
print(json.loads('"a\tb"', strict=False), json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict), json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())), json.loads('[1.5, 2]', parse_float=str, parse_int=lambda s: int(s) * 10), json.loads('[NaN, -Infinity]', parse_constant=lambda c: c.lower()))
dec = json.JSONDecoder()
print(dec.raw_decode('[1] tail'), dec.raw_decode('  {"a": 1}', 2), dec.decode(' 3 '))
try:
    dec.raw_decode('  1')
except json.JSONDecodeError as e:
    print(e)
e = json.JSONDecodeError('msg', 'ab\ncd', 4); print(e, e.lineno, e.colno, isinstance(e, ValueError))
# case: dump_load_files
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W(); json.dump({'a': [1, 2]}, w); print(''.join(w.parts))
w = W(); json.dump({'a': [1, 2]}, w, indent=1); print(''.join(w.parts))
class R:
    def read(self): return '{"z": [null]}'
print(json.load(R()), json.load(R(), object_pairs_hook=list))
import random
r = random.Random(5)
def rnd(depth):
    c = r.randrange(7 if depth < 3 else 4)
    if c == 0: return r.randrange(-10**6, 10**6)
    if c == 1: return r.random() * 10 ** r.randrange(-5, 20)
    if c == 2: return ''.join(chr(r.choice([r.randrange(32, 127), r.randrange(0, 0x3000)])) for _ in range(r.randrange(6)))
    if c == 3: return r.choice([True, False, None])
    if c in (4, 5): return [rnd(depth + 1) for _ in range(r.randrange(4))]
    return {str(rnd(depth + 1)): rnd(depth + 1) for _ in range(r.randrange(4))}
for i in range(30):
    v = rnd(0)
    s = json.dumps(v); s2 = json.dumps(v, ensure_ascii=False, indent=1, sort_keys=True)
    print(s, s2 == json.dumps(json.loads(s2), ensure_ascii=False, indent=1, sort_keys=True), json.loads(s) == v)
