# statistics against CPython 3.12: exact (Fraction-based) means and variances that keep the
# data's type, float functions, medians, modes, quantiles, correlation, linear regression,
# NormalDist, and the StatisticsError messages.
import math
import statistics as st
from fractions import Fraction as F

def attempt(fn, *args, **kwargs):
    try:
        r = fn(*args, **kwargs)
    except Exception as err:
        return f'{type(err).__name__}: {err}'
    return f'{type(r).__name__} {r!r}'

samples = {
    'ints': [1, 2, 3, 4, 4],
    'floats': [0.1, 0.2, 0.3, 0.4, 1e-17],
    'fracs': [F(1, 3), F(2, 7), F(5, 6)],
    'mixed_int_frac': [1, F(1, 2), 2],
    'mixed_int_float': [1, 2.5, 3],
    'bools': [True, False, True],
    'big': [10**20 + 1, 10**20 + 2, 10**20 + 4],
    'single': [7],
    'empty': [],
    'inf': [1.0, float('inf'), 2.0],
    'nan': [1.0, float('nan')],
    'neg': [-5, -1.5, 3],
}
for name, data in samples.items():
    print('--', name)
    for fn in (st.mean, st.fmean, st.median, st.median_low, st.median_high,
               st.median_grouped, st.mode, st.multimode, st.variance, st.pvariance,
               st.stdev, st.pstdev, st.geometric_mean, st.harmonic_mean):
        if name == 'nan' and fn in (st.fmean, st.geometric_mean):
            continue  # math.fsum of a NaN raises in Pyjama (it returns nan in CPython)
        print(fn.__name__, attempt(fn, data))
print('-- generators and iterators')
print(attempt(st.mean, (x for x in [1, 2, 3, 4])), attempt(st.fmean, iter([1.5, 2.5])))
print(attempt(st.variance, iter([F(1), F(2), F(4)])), attempt(st.median, iter([3, 1, 2])))
print(attempt(st.fmean, iter([])), attempt(st.harmonic_mean, iter([2, 4])))
print('-- type coercion errors')
print(attempt(st.mean, [F(1, 2), 1.5]), attempt(st.mean, [1.5, F(1, 2)]))
print(attempt(st.mean, ['a', 'b']), attempt(st.mean, [1, 'a']))
print(attempt(st.variance, [1, 2, None]))
class MyFloat(float):
    pass
