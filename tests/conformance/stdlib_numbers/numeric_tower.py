# The numbers ABCs: registrations, abstract sets, the concrete mixins and their placeholders.
import numbers
from fractions import Fraction

tower = (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)
for v in (1, True, 2.5, 1j, Fraction(1, 3), 'x', None):
    print(type(v).__name__, [isinstance(v, c) for c in tower])
print([issubclass(c, numbers.Number) for c in (int, float, complex, bool, Fraction, str)])
print(numbers.__all__)
for c in tower:
    print(c.__name__, c.__bases__, sorted(c.__abstractmethods__), c.__hash__, c.__slots__)
print(type(numbers.Number), numbers.Real.__mro__)

# a minimal Integral: only the abstract methods, the rest comes from the mixins
class Small(numbers.Integral):
    def __init__(self, v): self.v = v
    def __repr__(self): return f'Small({self.v})'
    def __int__(self): return self.v
    def __abs__(self): return Small(abs(self.v))
    def __add__(self, o): return Small(self.v + int(o))
    __radd__ = __add__
    def __neg__(self): return Small(-self.v)
    def __pos__(self): return self
    def __mul__(self, o): return Small(self.v * int(o))
    __rmul__ = __mul__
    def __truediv__(self, o): return self.v / int(o)
    def __rtruediv__(self, o): return int(o) / self.v
    def __pow__(self, e, m=None): return Small(pow(self.v, int(e), m))
    def __rpow__(self, b): return b ** self.v
    def __eq__(self, o): return self.v == int(o)
    __hash__ = lambda self: hash(self.v)
    def __lt__(self, o): return self.v < int(o)
    def __le__(self, o): return self.v <= int(o)
    def __floordiv__(self, o): return Small(self.v // int(o))
    def __rfloordiv__(self, o): return Small(int(o) // self.v)
    def __mod__(self, o): return Small(self.v % int(o))
    def __rmod__(self, o): return Small(int(o) % self.v)
    def __trunc__(self): return self
    def __floor__(self): return self
    def __ceil__(self): return self
    def __round__(self, n=None): return self
    def __lshift__(self, o): return Small(self.v << int(o))
    def __rlshift__(self, o): return Small(int(o) << self.v)
    def __rshift__(self, o): return Small(self.v >> int(o))
    def __rrshift__(self, o): return Small(int(o) >> self.v)
    def __and__(self, o): return Small(self.v & int(o))
    def __rand__(self, o): return Small(int(o) & self.v)
    def __xor__(self, o): return Small(self.v ^ int(o))
    def __rxor__(self, o): return Small(int(o) ^ self.v)
    def __or__(self, o): return Small(self.v | int(o))
    def __ror__(self, o): return Small(int(o) | self.v)
    def __invert__(self): return Small(~self.v)

s = Small(7)
print(s - 2, 10 - s, divmod(s, 2), divmod(20, s), bool(s), bool(Small(0)))
print(float(s), complex(s), s.real, s.imag, s.conjugate(), s.numerator, s.denominator)
print([10, 20, 30, 40, 50, 60, 70, 80][Small(2)], 'abcdefgh'[Small(1):Small(3)])

# the placeholders behind the abstract methods
def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except NotImplementedError as e:
        print('NotImplementedError', repr(str(e)))
attempt(numbers.Complex.__add__, s, 1)
attempt(numbers.Complex.__complex__, s)
attempt(numbers.Real.__float__, s)
attempt(numbers.Integral.__invert__, s)
attempt(lambda: numbers.Complex.real.fget(s))
attempt(lambda: numbers.Rational.numerator.fget(s))
print(numbers.Real.__round__.__isabstractmethod__, numbers.Complex.real.__isabstractmethod__,
      getattr(numbers.Real.__divmod__, '__isabstractmethod__', False))

class Ratio:
    numerator = 10 ** 400 + 1
    denominator = 10 ** 399
print(numbers.Rational.__float__(Ratio()), numbers.Integral.__float__(s))
class Half(numbers.Rational):
    numerator = 1
    denominator = 2
try:
    Half()
except TypeError as e:
    print('TypeError', str(e)[:60])
numbers.Number.register(str)
print(isinstance('a', numbers.Number), isinstance('a', numbers.Complex))
