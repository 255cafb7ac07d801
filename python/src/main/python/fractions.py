"""Exact rational numbers (Pyjama's fractions).

A Fraction is a pair of coprime ints with a positive denominator. Arithmetic with ints and
Fractions stays exact; mixing in a float or complex gives a float or complex. Decimal
arguments are accepted when the decimal module is loaded (Pyjama does not ship one)."""
import math
import numbers
import re
import sys

__all__ = ['Fraction']

_HASH_MODULUS = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf

# A fraction literal: "n", "n/d", or a decimal with optional exponent; underscores group digits.
_LITERAL = re.compile(r"""
    \s*(?P<sign>[-+]?)
    (?=\d|\.\d)
    (?P<whole>(?:\d+(?:_\d+)*)?)
    (?:
        \s*/\s*(?P<denom>\d+(?:_\d+)*)
      |
        (?:\.(?P<point>(?:\d+(?:_\d+)*)?))?
        (?:[eE](?P<exp>[-+]?\d+(?:_\d+)*))?
    )
    \s*\Z""", re.VERBOSE)

# The float-style format specifications 3.12 accepts (there is no integer or plain style).
_SPEC = re.compile(r"""
    (?:(?P<fill>.)?(?P<align>[<>=^]))?
    (?P<sign>[-+ ]?)
    (?P<no_neg_zero>z)?
    (?P<alternate>\#)?
    (?P<zeropad>0(?=[0-9]))?
    (?P<width>0|[1-9][0-9]*)?
    (?P<grouping>[,_])?
    (?:\.(?P<precision>0|[1-9][0-9]*))?
    (?P<kind>[eEfFgG%])
    \Z""", re.VERBOSE | re.DOTALL)


def _loaded_decimal_type():
    # A Decimal can only exist if the decimal module has been imported.
    module = sys.modules.get('decimal')
    return getattr(module, 'Decimal', None)


def _divide_half_even(numerator, denominator):
    """numerator / denominator (denominator > 0) rounded to an int, ties to even."""
    quotient, remainder = divmod(numerator, denominator)
    twice = 2 * remainder
    if twice > denominator or (twice == denominator and quotient % 2):
        quotient += 1
    return quotient


def _decimal_exponent(numerator, denominator):
    """floor(log10(numerator / denominator)) for positive operands."""
    guess = len(str(numerator)) - len(str(denominator))
    if guess >= 0:
        below = numerator < denominator * 10 ** guess
    else:
        below = numerator * 10 ** -guess < denominator
    return guess - 1 if below else guess


def _significant(numerator, denominator, figures):
    """(digits, exponent): |value| ~= digits * 10**(exponent - figures + 1), len(digits) == figures."""
    if numerator == 0:
        return 0, 0
    exponent = _decimal_exponent(numerator, denominator)
    shift = figures - 1 - exponent
    if shift >= 0:
        digits = _divide_half_even(numerator * 10 ** shift, denominator)
    else:
        digits = _divide_half_even(numerator, denominator * 10 ** -shift)
    if digits == 10 ** figures:        # rounding carried into a new digit
        digits //= 10
        exponent += 1
    return digits, exponent


def _point_string(digits, decimals):
    """The digit string of digits * 10**-decimals with a point before the last `decimals` digits."""
    text = str(digits).rjust(decimals + 1, '0')
    if decimals == 0:
        return text, ''
    return text[:-decimals], text[-decimals:]


def _group_digits(digits, separator):
    if not separator:
        return digits
    groups = []
    while len(digits) > 3:
        groups.append(digits[-3:])
        digits = digits[:-3]
    groups.append(digits)
    return separator.join(reversed(groups))


