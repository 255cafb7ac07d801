"""The numeric tower of PEP 3141 as abstract base classes (Pyjama).

Number > Complex > Real > Rational > Integral.  Each level lists the operations a concrete type
must supply (abstract) and derives a few others from them (concrete mixins).  The builtin
complex, float and int are registered as virtual subclasses at the matching levels.
"""

from abc import ABCMeta, abstractmethod

__all__ = ['Number', 'Complex', 'Real', 'Rational', 'Integral']


def _must_override(func):
    # An abstract operation.  Its inherited body (reachable through super()) raises
    # NotImplementedError, so a subclass that forgets an operator fails loudly.
    def placeholder(*args, **kwargs):
        raise NotImplementedError
    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        setattr(placeholder, attr, getattr(func, attr))
    placeholder.__wrapped__ = func      # inspect.signature shows the real parameters
    return abstractmethod(placeholder)


class Number(metaclass=ABCMeta):
    """The root of the numeric hierarchy: isinstance(x, Number) asks "is x a number at all?"."""
    __slots__ = ()
    # Each concrete numeric type defines a hash consistent with its equality.
    __hash__ = None


class Complex(Number):
    """Numbers with real and imaginary parts and the field operations (complex is one)."""
    __slots__ = ()

    # Not a placeholder: CPython's abstract __complex__ simply returns None.
    @abstractmethod
    def __complex__(self):
        """complex(self), as an instance of the builtin complex."""

    def __bool__(self):
        """A number is true unless it equals zero."""
        return self != 0

    @property
    @_must_override
    def real(self): "The real part of this number."

    @property
    @_must_override
    def imag(self): "The imaginary part of this number."

    @_must_override
    def __add__(self, other): "self + other"

    @_must_override
    def __radd__(self, other): "other + self"

    @_must_override
    def __neg__(self): "-self"

    @_must_override
    def __pos__(self): "+self"

    def __sub__(self, other):
        """self - other"""
        return self + (-other)

    def __rsub__(self, other):
        """other - self"""
        return other + (-self)

    @_must_override
    def __mul__(self, other): "self * other"

    @_must_override
    def __rmul__(self, other): "other * self"

    @_must_override
    def __truediv__(self, other): "self / other (promoting to float where needed)"

    @_must_override
    def __rtruediv__(self, other): "other / self"

    @_must_override
    def __pow__(self, exponent): "self ** exponent (promoting to float or complex where needed)"

    @_must_override
    def __rpow__(self, base): "base ** self"

    @_must_override
    def __abs__(self): "The Real distance from 0; called for abs(self)."

    @_must_override
    def conjugate(self): "(x+y*i).conjugate() is x-y*i."

    @_must_override
    def __eq__(self, other): "self == other"

    __hash__ = None


Complex.register(complex)


class Real(Complex):
    """Complex numbers on the real line: ordered, with floor division and rounding (float is one)."""
    __slots__ = ()

    @_must_override
    def __float__(self): "float(self)"

    @_must_override
    def __trunc__(self): "math.trunc(self): the Integral nearest to self towards 0."

    @_must_override
    def __floor__(self): "math.floor(self): the greatest Integral <= self."

    @_must_override
    def __ceil__(self): "math.ceil(self): the least Integral >= self."

    @_must_override
    def __round__(self, ndigits=None):
        "round(self, ndigits): an Integral without ndigits, else a Real."

    def __divmod__(self, other):
        """divmod(self, other): (self // other, self % other)."""
        return self // other, self % other

    def __rdivmod__(self, other):
        """divmod(other, self): (other // self, other % self)."""
        return other // self, other % self

    @_must_override
    def __floordiv__(self, other): "self // other"

    @_must_override
    def __rfloordiv__(self, other): "other // self"

    @_must_override
    def __mod__(self, other): "self % other"

    @_must_override
    def __rmod__(self, other): "other % self"

    @_must_override
    def __lt__(self, other): "self < other (Reals are totally ordered)"

    @_must_override
    def __le__(self, other): "self <= other"

    # A real number is a complex number on the real axis.
    def __complex__(self):
        """complex(float(self), 0)"""
        return complex(float(self))

    @property
    def real(self):
        """A Real is its own real part."""
        return +self

    @property
    def imag(self):
        """A Real has no imaginary part."""
        return 0

    def conjugate(self):
        """Conjugating a Real changes nothing."""
        return +self


Real.register(float)


class Rational(Real):
    """Reals that are a ratio numerator/denominator in lowest terms."""
    __slots__ = ()

    @property
    @_must_override
    def numerator(self): "The numerator in lowest terms."

    @property
    @_must_override
    def denominator(self): "The (positive) denominator in lowest terms."

    def __float__(self):
        """numerator / denominator, divided as ints so that huge terms still round correctly."""
        return int(self.numerator) / int(self.denominator)


class Integral(Rational):
    """Rationals with denominator 1, with the bitwise operations (int is one)."""
    __slots__ = ()

    @_must_override
    def __int__(self): "int(self)"

    def __index__(self):
        """operator.index(self): the value as an int, for slicing and the like."""
        return int(self)

    @_must_override
    def __pow__(self, exponent, modulus=None):
        "pow(self, exponent, modulus): with a modulus, all three must be Integral."

    @_must_override
    def __lshift__(self, other): "self << other"

    @_must_override
    def __rlshift__(self, other): "other << self"

    @_must_override
    def __rshift__(self, other): "self >> other"

    @_must_override
    def __rrshift__(self, other): "other >> self"

    @_must_override
    def __and__(self, other): "self & other"

    @_must_override
    def __rand__(self, other): "other & self"

    @_must_override
    def __xor__(self, other): "self ^ other"

    @_must_override
    def __rxor__(self, other): "other ^ self"

    @_must_override
    def __or__(self, other): "self | other"

    @_must_override
    def __ror__(self, other): "other | self"

    @_must_override
    def __invert__(self): "~self"

    def __float__(self):
        """float(int(self))"""
        return float(int(self))

    @property
    def numerator(self):
        """An integer is its own numerator."""
        return +self

    @property
    def denominator(self):
        """An integer's denominator is 1."""
        return 1


Integral.register(int)
