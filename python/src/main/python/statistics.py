"""Mathematical statistics of numeric data: averages, spread, relations, the normal law.

Written for Pyjama. mean, the variances and standard deviations add up the data exactly as
fractions and convert the answer back to the data's type only at the end (int, Fraction and
float data give the same bits as CPython 3.12); square roots of those fractions are correctly
rounded. The f-functions (fmean, correlation, ...) work in floats like CPython's. The decimal
module is not part of Pyjama, so Decimal data is not special-cased.
"""

import math
import sys
from bisect import bisect_left, bisect_right
from collections import Counter, namedtuple
from fractions import Fraction
from math import erf, exp, fabs, fsum, log, sqrt

__all__ = ['NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean',
           'geometric_mean', 'harmonic_mean', 'linear_regression', 'mean', 'median',
           'median_grouped', 'median_high', 'median_low', 'mode', 'multimode', 'pstdev',
           'pvariance', 'quantiles', 'stdev', 'variance']


class StatisticsError(ValueError):
    pass


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


# ------------------------------------------------------------------ exact arithmetic

def _as_ratio(value):
    """(numerator, denominator) of a number; (value, None) for an infinity or a NaN."""
    try:
        return value.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return value, None
    try:
        return value.numerator, value.denominator
    except AttributeError:
        raise TypeError(f"can't convert type '{type(value).__name__}' to "
                        f"numerator/denominator") from None


def _result_type(kinds):
    """The type a result for data of the given types is reported in: int gives way to
    anything, a subclass wins over its base, float wins over Fraction."""
    result = int
    for kind in kinds:
        result = _wider(result, kind)
    return result


def _wider(have, new):
    if have is new or new is int or new is bool:
        return have
    if have is int or issubclass(new, have):
        return new
    if issubclass(have, new):
        return have
    if issubclass(have, int):
        return new
    if issubclass(new, int):
        return have
    if issubclass(have, Fraction) and issubclass(new, float):
        return new
    if issubclass(have, float) and issubclass(new, Fraction):
        return have
    raise TypeError(f"don't know how to coerce {have.__name__} and {new.__name__}")


class _Tally:
    """Running exact sums of the data and (optionally) of their squares, grouped by
    denominator so that fractions are only built once at the end."""

    def __init__(self, squares=False):
        self.count = 0
        self.kinds = set()
        self.by_den = {}
        self.squares_by_den = {} if squares else None

    def add_all(self, data):
        for value in data:
            self.kinds.add(type(value))
            num, den = _as_ratio(value)
            self.count += 1
            self.by_den[den] = self.by_den.get(den, 0) + num
            if self.squares_by_den is not None:
                self.squares_by_den[den] = self.squares_by_den.get(den, 0) + num * num
        return self

    def special(self):
        # An infinity or NaN in the data decides the result on its own.
        return self.by_den.get(None)

    def total(self):
        if None in self.by_den:
            return self.by_den[None]
        return sum(Fraction(num, den) for den, num in self.by_den.items())

    def squares_total(self):
        return sum(Fraction(num, den * den) for den, num in self.squares_by_den.items())

    def kind(self):
        return _result_type(self.kinds)


def _exact_sum(data):
    tally = _Tally().add_all(data)
    return tally.kind(), tally.total(), tally.count


def _deviations(data, centre=None):
    """(type, sum of squared deviations from the mean (or centre), mean, count), exact."""
    if centre is not None:
        kind, total, count = _exact_sum((x - centre) * (x - centre) for x in data)
        return kind, total, centre, count
    tally = _Tally(squares=True).add_all(data)
    count = tally.count
    if not count:
        spread = mid = Fraction(0)
    elif tally.special() is not None:
        spread = mid = tally.special()
    else:
        sx = tally.total()
        # count*Σx² - (Σx)² loses everything in floats but nothing in fractions.
        spread = (count * tally.squares_total() - sx * sx) / count
        mid = sx / count
    return tally.kind(), spread, mid, count


def _to_type(value, kind):
    """The exact result value expressed in the data's type (float if int cannot hold it)."""
    if type(value) is kind:
        return value
    if issubclass(kind, int) and value.denominator != 1:
        kind = float
    return kind(value)


