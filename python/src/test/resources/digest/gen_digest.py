#!/usr/bin/env python3
"""Generates digest_vectors.txt with CPython 3.12's hashlib (run once; output committed).

Line: <name> <input spec> <params> <hexdigest>
  input spec: hex:<hex>, rep:<hex unit>:<count> (unit repeated count times) or
              pat:<n> (the n bytes (i * 31 + 7) & 255 for i in range(n))
  params: '-' or comma-separated key=value for blake2 (digest_size, key, salt, person as hex,
          fanout, depth, leaf_size, node_offset, node_depth, inner_size, last_node) or
          length=<n> for shake.
"""
import hashlib

out = []
names = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512_224', 'sha512_256',
         'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'blake2b', 'blake2s']
specs = [('hex:', b''), ('hex:616263', b'abc'),
         ('hex:' + b'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'.hex(),
          b'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'),
         ('hex:' + b'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu'.hex(),
          b'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu'),
         ('rep:61:1000000', b'a' * 1000000)]
for n in list(range(0, 150)) + [167, 168, 169, 199, 200, 201, 255, 256, 257, 1000, 4095, 4096, 4097, 65536]:
    data = bytes((i * 31 + 7) & 255 for i in range(n))
    specs.append(('pat:%d' % n, data))
for spec, data in specs:
    for name in names:
        out.append('%s %s - %s' % (name, spec, hashlib.new(name, data).hexdigest()))
    for name in ('shake_128', 'shake_256'):
        for length in (0, 1, 32, 200):
            out.append('%s %s length=%d %s' % (name, spec, length, hashlib.new(name, data).hexdigest(length)))
blake_params = [
    dict(digest_size=20), dict(key=b'secret'), dict(key=b'k' * 64), dict(salt=b'saltsalt'), dict(person=b'me'),
    dict(digest_size=1, key=b'x', salt=b's' * 8, person=b'p' * 8, fanout=0, depth=255, leaf_size=2**32 - 1,
         node_offset=2**40, node_depth=255, inner_size=32, last_node=True),
    dict(fanout=2, depth=2, leaf_size=4096, node_offset=1, node_depth=1, inner_size=16),
]
for spec, data in specs[:3] + specs[5:40:7] + specs[-3:]:
    for p in blake_params:
        for name, fn in (('blake2b', hashlib.blake2b), ('blake2s', hashlib.blake2s)):
            q = dict(p)
            if name == 'blake2s':
                if len(q.get('key', b'')) > 32: q['key'] = q['key'][:32]
                if q.get('node_offset', 0) >= 2**48: q['node_offset'] = 2**47
                if q.get('inner_size', 0) > 32: q['inner_size'] = 32
            params = ','.join('%s=%s' % (k, v.hex() if isinstance(v, bytes) else int(v)) for k, v in q.items())
            out.append('%s %s %s %s' % (name, spec, params, fn(data, **q).hexdigest()))
with open('digest_vectors.txt', 'w') as f:
    f.write('\n'.join(out) + '\n')
print(len(out))
