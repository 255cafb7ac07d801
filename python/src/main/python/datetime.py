"""Dates, times, durations and fixed-offset time zones (Pyjama, pure Python).

Follows CPython 3.12's datetime: the C implementation's reprs, error messages, rounding
(round-half-even to microseconds) and comparison rules.  Local time comes from the time module.
"""
import time as _time
import math as _math

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo', 'MINYEAR', 'MAXYEAR', 'UTC')

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059  # date.max.toordinal()

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_acc = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_acc)
    _acc += _dim
del _acc, _dim

_MONTHNAMES = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
_FULLMONTHNAMES = [None, 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
                   'September', 'October', 'November', 'December']
_DAYNAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_FULLDAYNAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


_DI400Y = _days_before_year(401)
_DI100Y = _days_before_year(101)
_DI4Y = _days_before_year(5)


def _ord2ymd(n):
    """(year, month, day) of proleptic Gregorian ordinal n (1 is 0001-01-01)."""
    n -= 1
    n400, n = divmod(n, _DI400Y)
    year = n400 * 400 + 1
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        # The last day of a 4-year or 400-year cycle.
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leap)
    return year, month, n - preceding + 1


def _index(value):
    """value as an int the way C's integer argument parsing takes it."""
    if isinstance(value, int):
        return int(value)
    index = getattr(type(value), '__index__', None)
    if index is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return index(value)


def _check_date_fields(year, month, day):
    year, month, day = _index(year), _index(month), _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f'year {year} is out of range')
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour, minute, second, microsecond = _index(hour), _index(minute), _index(second), _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    fold = _index(fold)
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo_arg(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError(f"tzinfo argument must be None or of a tzinfo subclass, not type '{type(tz).__name__}'")


def _type_name(obj):
    """The type's name as CPython's C types print it: module-qualified for our own classes."""
    cls = type(obj)
    if cls in _OUR_CLASSES:
        return 'datetime.' + cls.__name__
    return cls.__name__


def _cmperror(x, y):
    raise TypeError(f"can't compare {_type_name(x)} to {_type_name(y)}")


def _round_half_even_div(a, b):
    """a / b for ints, rounded to the nearest int with ties to even."""
    q, r = divmod(a, b)
    r2 = r * 2
    if r2 > b if b > 0 else r2 < b:
        q += 1
    elif r2 == b and q % 2 == 1:
        q += 1
    return q


def _format_offset(off, sep=':'):
    """+HH:MM[:SS[.ffffff]] for a timedelta offset, '' for None."""
    if off is None:
        return ''
    if off.days < 0:
        sign = '-'
        off = -off
    else:
        sign = '+'
    hh, rest = divmod(off, timedelta(hours=1))
    mm, rest = divmod(rest, timedelta(minutes=1))
    s = f'{sign}{hh:02d}{sep}{mm:02d}'
    if rest.seconds or rest.microseconds:
        s += f'{sep}{rest.seconds:02d}'
        if rest.microseconds:
            s += f'.{rest.microseconds:06d}'
    return s


def _check_utc_offset(name, offset):
    """Validate what a tzinfo method returned."""
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError(f"tzinfo.{name}() must return None or timedelta, not '{type(offset).__name__}'")
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) and '
                         'timedelta(hours=24).')
    return offset


def _call_tzname(tz, dt):
    if tz is None:
        return None
    name = tz.tzname(dt)
    if name is not None and not isinstance(name, str):
        raise TypeError(f"tzinfo.tzname() must return None or a string, not '{type(name).__name__}'")
    return name


def _format_time(hh, mm, ss, us, timespec='auto'):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    elif timespec == 'milliseconds':
        us //= 1000
    if timespec == 'hours':
        return f'{hh:02d}'
    if timespec == 'minutes':
        return f'{hh:02d}:{mm:02d}'
    if timespec == 'seconds':
        return f'{hh:02d}:{mm:02d}:{ss:02d}'
    if timespec == 'milliseconds':
        return f'{hh:02d}:{mm:02d}:{ss:02d}.{us:03d}'
    if timespec == 'microseconds':
        return f'{hh:02d}:{mm:02d}:{ss:02d}.{us:06d}'
    raise ValueError('Unknown timespec value')


def _iso_week1_monday(year):
    first = _ymd2ord(year, 1, 1)
    first_weekday = (first + 6) % 7
    monday = first - first_weekday
    if first_weekday > 3:
        monday += 7
    return monday


def _isocalendar(year, ordinal):
    week1 = _iso_week1_monday(year)
    week, day = divmod(ordinal - week1, 7)
    if week < 0:
        year -= 1
        week, day = divmod(ordinal - _iso_week1_monday(year), 7)
    elif week >= 52 and ordinal >= _iso_week1_monday(year + 1):
        year += 1
        week = 0
    return year, week + 1, day + 1


# ---------------------------------------------------------------- strftime