print(attempt(st.mean, [MyFloat(1.5), 2]), attempt(st.mean, [2, MyFloat(1.5), 1.0]))
print(attempt(st.mean, [1.0, MyFloat(2.0)]))
print(attempt(st.stdev, [MyFloat(1.0), MyFloat(3.0)]))
print('-- variance with given centre')
print(attempt(st.variance, [1, 2, 3, 4], 2.5), attempt(st.pvariance, [1, 2, 3, 4], 2))
print(attempt(st.stdev, [F(1), F(2), F(3)], F(2)), attempt(st.pstdev, [1.5, 2.5], 2.0))
print(attempt(st.variance, [1]), attempt(st.pvariance, []), attempt(st.stdev, [2]), attempt(st.pstdev, []))
print(attempt(st.variance, [2.0, 2.0, 2.0]), attempt(st.stdev, [1, 1]))
print(attempt(st.stdev, [1e300, 1e300 * 1.0000001, 3e299]), attempt(st.pstdev, [1e-300, 3e-300]))
print(attempt(st.variance, [F(1, 10**30), F(3, 10**30)]))
print('-- weighted')
print(attempt(st.fmean, [1, 2, 3], [0.25, 0.5, 0.25]), attempt(st.fmean, [1, 2], (1, 3)))
print(attempt(st.fmean, [1, 2], [1]), attempt(st.fmean, [1, 2], [0, 0]))
print(attempt(st.fmean, [1, 2], iter([2, 2])))
print(attempt(st.harmonic_mean, [40, 60], [5, 30]), attempt(st.harmonic_mean, [1, 2], [1]))
print(attempt(st.harmonic_mean, [1, 0, 3]), attempt(st.harmonic_mean, [-1, 2]))
print(attempt(st.harmonic_mean, [2, 4], [-1, 1]), attempt(st.harmonic_mean, [2, 4], [0, 0]))
print(attempt(st.harmonic_mean, [F(1, 2), F(1, 3)]), attempt(st.harmonic_mean, ['x']))
print(attempt(st.harmonic_mean, [-3]))
print(attempt(st.geometric_mean, [1, -1]), attempt(st.geometric_mean, [54, 24, 36]))
print('-- median_grouped')
print(attempt(st.median_grouped, [52, 52, 53, 54]), attempt(st.median_grouped, [1, 3, 3, 5, 7], interval=1))
print(attempt(st.median_grouped, [1, 3, 3, 5, 7], interval=2), attempt(st.median_grouped, [1, 2], 'x'))
print(attempt(st.median_grouped, ['a', 'b']))
print('-- mode')
print(attempt(st.mode, 'aabbbc'), attempt(st.mode, ['x', 'y']), attempt(st.mode, iter([])))
print(attempt(st.multimode, 'aabbcd'), attempt(st.multimode, ''), attempt(st.mode, [[1]]))
print('-- quantiles')
data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104]
print(attempt(st.quantiles, data, n=10))
print(attempt(st.quantiles, data, n=4, method='inclusive'))
print(attempt(st.quantiles, [1, 2], n=5), attempt(st.quantiles, [F(1), F(2), F(3)], n=3))
print(attempt(st.quantiles, [1.5, 2.5, 10.0], n=4, method='inclusive'))
print(attempt(st.quantiles, [1], n=4), attempt(st.quantiles, [], n=4), attempt(st.quantiles, [1, 2], n=0))
print(attempt(st.quantiles, [1, 2, 3], method='other'), attempt(st.quantiles, [1, 2, 3], n=1))
print('-- covariance / correlation / linear_regression')
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(attempt(st.covariance, x, y), attempt(st.covariance, x, [1] * 9), attempt(st.covariance, x, x[:3]))
print(attempt(st.covariance, [1], [2]))
print(attempt(st.correlation, x, x), attempt(st.correlation, x, y), attempt(st.correlation, x, [9 - v for v in x]))
print(attempt(st.correlation, x, [v ** 3 for v in x], method='ranked'), attempt(st.correlation, [1, 2, 2, 3], [4, 1, 1, 9], method='ranked'))
print(attempt(st.correlation, x, [3] * 9), attempt(st.correlation, [1], [1]), attempt(st.correlation, x, x[:2]))
print(attempt(st.correlation, x, y, method='spearman'))
print(attempt(st.correlation, [1e200, 2e200, 3e200], [1e200, 3e200, 2e200]))
print(attempt(st.correlation, [1e-200, 2e-200, 3e-200], [1e-200, 3e-200, 2e-200]))
print(attempt(st.correlation, [0.1, 0.2, 0.3, 0.4], [0.3, 0.1, 0.4, 0.15]))
print(attempt(st.linear_regression, [1, 2, 3, 4, 5], [3, 5, 7, 9, 11.5]))
print(attempt(st.linear_regression, [1, 2, 3], [2, 4, 6], proportional=True))
print(attempt(st.linear_regression, [F(1), F(2), F(3)], [F(1), F(3), F(2)]))
print(attempt(st.linear_regression, [2, 2], [1, 3]), attempt(st.linear_regression, [1], [2]))
print(attempt(st.linear_regression, [1, 2], [1]))
lr = st.linear_regression([1, 2, 3], [1, 2, 4])
print(lr.slope, lr.intercept, lr._fields, type(lr).__name__)
print('-- NormalDist')
nd = st.NormalDist(100, 15)
print(nd, repr(nd), nd.mean, nd.median, nd.mode, nd.stdev, nd.variance)
print(nd.pdf(110), nd.cdf(110), nd.inv_cdf(0.95), nd.inv_cdf(1e-10), nd.inv_cdf(0.3))
print(nd.quantiles(), nd.quantiles(n=10)[:3], nd.zscore(130))
print(nd.overlap(st.NormalDist(110, 20)), nd.overlap(st.NormalDist(90, 15)), nd.overlap(nd))
print(nd + 5, nd - 5, nd * 2, nd / 2, 5 - nd, 5 + nd, 2 * nd, -nd, +nd)
print(nd + st.NormalDist(1, 20), nd - st.NormalDist(1, 20))
print(nd == st.NormalDist(100, 15), nd == st.NormalDist(100, 16), nd == 3, hash(nd) == hash(st.NormalDist(100.0, 15.0)))
fs = st.NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75])
print(fs, st.NormalDist.from_samples(iter([1, 2, 3])))
print(attempt(st.NormalDist.from_samples, [1]), st.NormalDist.from_samples([1.0, float('inf'), 2.0]))
print(len(nd.samples(5, seed=42)), nd.samples(3, seed=7) == nd.samples(3, seed=7))
for p in (0.0, 1.0, -1):
    print(attempt(nd.inv_cdf, p))
zero = st.NormalDist(5, 0)
for method, arg in (('pdf', 1), ('cdf', 1), ('zscore', 1), ('overlap', nd)):
    print(method, attempt(getattr(zero, method), arg))
print(attempt(nd.overlap, 3), attempt(st.NormalDist, 0, -1), st.NormalDist())
print(st.NormalDist(1, 2).__getstate__() if hasattr(st.NormalDist, '__getstate__') else None)
print(isinstance(st.StatisticsError(), ValueError), st.StatisticsError.__mro__[1].__name__)
print(sorted(st.__all__))
# inv_cdf across its three regions, and sumprod-based results on awkward floats.
std = st.NormalDist(10, 7)
print([std.inv_cdf(p) for p in (1e-300, 1e-20, 0.001, 0.02, 0.075, 0.2, 0.425, 0.5, 0.575, 0.8, 0.925, 0.98, 0.999, 1 - 1e-16)])
print(st.correlation([0.1 * i for i in range(20)], [math.sin(i) for i in range(20)]))
print(st.covariance([1.1, 2.2, 3.3, 4.4], [0.3, 0.7, 0.1, 0.9]), st.fmean([0.1] * 10, [0.3] * 10))
print(st.linear_regression([0.5, 1.7, 2.9, 4.4], [1.1, 0.3, 2.8, 2.2]))
