"""Pseudo-random numbers for Pyjama, value for value the same as CPython 3.12's.

The generator is MT19937 written in Python (CPython's _random is C; we have no Java one). It is
seeded, stepped and serialised (getstate/setstate) as CPython's is, and every method below
draws the same number of words in the same order and combines them with the same float
arithmetic, so a given seed gives CPython's sequences for every method and distribution.
"""

from math import (acos as _acos, ceil as _ceil, cos as _cos, e as _e, exp as _exp,
                  fabs as _fabs, floor as _floor, isfinite as _isfinite, lgamma as _lgamma,
                  log as _log, log2 as _log2, pi as _pi, sin as _sin, sqrt as _sqrt)
from bisect import bisect_right as _bisect
from itertools import accumulate as _accumulate
from operator import index as _as_int

__all__ = ['Random', 'SystemRandom', 'betavariate', 'binomialvariate', 'choice', 'choices',
           'expovariate', 'gammavariate', 'gauss', 'getrandbits', 'getstate',
           'lognormvariate', 'normalvariate', 'paretovariate', 'randbytes', 'randint',
           'random', 'randrange', 'sample', 'seed', 'setstate', 'shuffle', 'triangular',
           'uniform', 'vonmisesvariate', 'weibullvariate']

# Public constants of CPython's module (not in __all__, but importable).
TWOPI = 2.0 * _pi
LOG4 = _log(4.0)
NV_MAGICCONST = 4.0 * _exp(-0.5) / _sqrt(2.0)
SG_MAGICCONST = _log(4.5) + 1.0
BPF = 53
RECIP_BPF = 2.0 ** -BPF

_WORDS = 624            # MT19937 state size, in 32-bit words
_SHIFT = 397            # the word each one is mixed with when the state is regenerated
_WORD = 0xFFFFFFFF
_DEFAULT_STEP = 1       # randrange's default step: an identity check tells it from step=1


# ------------------------------------------------------------- MT19937

def _fresh_state(word):
    # Knuth's linear recurrence that spreads one 32-bit word over the whole state.
    state = [word & _WORD]
    last = state[0]
    for i in range(1, _WORDS):
        last = (1812433253 * (last ^ (last >> 30)) + i) & _WORD
        state.append(last)
    return state


def _state_from_key(key):
    # Matsumoto and Nishimura's init_by_array: mixes a list of 32-bit words into the state.
    mt = _fresh_state(19650218)
    size = len(key)
    i = 1
    for step in range(max(_WORDS, size)):
        j = step % size
        prior = mt[i - 1]
        mt[i] = ((mt[i] ^ ((prior ^ (prior >> 30)) * 1664525)) + key[j] + j) & _WORD
        i += 1
        if i == _WORDS:
            mt[0] = mt[-1]
            i = 1
    for _ in range(_WORDS - 1):
        prior = mt[i - 1]
        mt[i] = ((mt[i] ^ ((prior ^ (prior >> 30)) * 1566083941)) - i) & _WORD
        i += 1
        if i == _WORDS:
            mt[0] = mt[-1]
            i = 1
    mt[0] = 0x80000000     # never an all-zero state
    return mt


def _regenerate(mt):
    # The twist: each word takes its top bit and the next word's low 31 bits, and is xored
    # with the word _SHIFT places on (wrapping), and with the matrix when that pair is odd.
    for i in range(_WORDS):
        pair = (mt[i] & 0x80000000) | (mt[(i + 1) % _WORDS] & 0x7FFFFFFF)
        mixed = mt[(i + _SHIFT) % _WORDS] ^ (pair >> 1)
        mt[i] = mixed ^ 0x9908B0DF if pair & 1 else mixed


def _tempered(mt):
    out = []
    for y in mt:
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C5680
        y ^= (y << 15) & 0xEFC60000
        out.append(y ^ (y >> 18))
    return out


class _Twister:
    """MT19937's state (`words`, `used`: how many of them were handed out) plus the tempered
    outputs of the current words, computed for all of them at once when first needed."""

    __slots__ = ('words', 'used', 'outputs')

    def __init__(self, words, used):
        self.words = words
        self.used = used
        self.outputs = None

    def next32(self):
        used = self.used
        if used == _WORDS:
            _regenerate(self.words)
            self.outputs = None
            used = 0
        outputs = self.outputs
        if outputs is None:
            outputs = self.outputs = _tempered(self.words)
        self.used = used + 1
        return outputs[used]


