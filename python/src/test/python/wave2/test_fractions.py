# Differential tests of fractions.
import copy
import math
import pickle
from harness import load, check

Fm = load('fractions')
F = Fm.Fraction
ctor = [(), (3,), (-7,), (6, 4), (-6, 4), (6, -4), (0, 5), (1, 0), (0, 0), (2.5,), (-0.1,), (1e300,), (float('nan'),), (float('inf'),),
        ('3/4',), (' -3 / 4 ',), ('1.5',), ('-.5',), ('1e3',), ('1.5E-3',), ('1_000',), ('1_000.000_1',), ('3/0',), ('abc',), ('',), ('1/2/3',),
        ('1.',), ('.e1',), ('+7',), ('1__0',), ('  12  ',), (' 1 /2',), ('1/-2',), (True,), (F(3, 4),), (F(1, 2), F(3, 4)), (1.5, 2), ('1', 2),
        (None,), ([],), (2**100, 6**50), (-(10**30), 4)]
for a in ctor:
    check(f'F{a!r}', lambda: (F(*a), str(F(*a))))
x, y = F(3, 4), F(-5, 6)
others = [2, -3, 0, F(1, 3), F(0), 0.5, -1.25, 1 + 2j, True, 'x', None, float('inf'), float('nan')]
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b, '/': lambda a, b: a / b, '//': lambda a, b: a // b,
       '%': lambda a, b: a % b, 'divmod': divmod, '**': lambda a, b: a ** b, '==': lambda a, b: a == b, '<': lambda a, b: a < b,
       '<=': lambda a, b: a <= b, '>': lambda a, b: a > b, '>=': lambda a, b: a >= b, '!=': lambda a, b: a != b}
for name, op in ops.items():
    for base in (x, y, F(0)):
        for o in others:
            check(f'{base!r} {name} {o!r}', lambda: op(base, o))
            check(f'{o!r} {name} {base!r}', lambda: op(o, base))
for label, f in [
    ('unary', lambda: (-x, +y, abs(y), int(y), int(x), math.trunc(y), math.floor(y), math.ceil(y), float(y), bool(F(0)), bool(x))),
    ('round', lambda: [(round(F(n, d)), round(F(n, d), 1), round(F(n, d), -1), round(F(n, d), 0)) for n, d in [(5, 2), (7, 2), (-5, 2), (1, 3), (2, 3), (125, 10), (-15, 1), (355, 113)]]),
    ('pow', lambda: (F(2, 3) ** 3, F(2, 3) ** -2, F(-2, 3) ** -3, F(4) ** F(1, 2), 2 ** F(3), 2 ** F(-1), 2 ** F(1, 2), F(-8) ** F(1, 3), F(2, 3) ** 0, 1.5 ** F(2))),
    ('pow zero', lambda: F(0) ** -1), ('div zero', lambda: F(1) / 0), ('div zero2', lambda: F(1, 3) / F(0)), ('floordiv zero', lambda: F(1) // 0), ('mod zero', lambda: F(1) % 0),
    ('rdiv zero', lambda: 1 / F(0)),
    ('hash', lambda: (hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(-1)) == hash(-1), hash(F(1, 3)), hash(F(-2, 7)), hash(F(1, 2**61 - 1)))),
    ('limit_denominator', lambda: [F(n, d).limit_denominator(m) for n, d, m in [(3141592653589793, 10**15, 10), (3141592653589793, 10**15, 100), (3141592653589793, 10**15, 1000000), (1, 3, 1), (-355, 113, 10), (7, 2, 1), (1, 2, 1), (10, 7, 5)]]),
    ('limit bad', lambda: F(1, 3).limit_denominator(0)),
    ('from_float', lambda: (F.from_float(0.1), F.from_float(3), F.from_float(-2.5))), ('from_float bad', lambda: F.from_float('1')),
    ('from_float nan', lambda: F.from_float(float('nan'))), ('from_float inf', lambda: F(float('-inf'))),
    ('from_decimal int', lambda: F.from_decimal(5)), ('from_decimal bad', lambda: F.from_decimal(1.5)),
    ('ratio', lambda: (y.as_integer_ratio(), y.numerator, y.denominator, x.is_integer(), F(4, 2).is_integer())),
    ('format', lambda: [format(v, spec) for v in (F(1, 3), F(-2, 3), F(355, 113), F(0), F(123456789, 7), F(-1, 10**8), F(5, 2), F(1, 2**20)) for spec in
                        ['', '.3f', 'f', 'e', '.2e', 'E', 'g', '.3g', 'G', '%', '.1%', '10.2f', '<10.2f', '^12.3f', '*>12.1e', '+.2f', ' .2f', '012.3f', ',.2f', '_.1f', '015,.2f', '#.0f', '#g', 'z.1f', '.0e', '#.0e', '=+10.2f', '.10g']]),
    ('format bad', lambda: format(F(1, 3), 'd')), ('format bad2', lambda: format(F(1, 3), '<05f')), ('format bad3', lambda: format(F(1, 3), '10')),
    ('repr subclass', lambda: repr(type('MyF', (F,), {})(1, 2))),
    ('copy', lambda: (copy.copy(x) is x, copy.deepcopy(x) == x, pickle.loads(pickle.dumps(y)))),
    ('sort', lambda: sorted([F(1, 3), 0.3, F(1, 4), 1, -F(1, 2), 0.25])),
    ('sum', lambda: sum(F(1, n) for n in range(1, 20))),
    ('numbers', lambda: (isinstance(x, Fm.numbers.Rational) if hasattr(Fm, 'numbers') else True, x.real, x.imag, x.conjugate())),
    ('mixed complex', lambda: (x + 1j, x == complex(0.75, 0), x == complex(0.75, 1))),
    ('big', lambda: (F(10**50 + 1, 3) * F(3, 10**50), F(2**200, 3**100) - F(1, 7), float(F(10**400, 3 * 10**399)))),
    ('float overflow', lambda: float(F(10**400, 3))),
    ('all', lambda: Fm.__all__),
]:
    check(label, f)
