class Money:
    def __init__(self, cents): self.cents = cents
    def __repr__(self): return f"Money({self.cents})"
    def __add__(self, o): return Money(self.cents + (o.cents if isinstance(o, Money) else o))
    __radd__ = __add__
    def __sub__(self, o): return Money(self.cents - o.cents)
    def __mul__(self, k): return Money(self.cents * k)
    __rmul__ = __mul__
    def __truediv__(self, k): return Money(self.cents // k)
    def __floordiv__(self, k): return "floordiv"
    def __mod__(self, k): return Money(self.cents % k)
    def __divmod__(self, k): return ("dm", k)
    def __pow__(self, k, mod=None): return ("pow", k, mod)
    def __neg__(self): return Money(-self.cents)
    def __abs__(self): return Money(abs(self.cents))
    def __int__(self): return self.cents
    def __float__(self): return self.cents / 100
    def __index__(self): return self.cents
    def __round__(self, nd=None): return ("round", nd)
    def __bool__(self): return self.cents != 0
    def __lshift__(self, n): return Money(self.cents << n)
    def __and__(self, o): return "and"
    def __rand__(self, o): return "rand"
m = Money(250)
print(m + Money(50), m + 5, 5 + m, sum([Money(1), Money(2)]), m - Money(50), m * 2, 3 * m, m / 4, m // 2, m % 7, divmod(m, 3))
print(pow(m, 2), pow(m, 2, 5), m ** 3, -m, abs(Money(-5)), int(m), float(m), hex(m), round(m), round(m, 2), bool(Money(0)), m << 1, m & 1, 1 & m)
print([10, 20, 30, 40][Money(1)], "abc"[Money(2)])