def _key_words(number):
    # A non-negative int as little-endian 32-bit words, at least one.
    key = []
    while number:
        key.append(number & _WORD)
        number >>= 32
    return key or [0]


def _legacy_string_seed(text):
    # seed(version=1) of str/bytes: the string hash of Python 2.
    if isinstance(text, bytes):
        text = text.decode('latin-1')
    codes = [ord(ch) for ch in text]
    acc = codes[0] << 7 if codes else 0
    for code in codes:
        acc = ((1000003 * acc) ^ code) & 0xFFFFFFFFFFFFFFFF
    acc ^= len(codes)
    return -2 if acc == -1 else acc


def _state_word(value):
    # What CPython's C setstate accepts for one word: an int that fits a C unsigned long.
    if not isinstance(value, int):
        raise TypeError('an integer is required')
    if value < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if value > 0xFFFFFFFFFFFFFFFF:
        raise OverflowError('Python int too large to convert to C unsigned long')
    return value & _WORD


# ------------------------------------------------------------- Random

class Random:
    """The Mersenne Twister generator, with every method the module offers.

    The module functions are the methods of one hidden instance. Each instance has a state
    of its own; subclass it to supply another basic generator (override random(), seed(),
    getstate(), setstate() and optionally getrandbits())."""

    VERSION = 3     # of the tuples getstate() makes

    def __init__(self, x=None):
        """Initialize an instance, seeded from x as Random.seed(x) does."""
        self.seed(x)
        self.gauss_next = None

    def __init_subclass__(cls, /, **kwargs):
        # Integers come from getrandbits() when the nearest class defining either method
        # defines getrandbits(); from random() alone when it only overrides random().
        for klass in cls.__mro__:
            own = vars(klass)
            if '_randbelow' in own:
                return
            for basis, method in (('getrandbits', '_randbelow_with_getrandbits'),
                                  ('random', '_randbelow_without_getrandbits')):
                if basis in own:
                    cls._randbelow = getattr(cls, method)
                    return

    # --- state

    def seed(self, a=None, version=2):
        """Reset the generator from the seed a.

        The only supported seed types are None, int, float, str, bytes, and bytearray. None
        seeds from the clock. With version 2 (the default) every bit of a str, bytes or
        bytearray is used; version 1 reproduces the seeds of old Pythons for str and bytes."""
        if isinstance(a, (str, bytes)) and version == 1:
            a = _legacy_string_seed(a)
        elif isinstance(a, (str, bytes, bytearray)) and version == 2:
            raw = a.encode() if isinstance(a, str) else bytes(a)
            from hashlib import sha512
            a = int.from_bytes(raw + sha512(raw).digest())
        elif a is not None and not isinstance(a, (int, float, str, bytes, bytearray)):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        if a is None:
            import time
            a = time.time_ns() ^ (id(self) << 16)
        # Ints use their magnitude; anything else its hash, read as an unsigned 64-bit value.
        number = abs(a) if isinstance(a, int) else hash(a) & 0xFFFFFFFFFFFFFFFF
        self._twister = _Twister(_state_from_key(_key_words(number)), _WORDS)
        self.gauss_next = None

    def getstate(self):
        """The generator's state, as a tuple that setstate() accepts."""
        twister = self._twister
        return self.VERSION, (*twister.words, twister.used), self.gauss_next

    def setstate(self, state):
        """Put the generator back in a state that getstate() returned."""
        version = state[0]
        if version not in (2, 3):
            raise ValueError(f'state with version {version} passed to Random.setstate() '
                             f'of version {self.VERSION}')
        version, words, gauss_next = state
        if version == 2:
            # Python 2.x saved the words as signed C longs.
            try:
                words = tuple(word % (1 << 32) for word in words)
            except ValueError as exc:
                raise TypeError from exc
        if not isinstance(words, tuple):
            raise TypeError('state vector must be a tuple')
        if len(words) != _WORDS + 1:
            raise ValueError('state vector is the wrong size')
        loaded = [_state_word(word) for word in words[:_WORDS]]
        used = _as_int(words[_WORDS])
        if not 0 <= used <= _WORDS:
            raise ValueError('invalid state')
        self._twister = _Twister(loaded, used)
        self.gauss_next = gauss_next

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return type(self), (), self.getstate()

    # --- the basic draws

    def random(self):
        """random() -> x in the interval [0, 1)."""
        draw = self._twister.next32
        high = draw() >> 5      # 27 bits
        low = draw() >> 6       # 26 bits
        return (high * 67108864.0 + low) * (1.0 / 9007199254740992.0)

    def getrandbits(self, k, /):
        """A non-negative int of k random bits."""
        k = _as_int(k)
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        draw = self._twister.next32
        if k <= 32:
            return draw() >> (32 - k) if k else 0
        # Whole words from the least significant end; the last keeps its top bits only.
        value = 0
        filled = 0
        while filled < k:
            word = draw()
            missing = k - filled
            if missing < 32:
                word >>= 32 - missing
            value |= word << filled
            filled += 32
        return value

    def randbytes(self, n):
        """Generate n random bytes."""
        return self.getrandbits(8 * n).to_bytes(n, 'little')

    # --- integers

    def _randbelow_with_getrandbits(self, n):
        # Uniform in [0, n): draw n's bit length until the draw is below n.
        bits = n.bit_length()
        while True:
            candidate = self.getrandbits(bits)
            if candidate < n:
                return candidate

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        # For subclasses with random() only: floats carry 53 bits, so reject the top slice
        # that would make the remainders uneven.
        if n >= maxsize:
            from warnings import warn
            warn("Underlying random() generator does not supply \n"
                 "enough bits to choose from a population range this large.\n"
                 "To remove the range limitation, add a getrandbits() method.")
            return _floor(self.random() * n)
        limit = (maxsize - maxsize % n) / maxsize
        while True:
            r = self.random()
            if r < limit:
                return _floor(r * maxsize) % n

    _randbelow = _randbelow_with_getrandbits

    def randrange(self, start, stop=None, step=_DEFAULT_STEP):
        """An int picked at random from range(start, stop, step), or range(start) when
        stop is not given.

        Like choice(range(start, stop, step)) without building the range, so any size works."""
        low = _as_int(start)
        if stop is None:
            if step is not _DEFAULT_STEP:
                raise TypeError('Missing a non-None stop argument')
            if low <= 0:
                raise ValueError('empty range for randrange()')
            return self._randbelow(low)
        high = _as_int(stop)
        stride = _as_int(step)
        if stride == 1:
            if high <= low:
                raise ValueError(f'empty range in randrange({start}, {stop})')
            return low + self._randbelow(high - low)
        if stride == 0:
            raise ValueError('zero step for randrange()')
        # How many values range(low, high, stride) has (len() of it would overflow).
        nudge = -1 if stride > 0 else 1
        count = (high - low + stride + nudge) // stride
        if count <= 0:
            raise ValueError(f'empty range in randrange({start}, {stop}, {step})')
        return low + stride * self._randbelow(count)

    def randint(self, a, b):
        """Return random integer in range [a, b], including both end points."""
        return self.randrange(a, b + 1)

    # --- sequences

    def choice(self, seq):
        """One element of the non-empty sequence seq, picked at random."""
        size = len(seq)
        if not size:
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(size)]

    def shuffle(self, x):
        """Put the items of the mutable sequence x in random order, in place."""
        below = self._randbelow
        for last in range(len(x) - 1, 0, -1):
            other = below(last + 1)
            x[last], x[other] = x[other], x[last]

    def sample(self, population, k, *, counts=None):
        """k elements of population, picked without replacement.

        The result is a new list in selection order; the population is left unchanged.
        counts=[...] repeats each element that many times, as if the population held the
        copies."""
        from collections.abc import Sequence
        if not isinstance(population, Sequence):
            raise TypeError('Population must be a sequence.  '
                            'For dicts or sets, use sorted(d).')
        size = len(population)
        if counts is not None:
            return self._sample_counted(population, size, counts, k)
        if not 0 <= k <= size:
            raise ValueError('Sample larger than population or is negative')
        below = self._randbelow
        # Which method CPython uses, and so which values come out, depends on how a pool
        # list compares in size with a set of picked indexes.
        pool_limit = 21 + (4 ** _ceil(_log(k * 3, 4)) if k > 5 else 0)
        if size <= pool_limit:
            pool = list(population)
            picked = []
            for taken in range(k):
                at = below(size - taken)
                picked.append(pool[at])
                pool[at] = pool[size - taken - 1]
            return picked
        seen = set()
        picked = []
        for _ in range(k):
            at = below(size)
            while at in seen:
                at = below(size)
            seen.add(at)
            picked.append(population[at])
        return picked

    def _sample_counted(self, population, size, counts, k):
        bounds = list(_accumulate(counts))
        if len(bounds) != size:
            raise ValueError('The number of counts does not match the population')
        total = bounds.pop()
        if not isinstance(total, int):
            raise TypeError('Counts must be integers')
        if total <= 0:
            raise ValueError('Total of counts must be greater than zero')
        return [population[_bisect(bounds, spot)] for spot in self.sample(range(total), k=k)]

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """A list of k elements of population, picked with replacement.

        Without weights or cum_weights every element is equally likely."""
        draw = self.random
        size = len(population)
        if cum_weights is None:
            if weights is None:
                width = size + 0.0
                return [population[_floor(draw() * width)] for _ in range(k)]
            try:
                cum_weights = [*_accumulate(weights)]
            except TypeError:
                if isinstance(weights, int):    # choices(population, 3): k was meant
                    raise TypeError('The number of choices must be a keyword argument: '
                                    f'k={weights}') from None
                raise
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != size:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        top = size - 1
        return [population[_bisect(cum_weights, draw() * total, 0, top)] for _ in range(k)]

    # --- continuous distributions (formulas and draw order are CPython's)

    def uniform(self, a, b):
        """Get a random number in the range [a, b) or [a, b] depending on rounding."""
        spread = b - a
        return a + spread * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution over [low, high] peaking at mode (default: the middle)."""
        u = self.random()
        try:
            split = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > split:
            # Mirror the upper part onto the lower one.
            u, split, low, high = 1.0 - u, 1.0 - split, high, low
        return low + (high - low) * _sqrt(u * split)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution: mean mu, standard deviation sigma (Kinderman-Monahan)."""
        while True:
            u1 = self.random()
            u2 = 1.0 - self.random()
            ratio = NV_MAGICCONST * (u1 - 0.5) / u2
            if ratio * ratio / 4.0 <= -_log(u2):
                return mu + ratio * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Gaussian distribution (Box-Muller): mean mu, standard deviation sigma.

        Each pair of draws makes two values; the second is kept in gauss_next for the next
        call. Not thread-safe without a lock, as in CPython."""
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            angle = self.random() * TWOPI
            radius = _sqrt(-2.0 * _log(1.0 - self.random()))
            z = _cos(angle) * radius
            self.gauss_next = _sin(angle) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log normal distribution: its log is normal with mean mu and deviation sigma."""
        normal = self.normalvariate(mu, sigma)
        return _exp(normal)

    def expovariate(self, lambd=1.0):
        """Exponential distribution with rate lambd (1/mean)."""
        u = 1.0 - self.random()
        return -_log(u) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Circular data distribution: mean angle mu, concentration kappa (radians)."""
        if kappa <= 1e-6:
            return TWOPI * self.random()
        half = 0.5 / kappa
        r = half + _sqrt(1.0 + half * half)
        while True:
            z = _cos(_pi * self.random())
            d = z / (r + z)
            u = self.random()
            if u < 1.0 - d * d or u <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        if self.random() > 0.5:
            return (mu + _acos(f)) % TWOPI
        return (mu - _acos(f)) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution (shape alpha, scale beta).  Not the gamma function!"""
        if beta <= 0.0 or alpha <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        if alpha > 1.0:
            return self._gamma_cheng(alpha) * beta
        if alpha == 1.0:
            return -_log(1.0 - self.random()) * beta
        return self._gamma_small(alpha) * beta

    def _gamma_cheng(self, alpha):
        # R.C.H. Cheng's rejection method for alpha > 1.
        width = _sqrt(2.0 * alpha - 1.0)
        shift = alpha - LOG4
        slope = alpha + width
        while True:
            first = self.random()
            if not 1e-7 < first < 0.9999999:
                continue
            second = 1.0 - self.random()
            logit = _log(first / (1.0 - first)) / width
            x = alpha * _exp(logit)
            w = first * first * second
            bound = shift + slope * logit - x
            if bound + SG_MAGICCONST - 4.5 * w >= 0.0 or bound >= _log(w):
                return x

    def _gamma_small(self, alpha):
        # Ahrens and Dieter's GS algorithm for 0 < alpha < 1.
        while True:
            b = (_e + alpha) / _e
            p = b * self.random()
            if p <= 1.0:
                x = p ** (1.0 / alpha)
                if self.random() <= _exp(-x):
                    return x
            else:
                x = -_log((b - p) / alpha)
                if self.random() <= x ** (alpha - 1.0):
                    return x

    def betavariate(self, alpha, beta):
        """Beta distribution (alpha > 0, beta > 0), values in [0, 1]."""
        top = self.gammavariate(alpha, 1.0)
        if not top:
            return 0.0
        other = self.gammavariate(beta, 1.0)
        return top / (top + other)

    def paretovariate(self, alpha):
        """Pareto distribution with shape alpha."""
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution: scale alpha, shape beta."""
        return alpha * (-_log(1.0 - self.random())) ** (1.0 / beta)

    # --- discrete distribution

    def binomialvariate(self, n=1, p=0.5):
        """Binomial random variable: successes in n trials of probability p each."""
        if n < 0:
            raise ValueError('n must be non-negative')
        if not 0.0 < p < 1.0:
            if p == 0.0:
                return 0
            if p == 1.0:
                return n
            raise ValueError('p must be in the range 0.0 <= p <= 1.0')
        if n == 1:
            return 1 if self.random() < p else 0    # an int, not a bool
        if p > 0.5:
            failures = self.binomialvariate(n, 1.0 - p)
            return n - failures
        if n * p < 10.0:
            return self._binomial_by_gaps(n, p)
        return self._binomial_btrs(n, p)

    def _binomial_by_gaps(self, n, p):
        # Count successes by jumping geometric gaps between them.
        per_trial = _log2(1.0 - p)
        if not per_trial:
            return 0
        successes = position = 0
        while True:
            position += _floor(_log2(self.random()) / per_trial) + 1
            if position > n:
                return successes
            successes += 1

    def _binomial_btrs(self, n, p):
        # Hormann's BTRS: transformed rejection with a squeeze; the exact test's constants
        # are computed the first time a draw needs them.
        deviation = _sqrt(n * p * (1.0 - p))
        scale = 1.15 + 2.53 * deviation
        tilt = -0.0873 + 0.0248 * scale + 0.01 * p
        centre = n * p + 0.5
        squeeze = 0.92 - 4.2 / scale
        exact = None
        while True:
            u = self.random() - 0.5
            edge = 0.5 - _fabs(u)
            k = _floor((2.0 * tilt / edge + scale) * u + centre)
            if k < 0 or k > n:
                continue
            v = self.random()
            if edge >= 0.07 and v <= squeeze:
                return k
            if exact is None:
                mode = _floor((n + 1) * p)
                exact = ((2.83 + 5.1 / scale) * deviation, _log(p / (1.0 - p)), mode,
                         _lgamma(mode + 1) + _lgamma(n - mode + 1))
            factor, log_odds, mode, log_peak = exact
            v *= factor / (tilt / (edge * edge) + scale)
            # Same order of operations as CPython: the rounding must match.
            if _log(v) <= log_peak - _lgamma(k + 1) - _lgamma(n - k + 1) + (k - mode) * log_odds:
                return k


# ------------------------------------------------------------- SystemRandom

def _urandom(n):
    import os
    return os.urandom(n)


class SystemRandom(Random):
    """Alternate random number generator using sources provided by the operating system
    (os.urandom). It has no state: seed() does nothing, getstate()/setstate() raise."""

    def random(self):
        """A float in [0.0, 1.0) from 53 bits of os.urandom."""
        bits = int.from_bytes(_urandom(7)) >> 3
        return bits * RECIP_BPF

    def getrandbits(self, k):
        """A non-negative int of k bits from os.urandom."""
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        size = (k + 7) // 8
        return int.from_bytes(_urandom(size)) >> (size * 8 - k)

    def randbytes(self, n):
        """Generate n random bytes."""
        return _urandom(n)

    def seed(self, *args, **kwds):
        """Stub method.  Not used for a system random number generator."""
        return None

    def _stateless(self, *args, **kwds):
        """The operating system's source has no state to get or set."""
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _stateless


# ------------------------------------------------------------- module functions

# One shared hidden instance; the module functions are its bound methods.
_inst = Random()
for _name in __all__:
    if _name[0].islower():
        globals()[_name] = getattr(_inst, _name)
del _name
