import secrets
print(sorted(n for n in dir(secrets) if not n.startswith('_')))
print(secrets.DEFAULT_ENTROPY, len(secrets.token_bytes()), len(secrets.token_bytes(5)), len(secrets.token_hex()), len(secrets.token_hex(3)))
print(len(secrets.token_urlsafe()), len(secrets.token_urlsafe(4)), all(c.isalnum() or c in '-_' for c in secrets.token_urlsafe(40)))
print(all(0 <= secrets.randbelow(7) < 7 for _ in range(50)), secrets.randbits(0), secrets.randbits(8) < 256, secrets.choice('a') )
for n in (0, -3):
    try: secrets.randbelow(n)
    except ValueError as e: print('ValueError', e)
for a, b in [(b'ab', b'ab'), (b'ab', b'ac'), (b'ab', b'abc'), ('xy', 'xy'), ('xy', 'xz'), (bytearray(b'q'), b'q'),
             ('é', 'é'), ('a', b'a'), (b'a', 'a'), (1, 2), (b'a', 1), (memoryview(b'zz'), b'zz'), ('', '')]:
    try: print(secrets.compare_digest(a, b))
    except TypeError as e: print('TypeError', e)
print(isinstance(secrets.SystemRandom(), secrets.SystemRandom))
