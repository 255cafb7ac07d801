# fractions: construction, exact arithmetic, mixing, rounding, hashing, limit_denominator, format.
import math
from fractions import Fraction as F

for args in [(), (3,), (6, -4), (F(1, 2), F(3, 4)), (2.5,), (-0.1,), ('3/4',), (' -3 / 4 ',), ('1.5e-3',),
             ('1_000.000_1',), ('.5',), ('5.',), ('+7',), (True,), (2 ** 70, 6 ** 20)]:
    v = F(*args)
    print(repr(v), str(v), v.numerator, v.denominator)
for args in [(1, 0), ('abc',), ('1/-2',), ('1__0',), ('',), (1.5, 2), ([],), (float('nan'),), (float('inf'),)]:
    try:
        F(*args)
    except (ValueError, TypeError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
x, y = F(3, 4), F(-5, 6)
for other in (2, -3, F(1, 3), 0.5, 1 + 2j, True):
    print(x + other, other - y, x * other, y / other, other ** 2 if not isinstance(other, complex) else '')
    print(x // other if not isinstance(other, complex) else '', y % other if not isinstance(other, complex) else '')
print(divmod(F(7, 2), F(1, 3)), divmod(-7, F(2, 3)), F(2, 3) ** -2, F(-2, 3) ** 3, 2 ** F(-2), 4 ** F(1, 2), F(4) ** F(1, 2))
for thunk in (lambda: F(1) / 0, lambda: 1 / F(0), lambda: F(1) // 0, lambda: F(1) % F(0), lambda: F(0) ** -1, lambda: x ** 'a',
              lambda: x + 'a', lambda: x < 'a'):
    try:
        thunk()
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
print(-x, +y, abs(y), int(y), math.trunc(y), math.floor(y), math.ceil(y), float(y), bool(F(0)), round(F(5, 2)), round(F(7, 2)))
print(round(F(7, 4), 1), round(F(-125, 10), -1), round(F(355, 113), 3), x.is_integer(), F(4, 2).is_integer(), y.as_integer_ratio())
print(x == 0.75, x == 0.75 + 0j, x != 0.7, x < 1, x > 0.5, y <= -1, x >= F(3, 4), x < float('inf'), x > float('nan'), x == float('nan'))
print(hash(F(1, 2)) == hash(0.5), hash(F(5)) == hash(5), hash(F(1, 3)), hash(F(-2, 7)), hash(F(-1)), hash(F(1, 2 ** 61 - 1)))
print([F(3141592653589793, 10 ** 15).limit_denominator(m) for m in (1, 10, 100, 1000000)], F(10, 7).limit_denominator(5))
try:
    F(1, 3).limit_denominator(0)
except ValueError as e:
    print(e)
print(F.from_float(0.1), F.from_float(3), F.from_decimal(7))
for bad in (lambda: F.from_float('1'), lambda: F.from_decimal(1.5)):
    try:
        bad()
    except TypeError as e:
        print(e)
specs = ['', '.3f', 'f', 'e', '.2e', 'E', 'g', '.3g', 'G', '%', '.1%', '10.2f', '<10.2f', '^12.3f', '*>12.1e', '+.2f', ' .2f',
         '012.3f', ',.2f', '_.1f', '015,.2f', '#.0f', '#g', 'z.1f', '.0e', '=+10.2f', '.10g', '04,.0f', '#.3g', ',g']
for v in (F(1, 3), F(-2, 3), F(123456789, 7), F(-1, 10 ** 8), F(5, 2), F(0)):
    print([format(v, spec) for spec in specs])
for spec in ('d', '<05f', '10', 'z+.2f'):
    try:
        format(x, spec)
    except ValueError as e:
        print(e)
print(f'{F(22, 7):.5f} {F(1, 7):_^+15.4e}')


class Half(F):
    pass


h = Half(1, 2)
print(repr(h), type(h + 1).__name__, type(+h).__name__, repr(F(h)), sorted([F(1, 3), 0.3, F(1, 4), 1, -F(1, 2)]))
print(sum(F(1, n) for n in range(1, 15)), x.real, x.imag, x.conjugate())