def _isqrt_round_to_odd(num, den):
    # floor(sqrt(num/den)), with the lowest bit set when inexact (round-to-odd).
    root = math.isqrt(num // den)
    return root | (root * root * den != num)


_ROOT_BITS = 2 * sys.float_info.mant_dig + 3


def _sqrt_of_fraction(num, den):
    """sqrt(num/den) correctly rounded to a float: the integer root is taken with more than
    twice the float's precision and rounded to odd, so the final division rounds right."""
    shift = (num.bit_length() - den.bit_length() - _ROOT_BITS) // 2
    if shift >= 0:
        return (_isqrt_round_to_odd(num, den << 2 * shift) << shift) / 1
    return _isqrt_round_to_odd(num << -2 * shift, den) / (1 << -shift)


def _sumprod(p, q):
    """math.sumprod: exact for ints, correctly rounded for floats."""
    if hasattr(math, 'sumprod'):
        return math.sumprod(p, q)
    p, q = list(p), list(q)
    if len(p) != len(q):
        raise ValueError('Inputs are not the same length')
    plain = (int, bool, float)
    if all(type(v) in plain and (type(v) is not float or math.isfinite(v)) for v in p + q):
        exact = sum(Fraction(a) * Fraction(b) for a, b in zip(p, q))
        if all(type(v) is not float for v in p + q):
            return int(exact)
        try:
            return float(exact)
        except OverflowError:
            return math.inf if exact > 0 else -math.inf
    total = 0
    for a, b in zip(p, q):
        total += a * b
    return total


def _refuse_negative(values, message):
    for value in values:
        if value < 0:
            raise StatisticsError(message)
        yield value


# ------------------------------------------------------------------ averages

def mean(data):
    """Arithmetic mean of data, exact and in the data's type."""
    kind, total, count = _exact_sum(data)
    if count < 1:
        raise StatisticsError('mean requires at least one data point')
    return _to_type(total / count, kind)


def fmean(data, weights=None):
    """Arithmetic mean (optionally weighted) computed in floats."""
    if weights is None:
        try:
            count = len(data)
        except TypeError:
            data = list(data)
            count = len(data)
        total = fsum(data)
        if not count:
            raise StatisticsError('fmean requires at least one data point')
        return total / count
    if not isinstance(weights, (list, tuple)):
        weights = list(weights)
    try:
        weighted = _sumprod(data, weights)
    except ValueError:
        raise StatisticsError('data and weights must be the same length')
    weight = fsum(weights)
    if not weight:
        raise StatisticsError('sum of weights must be non-zero')
    return weighted / weight


def geometric_mean(data):
    """Geometric mean of positive data, in floats."""
    try:
        return exp(fmean(map(log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset containing '
                              'positive numbers') from None


def harmonic_mean(data, weights=None):
    """Harmonic mean (optionally weighted) of non-negative data; 0 if a value is 0."""
    if iter(data) is data:
        data = list(data)
    negative = 'harmonic mean does not support negative values'
    count = len(data)
    if count < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if count == 1 and weights is None:
        only = data[0]
        if not isinstance(only, (int, float, Fraction)) and not _is_real(only):
            raise TypeError('unsupported type')
        if only < 0:
            raise StatisticsError(negative)
        return only
    if weights is None:
        weights = [1] * count
        weight = count
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != count:
            raise StatisticsError('Number of weights does not match data size')
        _, weight, _ = _exact_sum(_refuse_negative(weights, negative))
    checked = _refuse_negative(data, negative)
    try:
        kind, total, _ = _exact_sum(w / x if w else 0 for w, x in zip(weights, checked))
    except ZeroDivisionError:
        return 0  # a zero in the data (with a non-zero weight) makes the mean zero
    if not total <= 0:  # NaN data gives a NaN mean
        return _to_type(weight / total, kind)
    raise StatisticsError('Weighted sum must be positive')


def _is_real(value):
    import numbers
    return isinstance(value, numbers.Real)


def _sorted_or_fail(data):
    ordered = sorted(data)
    if not ordered:
        raise StatisticsError('no median for empty data')
    return ordered


def median(data):
    """Middle value of data, or the mean of the two middle values."""
    ordered = _sorted_or_fail(data)
    half, odd = divmod(len(ordered), 2)
    if odd:
        return ordered[half]
    return (ordered[half - 1] + ordered[half]) / 2


def median_low(data):
    """Middle value of data, or the smaller of the two middle values."""
    ordered = _sorted_or_fail(data)
    half, odd = divmod(len(ordered), 2)
    return ordered[half] if odd else ordered[half - 1]


def median_high(data):
    """Middle value of data, or the larger of the two middle values."""
    ordered = _sorted_or_fail(data)
    return ordered[len(ordered) // 2]


def median_grouped(data, interval=1.0):
    """Median of data grouped in classes of width interval centred on the data values
    (the 50th percentile by interpolation)."""
    ordered = _sorted_or_fail(data)
    size = len(ordered)
    middle = ordered[size // 2]
    below = bisect_left(ordered, middle)
    upto = bisect_right(ordered, middle, lo=below)
    try:
        interval = float(interval)
        middle = float(middle)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lower_limit = middle - interval / 2.0
    return lower_limit + interval * (size / 2 - below) / (upto - below)


def mode(data):
    """The most common value (the first one seen among equally common ones)."""
    top = Counter(iter(data)).most_common(1)
    if not top:
        raise StatisticsError('no mode for empty data')
    return top[0][0]


def multimode(data):
    """Every most common value, in order of first appearance."""
    counts = Counter(iter(data))
    if not counts:
        return []
    highest = max(counts.values())
    return [value for value, seen in counts.items() if seen == highest]


def quantiles(data, *, n=4, method='exclusive'):
    """The n-1 cut points dividing data into n groups of equal probability, by linear
    interpolation ('exclusive': data is a sample; 'inclusive': data is the population)."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    ordered = sorted(data)
    size = len(ordered)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    cuts = []
    if method == 'inclusive':
        span = size - 1
        for i in range(1, n):
            j, delta = divmod(i * span, n)
            cuts.append((ordered[j] * (n - delta) + ordered[j + 1] * delta) / n)
        return cuts
    if method == 'exclusive':
        span = size + 1
        for i in range(1, n):
            j = min(max(i * span // n, 1), size - 1)
            delta = i * span - j * n
            cuts.append((ordered[j - 1] * (n - delta) + ordered[j] * delta) / n)
        return cuts
    raise ValueError(f'Unknown method: {method!r}')


# ------------------------------------------------------------------ spread

def variance(data, xbar=None):
    """Sample variance (n - 1 in the denominator), exact and in the data's type."""
    kind, spread, _, count = _deviations(data, xbar)
    if count < 2:
        raise StatisticsError('variance requires at least two data points')
    return _to_type(spread / (count - 1), kind)


def pvariance(data, mu=None):
    """Population variance, exact and in the data's type."""
    kind, spread, _, count = _deviations(data, mu)
    if count < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _to_type(spread / count, kind)


def _root(mean_square):
    # An infinite or NaN mean square is a float, which has no numerator: CPython's
    # AttributeError is kept.
    return _sqrt_of_fraction(mean_square.numerator, mean_square.denominator)


def stdev(data, xbar=None):
    """Sample standard deviation: the correctly rounded square root of variance()."""
    _, spread, _, count = _deviations(data, xbar)
    if count < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _root(spread / (count - 1))


def pstdev(data, mu=None):
    """Population standard deviation: the correctly rounded square root of pvariance()."""
    _, spread, _, count = _deviations(data, mu)
    if count < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _root(spread / count)


# ------------------------------------------------------------------ two variables

def _paired_length(x, y, what):
    count = len(x)
    if len(y) != count:
        raise StatisticsError(f'{what} requires that both inputs have same number of data '
                              f'points')
    if count < 2:
        raise StatisticsError(f'{what} requires at least two data points')
    return count


def covariance(x, y, /):
    """Sample covariance of x and y."""
    count = _paired_length(x, y, 'covariance')
    x_mean = fsum(x) / count
    y_mean = fsum(y) / count
    return _sumprod([v - x_mean for v in x], [v - y_mean for v in y]) / (count - 1)


def _ranks(values, start):
    # Ranks counted from start, ties sharing the average of their ranks.
    order = sorted(zip(values, range(len(values))))
    ranks = [0] * len(order)
    position = start - 1
    i = 0
    while i < len(order):
        j = i
        while j < len(order) and order[j][0] == order[i][0]:
            j += 1
        shared = position + (j - i + 1) / 2
        for _, original in order[i:j]:
            ranks[original] = shared
        position += j - i
        i = j
    return ranks


def _sqrt_of_product(a, b):
    """sqrt(a * b) without spurious overflow or underflow, with a correction step."""
    root = sqrt(a * b)
    if not math.isfinite(root):
        if math.isinf(root) and not math.isinf(a) and not math.isinf(b):
            scale = 2.0 ** -512
            return _sqrt_of_product(scale * a, scale * b) / scale
        return root
    if not root:
        if a and b:
            scale = 2.0 ** 537
            return _sqrt_of_product(scale * a, scale * b) / scale
        return root
    residual = _sumprod((a, root), (b, -root))
    return root + residual / (2.0 * root)


def correlation(x, y, /, *, method='linear'):
    """Pearson's correlation coefficient of x and y, or Spearman's with method='ranked'."""
    count = _paired_length(x, y, 'correlation')
    if method not in ('linear', 'ranked'):
        raise ValueError(f'Unknown method: {method!r}')
    if method == 'ranked':
        start = (count - 1) / -2  # centred ranks: their mean is zero
        x, y = _ranks(x, start), _ranks(y, start)
    else:
        x_mean = fsum(x) / count
        y_mean = fsum(y) / count
        x = [v - x_mean for v in x]
        y = [v - y_mean for v in y]
    try:
        return _sumprod(x, y) / _sqrt_of_product(_sumprod(x, x), _sumprod(y, y))
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of the least-squares line through (x, y); with proportional,
    the line goes through the origin."""
    count = _paired_length(x, y, 'linear regression')
    if not proportional:
        x_mean = fsum(x) / count
        y_mean = fsum(y) / count
        x = [v - x_mean for v in x]
        y = [v - y_mean for v in y]
    cross = _sumprod(x, y) + 0.0  # a float even for int data
    square = _sumprod(x, x)
    try:
        slope = cross / square
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    return LinearRegression(slope=slope,
                            intercept=0.0 if proportional else y_mean - slope * x_mean)


# ------------------------------------------------------------------ the normal distribution

# Wichura's algorithm AS241 (Applied Statistics 37, 1988): rational approximations of the
# inverse normal CDF, coefficients highest power first, for the central region |q| <= 0.425
# and for two tail regions in r = sqrt(-log(min(p, 1 - p))).
_AS241 = {
    'central': ((2.5090809287301226727e+3, 3.3430575583588128105e+4, 6.7265770927008700853e+4,
                 4.5921953931549871457e+4, 1.3731693765509461125e+4, 1.9715909503065514427e+3,
                 1.3314166789178437745e+2, 3.3871328727963666080e+0),
                (5.2264952788528545610e+3, 2.8729085735721942674e+4, 3.9307895800092710610e+4,
                 2.1213794301586595867e+4, 5.3941960214247511077e+3, 6.8718700749205790830e+2,
                 4.2313330701600911252e+1, 1.0)),
    'near': ((7.74545014278341407640e-4, 2.27238449892691845833e-2, 2.41780725177450611770e-1,
              1.27045825245236838258e+0, 3.64784832476320460504e+0, 5.76949722146069140550e+0,
              4.63033784615654529590e+0, 1.42343711074968357734e+0),
             (1.05075007164441684324e-9, 5.47593808499534494600e-4, 1.51986665636164571966e-2,
              1.48103976427480074590e-1, 6.89767334985100004550e-1, 1.67638483018380384940e+0,
              2.05319162663775882187e+0, 1.0)),
    'far': ((2.01033439929228813265e-7, 2.71155556874348757815e-5, 1.24266094738807843860e-3,
             2.65321895265761230930e-2, 2.96560571828504891230e-1, 1.78482653991729133580e+0,
             5.46378491116411436990e+0, 6.65790464350110377720e+0),
            (2.04426310338993978564e-15, 1.42151175831644588870e-7, 1.84631831751005468180e-5,
             7.86869131145613259100e-4, 1.48753612908506148525e-2, 1.36929880922735805310e-1,
             5.99832206555887937690e-1, 1.0)),
}


def _horner(x, coefficients):
    value = 0.0
    for c in coefficients:
        value = value * x + c
    return value


def _rational(region, x, factor=1.0):
    # (factor * numerator) / denominator, in that order so that results match to the bit.
    top, bottom = _AS241[region]
    return factor * _horner(x, top) / _horner(x, bottom)


def _standard_normal_quantile(p):
    q = p - 0.5
    if fabs(q) <= 0.425:
        return _rational('central', 0.180625 - q * q, q)
    tail = sqrt(-log(p if q <= 0.0 else 1.0 - p))
    z = _rational('near', tail - 1.6) if tail <= 5.0 else _rational('far', tail - 5.0)
    return -z if q < 0.0 else z


_SQRT2 = sqrt(2.0)


class NormalDist:
    """Normal distribution of a random variable."""

    __slots__ = {'_mu': 'Arithmetic mean of a normal distribution',
                 '_sigma': 'Standard deviation of a normal distribution'}

    def __init__(self, mu=0.0, sigma=1.0):
        """NormalDist where mu is the mean and sigma is the standard deviation."""
        if sigma < 0.0:  # (a NaN sigma is accepted, as by CPython)
            raise StatisticsError('sigma must be non-negative')
        self._mu, self._sigma = float(mu), float(sigma)

    @classmethod
    def from_samples(cls, data):
        """Make a normal distribution instance from sample data."""
        _, spread, centre, count = _deviations(data)
        if count < 2:
            raise StatisticsError('stdev requires at least two data points')
        try:
            return cls(float(centre), _root(spread / (count - 1)))
        except AttributeError:  # infinities or NaNs in the data
            return cls(float(centre), float(centre) / float(spread))

    def samples(self, n, *, seed=None):
        """Generate *n* samples for a given mean and standard deviation."""
        import random
        draw = random.gauss if seed is None else random.Random(seed).gauss
        return [draw(self._mu, self._sigma) for _ in range(n)]

    def pdf(self, x):
        """Probability density function.  P(x <= X < x+dx) / dx"""
        var = self._sigma * self._sigma
        if not var:
            raise StatisticsError('pdf() not defined when sigma is zero')
        offset = x - self._mu
        return exp(offset * offset / (-2.0 * var)) / sqrt(math.tau * var)

    def cdf(self, x):
        """Cumulative distribution function.  P(X <= x)"""
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        scaled = (x - self._mu) / (self._sigma * _SQRT2)
        return 0.5 * (1.0 + erf(scaled))

    def inv_cdf(self, p):
        """Inverse cumulative distribution function.  x : P(X <= x) = p"""
        if not 0.0 < p < 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        return self._mu + _standard_normal_quantile(p) * self._sigma

    def quantiles(self, n=4):
        """Divide into *n* continuous intervals with equal probability."""
        return [self.inv_cdf(k / n) for k in range(1, n)]

    def overlap(self, other):
        """Compute the overlapping coefficient (OVL) between two normal distributions."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        # narrow: the one with the smaller sigma (then the smaller mean).
        narrow, wide = sorted((self, other), key=lambda d: (d._sigma, d._mu))
        v1, v2 = narrow.variance, wide.variance
        if not v1 or not v2:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = v2 - v1
        dm = fabs(wide._mu - narrow._mu)
        if not dv:
            return 1.0 - erf(dm / (2.0 * narrow._sigma * _SQRT2))
        a = narrow._mu * v2 - wide._mu * v1
        b = narrow._sigma * wide._sigma * sqrt(dm * dm + dv * log(v2 / v1))
        total = 0.0
        for crossing in ((a + b) / dv, (a - b) / dv):
            total += fabs(wide.cdf(crossing) - narrow.cdf(crossing))
        return 1.0 - total

    def zscore(self, x):
        """Compute the Standard Score.  (x - mean) / stdev"""
        if self._sigma:
            return (x - self._mu) / self._sigma
        raise StatisticsError('zscore() not defined when sigma is zero')

    @property
    def mean(self):
        """Arithmetic mean of the normal distribution."""
        return self._mu

    @property
    def median(self):
        """Return the median of the normal distribution"""
        return self._mu

    @property
    def mode(self):
        """Return the mode of the normal distribution"""
        return self._mu

    @property
    def stdev(self):
        """Standard deviation of the normal distribution."""
        return self._sigma

    @property
    def variance(self):
        """Square of the standard deviation."""
        return self._sigma * self._sigma

    # Sums and differences of independent normal variables are normal, with variances
    # adding; a constant shifts the mean, a factor scales both parameters.

    def __add__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu + other._mu, math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu + other, self._sigma)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu - other._mu, math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu - other, self._sigma)

    def __rsub__(self, other):
        return -(self - other)

    def __mul__(self, factor):
        return NormalDist(self._mu * factor, self._sigma * fabs(factor))

    __rmul__ = __mul__

    def __truediv__(self, divisor):
        return NormalDist(self._mu / divisor, self._sigma / fabs(divisor))

    def __pos__(self):
        return NormalDist(self._mu, self._sigma)

    def __neg__(self):
        return NormalDist(-self._mu, self._sigma)

    def __eq__(self, other):
        if not isinstance(other, NormalDist):
            return NotImplemented
        return (self._mu, self._sigma) == (other._mu, other._sigma)

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return '%s(mu=%r, sigma=%r)' % (type(self).__name__, self._mu, self._sigma)

    # Slots and no __dict__: pickling and copying go through this (mu, sigma) pair.
    def __setstate__(self, state):
        self._mu, self._sigma = state

    def __getstate__(self):
        return (self._mu, self._sigma)
