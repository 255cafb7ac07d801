# JSONEncoder/dumps options: floats and NaN, key types, indent, separators, sort_keys, default,
# check_circular, skipkeys, ensure_ascii, and the pieces iterencode()/dump() produce.
import json, enum, io, collections

def show(o, **kw):
    try:
        print(repr(json.dumps(o, **kw)))
    except Exception as e:
        print('!!', type(e).__name__, e)

class F(float):
    def __repr__(self): return 'F!'
class I(int):
    def __repr__(self): return 'I!'
class S(str):
    def __str__(self): return 'S!'
class E(enum.IntEnum):
    A = 1
class FE(float, enum.Enum):
    X = 1.5
show([F(1.5), I(3), S('x'), E.A, FE.X, True, None, 1e16, 1e-7, -0.0, 10**20])
show({F(2.5): 1, I(4): 2, True: 3, None: 4, 1.0: 5, E.A: 6, False: 7, S('k'): 8})
show([1.0, 0.1, 1e100, 123456789012345678.0, 5e-324, 1e22, 2.5e-5, -1.5])
show(float('nan')); show([float('inf'), -float('inf')]); show({float('nan'): 1, float('inf'): 2})
show(float('nan'), allow_nan=False); show({'a': [float('inf')]}, allow_nan=False)
show({float('-inf'): 1}, allow_nan=False); show([1.5, 2], allow_nan=False)
show({(1, 2): 3}); show({(1, 2): 3, 'a': 1}, skipkeys=True); show({b'x': 1})
show({1j: 1, 'z': 2}, skipkeys=True, indent=1)
show({(1,): 1}, skipkeys=True)
show(object()); show({'a': [1, {1, 2}]}); show(set(), default=list); show(b'x')
show({'a': {1, 2}}, default=sorted)
show(1j, default=lambda c: {'re': c.real, 'im': c.imag})
l = []; l.append(l); show(l)
d = {}; d['x'] = d; show(d)
d2 = {'a': [1, {'b': None}]}; d2['a'][1]['b'] = d2['a']; show(d2)
class O: pass
show(O(), default=lambda o: o)
shared = [1]; show([shared, shared, {'k': shared}])
show({'b': 1, 'a': 2, 'c': {'z': 1, 'y': 2}}, sort_keys=True)
show({'b': 1, 2: 2}, sort_keys=True)
show({3: 'c', 1: 'a', 2: 'b'}, sort_keys=True)
for ind in [2, 0, '\t', -1, 'ab', '', True]:
    show([1, [2, {'a': []}], {}, {'k': [3]}], indent=ind)
show([1, {'a': 2}], separators=(',', ':')); show([1, {'a': 2}], indent=1, separators=(' ;', ' = '))
show({'a': 1, 'b': 2}, separators=('|', '=>'))
show([1], separators=(',',))
text = '\x00\x1f\x7f\u00e9\u2028\U0001F600"\\/\b\f\n\r\t\x0b ~'
show(text); show(text, ensure_ascii=False)
show('\ud800'); show('\ud800', ensure_ascii=False); show('\udfff\ud800')
show({'é': 'é'}); show({'é': 'é'}, ensure_ascii=False)
show((1, 2)); show([]); show({}); show(()); show([[]], indent=2); show({'a': {}}, indent=2)
show(1, indent=2); show('s', indent=2); show(None); show(True); show(S('sub'))
show(collections.OrderedDict([('b', 1), ('a', 2)]))
show({1: 1, '1': 2})
show(1, x=2)

e = json.JSONEncoder()
print(sorted(vars(e)), repr(e.item_separator), repr(e.key_separator), e.indent)
e = json.JSONEncoder(indent=3)
print(sorted(vars(e)), repr(e.item_separator), repr(e.key_separator), e.indent)
e = json.JSONEncoder(separators=(';', '='), default=str)
print(sorted(vars(e)), repr(e.item_separator), repr(e.key_separator), e.default is str)
print(json.JSONEncoder.item_separator, json.JSONEncoder.key_separator)
print(list(json.JSONEncoder().iterencode([1, 'a', {'k': None, 'l': [2, [3]]}, [], {}])))
print(list(json.JSONEncoder(indent=1).iterencode([1, 'a', {'k': None, 'm': {}}])))
print(list(json.JSONEncoder().iterencode('x')), list(json.JSONEncoder().iterencode(2.5)))
print(json.JSONEncoder().encode('x'), json.JSONEncoder(ensure_ascii=False).encode('é'))
try:
    json.JSONEncoder().default(1)
except TypeError as ex:
    print(ex)

class Recorder:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
r = Recorder(); json.dump({'a': [1, 2], 'b': 'x'}, r); print(r.parts)
r = Recorder(); json.dump([{'a': 1}], r, indent=2, sort_keys=True); print(r.parts)
r = Recorder()
try:
    json.dump([1, 2, object()], r)
except TypeError as ex:
    print(ex, r.parts)
f = io.StringIO(); json.dump({'a': [1, 2]}, f, indent=1); print(repr(f.getvalue()))

class Joined(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        return ('<', str(o), '>')
print(Joined().encode([1]), json.dumps({'k': 1}, cls=Joined))
class Complexes(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)
print(json.dumps({'z': 1 + 2j}, cls=Complexes), json.dumps([3j], cls=Complexes, indent=1))
try:
    json.dumps(object(), cls=Complexes)
except TypeError as ex:
    print(ex)
print(json.encoder.encode_basestring('a"\x01é\n'), json.encoder.encode_basestring_ascii('a"\x01é\U0001F600'))
