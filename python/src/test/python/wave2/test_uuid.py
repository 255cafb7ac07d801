# Differential tests of uuid (deterministic parts; random ones are checked by their properties).
import pickle
import copy
from harness import load, check

U = load('uuid')
h = '12345678-1234-5678-1234-567812345678'
u = U.UUID(h)
for label, f in [
    ('basic', lambda: (str(u), repr(u), u.hex, u.int, u.urn, u.bytes, u.bytes_le, u.fields, u.time_low, u.time_mid, u.time_hi_version,
                       u.clock_seq_hi_variant, u.clock_seq_low, u.time, u.clock_seq, u.node, u.variant, u.version, int(u))),
    ('forms', lambda: [str(U.UUID(x)) for x in ['{12345678-1234-5678-1234-567812345678}', '12345678123456781234567812345678',
                                                 'urn:uuid:12345678-1234-5678-1234-567812345678', '{12345678123456781234567812345678}']]),
    ('from bytes', lambda: (U.UUID(bytes=u.bytes) == u, U.UUID(bytes_le=u.bytes_le) == u, U.UUID(fields=u.fields) == u, U.UUID(int=u.int) == u)),
    ('version arg', lambda: [(str(U.UUID(h, version=v)), U.UUID(h, version=v).version, U.UUID(h, version=v).variant) for v in (1, 2, 3, 4, 5)]),
    ('variants', lambda: [U.UUID(int=v << 48).variant for v in (0, 0x8000, 0xc000, 0xe000)]),
    ('no version', lambda: U.UUID(int=0).version), ('nil', lambda: (str(U.UUID(int=0)), str(U.UUID(int=2**128 - 1)))),
    ('bad none', lambda: U.UUID()), ('bad two', lambda: U.UUID(h, int=1)), ('bad hex', lambda: U.UUID('1234')), ('bad hex chars', lambda: U.UUID('g' * 32)),
    ('bad bytes', lambda: U.UUID(bytes=b'x')), ('bad bytes_le', lambda: U.UUID(bytes_le=b'x' * 17)), ('bad fields', lambda: U.UUID(fields=(1, 2))),
    ('bad field range', lambda: [str(U.UUID(fields=f)) for f in [(2**32, 0, 0, 0, 0, 0)]]), ('bad field 6', lambda: U.UUID(fields=(0, 0, 0, 0, 0, 2**48))),
    ('bad field 4', lambda: U.UUID(fields=(0, 0, 0, 256, 0, 0))), ('bad int', lambda: U.UUID(int=-1)), ('bad int2', lambda: U.UUID(int=2**128)),
    ('bad version', lambda: U.UUID(h, version=6)), ('immutable', lambda: setattr(u, 'int', 5)),
    ('compare', lambda: (u == U.UUID(h), u != U.UUID(int=0), u < U.UUID(int=2**127), sorted([U.UUID(int=3), U.UUID(int=1)]), u == h, hash(u) == hash(u.int))),
    ('compare bad', lambda: u < 5),
    ('namespaces', lambda: (U.NAMESPACE_DNS, U.NAMESPACE_URL, U.NAMESPACE_OID, U.NAMESPACE_X500)),
    ('uuid3', lambda: (U.uuid3(U.NAMESPACE_DNS, 'python.org'), U.uuid3(U.NAMESPACE_URL, b'http://x'), U.uuid3(U.NAMESPACE_DNS, 'python.org').version)),
    ('uuid5', lambda: (U.uuid5(U.NAMESPACE_DNS, 'python.org'), U.uuid5(U.NAMESPACE_OID, 'é'), U.uuid5(U.NAMESPACE_X500, '').version)),
    ('uuid4', lambda: (lambda a, b: (a != b, a.version, b.variant, len(str(a))))(U.uuid4(), U.uuid4())),
    ('uuid1', lambda: (lambda a, b: (a != b, a.version, a.variant, a.time < b.time, a.node == b.node))(U.uuid1(), U.uuid1())),
    ('uuid1 args', lambda: (lambda a: (a.node, a.clock_seq, a.version))(U.uuid1(node=0x123456789abc, clock_seq=0x1234))),
    ('getnode', lambda: (lambda n: (0 <= n < 2**48, n == U.getnode()))(U.getnode())),
    ('pickle', lambda: (pickle.loads(pickle.dumps(u)) == u, copy.copy(u) == u, copy.deepcopy(u) == u, u.__getstate__())),
    ('safe', lambda: (u.is_safe, U.SafeUUID.safe.value, U.SafeUUID.unknown, U.UUID(h, is_safe=U.SafeUUID.safe).is_safe)),
    ('constants', lambda: (U.RESERVED_NCS, U.RFC_4122, U.RESERVED_MICROSOFT, U.RESERVED_FUTURE)),
]:
    check(label, f)