class Fraction(numbers.Rational):
    """An exact rational number numerator/denominator.

    Fraction(n=0, d=None) takes two Rationals, one Rational, a float, a Decimal, a Fraction, or
    a string such as '3/4', ' -1.5e3 ' or '1_000'."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        if denominator is None:
            if type(numerator) is int:
                return cls._from_coprime_ints(numerator, 1)
            if isinstance(numerator, numbers.Rational):
                top, bottom = numerator.numerator, numerator.denominator
            elif isinstance(numerator, float) or (
                    _loaded_decimal_type() is not None and isinstance(numerator, _loaded_decimal_type())):
                return cls._from_coprime_ints(*numerator.as_integer_ratio())
            elif isinstance(numerator, str):
                top, bottom = cls._parse(numerator)
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif type(numerator) is int and type(denominator) is int:
            top, bottom = numerator, denominator
        elif isinstance(numerator, numbers.Rational) and isinstance(denominator, numbers.Rational):
            top = numerator.numerator * denominator.denominator
            bottom = denominator.numerator * numerator.denominator
        else:
            raise TypeError('both arguments should be Rational instances')
        if bottom == 0:
            raise ZeroDivisionError(f'Fraction({top}, 0)')
        common = math.gcd(top, bottom)
        if bottom < 0:
            common = -common
        return cls._from_coprime_ints(top // common, bottom // common)

    @staticmethod
    def _parse(text):
        found = _LITERAL.match(text)
        if found is None:
            raise ValueError(f'Invalid literal for Fraction: {text!r}')
        top = int(found['whole'] or '0')
        if found['denom']:
            bottom = int(found['denom'])
        else:
            bottom = 1
            decimals = (found['point'] or '').replace('_', '')
            if decimals:
                scale = 10 ** len(decimals)
                top, bottom = top * scale + int(decimals), scale
            if found['exp']:
                power = int(found['exp'])
                if power >= 0:
                    top *= 10 ** power
                else:
                    bottom *= 10 ** -power
        return (-top if found['sign'] == '-' else top), bottom

    @classmethod
    def _from_coprime_ints(cls, numerator, denominator):
        """Build without normalising: the caller guarantees coprime ints, denominator > 0."""
        made = object.__new__(cls)
        made._numerator = numerator
        made._denominator = denominator
        return made

    @classmethod
    def from_float(cls, f):
        """The exact value of a float (ints are accepted too)."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError(f'{cls.__name__}.from_float() only takes floats, not {f!r} ({type(f).__name__})')
        return cls._from_coprime_ints(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a finite Decimal (ints are accepted too)."""
        if isinstance(dec, numbers.Integral):
            return cls(int(dec))
        decimal_type = _loaded_decimal_type()
        if decimal_type is None or not isinstance(dec, decimal_type):
            raise TypeError(f'{cls.__name__}.from_decimal() only takes Decimals, not {dec!r} ({type(dec).__name__})')
        return cls._from_coprime_ints(*dec.as_integer_ratio())

    numerator = property(lambda self: self._numerator, doc='The numerator, in lowest terms.')
    denominator = property(lambda self: self._denominator, doc='The denominator, always positive.')

    def is_integer(self):
        """True if the denominator is 1."""
        return self._denominator == 1

    def as_integer_ratio(self):
        """(numerator, denominator), the denominator positive."""
        return self._numerator, self._denominator

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction whose denominator is at most max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued-fraction convergents h/k until the next one would be too large;
        # the answer is the last convergent or the best semiconvergent after it.
        h_prev, k_prev, h, k = 0, 1, 1, 0
        top, bottom = self._numerator, self._denominator
        while True:
            term = top // bottom
            k_next = k_prev + term * k
            if k_next > max_denominator:
                break
            h_prev, k_prev, h, k = h, k, h_prev + term * h, k_next
            top, bottom = bottom, top - term * bottom
        steps = (max_denominator - k_prev) // k
        semiconvergent = Fraction(h_prev + steps * h, k_prev + steps * k)
        convergent = Fraction(h, k)
        if abs(convergent - self) <= abs(semiconvergent - self):
            return convergent
        return semiconvergent

    def __repr__(self):
        return f'{type(self).__name__}({self._numerator}, {self._denominator})'

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return f'{self._numerator}/{self._denominator}'

    def __format__(self, format_spec, /):
        if not format_spec:
            return str(self)
        spec = _SPEC.match(format_spec)
        if spec is None:
            raise ValueError(f'Invalid format specifier {format_spec!r} for object of type '
                             f'{type(self).__name__!r}')
        if spec['align'] is not None and spec['zeropad'] is not None:
            raise ValueError(f'Invalid format specifier {format_spec!r} for object of type '
                             f'{type(self).__name__!r}; can\'t use explicit alignment when zero-padding')
        return self._format_float_style(spec)

    def _format_float_style(self, spec):
        fill, align = spec['fill'] or ' ', spec['align'] or '>'
        zeropad = spec['zeropad'] is not None
        if zeropad:
            fill, align = '0', '='
        width = int(spec['width'] or 0)
        precision = int(spec['precision'] if spec['precision'] is not None else 6)
        kind = spec['kind']
        alternate = spec['alternate'] is not None
        top, bottom = abs(self._numerator), self._denominator
        negative = self._numerator < 0

        suffix = ''
        if kind in 'fF%':
            if kind == '%':
                top *= 100
                suffix = '%'
            digits = _divide_half_even(top * 10 ** precision, bottom)
            decimals = precision
            keep_zeros = True
        else:
            scientific = kind in 'eE'
            figures = precision + 1 if scientific else max(precision, 1)
            digits, exponent = _significant(top, bottom, figures)
            if scientific or not -4 <= exponent < figures:
                decimals = figures - 1
                marker = 'E' if kind in 'EG' else 'e'
                suffix = f'{marker}{exponent:+03d}'
            else:
                decimals = figures - 1 - exponent
            keep_zeros = scientific or alternate
        whole, fraction = _point_string(digits, decimals)
        if not keep_zeros:
            fraction = fraction.rstrip('0')
        point = '.' if fraction or alternate else ''
        if digits == 0 and spec['no_neg_zero']:
            negative = False
        sign = '-' if negative else {'+': '+', ' ': ' '}.get(spec['sign'], '')
        tail = point + fraction + suffix
        if zeropad:
            # Leading zeros go inside the digit groups, as separators will be added among them.
            room = width - len(sign) - len(tail)
            if spec['grouping']:
                room -= (room - 1) // 4
            whole = whole.rjust(room, '0')
        body = _group_digits(whole, spec['grouping']) + tail
        gap = max(width - len(sign) - len(body), 0)
        if align == '<':
            return sign + body + fill * gap
        if align == '>':
            return fill * gap + sign + body
        if align == '=':
            return sign + fill * gap + body
        return fill * (gap // 2) + sign + body + fill * (gap - gap // 2)

    # Arithmetic. Each operation is defined once for two Fractions (`exact`) and once for the
    # float/complex result type (`inexact`); _mixed_operators wraps them into the
    # forward and reflected special methods.

    def _mixed_operators(exact, inexact):
        def forward(a, b):
            if isinstance(b, Fraction):
                return exact(a, b)
            if isinstance(b, int):
                return exact(a, Fraction._from_coprime_ints(b, 1))
            if isinstance(b, float):
                return inexact(float(a), b)
            if isinstance(b, complex):
                return inexact(complex(a), b)
            return NotImplemented

        def reflected(b, a):
            if isinstance(a, numbers.Rational):
                return exact(Fraction(a), b)
            if isinstance(a, numbers.Real):
                return inexact(float(a), float(b))
            if isinstance(a, numbers.Complex):
                return inexact(complex(a), complex(b))
            return NotImplemented

        forward.__name__ = f'__{inexact.__name__}__'
        reflected.__name__ = f'__r{inexact.__name__}__'
        return forward, reflected

    def _add(a, b):
        return Fraction(a._numerator * b._denominator + b._numerator * a._denominator,
                        a._denominator * b._denominator)

    def _sub(a, b):
        return Fraction(a._numerator * b._denominator - b._numerator * a._denominator,
                        a._denominator * b._denominator)

    def _mul(a, b):
        return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)

    def _div(a, b):
        if b._numerator == 0:
            raise ZeroDivisionError(f'Fraction({b._denominator}, 0)')
        return Fraction(a._numerator * b._denominator, a._denominator * b._numerator)

    def _floordiv(a, b):
        return (a._numerator * b._denominator) // (a._denominator * b._numerator)

    def _divmod(a, b):
        quotient, rest = divmod(a._numerator * b._denominator, a._denominator * b._numerator)
        return quotient, Fraction(rest, a._denominator * b._denominator)

    def _mod(a, b):
        rest = (a._numerator * b._denominator) % (b._numerator * a._denominator)
        return Fraction(rest, a._denominator * b._denominator)

    import operator as _op
    __add__, __radd__ = _mixed_operators(_add, _op.add)
    __sub__, __rsub__ = _mixed_operators(_sub, _op.sub)
    __mul__, __rmul__ = _mixed_operators(_mul, _op.mul)
    __truediv__, __rtruediv__ = _mixed_operators(_div, _op.truediv)
    __floordiv__, __rfloordiv__ = _mixed_operators(_floordiv, _op.floordiv)
    __divmod__, __rdivmod__ = _mixed_operators(_divmod, divmod)
    __mod__, __rmod__ = _mixed_operators(_mod, _op.mod)
    del _op

    def __pow__(a, b):
        """a ** b: exact for an integral exponent, else a float or complex."""
        if isinstance(b, numbers.Rational):
            if b.denominator != 1:
                return float(a) ** float(b)
            power = b.numerator
            if power >= 0:
                return Fraction._from_coprime_ints(a._numerator ** power, a._denominator ** power)
            # A negative power flips the fraction; the constructor fixes the sign (and 0).
            return Fraction(a._denominator ** -power, a._numerator ** -power)
        # Anything else is the float's business (and its error message).
        return float(a) ** b

    def __rpow__(b, a):
        """a ** b for a non-Fraction base a."""
        integral = b._denominator == 1
        if integral and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, numbers.Rational):
            # Negative integral powers of a rational stay exact.
            return Fraction(a.numerator, a.denominator) ** b
        return a ** (b._numerator if integral else float(b))

    def __pos__(a):
        return Fraction._from_coprime_ints(a._numerator, a._denominator)

    def __neg__(a):
        return Fraction._from_coprime_ints(-a._numerator, a._denominator)

    def __abs__(a):
        return Fraction._from_coprime_ints(abs(a._numerator), a._denominator)

    def __trunc__(a):
        whole = abs(a._numerator) // a._denominator
        return -whole if a._numerator < 0 else whole

    def __int__(a):
        return a.__trunc__()

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """Round half to even; an int without ndigits, else a Fraction."""
        if ndigits is None:
            return _divide_half_even(self._numerator, self._denominator)
        scale = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(_divide_half_even(self._numerator * scale, self._denominator), scale)
        return Fraction(_divide_half_even(self._numerator, self._denominator * scale) * scale)

    def __float__(a):
        # int / int is correctly rounded, so this is the nearest float.
        return a._numerator / a._denominator

    def __bool__(a):
        return a._numerator != 0

    def __hash__(self):
        # The numeric hash rule: n * inverse(d) modulo the hash prime, so that equal
        # ints, floats and Fractions hash alike.
        if self._denominator % _HASH_MODULUS == 0:
            value = _HASH_INF
        else:
            inverse = pow(self._denominator, -1, _HASH_MODULUS)
            value = abs(self._numerator) % _HASH_MODULUS * inverse % _HASH_MODULUS
        if self._numerator < 0:
            value = -value
        return -2 if value == -1 else value

    def __eq__(a, b):
        if isinstance(b, numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isfinite(b):
                return a == a.from_float(b)
            return False
        return NotImplemented

    def _compare(a, b, test):
        if isinstance(b, numbers.Rational):
            return test(a._numerator * b.denominator, b.numerator * a._denominator)
        if isinstance(b, float):
            if math.isfinite(b):
                return test(a, a.from_float(b))
            return test(0.0, b)
        return NotImplemented

    def __lt__(a, b):
        return a._compare(b, lambda x, y: x < y)

    def __gt__(a, b):
        return a._compare(b, lambda x, y: x > y)

    def __le__(a, b):
        return a._compare(b, lambda x, y: x <= y)

    def __ge__(a, b):
        return a._compare(b, lambda x, y: x >= y)

    # Fractions are immutable: copies of an exact Fraction are the object itself.
    def __reduce__(self):
        return (type(self), (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return type(self)(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        return self.__copy__()

    del _mixed_operators
