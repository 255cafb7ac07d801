def f(a, b, /, c, *, d=4):
    return a, b, c, d
print(f(1, 2, 3), f(1, 2, c=3, d=5))
for call in ["f(1)", "f(1, 2)", "f(1, 2, 3, 4)", "f(1, 2, 3, e=1)", "f(1, 2, 3, c=3)", "f(a=1, b=2, c=3)"]:
    try:
        eval(call)
    except TypeError as e:
        print(e)
class A:
    def m(self, x): pass
try:
    A().m()
except TypeError as e:
    print(e)
try:
    undefined_name
except NameError as e:
    print(e)
def u():
    print(v)
    v = 1
try:
    u()
except UnboundLocalError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    [].foo
except AttributeError as e:
    print(e)
try:
    A.nope
except AttributeError as e:
    print(e)
import sys
try:
    sys.nope
except AttributeError as e:
    print(e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1]
except ValueError as e:
    print(e)
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    {}["k"]
except KeyError as e:
    print(repr(e), e)
try:
    [1][5]
except IndexError as e:
    print(e)
try:
    len(1)
except TypeError as e:
    print(e)
print(1.0, 1e100, 1.5e-7, 123456789012345678.0, 0.1, -0.0, float('inf'), float('nan'), 2.5e15, 1e22, 3.14159265358979)
print(f"{1.5:e} {0.000123:g} {1234567.0:g} {12.5:%} {1e20:f} {1/3:.10f} {2.675:.2f} {1234.5678:,.2f} {42:08.3f}")
print(format(255, 'x'), format(255, '#b'), format(-42, '+d'), format(1234567, ','), format(3, '^7'), format('ab', '*>5'))
print(str(10**30), 2**64 - 1, -2**63, (2**64) // 3, (-2**70) % 7, 12345678901234567890 * 98765432109876543210)
print(7 // -2, 7 % -2, -7.5 // 2, -7.5 % 2, 2 ** -1, (-8) ** (1/3) if False else 0, 10 ** -2, 1 << 70, -1 >> 1, ~5, 5 & -2, 5 | -8, 5 ^ -1)
print(True + True, True * 3, bool([]), bool("x"), True & False, True | False, int(True), repr(True))
print(round(0.5), round(1.5), round(-0.5), round(2.675, 2), round(1234, -2), round(-1.5))
print(3 == 3.0, 1 < 1.5, 2**53 + 1 > 2.0**53, [1, 2] < [1, 3], (1, 2) == (1, 2), "a" < "b", None is None)