def _strftime(obj, fmt, timetuple):
    """strftime for date/time/datetime objects in the C locale, with glibc's extra directives."""
    if not isinstance(fmt, str):
        raise TypeError(f'strftime() argument 1 must be str, not {type(fmt).__name__}')
    year, month, day, hh, mm, ss, wday, yday = timetuple[:8]
    out = []
    i, n = 0, len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != '%':
            out.append(ch)
            continue
        if i >= n:
            out.append('%')
            break
        start = i - 1
        flag = ''
        if fmt[i] in '-_0^#':
            flag = fmt[i]
            i += 1
            if i >= n:
                out.append(fmt[start:])
                break
        c = fmt[i]
        i += 1
        if c == ':' and i < n and fmt[i] == 'z':
            i += 1
            off = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
            out.append(_format_offset(off, ':'))
            continue
        num = None  # (value, width, pad)
        text = None
        if c == 'a':
            text = _DAYNAMES[wday]
        elif c == 'A':
            text = _FULLDAYNAMES[wday]
        elif c in 'bh':
            text = _MONTHNAMES[month]
        elif c == 'B':
            text = _FULLMONTHNAMES[month]
        elif c == 'c':
            text = f'{_DAYNAMES[wday]} {_MONTHNAMES[month]} {day:2d} {hh:02d}:{mm:02d}:{ss:02d} {year}'
        elif c == 'C':
            num = (year // 100, 1, '0')
        elif c == 'd':
            num = (day, 2, '0')
        elif c == 'D':
            text = f'{month:02d}/{day:02d}/{year % 100:02d}'
        elif c == 'e':
            num = (day, 2, ' ')
        elif c == 'f':
            text = f'{getattr(obj, "microsecond", 0):06d}'
        elif c == 'F':
            text = f'{year}-{month:02d}-{day:02d}'
        elif c == 'G':
            num = (_isocalendar(year, _ymd2ord(year, month, day))[0], 1, '0')
        elif c == 'g':
            num = (_isocalendar(year, _ymd2ord(year, month, day))[0] % 100, 2, '0')
        elif c == 'H':
            num = (hh, 2, '0')
        elif c == 'I':
            num = (hh % 12 or 12, 2, '0')
        elif c == 'j':
            num = (yday, 3, '0')
        elif c == 'k':
            num = (hh, 2, ' ')
        elif c == 'l':
            num = (hh % 12 or 12, 2, ' ')
        elif c == 'm':
            num = (month, 2, '0')
        elif c == 'M':
            num = (mm, 2, '0')
        elif c == 'n':
            text = '\n'
        elif c == 'p':
            text = 'AM' if hh < 12 else 'PM'
        elif c == 'P':
            text = 'am' if hh < 12 else 'pm'
        elif c == 'r':
            text = f'{hh % 12 or 12:02d}:{mm:02d}:{ss:02d} {"AM" if hh < 12 else "PM"}'
        elif c == 'R':
            text = f'{hh:02d}:{mm:02d}'
        elif c == 'S':
            num = (ss, 2, '0')
        elif c == 't':
            text = '\t'
        elif c == 'T':
            text = f'{hh:02d}:{mm:02d}:{ss:02d}'
        elif c == 'u':
            num = (wday + 1, 1, '0')
        elif c == 'U':
            num = ((yday + 6 - (wday + 1) % 7) // 7, 2, '0')
        elif c == 'V':
            num = (_isocalendar(year, _ymd2ord(year, month, day))[1], 2, '0')
        elif c == 'w':
            num = ((wday + 1) % 7, 1, '0')
        elif c == 'W':
            num = ((yday + 6 - wday) // 7, 2, '0')
        elif c == 'x':
            text = f'{month:02d}/{day:02d}/{year % 100:02d}'
        elif c == 'X':
            text = f'{hh:02d}:{mm:02d}:{ss:02d}'
        elif c == 'y':
            num = (year % 100, 2, '0')
        elif c == 'Y':
            num = (year, 1, '0')
        elif c == 'z':
            off = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
            text = _format_offset(off, '')
        elif c == 'Z':
            name = obj.tzname() if hasattr(obj, 'tzname') else None
            text = name or ''
        elif c == '%':
            text = '%'
        else:
            text = fmt[start:i]
        if num is not None:
            value, width, pad = num
            if flag == '-':
                text = str(value)
            else:
                if flag == '_':
                    pad = ' '
                elif flag == '0':
                    pad = '0'
                text = str(value).rjust(width, pad)
        elif flag == '^':
            text = text.upper()
        out.append(text)
    return ''.join(out)


# ---------------------------------------------------------------- timedelta

_TD_FACTORS = (('microseconds', 1), ('milliseconds', 1000), ('seconds', 1000000),
               ('minutes', 60000000), ('hours', 3600000000), ('days', 86400000000),
               ('weeks', 604800000000))


def _round_c(x):
    """C's round(): halfway cases away from zero."""
    f = _math.floor(x)
    diff = x - f
    if diff > 0.5 or (diff == 0.5 and x > 0):
        return f + 1
    return f


class _ReadOnly:
    """A read-only attribute the way C member descriptors behave."""

    def __init__(self, slot, doc):
        self.slot = slot
        self.__doc__ = doc

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return getattr(obj, self.slot)

    def __set__(self, obj, value):
        raise AttributeError('readonly attribute')

    def __delete__(self, obj):
        raise AttributeError('readonly attribute')


_MISSING = object()


def _require(value, name, pos):
    if value is _MISSING:
        raise TypeError(f"function missing required argument '{name}' (pos {pos})")


class timedelta:
    """Difference between two datetime values.

    timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)

    All arguments are optional and default to 0.
    Arguments may be integers or floats, and may be positive or negative."""

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0,
                **unexpected):
        for name in unexpected:
            raise TypeError(f"'{name}' is an invalid keyword argument for __new__()")
        args = {'days': days, 'seconds': seconds, 'microseconds': microseconds,
                'milliseconds': milliseconds, 'minutes': minutes, 'hours': hours, 'weeks': weeks}
        total = 0
        leftover = 0.0
        for name, factor in _TD_FACTORS:
            value = args[name]
            if isinstance(value, int):
                total += int(value) * factor
            elif isinstance(value, float):
                if _math.isinf(value):
                    raise OverflowError('cannot convert float infinity to integer')
                if _math.isnan(value):
                    raise ValueError('cannot convert float NaN to integer')
                frac, whole = _math.modf(value)
                total += int(whole) * factor
                if frac:
                    scaled = factor * frac
                    frac2, whole2 = _math.modf(scaled)
                    total += int(whole2)
                    leftover += frac2
            else:
                raise TypeError(f'unsupported type for timedelta {name} component: {type(value).__name__}')
        if leftover:
            whole = _round_c(leftover)
            if abs(whole - leftover) == 0.5:
                odd = total & 1
                whole = 2.0 * _round_c((leftover + odd) * 0.5) - odd
            total += int(whole)
        return cls._from_microseconds(total)

    @classmethod
    def _from_microseconds(cls, us):
        seconds, us = divmod(us, 1000000)
        days, seconds = divmod(seconds, 86400)
        if not -999999999 <= days <= 999999999:
            if not -2 ** 31 <= days < 2 ** 31:
                raise OverflowError('Python int too large to convert to C int')
            raise OverflowError(f'days={days}; must have magnitude <= 999999999')
        self = object.__new__(cls)
        self._days = days
        self._seconds = seconds
        self._microseconds = us
        self._hashcode = -1
        return self

    def _to_microseconds(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    days = _ReadOnly('_days', 'Number of days.')
    seconds = _ReadOnly('_seconds', 'Number of seconds (>= 0 and less than 1 day).')
    microseconds = _ReadOnly('_microseconds', 'Number of microseconds (>= 0 and less than 1 second).')

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._to_microseconds() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append(f'days={self._days}')
        if self._seconds:
            args.append(f'seconds={self._seconds}')
        if self._microseconds:
            args.append(f'microseconds={self._microseconds}')
        return f'{_type_name(self)}({", ".join(args) or "0"})'

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = f'{hh}:{mm:02d}:{ss:02d}'
        if self._days:
            plural = '' if abs(self._days) == 1 else 's'
            s = f'{self._days} day{plural}, ' + s
        if self._microseconds:
            s += f'.{self._microseconds:06d}'
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() + other._to_microseconds())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() - other._to_microseconds())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_microseconds(-self._to_microseconds())

    def __pos__(self):
        return timedelta._from_microseconds(self._to_microseconds())

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(self._to_microseconds() * other)
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return timedelta._from_microseconds(_round_half_even_div(self._to_microseconds() * num, den))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            us = other._to_microseconds()
            if us == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return self._to_microseconds() // us
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return timedelta._from_microseconds(self._to_microseconds() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            us = other._to_microseconds()
            if us == 0:
                raise ZeroDivisionError('division by zero')
            return self._to_microseconds() / us
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return timedelta._from_microseconds(_round_half_even_div(self._to_microseconds(), other))
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            if num == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return timedelta._from_microseconds(_round_half_even_div(den * self._to_microseconds(), num))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            us = other._to_microseconds()
            if us == 0:
                raise ZeroDivisionError('integer modulo by zero')
            return timedelta._from_microseconds(self._to_microseconds() % us)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            us = other._to_microseconds()
            if us == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            q, r = divmod(self._to_microseconds(), us)
            return q, timedelta._from_microseconds(r)
        return NotImplemented

    def _cmp(self, other):
        a, b = self._to_microseconds(), other._to_microseconds()
        return (a > b) - (a < b)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return type(self), (self._days, self._seconds, self._microseconds)


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------- date

class date:
    """date(year, month, day) --> date object"""

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year=_MISSING, month=_MISSING, day=_MISSING):
        _require(year, 'year', 1)
        _require(month, 'month', 2)
        _require(day, 'day', 3)
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        """Create a date from a POSIX timestamp."""
        y, m, d = _time.localtime(_timestamp_seconds(t))[:3]
        return cls(y, m, d)

    @classmethod
    def today(cls):
        """Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """int -> date corresponding to a proleptic Gregorian ordinal."""
        n = _index(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        """str -> Construct a date from a string in ISO 8601 format."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) not in (7, 8, 10):
            raise ValueError(f'Invalid isoformat string: {date_string!r}')
        try:
            ymd = _parse_isoformat_date(date_string)
        except (ValueError, IndexError):
            raise ValueError(f'Invalid isoformat string: {date_string!r}') from None
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """int, int, int -> Construct a date from the ISO year, week number and weekday."""
        return cls(*_isocal_to_ymd(year, week, day))

    def __repr__(self):
        return f'{_type_name(self)}({self._year}, {self._month}, {self._day})'

    def ctime(self):
        """Return ctime() style string."""
        weekday = self.toordinal() % 7 or 7
        return (f'{_DAYNAMES[weekday - 1]} {_MONTHNAMES[self._month]} {self._day:2d} '
                f'00:00:00 {self._year:04d}')

    def strftime(self, format):
        """format -> strftime() style string."""
        return _strftime(self, format, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f'__format__() argument must be str, not {type(fmt).__name__}')
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def isoformat(self):
        """Return string in ISO 8601 format, YYYY-MM-DD."""
        return f'{self._year:04d}-{self._month:02d}-{self._day:02d}'

    __str__ = isoformat

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        """Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."""
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        """Return date with new specified fields."""
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def _cmpkey(self):
        return self._year, self._month, self._day

    def _comparable(self, other):
        return isinstance(other, date) and not isinstance(other, datetime)

    def __eq__(self, other):
        if self._comparable(other):
            return self._cmpkey() == other._cmpkey()
        return NotImplemented

    def __ne__(self, other):
        if self._comparable(other):
            return self._cmpkey() != other._cmpkey()
        return NotImplemented

    def __lt__(self, other):
        if self._comparable(other):
            return self._cmpkey() < other._cmpkey()
        return NotImplemented

    def __le__(self, other):
        if self._comparable(other):
            return self._cmpkey() <= other._cmpkey()
        return NotImplemented

    def __gt__(self, other):
        if self._comparable(other):
            return self._cmpkey() > other._cmpkey()
        return NotImplemented

    def __ge__(self, other):
        if self._comparable(other):
            return self._cmpkey() >= other._cmpkey()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(('date', self._year, self._month, self._day))
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAXORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError('date value out of range')
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def weekday(self):
        """Return the day of the week represented by the date.  Monday == 0 ... Sunday == 6"""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Return the day of the week represented by the date.  Monday == 1 ... Sunday == 7"""
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        """Return a named tuple containing ISO year, week number, and weekday."""
        return _IsoCalendarDate(*_isocalendar(self._year, self.toordinal()))

    def __reduce__(self):
        return type(self), (self._year, self._month, self._day)


class _IsoCalendarDate(tuple):

    def __new__(cls, year, week, weekday, /):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return tuple, (tuple(self),)

    def __repr__(self):
        return f'datetime.IsoCalendarDate(year={self[0]}, week={self[1]}, weekday={self[2]})'



_IsoCalendarDate.__name__ = _IsoCalendarDate.__qualname__ = 'IsoCalendarDate'


def _build_struct_time(y, m, d, hh, mm, ss, dstflag):
    wday = (_ymd2ord(y, m, d) + 6) % 7
    dnum = _days_before_month(y, m) + d
    return _time.struct_time((y, m, d, hh, mm, ss, wday, dnum, dstflag))


def _isocal_to_ymd(year, week, day):
    year, week, day = _index(year), _index(week), _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f'Year is out of range: {year}')
    if not 0 < week < 53:
        out_of_range = True
        if week == 53:
            first_weekday = _ymd2ord(year, 1, 1) % 7
            if first_weekday == 4 or (first_weekday == 3 and _is_leap(year)):
                out_of_range = False
        if out_of_range:
            raise ValueError(f'Invalid week: {week}')
    if not 0 < day < 8:
        raise ValueError(f'Invalid day: {day} (range is [1, 7])')
    ordinal = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
    return _ord2ymd(ordinal)


def _parse_isoformat_date(s):
    """(year, month, day) from YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or YYYYWww[D]."""
    if not all(c.isascii() for c in s):
        raise ValueError('non-ascii')
    year = _digits(s, 0, 4)
    has_sep = s[4:5] == '-'
    pos = 5 if has_sep else 4
    if s[pos:pos + 1] == 'W':
        pos += 1
        week = _digits(s, pos, 2)
        pos += 2
        day = 1
        if len(s) > pos:
            if (s[pos:pos + 1] == '-') != has_sep:
                raise ValueError('Inconsistent use of dash separator')
            pos += has_sep
            day = _digits(s, pos, 1)
            pos += 1
        if pos != len(s):
            raise ValueError('trailing')
        return _isocal_to_ymd(year, week, day)
    month = _digits(s, pos, 2)
    pos += 2
    if (s[pos:pos + 1] == '-') != has_sep:
        raise ValueError('Inconsistent use of dash separator')
    pos += has_sep
    day = _digits(s, pos, 2)
    if pos + 2 != len(s):
        raise ValueError('trailing')
    return year, month, day


def _digits(s, pos, count):
    part = s[pos:pos + count]
    if len(part) != count or not all('0' <= c <= '9' for c in part):
        raise ValueError('expected digits')
    return int(part)


def _parse_isoformat_time(s):
    """(hour, minute, second, microsecond, tzinfo) from the time part of an ISO 8601 string."""
    tz_pos = max(s.find('+'), s.find('-'), s.find('Z'))
    if tz_pos == -1:
        tz_pos = len(s)
    time_part = s[:tz_pos]
    fields = _parse_hh_mm_ss_ff(time_part)
    tz = None
    if tz_pos < len(s):
        tzstr = s[tz_pos + 1:]
        if s[tz_pos] == 'Z':
            if tzstr:
                raise ValueError('trailing after Z')
            tz = timezone.utc
        else:
            if len(tzstr) not in (2, 4, 5, 6, 8) and not (len(tzstr) > 9 and tzstr[8:9] in '.,'):
                raise ValueError('bad tz')
            hh, mm, ss, us = _parse_hh_mm_ss_ff(tzstr)
            offset = timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=us)
            if s[tz_pos] == '-':
                offset = -offset
            tz = offset
    return fields + [tz]


def _tz_from_offset(offset):
    if offset is None or isinstance(offset, tzinfo):
        return offset
    return timezone(offset) if offset else timezone.utc


def _parse_hh_mm_ss_ff(s):
    values = [0, 0, 0, 0]
    pos = 0
    length = len(s)
    has_sep = None
    for comp in range(3):
        if length - pos < 2:
            raise ValueError('Incomplete time component')
        values[comp] = _digits(s, pos, 2)
        pos += 2
        nxt = s[pos:pos + 1]
        if has_sep is None and comp == 0:
            has_sep = nxt == ':'
        if not nxt or comp >= 2:
            break
        if has_sep:
            if nxt != ':':
                if nxt in '.,' and comp == 2:
                    break
                raise ValueError(f'Invalid time separator: {nxt}')
            pos += 1
    if pos < length:
        if s[pos] not in '.,' or values[2] is None:
            raise ValueError('Invalid microsecond component')
        pos += 1
        frac = s[pos:]
        if not frac or not all('0' <= c <= '9' for c in frac):
            raise ValueError('Invalid microsecond component')
        digits = frac[:6]
        values[3] = int(digits) * 10 ** (6 - len(digits))
    return values


# ---------------------------------------------------------------- tzinfo / time

class tzinfo:
    """Abstract base class for time zone info objects."""

    __slots__ = ()

    def tzname(self, dt):
        """datetime -> string name of time zone."""
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        """datetime -> timedelta showing offset from UTC, negative values indicating West of UTC"""
        raise NotImplementedError('a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        """datetime -> DST offset as timedelta positive east of UTC."""
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError('fromutc: non-None utcoffset() result required')
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError('fromutc: non-None dst() result required')
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError('fromutc: tz.dst() gave inconsistent results; cannot convert')
        return dt + dtdst

    def __reduce__(self):
        getinitargs = getattr(self, '__getinitargs__', None)
        args = getinitargs() if getinitargs else ()
        state = getattr(self, '__dict__', None) or None
        return type(self), args, state


class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object

    All arguments are optional. tzinfo may be None, or an instance of
    a tzinfo subclass. The remaining arguments may be ints.
    """

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_hashcode', '_fold')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self = object.__new__(cls)
        self._hour, self._minute, self._second, self._microsecond = hour, minute, second, microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour, doc='hour (0-23)')
    minute = property(lambda self: self._minute, doc='minute (0-59)')
    second = property(lambda self: self._second, doc='second (0-59)')
    microsecond = property(lambda self: self._microsecond, doc='microsecond (0-999999)')
    tzinfo = property(lambda self: self._tzinfo, doc='timezone info object')
    fold = property(lambda self: self._fold)

    def _key(self):
        return self._hour, self._minute, self._second, self._microsecond

    def _cmp(self, other, equality):
        mytz, ottz = self._tzinfo, other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base_compare = myoff == otoff
        if base_compare:
            a, b = self._key(), other._key()
            return (a > b) - (a < b)
        if myoff is None or otoff is None:
            if equality:
                return 2  # unequal
            raise TypeError("can't compare offset-naive and offset-aware times")
        a = (self._hour * 3600 + self._minute * 60 + self._second) * 1000000 + self._microsecond
        a -= myoff._to_microseconds()
        b = (other._hour * 3600 + other._minute * 60 + other._second) * 1000000 + other._microsecond
        b -= otoff._to_microseconds()
        return (a > b) - (a < b)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, True) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._cmp(other, True) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            if off is None:
                self._hashcode = hash(('time',) + t._key())
            else:
                us = (self._hour * 3600 + self._minute * 60 + self._second) * 1000000 + self._microsecond
                us -= off._to_microseconds()
                self._hashcode = hash(('time-aware', us))
        return self._hashcode

    def _tzstr(self):
        return _format_offset(self.utcoffset())

    def __repr__(self):
        if self._microsecond:
            s = f', {self._second}, {self._microsecond}'
        elif self._second:
            s = f', {self._second}'
        else:
            s = ''
        s = f'{_type_name(self)}({self._hour}, {self._minute}{s})'
        if self._tzinfo is not None:
            s = s[:-1] + f', tzinfo={self._tzinfo!r})'
        if self._fold:
            s = s[:-1] + ', fold=1)'
        return s

    def isoformat(self, timespec='auto'):
        """Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM]."""
        if not isinstance(timespec, str):
            raise TypeError(f'isoformat() argument 1 must be str, not {type(timespec).__name__}')
        return _format_time(self._hour, self._minute, self._second, self._microsecond, timespec) + self._tzstr()

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        """string -> time from a string in ISO 8601 format"""
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = time_string[1:] if time_string.startswith('T') else time_string
        try:
            hh, mm, ss, us, tz = _parse_isoformat_time(s)
        except ValueError:
            raise ValueError(f'Invalid isoformat string: {time_string!r}') from None
        return cls(hh, mm, ss, us, _tz_from_offset(tz))

    def strftime(self, format):
        """format -> strftime() style string."""
        return _strftime(self, format, (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1))

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f'__format__() argument must be str, not {type(fmt).__name__}')
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(None)."""
        if self._tzinfo is None:
            return None
        return _check_utc_offset('utcoffset', self._tzinfo.utcoffset(None))

    def tzname(self):
        """Return self.tzinfo.tzname(None)."""
        return _call_tzname(self._tzinfo, None)

    def dst(self):
        """Return self.tzinfo.dst(None)."""
        if self._tzinfo is None:
            return None
        return _check_utc_offset('dst', self._tzinfo.dst(None))

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        """Return time with new specified fields."""
        return type(self)(self._hour if hour is None else hour, self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def __reduce__(self):
        args = (self._hour, self._minute, self._second, self._microsecond)
        if self._tzinfo is not None:
            args += (self._tzinfo,)
        return type(self), args


# ---------------------------------------------------------------- datetime

def _timestamp_seconds(t):
    """(seconds, microseconds) of a timestamp, rounded half-even; seconds only for date."""
    if isinstance(t, float) or isinstance(t, int):
        return t if isinstance(t, int) else _math.floor(t)
    raise TypeError(f"'{type(t).__name__}' object cannot be interpreted as an integer")


def _split_timestamp(t):
    if isinstance(t, int):
        return int(t), 0
    if not isinstance(t, float):
        index = getattr(type(t), '__float__', None)
        if index is None:
            raise TypeError(f"'{type(t).__name__}' object cannot be interpreted as an integer")
        t = float(t)
    if _math.isnan(t):
        raise ValueError('Invalid value NaN (not a number)')
    if _math.isinf(t):
        raise OverflowError('timestamp out of range for platform time_t')
    frac, whole = _math.modf(t)
    us = round(frac * 1e6)
    whole = int(whole)
    if us >= 1000000:
        whole += 1
        us -= 1000000
    elif us < 0:
        whole -= 1
        us += 1000000
    return whole, us


_EPOCH_ORDINAL = 719163  # date(1970, 1, 1).toordinal()


def _utc_fields(seconds):
    days, rem = divmod(seconds, 86400)
    ordinal = _EPOCH_ORDINAL + days
    if not 1 <= ordinal <= _MAXORDINAL:
        raise ValueError(f'year {_ord2ymd(max(ordinal, 1))[0] if ordinal > 0 else 0} is out of range')
    hh, rem = divmod(rem, 3600)
    mm, ss = divmod(rem, 60)
    return _ord2ymd(ordinal) + (hh, mm, ss)


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

The year, month and day arguments are required. tzinfo may be None, or an
instance of a tzinfo subclass. The remaining arguments may be ints.
"""

    __slots__ = time.__slots__

    def __new__(cls, year=_MISSING, month=_MISSING, day=_MISSING, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        _require(year, 'year', 1)
        _require(month, 'month', 2)
        _require(day, 'day', 3)
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hour, self._minute, self._second, self._microsecond = hour, minute, second, microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        seconds, us = _split_timestamp(t)
        if utc:
            fields = _utc_fields(seconds)
        else:
            fields = tuple(_time.localtime(seconds)[:6])
        result = cls(*fields, us, tz)
        if tz is None and not utc:
            # A wall time repeated by a backward transition gets fold=1 on its second occurrence.
            day = 86400
            probe_fields = tuple(_time.localtime(seconds - day)[:6]) if seconds >= day else None
            if probe_fields is not None:
                probe1 = cls(*probe_fields, us, tz)
                trans = result - probe1 - timedelta(0, day)
                if trans.days < 0:
                    probe2 = cls(*tuple(_time.localtime(seconds + trans // timedelta(0, 1))[:6]), us, tz)
                    if probe2 == result:
                        result._fold = 1
        elif tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def fromtimestamp(cls, timestamp, tz=None):
        """timestamp[, tz] -> tz's local time from POSIX timestamp."""
        _check_tzinfo_arg(tz)
        return cls._fromtimestamp(timestamp, tz is not None, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        return cls._fromtimestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        """Returns new datetime object representing current time local to tz."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        """Return a new datetime representing UTC day and time."""
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """date, time -> datetime with same date and time fields"""
        if not isinstance(date, _date_class):
            raise TypeError(f'combine() argument 1 must be datetime.date, not {_type_name(date)}')
        if not isinstance(time, _time_class):
            raise TypeError(f'combine() argument 2 must be datetime.time, not {_type_name(time)}')
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """string -> datetime from a string in most ISO 8601 formats"""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) < 7:
            raise ValueError(f'Invalid isoformat string: {date_string!r}')
        try:
            split = _find_isoformat_datetime_separator(date_string)
            ymd = _parse_isoformat_date(date_string[:split])
        except ValueError:
            raise ValueError(f'Invalid isoformat string: {date_string!r}') from None
        tstr = date_string[split + 1:]
        if tstr:
            try:
                hh, mm, ss, us, tz = _parse_isoformat_time(tstr)
            except ValueError:
                raise ValueError(f'Invalid isoformat string: {date_string!r}') from None
        elif split < len(date_string):
            raise ValueError(f'Invalid isoformat string: {date_string!r}')
        else:
            hh = mm = ss = us = 0
            tz = None
        return cls(*ymd, hh, mm, ss, us, _tz_from_offset(tz))

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _build_struct_time(self._year, self._month, self._day, self._hour, self._minute,
                                  self._second, flag)

    def _mktime(self):
        """Seconds since the epoch of this naive local time, honouring fold."""
        epoch = datetime(1970, 1, 1)
        fold_span = 24 * 3600
        t = (self.replace(tzinfo=None, fold=0) - epoch) // timedelta(0, 1)

        def local(u):
            y, m, d, hh, mm, ss = _time.localtime(u)[:6]
            return (datetime(y, m, d, hh, mm, ss) - epoch) // timedelta(0, 1)

        a = local(t) - t
        u1 = t - a
        t1 = local(u1)
        if t1 == t:
            u2 = u1 + (-fold_span, fold_span)[self._fold]
            b = local(u2) - u2
            if a == b:
                return u1
        else:
            b = t1 - u1
        u2 = t - b
        t2 = local(u2)
        if t2 == t:
            return u2
        if t1 == t:
            return u1
        return (max, min)[self._fold](u1, u2)

    def timestamp(self):
        """Return POSIX timestamp as float."""
        if self._tzinfo is None:
            s = self._mktime()
            return s + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def utctimetuple(self):
        """Return UTC time tuple, compatible with time.localtime()."""
        offset = self.utcoffset()
        dt = self
        if offset:
            dt = self - offset
        return _build_struct_time(dt._year, dt._month, dt._day, dt._hour, dt._minute, dt._second, 0)

    def date(self):
        """Return date object with same year, month and day."""
        return date(self._year, self._month, self._day)

    def time(self):
        """Return time object with same time but with tzinfo=None."""
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        """Return time object with same time and tzinfo."""
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        """Return datetime with new specified fields."""
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day, self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _local_timezone(self):
        ts = self._mktime() if self._tzinfo is None else (self - _EPOCH) // timedelta(seconds=1)
        local = _time.localtime(ts)
        gmtoff = getattr(local, 'tm_gmtoff', None)
        zone = getattr(local, 'tm_zone', None)
        if gmtoff is None:
            gmtoff = 0
        return timezone(timedelta(seconds=gmtoff), zone)

    def astimezone(self, tz=None):
        """tz -> convert to local time in new timezone tz"""
        if tz is None:
            tz = self._local_timezone()
        else:
            _check_tzinfo_arg(tz)
        mytz = self._tzinfo
        if mytz is None:
            mytz = self._local_timezone()
            myoffset = mytz.utcoffset(self)
        else:
            myoffset = mytz.utcoffset(self)
            if myoffset is None:
                mytz = self.replace(tzinfo=None)._local_timezone()
                myoffset = mytz.utcoffset(self)
        if tz is mytz:
            return self
        utc = (self - myoffset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        """Return ctime() style string."""
        weekday = self.toordinal() % 7 or 7
        return (f'{_DAYNAMES[weekday - 1]} {_MONTHNAMES[self._month]} {self._day:2d} '
                f'{self._hour:02d}:{self._minute:02d}:{self._second:02d} {self._year:04d}')

    def isoformat(self, sep='T', timespec='auto'):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM]."""
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError(f'isoformat() argument 1 must be a unicode character, not {type(sep).__name__}')
        if not isinstance(timespec, str):
            raise TypeError(f'isoformat() argument 2 must be str, not {type(timespec).__name__}')
        return (f'{self._year:04d}-{self._month:02d}-{self._day:02d}{sep}'
                + _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
                + _format_offset(self.utcoffset()))

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        while len(fields) > 5 and fields[-1] == 0:
            fields.pop()
        s = f'{_type_name(self)}({", ".join(map(str, fields))})'
        if self._tzinfo is not None:
            s = s[:-1] + f', tzinfo={self._tzinfo!r})'
        if self._fold:
            s = s[:-1] + ', fold=1)'
        return s

    def __str__(self):
        return self.isoformat(sep=' ')

    @classmethod
    def strptime(cls, date_string, format):
        """string, format -> new datetime parsed from a string (like time.strptime())."""
        return _strptime_datetime(cls, date_string, format)

    def strftime(self, format):
        """format -> strftime() style string."""
        return _strftime(self, format, self.timetuple())

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        if self._tzinfo is None:
            return None
        return _check_utc_offset('utcoffset', self._tzinfo.utcoffset(self))

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        return _call_tzname(self._tzinfo, self)

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        if self._tzinfo is None:
            return None
        return _check_utc_offset('dst', self._tzinfo.dst(self))

    def _key(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond)

    def _cmp(self, other, equality):
        mytz, ottz = self._tzinfo, other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            if equality:
                # An ambiguous or missing local time never equals a time in another zone.
                if myoff != self.replace(fold=not self._fold).utcoffset():
                    return 2
                if otoff != other.replace(fold=not other._fold).utcoffset():
                    return 2
            base_compare = myoff == otoff
        if base_compare:
            a, b = self._key(), other._key()
            return (a > b) - (a < b)
        if myoff is None or otoff is None:
            if equality:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = self - other
        if diff.days < 0:
            return -1
        return 1 if diff else 0

    def _compare(self, other, op, equality):
        if isinstance(other, datetime):
            return op(self._cmp(other, equality))
        if isinstance(other, date):
            if equality:
                return None
            _cmperror(self, other)
        return NotImplemented

    def __eq__(self, other):
        r = self._compare(other, lambda c: c == 0, True)
        return False if r is None else r

    def __ne__(self, other):
        r = self._compare(other, lambda c: c != 0, True)
        return True if r is None else r

    def __lt__(self, other):
        return self._compare(other, lambda c: c < 0, False)

    def __le__(self, other):
        return self._compare(other, lambda c: c <= 0, False)

    def __gt__(self, other):
        return self._compare(other, lambda c: c > 0, False)

    def __ge__(self, other):
        return self._compare(other, lambda c: c >= 0, False)

    def _to_microseconds(self):
        days = self.toordinal()
        return ((days * 86400 + self._hour * 3600 + self._minute * 60 + self._second) * 1000000
                + self._microsecond)

    @classmethod
    def _from_microseconds(cls, us, tz, fold=0):
        seconds, us = divmod(us, 1000000)
        days, seconds = divmod(seconds, 86400)
        if not 0 < days <= _MAXORDINAL:
            raise OverflowError('date value out of range')
        y, m, d = _ord2ymd(days)
        hh, rem = divmod(seconds, 3600)
        mm, ss = divmod(rem, 60)
        return cls(y, m, d, hh, mm, ss, us, tz, fold=fold)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        return type(self)._from_microseconds(self._to_microseconds() + other._to_microseconds(), self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return NotImplemented
        a, b = self._to_microseconds(), other._to_microseconds()
        if self._tzinfo is not other._tzinfo:
            myoff, otoff = self.utcoffset(), other.utcoffset()
            if (myoff is None) != (otoff is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if myoff is not None:
                a -= myoff._to_microseconds()
                b -= otoff._to_microseconds()
        return timedelta._from_microseconds(a - b)

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            if off is None:
                self._hashcode = hash(('datetime',) + t._key())
            else:
                self._hashcode = hash(('datetime', t._to_microseconds() - off._to_microseconds()))
        return self._hashcode

    def __reduce__(self):
        args = self._key()
        if self._tzinfo is not None:
            args += (self._tzinfo,)
        return type(self), args


def _find_isoformat_datetime_separator(s):
    """Index of the separator between the date and the time parts."""
    length = len(s)
    if length == 7:
        return 7
    if '-' in s[4:5]:
        # YYYY-MM-DD or YYYY-Www-D or YYYY-Www
        if length < 8:
            raise ValueError('Invalid ISO string')
        if s[5] == 'W':
            if length > 8 and s[8] == '-':
                return 10 if length > 9 else 8
            return 8
        return 10
    if s[4:5] == 'W':
        idx = 7
        while idx < length and idx < 8 and '0' <= s[idx] <= '9':
            idx += 1
        return idx
    return 8


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    __slots__ = ('_offset', '_name')

    def __new__(cls, offset, name=_MISSING):
        if not isinstance(offset, timedelta):
            raise TypeError(f'timezone() argument 1 must be datetime.timedelta, not {type(offset).__name__}')
        if name is _MISSING:
            name = None
        elif not isinstance(name, str):
            raise TypeError(f'timezone() argument 2 must be str, not {"None" if name is None else type(name).__name__}')
        if name is None and not offset and _UTC is not None:
            return _UTC
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) and '
                             f'timedelta(hours=24), not {offset!r}.')
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'datetime.timezone' is not an acceptable base type")

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return type(self), self.__getinitargs__()

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return 'datetime.timezone.utc'
        if self._name is None:
            return f'datetime.timezone({self._offset!r})'
        return f'datetime.timezone({self._offset!r}, {self._name!r})'

    def __str__(self):
        return self.tzname(None)

    def _check_dt(self, dt, what):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError(f'{what}(dt) argument must be a datetime instance or None, not {type(dt).__name__}')

    def utcoffset(self, dt):
        self._check_dt(dt, 'utcoffset')
        return self._offset

    def tzname(self, dt):
        self._check_dt(dt, 'tzname')
        if self._name is not None:
            return self._name
        off = self._offset
        if not off:
            return 'UTC'
        return 'UTC' + _format_offset(off)

    def dst(self, dt):
        self._check_dt(dt, 'dst')
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset


_UTC = None
_UTC = timezone._create(timedelta(0))
timezone.utc = _UTC
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
UTC = _UTC
_EPOCH = datetime(1970, 1, 1, tzinfo=_UTC)

date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)
time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

_date_class = date
_time_class = time
_OUR_CLASSES = (date, time, datetime, timedelta, timezone, tzinfo, _IsoCalendarDate)


# ---------------------------------------------------------------- strptime

_STRPTIME_PATTERNS = {
    'd': r'(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])',
    'f': r'(?P<f>[0-9]{1,6})',
    'H': r'(?P<H>2[0-3]|[0-1]\d|\d)',
    'I': r'(?P<I>1[0-2]|0[1-9]|[1-9])',
    'G': r'(?P<G>\d\d\d\d)',
    'j': r'(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])',
    'm': r'(?P<m>1[0-2]|0[1-9]|[1-9])',
    'M': r'(?P<M>[0-5]\d|\d)',
    'S': r'(?P<S>6[0-1]|[0-5]\d|\d)',
    'U': r'(?P<U>5[0-3]|[0-4]\d|\d)',
    'W': r'(?P<W>5[0-3]|[0-4]\d|\d)',
    'w': r'(?P<w>[0-6])',
    'u': r'(?P<u>[1-7])',
    'V': r'(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)',
    'y': r'(?P<y>\d\d)',
    'Y': r'(?P<Y>\d\d\d\d)',
    'z': r'(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))',
    'p': r'(?P<p>am|pm)',
    '%': '%',
}


def _names_pattern(names, group):
    alternatives = sorted((n.lower() for n in names if n), key=len, reverse=True)
    return f'(?P<{group}>' + '|'.join(alternatives) + ')'


_STRPTIME_PATTERNS['a'] = _names_pattern(_DAYNAMES, 'a')
_STRPTIME_PATTERNS['A'] = _names_pattern(_FULLDAYNAMES, 'A')
_STRPTIME_PATTERNS['b'] = _names_pattern(_MONTHNAMES, 'b')
_STRPTIME_PATTERNS['B'] = _names_pattern(_FULLMONTHNAMES, 'B')
_STRPTIME_EXPANSIONS = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}
_strptime_cache = {}


def _strptime_regex(format):
    import re
    compiled = _strptime_cache.get(format)
    if compiled is not None:
        return compiled
    out = []
    fmt = format
    i, n = 0, len(fmt)
    while i < n:
        ch = fmt[i]
        if ch != '%':
            if ch.isspace():
                j = i
                while j < n and fmt[j].isspace():
                    j += 1
                out.append(r'\s+')
                i = j
                continue
            out.append(re.escape(ch))
            i += 1
            continue
        if i + 1 >= n:
            raise ValueError(f"stray % in format '{format}'")
        d = fmt[i + 1]
        i += 2
        if d == ':' and i < n and fmt[i] == 'z':
            d = 'z'
            i += 1
        if d in _STRPTIME_EXPANSIONS:
            fmt = fmt[:i - 2] + _STRPTIME_EXPANSIONS[d] + fmt[i:]
            n = len(fmt)
            i -= 2
            continue
        if d == 'Z':
            names = {'utc', 'gmt'} | {name.lower() for name in _time.tzname}
            pattern = '(?P<Z>' + '|'.join(sorted(names, key=len, reverse=True)) + ')'
        elif d in _STRPTIME_PATTERNS:
            pattern = _STRPTIME_PATTERNS[d]
        else:
            raise ValueError(f"'{d}' is a bad directive in format '{format}'")
        out.append(pattern)
    compiled = re.compile(''.join(out), re.IGNORECASE)
    if len(_strptime_cache) > 100:
        _strptime_cache.clear()
    _strptime_cache[format] = compiled
    return compiled


def _strptime_datetime(cls, data_string, format='%a %b %d %H:%M:%S %Y'):
    for index, arg in enumerate([data_string, format], 1):
        if not isinstance(arg, str):
            raise TypeError(f'strptime() argument {index} must be str, not {type(arg).__name__}')
    regex = _strptime_regex(format)
    found = regex.match(data_string)
    if not found:
        raise ValueError(f'time data {data_string!r} does not match format {format!r}')
    if len(data_string) != found.end():
        raise ValueError(f'unconverted data remains: {data_string[found.end():]}')
    g = found.groupdict()
    iso_year = year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = None
    iso_week = week_of_year = None
    week_start = None
    weekday = julian = None
    if 'y' in g:
        year = int(g['y'])
        year += 2000 if year <= 68 else 1900
    if 'Y' in g:
        year = int(g['Y'])
    if 'G' in g:
        iso_year = int(g['G'])
    if 'm' in g:
        month = int(g['m'])
    if 'B' in g:
        month = [m.lower() if m else m for m in _FULLMONTHNAMES].index(g['B'].lower())
    if 'b' in g:
        month = [m.lower() if m else m for m in _MONTHNAMES].index(g['b'].lower())
    if 'd' in g:
        day = int(g['d'])
    if 'H' in g:
        hour = int(g['H'])
    if 'I' in g:
        hour = int(g['I'])
        ampm = (g.get('p') or '').lower()
        if ampm in ('', 'am'):
            if hour == 12:
                hour = 0
        elif ampm == 'pm':
            if hour != 12:
                hour += 12
    if 'M' in g:
        minute = int(g['M'])
    if 'S' in g:
        second = int(g['S'])
    if 'f' in g:
        s = g['f']
        fraction = int(s + '0' * (6 - len(s)))
    if 'A' in g:
        weekday = [d.lower() for d in _FULLDAYNAMES].index(g['A'].lower())
    if 'a' in g:
        weekday = [d.lower() for d in _DAYNAMES].index(g['a'].lower())
    if 'w' in g:
        weekday = (int(g['w']) - 1) % 7
    if 'u' in g:
        weekday = int(g['u']) - 1
    if 'j' in g:
        julian = int(g['j'])
    if 'U' in g:
        week_of_year, week_start = int(g['U']), 6
    if 'W' in g:
        week_of_year, week_start = int(g['W']), 0
    if 'V' in g:
        iso_week = int(g['V'])
    if 'z' in g:
        z = g['z']
        if z == 'Z' or z == 'z':
            tz = timezone.utc
        else:
            if z[3:4] == ':':
                z = z[:3] + z[4:]
                if len(z) > 5:
                    if z[5] != ':':
                        raise ValueError(f'Inconsistent use of : in {g["z"]}')
                    z = z[:5] + z[6:]
            hours, minutes, seconds = int(z[1:3]), int(z[3:5]), int(z[5:7] or 0)
            frac = z[8:]
            us = int(frac + '0' * (6 - len(frac))) if frac else 0
            offset = timedelta(hours=hours, minutes=minutes, seconds=seconds, microseconds=us)
            if z.startswith('-'):
                offset = -offset
            tz = timezone(offset)
    if iso_year is not None:
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year directive "
                             "'%G'. Use '%Y' instead.")
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive '%V' "
                             "and a weekday directive ('%A', '%a', '%w', or '%u').")
    elif iso_week is not None:
        if year is None or weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive '%G' "
                             "and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. "
                         "Use the ISO year '%G' instead.")
    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904
        leap_year_fix = True
    elif year is None:
        year = 1900
    if julian is None and weekday is not None:
        if week_of_year is not None:
            julian = _julian_from_week(year, week_of_year, weekday, week_start == 0)
        elif iso_year is not None and iso_week is not None:
            year, month, day = _isocal_to_ymd(iso_year, iso_week, weekday + 1)
            julian = _ymd2ord(year, month, day) - _ymd2ord(year, 1, 1) + 1
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is not None:
        ordinal = julian - 1 + _ymd2ord(year, 1, 1)
        if not 1 <= ordinal <= _MAXORDINAL:
            raise OverflowError('date value out of range')
        year, month, day = _ord2ymd(ordinal)
    if leap_year_fix:
        year = 1900
    if tz is not None and 'Z' in g:
        tz = timezone(tz.utcoffset(None), g['Z'])
    result = cls(year, month, day, hour, minute, second, fraction, tz)
    return result


def _julian_from_week(year, week_of_year, weekday, week_starts_monday):
    """Day of the year (possibly <= 0) for a %U/%W week number and a Monday-based weekday."""
    first_weekday = (_ymd2ord(year, 1, 1) + 6) % 7
    if not week_starts_monday:
        first_weekday = (first_weekday + 1) % 7
        weekday = (weekday + 1) % 7
    week0_length = (7 - first_weekday) % 7
    if week_of_year == 0:
        return 1 + weekday - first_weekday
    return 1 + week0_length + 7 * (week_of_year - 1) + weekday
