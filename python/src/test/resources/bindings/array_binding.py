from array import array
import array as am
for tc in 'bBhHiIlLqQ':
    for v in [-2**70, -1-2**63, -2**31-1, -2**15-1, -129, -1, 256, 70000, 2**32, 2**63, 2**64]:
        try: array(tc, [v])
        except Exception as e: print(tc, v, type(e).__name__, e)
for tc, v in [('i', 1.5), ('d', 'x'), ('u', 1), ('u', 'ab'), ('b', 'x'), ('f', None)]:
    try: array(tc, [v])
    except Exception as e: print(tc, repr(v), type(e).__name__, e)
for f in [lambda: array('z'), lambda: array('i', [1]).index(5), lambda: array('i', [1]).remove(5), lambda: array('i', []).pop(),
          lambda: array('i', [1])[5], lambda: array('i', [1]) + array('d'), lambda: array('i', [1]).frombytes(b'abc'),
          lambda: array('i', 'ab'), lambda: array(1), lambda: array('i', [1]) + [1], lambda: hash(array('i'))]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
print(repr(array('u', 'hi')), repr(array('u')), array('f', [0.1]), repr(array('B', b'ab')), array('i', [1, 2]) == [1, 2], array('b', [1]) == array('h', [1]), array('d', [1]) == array('i', [1]))
a = array('i', [1, 2, 3, 4, 5]); a[::2] = array('i', [0, 0, 0]); print(a); del a[::2]; print(a)
try: a[::2] = array('i', [1, 2, 3, 4])
except Exception as e: print(type(e).__name__, e)
print(array('i', [1, 2]).__class__, array.__module__, am.typecodes, am.ArrayType is array)
q = array('Q', [2**64 - 1, 5]); print(q, q.tobytes(), q[0], array('Q', q.tobytes()))
a = array('h', [1, -2, 3]); a.byteswap(); print(a, a.tobytes()); a += array('h', [7]); print(a); a *= 2; print(a, 3 * array('b', [1]))
a = array('d', [3.5, -1.0, 2.25]); print(sorted(a), max(a), a.count(2.25), a.index(-1.0), list(a), a[-1], a[::-1], a.pop(0), a, -1.0 in a)
print(array('i', [1, 2]) < array('i', [1, 3]), array('i', [1]) <= array('i', [1]), array('i', [2]) > array('i', [1, 5]), array('i', []) >= array('i'))
a = array('i', [5]); a.insert(-10, 1); a.insert(100, 9); a.extend(array('i', [7])); a.fromlist([8]); print(a, a.itemsize, a.typecode, len(a), bool(array('i')))
import copy; b = copy.copy(a); b[0] = 42; print(a[0], b[0], copy.deepcopy(a) == a, list(reversed(a)))
u = array('u', 'abc'); u.fromunicode('de'); print(u, u.tounicode(), u[1], u.itemsize)
s = array('b', [1, 2, 3]); s[1] = -5; print(s, s[1:], s[:-1], array('f', [1.5, 2.5]).tobytes())
import struct; buf = array('b', [0] * 4); struct.pack_into('<h', buf, 0, 513); print(buf)
