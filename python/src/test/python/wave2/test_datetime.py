# Differential tests of datetime.
# Not tested: TypeErrors raised by the interpreter for unsupported operands name CPython's C types
# 'datetime.date' etc.; a Python class can only be named 'date' (see docs/stdlib-wave2.md).
import copy
import pickle
from harness import load, check

D = load('datetime')
td, date, time, dt, tz = D.timedelta, D.date, D.time, D.datetime, D.timezone

# timedelta construction, normalisation and rounding
td_args = [(), (1,), (0, 1), (0, 0, 1), (-1,), (0, -1), (0, 0, -1), (1.5,), (0, 0.5), (0, 0, 0.5), (0, 0, 1.5),
           (0, 0, 2.5), (0, 0, -0.5), (0, 0, -1.5), (0.1, 0.2, 0.3), (1e-7,), (0, 1e-7), (0, 0, 1e-7),
           (999999999,), (-999999999,), (1000000000,), (-1000000000,), (0, 86400 * 999999999), (1, 2, 3, 4, 5, 6, 7),
           (0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5), (-0.5, -0.5, -0.5, -0.5, -0.5, -0.5, -0.5), (1 / 3,), (0, 1 / 3),
           (0, 0, 1 / 3), (True,), ('1',), (None,), (1j,), (float('inf'),), (float('nan'),), (2**70,), (0, 0, 2**70),
           (0, 0, 0.49999999999999994), (0, 0, 0, 0.0005), (0, 0, 0, 0.0015), (0, 0, 0, 0, 1e-8)]
for a in td_args:
    check(f'td{a!r}', lambda: td(*a))
    check(f'td str{a!r}', lambda: str(td(*a)))
for kw in [dict(weeks=1, hours=-1), dict(minutes=90.5), dict(milliseconds=-1), dict(hours=25, microseconds=1.5),
           dict(days=-1, seconds=1), dict(seconds=-86401.25), dict(bogus=1), dict(weeks=1.1)]:
    check(f'td kw {kw}', lambda: (td(**kw), str(td(**kw))))
