# uuid: construction from every form, the derived views, errors, and name-based UUIDs.
import uuid

u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
print(u, repr(u), u.hex, u.urn, u.int)
print(u.bytes, u.bytes_le)
print(u.fields, u.time_low, u.time_mid, u.time_hi_version)
print(u.clock_seq_hi_variant, u.clock_seq_low, u.node, u.time, u.clock_seq)
print(u.variant, u.version, u.is_safe)
for same in (uuid.UUID(bytes=u.bytes), uuid.UUID(bytes_le=u.bytes_le), uuid.UUID(fields=u.fields),
             uuid.UUID(int=u.int), uuid.UUID('urn:uuid:12345678123456781234567812345678')):
    print(same == u, hash(same) == hash(u))
for variant_bits in (0x0, 0x8, 0xc, 0xe):
    print(uuid.UUID(int=variant_bits << 60).variant, uuid.UUID(int=variant_bits << 60).version)
for n in range(1, 6):
    print(uuid.UUID(int=0, version=n), uuid.UUID(int=(1 << 128) - 1, version=n).version)

bad = [dict(hex='zz' * 16), dict(hex='1234'), dict(bytes=b'x' * 15), dict(bytes_le=b'x' * 17),
       dict(fields=(1, 2, 3)), dict(fields=(1 << 32, 0, 0, 0, 0, 0)), dict(fields=(0, 1 << 16, 0, 0, 0, 0)),
       dict(fields=(0, 0, 0, 256, 0, 0)), dict(fields=(0, 0, 0, 0, -1, 0)),
       dict(fields=(0, 0, 0, 0, 0, 1 << 48)), dict(int=-1), dict(int=1 << 128),
       dict(int=5, version=6), dict(int=5, version=0), dict(), dict(int=1, hex='0' * 32)]
for kwargs in bad:
    try:
        print(uuid.UUID(**kwargs))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    u.int = 3
except TypeError as e:
    print('TypeError', e)
try:
    u < 5
except TypeError as e:
    print('TypeError', e)

a, b = uuid.UUID(int=1), uuid.UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == 1, sorted([b, a]), int(b))
print(a.__getstate__(), uuid.UUID(int=1, is_safe=uuid.SafeUUID.safe).__getstate__())
c = uuid.UUID(int=0)
c.__setstate__({'int': 7, 'is_safe': -1})
print(c, c.is_safe)
c.__setstate__({'int': 8})
print(c, c.is_safe)
print(list(uuid.SafeUUID), uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE)

for ns in (uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500):
    print(ns, uuid.uuid3(ns, 'python.org'), uuid.uuid5(ns, 'python.org'), uuid.uuid5(ns, b'bytes'))

r = uuid.uuid4()
print(r.version, r.variant, r != uuid.uuid4())
t1, t2 = uuid.uuid1(), uuid.uuid1()
print(t1.version, t1.variant, t1 != t2, t1.node == t2.node == uuid.getnode())
t3 = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(t3.node == 0x123456789abc, t3.clock_seq, t3.version)
print(uuid.getnode() >> 48 == 0)
