# Differential tests of secrets (properties of random outputs, and the deterministic parts).
from harness import load, check

S = load('secrets')
for label, f in [
    ('token_bytes', lambda: (len(S.token_bytes()), len(S.token_bytes(5)), type(S.token_bytes(1)).__name__, S.token_bytes(0))),
    ('token_hex', lambda: (len(S.token_hex()), len(S.token_hex(7)), all(c in '0123456789abcdef' for c in S.token_hex(50)))),
    ('token_urlsafe', lambda: (len(S.token_urlsafe()), len(S.token_urlsafe(10)), all(c.isalnum() or c in '-_' for c in S.token_urlsafe(64)))),
    ('randbelow', lambda: (all(0 <= S.randbelow(10) < 10 for _ in range(200)), S.randbelow(1))), ('randbelow bad', lambda: S.randbelow(0)),
    ('randbelow neg', lambda: S.randbelow(-5)),
    ('randbits', lambda: (all(0 <= S.randbits(8) < 256 for _ in range(100)), S.randbits(0))), ('choice', lambda: S.choice('aaa')), ('choice empty', lambda: S.choice([])),
    ('compare_digest', lambda: (S.compare_digest(b'abc', b'abc'), S.compare_digest(b'abc', b'abd'), S.compare_digest('abc', 'abc'), S.compare_digest(b'a', b'ab'),
                                S.compare_digest(bytearray(b'x'), b'x'), S.compare_digest('', ''))),
    ('compare_digest mixed', lambda: S.compare_digest('a', b'a')), ('compare_digest nonascii', lambda: S.compare_digest('é', 'é')),
    ('compare_digest int', lambda: S.compare_digest(1, 1)),
    ('DEFAULT_ENTROPY', lambda: S.DEFAULT_ENTROPY), ('SystemRandom', lambda: S.SystemRandom.__name__), ('all', lambda: sorted(S.__all__)),
]:
    check(label, f)