a, b = td(days=3, hours=5, microseconds=7), td(hours=-7, seconds=3.25)
for label, f in [('add', lambda: a + b), ('sub', lambda: a - b), ('neg', lambda: -a), ('pos', lambda: +b), ('abs', lambda: abs(b)),
                 ('absneg', lambda: abs(-a)), ('mul int', lambda: a * 3), ('rmul', lambda: -2 * a), ('mul float', lambda: a * 0.1),
                 ('mul float2', lambda: b * -1.7), ('mul half', lambda: td(microseconds=3) * 0.5), ('mul half2', lambda: td(microseconds=5) * 0.5),
                 ('div td', lambda: a / b), ('div int', lambda: a / 7), ('div half', lambda: td(microseconds=5) / 2), ('div half2', lambda: td(microseconds=7) / 2),
                 ('div float', lambda: a / 2.5), ('floordiv td', lambda: a // b), ('floordiv int', lambda: a // 7), ('mod', lambda: a % b),
                 ('divmod', lambda: divmod(a, b)), ('div zero', lambda: a / 0), ('div zero td', lambda: a / td(0)), ('fdiv zero', lambda: a // 0),
                 ('fdiv zero td', lambda: a // td()), ('mod zero', lambda: a % td()), ('div 0.0', lambda: a / 0.0),
                 ('cmp', lambda: (a < b, a > b, a == b, a != b, a <= a, a >= b, a == 5, a != 'x')), ('bool', lambda: (bool(td()), bool(td(microseconds=1)))), ('hash eq', lambda: hash(td(1)) == hash(td(hours=24))),
                 ('total_seconds', lambda: (a.total_seconds(), b.total_seconds(), td.max.total_seconds(), td(microseconds=-1).total_seconds())),
                 ('attrs', lambda: (b.days, b.seconds, b.microseconds)), ('minmax', lambda: (td.min, td.max, td.resolution, str(td.min), str(td.max))),
                 ('overflow', lambda: td.max + td.resolution), ('overflow mul', lambda: td.max * 2), ('copy', lambda: (copy.copy(a), copy.deepcopy(b))), ('pickle', lambda: pickle.loads(pickle.dumps(a)) == a),
                 ('set attr', lambda: setattr(a, 'days', 2)), ('reduce', lambda: a.__reduce__()),
                 ('subclass', lambda: repr(type('MyTD', (td,), {})(1, 2))), ('subclass add', lambda: type(type('MyTD', (td,), {})(1) + td(1)).__name__)]:
    check(f'td {label}', f)

# date
for args in [(2024, 2, 29), (2023, 2, 29), (1, 1, 1), (9999, 12, 31), (0, 1, 1), (10000, 1, 1), (2024, 0, 1), (2024, 13, 1),
             (2024, 4, 31), (2024, 1, 0), ('2024', 1, 1), (2024.0, 1, 1), (2024, 1), (True, True, True), (None, 1, 1)]:
    check(f'date{args!r}', lambda: date(*args))
d = date(2024, 3, 15)
for label, f in [('repr', lambda: repr(d)), ('str', lambda: str(d)), ('ctime', lambda: d.ctime()), ('iso', lambda: d.isoformat()),
                 ('ordinal', lambda: (d.toordinal(), date.fromordinal(d.toordinal()), date.fromordinal(1), date.fromordinal(3652059))),
                 ('fromordinal bad', lambda: date.fromordinal(0)), ('fromordinal big', lambda: date.fromordinal(3652060)),
                 ('weekday', lambda: (d.weekday(), d.isoweekday(), d.isocalendar(), d.isocalendar().week, tuple(d.isocalendar()))),
                 ('timetuple', lambda: d.timetuple()), ('replace', lambda: (d.replace(day=1), d.replace(year=2023, month=2))),
                 ('replace bad', lambda: d.replace(day=31, month=4)), ('add', lambda: (d + td(days=20), td(-400) + d, d - td(1.9))),
                 ('sub', lambda: (d - date(2000, 1, 1), date(2000, 1, 1) - d)), 
                 ('overflow', lambda: date.max + td(1)), ('underflow', lambda: date.min - td(1)),
                 ('cmp', lambda: (d < date(2025, 1, 1), d == date(2024, 3, 15), d != d, d == dt(2024, 3, 15), d != dt(2024, 3, 15))),
                 ('cmp dt', lambda: d < dt(2024, 3, 16)), ('cmp dt2', lambda: dt(2024, 3, 16) > d), ('hash', lambda: hash(d) == hash(date(2024, 3, 15))), ('minmax', lambda: (date.min, date.max, date.resolution)),
                 ('format', lambda: (format(d), format(d, '%Y/%m/%d'), f'{d:%A %d %B}', '{:%j}'.format(d))),
                 ('attrs', lambda: (d.year, d.month, d.day)), ('fromisocalendar', lambda: [date.fromisocalendar(*a) for a in [(2024, 1, 1), (2020, 53, 7), (2004, 1, 1), (2021, 52, 7)]]),
                 ('fromisocalendar bad', lambda: date.fromisocalendar(2021, 53, 1)), ('fromisocalendar bad2', lambda: date.fromisocalendar(2021, 5, 8)),
                 ('fromisocalendar bad3', lambda: date.fromisocalendar(0, 5, 1)),
                 ('subclass', lambda: (repr(type('MyDate', (date,), {})(2020, 1, 1)), type(type('MyDate', (date,), {})(2020, 1, 1) + td(1)).__name__)),
                 ('pickle', lambda: pickle.loads(pickle.dumps(d)) == d), ('copy', lambda: copy.copy(d)),
                 ('today type', lambda: type(date.today()).__name__), ('fromtimestamp', lambda: (date.fromtimestamp(0), date.fromtimestamp(1e9), date.fromtimestamp(86399.99)))]:
    check(f'date {label}', f)
for y in list(range(1995, 2030)) + [1, 100, 400, 1600, 1900, 2000, 9999]:
    for m, dd in [(1, 1), (1, 4), (12, 28), (12, 31), (2, 28), (3, 1)]:
        x = date(y, m, dd)
        check(f'iso {x}', lambda: (x.isocalendar(), x.toordinal(), x.weekday(), x.strftime('%G-%V-%u %U %W %j %a %b')))
for s in ['2024-03-15', '20240315', '2024-W11-5', '2024W115', '2024-W11', '2024W11', '2024-3-15', '2024-03-1', '24-03-15',
          '2024-03-15T00', '2024/03/15', '2024-02-30', '0000-01-01', '2024-W53-1', '2020-W53-1', '2024-W11-8', '', '２０２４-03-15',
          '2024-03-15 ', '202403-15', '2024-0315']:
    check(f'date.fromisoformat({s!r})', lambda: date.fromisoformat(s))
check('date.fromisoformat(bytes)', lambda: date.fromisoformat(b'2024-01-01'))

# time
for args in [(), (1,), (23, 59, 59, 999999), (24,), (0, 60), (0, 0, 60), (0, 0, 0, 1000000), (-1,), (1.0,), ('1',)]:
    check(f'time{args!r}', lambda: time(*args))
t = time(13, 5, 9, 120)
utc = tz.utc
plus = tz(td(hours=5, minutes=30))
named = tz(td(hours=-3), 'BRT')
for label, f in [('repr', lambda: [repr(x) for x in [t, time(), time(1, 2), time(1, 2, 3), time(0, 0, 0, 5), time(1, tzinfo=utc), time(1, fold=1), time(1, 2, tzinfo=named, fold=1)]]),
                 ('str', lambda: [str(x) for x in [t, time(), time(1, 2, tzinfo=plus), time(1, tzinfo=named)]]),
                 ('iso', lambda: [t.isoformat(ts) for ts in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']]),
                 ('iso bad', lambda: t.isoformat('nanoseconds')), ('iso bad type', lambda: t.isoformat(1)),
                 ('attrs', lambda: (t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)),
                 ('replace', lambda: (t.replace(hour=1), t.replace(tzinfo=utc), time(1, tzinfo=utc).replace(tzinfo=None), t.replace(fold=1))),
                 ('offsets', lambda: (t.utcoffset(), t.dst(), t.tzname(), time(tzinfo=plus).utcoffset(), time(tzinfo=named).tzname(), time(tzinfo=plus).dst())),
                 ('cmp', lambda: (t < time(14), t == time(13, 5, 9, 120), time(12, tzinfo=utc) == time(13, tzinfo=tz(td(hours=1))), time(1) == time(1, tzinfo=utc))),
                 ('cmp naive aware', lambda: time(1) < time(1, tzinfo=utc)), ('hash', lambda: hash(time(12, tzinfo=utc)) == hash(time(13, tzinfo=tz(td(hours=1))))),
                 ('bool', lambda: (bool(time()), bool(time(tzinfo=plus)))), ('format', lambda: (format(t), format(t, '%H|%I|%p|%M|%S|%f|%z|%Z'), format(time(1, tzinfo=named), '%z %Z %:z'))),
                 ('minmax', lambda: (time.min, time.max, time.resolution)), ('pickle', lambda: pickle.loads(pickle.dumps(time(1, tzinfo=plus)))),
                 ('tzinfo bad', lambda: time(1, tzinfo=5))]:
    check(f'time {label}', f)
for s in ['12', '12:30', '12:30:45', '12:30:45.5', '12:30:45.123456', '12:30:45,123', '123045', '1230', '12:30:45.1234567',
          '12:30:45Z', '12:30+01:00', '12:30:45-0530', 'T12:30', '25:00', '12:60', '12:30:', '1', '12:3', '12:30:45.', '12:30:45+1',
          '12:30:45+01:00:30', '12:30:45+01:00:30.5', '12:30:45z', '12:30:45 ', '12:30:45Z01', '24:00', '123045.5', '12:30:45.123456789']:
    check(f'time.fromisoformat({s!r})', lambda: time.fromisoformat(s))

# datetime
for args in [(2024, 1, 1), (2024, 1, 1, 23, 59, 59, 999999), (2024, 1, 1, 24), (2024, 2, 30), (2024, 1, 1, 0, 0, 0, 0, utc),
             (2024, 1, 1, 1, 2, 3, 4, 'x')]:
    check(f'dt{args!r}', lambda: dt(*args))
x = dt(2024, 3, 15, 13, 5, 9, 120)
xa = dt(2024, 3, 15, 13, 5, 9, 120, tzinfo=plus)
for label, f in [('repr', lambda: [repr(v) for v in [x, xa, dt(2024, 1, 1), dt(2024, 1, 1, 5), dt(2024, 1, 1, 0, 5), dt(2024, 1, 1, 0, 0, 5), dt(2024, 1, 1, fold=1), dt(1, 1, 1, tzinfo=named)]]),
                 ('str', lambda: [str(v) for v in [x, xa, dt(2024, 1, 1), dt(2024, 1, 1, tzinfo=utc), dt(2024, 1, 1, tzinfo=tz(td(seconds=-1)))]]),
                 ('iso', lambda: [x.isoformat(), xa.isoformat(' '), x.isoformat(timespec='minutes'), xa.isoformat('x', 'milliseconds'), dt(2024, 1, 1).isoformat(timespec='microseconds')]),
                 ('iso bad sep', lambda: x.isoformat('ab')), ('iso bad spec', lambda: x.isoformat(timespec='x')),
                 ('ctime', lambda: (x.ctime(), dt(1, 1, 1).ctime())),
                 ('parts', lambda: (x.date(), x.time(), xa.timetz(), xa.time(), x.toordinal(), x.weekday())),
                 ('timetuple', lambda: (x.timetuple(), xa.utctimetuple(), x.utctimetuple())),
                 ('combine', lambda: (dt.combine(d, t), dt.combine(d, time(1, tzinfo=utc)), dt.combine(d, t, tzinfo=plus))),
                 ('combine bad', lambda: dt.combine(t, d)), ('combine dt', lambda: dt.combine(x, t)),
                 ('add', lambda: (x + td(days=1, microseconds=-121), xa + td(hours=20), td(1) + x, x - td(weeks=100))),
                 ('sub', lambda: (x - dt(2024, 1, 1), xa - dt(2024, 3, 15, tzinfo=utc), dt(2024, 1, 1) - x)),
                 ('sub mixed', lambda: x - xa), ('overflow', lambda: dt.max + td(microseconds=1)),
                 ('cmp', lambda: (x < dt(2025, 1, 1), x == dt(2024, 3, 15, 13, 5, 9, 120), xa == x, xa != x, xa == dt(2024, 3, 15, 7, 35, 9, 120, tzinfo=utc),
                                  xa > dt(2024, 3, 15, 7, 35, 9, 119, tzinfo=utc))),
                 ('cmp naive aware', lambda: x < xa), ('cmp date', lambda: x < d), ('cmp date eq', lambda: (x == d, d == x, x != d)),
                 ('hash', lambda: hash(xa) == hash(dt(2024, 3, 15, 7, 35, 9, 120, tzinfo=utc))),
                 ('timestamp', lambda: (x.timestamp(), xa.timestamp(), dt(1970, 1, 1).timestamp(), dt(1, 1, 1, tzinfo=utc).timestamp())),
                 ('fromtimestamp', lambda: (dt.fromtimestamp(0), dt.fromtimestamp(1e9 + 0.5), dt.fromtimestamp(-1.25), dt.fromtimestamp(1.0000005),
                                            dt.fromtimestamp(1.0000015), dt.fromtimestamp(1700000000, plus), dt.fromtimestamp(0, utc), dt.fromtimestamp(0.9999996))),
                 ('utcfromtimestamp', lambda: (dt.utcfromtimestamp(1e9), dt.utcfromtimestamp(-86400 * 365.25 * 100))),
                 ('fromtimestamp bad', lambda: dt.fromtimestamp('x')), ('fromtimestamp nan', lambda: dt.fromtimestamp(float('nan'))),
                 ('astimezone', lambda: (xa.astimezone(utc), xa.astimezone(named), x.astimezone(utc), xa.astimezone(), x.astimezone(), xa.astimezone(plus) is xa)),
                 ('astimezone bad', lambda: xa.astimezone(5)),
                 ('offsets', lambda: (xa.utcoffset(), xa.dst(), xa.tzname(), x.utcoffset(), x.tzname())),
                 ('replace', lambda: (x.replace(tzinfo=utc), xa.replace(tzinfo=None), x.replace(year=2023, fold=1))),
                 ('strftime', lambda: [v.strftime(f) for v in (x, xa, dt(5, 1, 2, 0, 0), dt(2024, 12, 31, 23)) for f in ['%a %A %b %B %c', '%d %e %f %H %I %j %m %M %p %S', '%U %w %W %x %X %y %Y %z %Z %%', '%G %g %V %u %C %D %F %T %R %r %h %n %t %k %l %P', '%Q %E %O', '%-d %-m %-H %_d %0e %^a %^B', '%', '%:z x', 'plain', '']]),
                 ('strftime bad', lambda: x.strftime(5)), ('format', lambda: (format(x, ''), format(xa, '%Y'))),
                 ('minmax', lambda: (dt.min, dt.max, dt.resolution)), ('pickle', lambda: (pickle.loads(pickle.dumps(xa)) == xa, copy.deepcopy(xa))),
                 ('isinstance', lambda: (isinstance(x, date), issubclass(dt, date), isinstance(utc, D.tzinfo))),
                 ('now', lambda: (type(dt.now()).__name__, dt.now(utc).tzinfo, dt.utcnow().tzinfo, type(dt.today()).__name__)),
                 ('subclass', lambda: (repr(type('MyDT', (dt,), {})(2020, 1, 1)), type(type('MyDT', (dt,), {})(2020, 1, 1) + td(1)).__name__,
                                       type(type('MyDT', (dt,), {}).fromtimestamp(0)).__name__))]:
    check(f'dt {label}', f)
for s in ['2024-01-05T10:20:30.5+01:00', '2024-01-05 10:20', '2024-01-05T10', '20240105T102030', '2024-01-05T10:20:30,123456789Z',
          '2024-01-05x10:20', '2024-01-05T10:20:30+0130', '2024-01-05T1020', '2024-01-05T10:20:30.1234', '2024-01-05T10:20:30-01:02:03.5',
          '2024-01-05T10:20:30 ', '2024-01-05', '2024-01-05T', '2024-W01-2T10:00', '2024W012T1000', '2024-W01T10', '2024-01', '2024-01-05T25:00',
          '2024-01-05T10:20:30+24:00', '2024-01-05T10:20:30Z', '2024-01-05T10:20:30-00:00', 'x', '2024-01-0510:20', '2024-01-05T10:20:30.']:
    check(f'dt.fromisoformat({s!r})', lambda: dt.fromisoformat(s))
for s, f in [('2024-03-15 13:05:09', '%Y-%m-%d %H:%M:%S'), ('15/03/24', '%d/%m/%y'), ('Mar 5 2024', '%b %d %Y'), ('march 5 2024', '%B %d %Y'),
             ('5 PM', '%I %p'), ('12 am', '%I %p'), ('12 pm', '%I %p'), ('2024-03-15T13:05:09.123+0530', '%Y-%m-%dT%H:%M:%S.%f%z'),
             ('2024-03-15 Z', '%Y-%m-%d %z'), ('2024-03-15 -01:30:15.5', '%Y-%m-%d %z'), ('2024 075', '%Y %j'), ('2024 10 1', '%Y %W %w'),
             ('2024 10 1', '%Y %U %w'), ('2024 0 3', '%Y %U %w'), ('2023 0 0', '%Y %W %w'), ('2024 10 Mon', '%G %V %a'), ('Fri Mar 15 13:05:09 2024', '%c'),
             ('03/15/24', '%x'), ('13:05:09', '%X'), ('13:05', '%H:%M:%S'), ('13:05:09 extra', '%H:%M:%S'), ('1', '%q'), ('1', '%'), ('x', 'x'),
             ('  2024', ' %Y'), ('2024\t\n03', '%Y %m'), ('02-29', '%m-%d'), ('2024-02-29', '%Y-%m-%d'), ('69', '%y'), ('68', '%y'),
             ('2024-03-15 UTC', '%Y-%m-%d %Z'), ('2024-03-15 +0000 UTC', '%Y-%m-%d %z %Z'), ('1 1', '%d %H'), ('100', '%Y'), ('61', '%S'),
             ('Tuesday', '%A'), ('%', '%%'), ('2024 10', '%G %V'), ('2024 10 1', '%Y %V %u'), ('1.5', '%S.%f'), ('1.1234567', '%S.%f'),
             ('2024-03-15', 5), (5, '%Y'), ('a.b', 'a.b'), ('a+b', 'a+b'), ('[x]', '[x]')]:
    check(f'strptime({s!r}, {f!r})', lambda: dt.strptime(s, f))

# timezone and tzinfo
for args in [(td(0),), (td(0), 'UTC'), (td(hours=1),), (td(hours=-5, minutes=-30), 'X'), (td(hours=24),), (td(hours=-24),), (td(seconds=1),),
             (td(microseconds=1),), (1,), (td(1), 1), (td(hours=23, minutes=59, seconds=59, microseconds=999999),), (td(0), None)]:
    check(f'timezone{args!r}', lambda: (tz(*args), str(tz(*args)), tz(*args).tzname(None), tz(*args).utcoffset(None), tz(*args).dst(None), tz(*args) is tz.utc))
for label, f in [('constants', lambda: (tz.utc, tz.min, tz.max, D.UTC is tz.utc, D.MINYEAR, D.MAXYEAR, str(tz.min))),
                 ('eq', lambda: (tz(td(hours=1)) == tz(td(hours=1), 'x'), tz.utc == tz(td(0), 'UTC'), tz.utc == 1, hash(tz(td(hours=1))) == hash(tz(td(hours=1), 'y')))),
                 ('utcoffset bad', lambda: tz.utc.utcoffset(1)), ('tzname bad', lambda: tz.utc.tzname('x')), ('fromutc', lambda: plus.fromutc(dt(2024, 1, 1, tzinfo=plus))),
                 ('fromutc wrong', lambda: plus.fromutc(dt(2024, 1, 1, tzinfo=utc))), ('fromutc naive', lambda: plus.fromutc(dt(2024, 1, 1))), ('fromutc bad', lambda: plus.fromutc(5)),
                 ('subclass', lambda: type('Z', (tz,), {})), ('pickle', lambda: (pickle.loads(pickle.dumps(named)), pickle.loads(pickle.dumps(tz.utc)) is tz.utc)),
                 ('copy', lambda: copy.deepcopy(plus))]:
    check(f'tz {label}', f)


class Fixed(D.tzinfo):
    def __init__(self, minutes, name='F'):
        self.m, self.n = minutes, name

    def utcoffset(self, d):
        return td(minutes=self.m)

    def dst(self, d):
        return td(0)

    def tzname(self, d):
        return self.n

    def __repr__(self):
        return f'Fixed({self.m})'


class Bad(D.tzinfo):
    def __init__(self, off, name=None):
        self.off, self.name = off, name

    def utcoffset(self, d):
        return self.off

    def dst(self, d):
        return self.off

    def tzname(self, d):
        return self.name


for label, f in [('fixed', lambda: (dt(2024, 1, 1, tzinfo=Fixed(90)), str(dt(2024, 1, 1, tzinfo=Fixed(-90))), dt(2024, 1, 1, tzinfo=Fixed(90)).astimezone(utc))),
                 ('fixed fromutc', lambda: dt(2024, 1, 1, tzinfo=utc).astimezone(Fixed(-30))), ('fixed strftime', lambda: dt(2024, 1, 1, tzinfo=Fixed(61, 'Q')).strftime('%z %Z %:z')),
                 ('bad int', lambda: dt(2024, 1, 1, tzinfo=Bad(5)).utcoffset()), ('bad big', lambda: dt(2024, 1, 1, tzinfo=Bad(td(hours=25))).utcoffset()),
                 ('bad dst', lambda: dt(2024, 1, 1, tzinfo=Bad(5)).dst()), ('bad name', lambda: dt(2024, 1, 1, tzinfo=Bad(None, 5)).tzname()),
                 ('none offset', lambda: (dt(2024, 1, 1, tzinfo=Bad(None)).utcoffset(), str(dt(2024, 1, 1, tzinfo=Bad(None))), dt(2024, 1, 1, tzinfo=Bad(None)) == dt(2024, 1, 1))),
                 ('abstract', lambda: D.tzinfo().utcoffset(None)), ('abstract dst', lambda: D.tzinfo().dst(None)), ('abstract name', lambda: D.tzinfo().tzname(None)),
                 ('abstract fromutc', lambda: D.tzinfo().fromutc(dt(2024, 1, 1))), ('pickle fixed', lambda: pickle.loads(pickle.dumps(Fixed(5))).m),
                 ('naive-aware eq', lambda: (dt(2024, 1, 1) == dt(2024, 1, 1, tzinfo=utc), dt(2024, 1, 1, tzinfo=Fixed(0)) == dt(2024, 1, 1, tzinfo=utc))),
                 ('all', lambda: sorted(D.__all__)), ('module', lambda: (dt.__module__, td.__name__, type(date(2020, 1, 1).isocalendar()).__name__))]:
    check(f'tzinfo {label}', f)
