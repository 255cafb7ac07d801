# Differential tests of statistics.
from fractions import Fraction as F
from harness import load, check

S = load('statistics')
datasets = {'ints': [1, 2, 3, 4, 4], 'even': [1, 3, 5, 7], 'floats': [0.1, 0.2, 0.3, 0.4, 1e-3], 'one': [5], 'empty': [],
            'fracs': [F(1, 2), F(1, 3), F(2, 3)], 'mixed': [1, 2.5, F(1, 4)], 'neg': [-1.5, 2, -3, 4.25], 'big': [10**20, 10**20 + 1, 10**20 + 3],
            'bools': [True, False, True], 'dups': [1, 1, 2, 2, 3], 'strs': ['a', 'b', 'b', 'c'], 'nan': [1.0, float('nan'), 2.0], 'inf': [1.0, float('inf')],
            'precise': [1e16, 1.0, -1e16, 3.0], 'tiny': [5e-324, 1e-320, 2.5e-322], 'ints_odd': [9, 1, 7, 3, 5, 2, 8], 'fracmix': [F(1, 3), 2],
            'range': list(range(1, 101)), 'floats2': [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]}
funcs = ['mean', 'fmean', 'geometric_mean', 'harmonic_mean', 'median', 'median_low', 'median_high', 'median_grouped', 'mode', 'multimode',
         'stdev', 'pstdev', 'variance', 'pvariance', 'quantiles']
for name, data in datasets.items():
    for f in funcs:
        check(f'{f}({name})', lambda: (lambda r: (r, type(r).__name__))(getattr(S, f)(data)))
        check(f'{f}(iter {name})', lambda: getattr(S, f)(iter(data)) if f not in ('harmonic_mean', 'quantiles') else None)
for label, fn in [
    ('variance xbar', lambda: (S.variance([1, 2, 3, 4], 2.5), S.pvariance([1, 2, 3, 4], mu=2), S.stdev([1.5, 2.5, 2.5], xbar=2.0), S.pstdev([F(1), F(2)], F(3, 2)))),
    ('quantiles n', lambda: [S.quantiles(datasets['range'], n=n) for n in (1, 2, 3, 10)]),
    ('quantiles inclusive', lambda: [S.quantiles(d, n=4, method='inclusive') for d in ([1, 2], [1, 5, 9, 20], datasets['floats2'])]),
    ('quantiles exclusive small', lambda: S.quantiles([1, 2], n=5)), ('quantiles one', lambda: S.quantiles([7], n=3)),
    ('quantiles bad n', lambda: S.quantiles([1, 2], n=0)), ('quantiles bad method', lambda: S.quantiles([1, 2], method='x')),
    ('median_grouped interval', lambda: (S.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5], interval=2), S.median_grouped([52, 52, 53, 54], 1), S.median_grouped([1.5, 2.5], 0.5))),
    ('median_grouped bad', lambda: S.median_grouped(['a', 'b'])),
    ('fmean weights', lambda: (S.fmean([1, 2, 3], [3, 2, 1]), S.fmean([1.5, 2], weights=iter([1, 1])))),
    ('fmean weights bad', lambda: S.fmean([1, 2], [1])), ('fmean weights zero', lambda: S.fmean([1, 2], [0, 0])),
    ('harmonic weights', lambda: (S.harmonic_mean([40, 60], weights=[5, 30]), S.harmonic_mean([1, 0, 2]), S.harmonic_mean([2.5, 3], [1, 0]))),
    ('harmonic neg', lambda: S.harmonic_mean([1, -2])), ('harmonic weights bad', lambda: S.harmonic_mean([1, 2], [1])),
    ('harmonic one str', lambda: S.harmonic_mean(['x'])), ('harmonic one neg', lambda: S.harmonic_mean([-1])),
    ('geometric neg', lambda: S.geometric_mean([1, -1])),
    ('mean str', lambda: S.mean(['a', 'b'])), ('mean mixed bad', lambda: S.mean([F(1), 1.5, 1j])),
    ('covariance', lambda: (S.covariance([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 1, 2, 3, 1, 2, 3]), S.covariance([1.5, 2, 8], [3, 1, 0.5]))),
    ('covariance bad', lambda: S.covariance([1, 2], [1])), ('covariance short', lambda: S.covariance([1], [1])),
    ('correlation', lambda: (S.correlation([1, 2, 3, 4, 5, 6, 7, 8, 9], [9, 8, 7, 6, 5, 4, 3, 2, 1]), S.correlation([1, 2, 3, 4], [1, 4, 9, 16]),
                             S.correlation([1, 2, 3, 4, 5], [2, 1, 4, 3, 5], method='ranked'), S.correlation([10, 20, 20, 30], [1, 2, 3, 3], method='ranked'))),
    ('correlation constant', lambda: S.correlation([1, 1, 1], [1, 2, 3])), ('correlation method', lambda: S.correlation([1, 2], [1, 2], method='x')),
    ('linear_regression', lambda: (S.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 12]), S.linear_regression([1, 2, 3], [2, 4.5, 6], proportional=True),
                                   S.linear_regression([1, 2, 3], [1, 2, 3]).slope)),
    ('linear_regression constant', lambda: S.linear_regression([1, 1], [1, 2])),
    ('NormalDist', lambda: (S.NormalDist(), S.NormalDist(100, 15), repr(S.NormalDist(1, 2) + S.NormalDist(3, 4)), S.NormalDist(5, 2) * 3, 2 - S.NormalDist(5, 2),
                            S.NormalDist(1, 2) == S.NormalDist(1.0, 2.0), -S.NormalDist(1, 2), S.NormalDist(4, 2) / 2)),
    ('NormalDist pdf cdf', lambda: [(S.NormalDist(100, 15).pdf(x), S.NormalDist(100, 15).cdf(x), S.NormalDist(100, 15).zscore(x)) for x in (50, 85, 100, 115.5, 160)]),
    ('NormalDist inv_cdf', lambda: [S.NormalDist(10, 3).inv_cdf(p) for p in (1e-300, 1e-10, 0.001, 0.01, 0.07, 0.075, 0.1, 0.3, 0.5, 0.6, 0.9, 0.925, 0.99, 0.999999, 1 - 1e-16)]),
    ('NormalDist quantiles', lambda: (S.NormalDist().quantiles(), S.NormalDist(5, 1).quantiles(10))),
    ('NormalDist overlap', lambda: (S.NormalDist(2.4, 1.6).overlap(S.NormalDist(3.2, 2.0)), S.NormalDist(1, 2).overlap(S.NormalDist(3, 2)))),
    ('NormalDist from_samples', lambda: S.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5])),
    ('NormalDist samples', lambda: S.NormalDist(5, 2).samples(4, seed=42)),
    ('NormalDist props', lambda: (lambda d: (d.mean, d.median, d.mode, d.stdev, d.variance))(S.NormalDist(3, 1.5))),
    ('NormalDist bad', lambda: S.NormalDist(0, -1)), ('NormalDist inv bad', lambda: S.NormalDist().inv_cdf(1.0)),
    ('NormalDist zero sigma', lambda: S.NormalDist(1, 0).pdf(1)), ('NormalDist overlap bad', lambda: S.NormalDist().overlap(1)),
    ('StatisticsError', lambda: (issubclass(S.StatisticsError, ValueError), S.StatisticsError.__name__)),
    ('all', lambda: sorted(S.__all__)),
]:
    check(label, fn)
