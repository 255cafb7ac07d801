"""time.strptime's parser (CPython keeps it in Python too, in Lib/_strptime.py).

Pyjama has one locale, C, so the names are English and %c, %x, %X are the C library's formats;
time zone names are those of time.tzname plus 'UTC' and 'GMT'. A format becomes a regular
expression, one named group per directive, compiled case-insensitively and cached; the groups
then give the fields, and the calendar fills in what the format left out (the day of the year,
the weekday, a date from a week number). The results and the error messages are CPython 3.12's.
"""

import time

_DAYS = ('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday')
_MONTHS = ('january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
           'september', 'october', 'november', 'december')
_ABDAYS = tuple(d[:3] for d in _DAYS)
_ABMONTHS = tuple(m[:3] for m in _MONTHS)
_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_MAX_ORDINAL = 3652059  # 9999-12-31, datetime.date.max

# The C locale's D_T_FMT, D_FMT and T_FMT as strptime reads them (%e is matched by %d).
_COMPOSITE = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}

# What each numeric directive accepts, longest alternatives first so that the
# regex engine does not stop at a one-digit prefix. Wrapped in named groups below.
_NUMBER_FORMS = {
    'd': r"3[01]|[12]\d|0[1-9]|[1-9]| [1-9]",    # " [1-9]": the space-padded day of %c
    'f': r"[0-9]{1,6}",
    'H': r"2[0-3]|[01]\d|\d",
    'I': r"1[0-2]|0[1-9]|[1-9]",
    'G': r"\d{4}",
    'j': r"36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9]",
    'm': r"1[0-2]|0[1-9]|[1-9]",
    'M': r"[0-5]\d|\d",
    'S': r"6[01]|[0-5]\d|\d",
    'U': r"5[0-3]|[0-4]\d|\d",
    'W': r"5[0-3]|[0-4]\d|\d",
    'w': r"[0-6]",
    'u': r"[1-7]",
    'V': r"5[0-3]|0[1-9]|[1-4]\d|\d",
    'y': r"\d{2}",
    'Y': r"\d{4}",
    'z': r"[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z)",
}
_NUMBERS = {key: f"(?P<{key}>{form})" for key, form in _NUMBER_FORMS.items()}
_NUMBERS['%'] = '%'

_cache = {}
_CACHE_MAX = 5


def _alternatives(group, names):
    """A group matching any of names, the longest first (so 'may' is not read as 'ma')."""
    import re
    names = sorted(set(names), key=len, reverse=True)
    return '(?P<%s>%s)' % (group, '|'.join(re.escape(n) for n in names))


def _zone_names():
    no_summer = {'utc', 'gmt', time.tzname[0].lower()}
    summer = {time.tzname[1].lower()} if time.daylight else set()
    return no_summer, summer


def _directive(letter):
    if letter in _NUMBERS:
        return _NUMBERS[letter]
    if letter in 'aA':
        return _alternatives(letter, _ABDAYS if letter == 'a' else _DAYS)
    if letter in 'bB':
        return _alternatives(letter, _ABMONTHS if letter == 'b' else _MONTHS)
    if letter == 'p':
        return _alternatives('p', ('am', 'pm'))
    if letter == 'Z':
        no_summer, summer = _zone_names()
        return _alternatives('Z', no_summer | summer)
    if letter in _COMPOSITE:
        return _pattern(_COMPOSITE[letter])
    raise KeyError(letter)


def _pattern(format):
    """The regular expression of a format; KeyError(letter) for an unknown directive,
    IndexError for a '%' that ends the format."""
    import re
    # Regex syntax is escaped first, so '%\\' (from '%.' or '%\') names the directive '\\'.
    format = re.sub(r"([\\.^$*+?\(\){}\[\]|])", r"\\\1", format)
    format = re.sub(r'\s+', r'\\s+', format)
    out = []
    while '%' in format:
        at = format.index('%')
        out.append(format[:at])
        out.append(_directive(format[at + 1]))
        format = format[at + 2:]
    out.append(format)
    return ''.join(out)


def _compile(format):
    import re
    regex = _cache.get(format)
    if regex is None:
        try:
            regex = re.compile(_pattern(format), re.IGNORECASE)
        except KeyError as err:
            bad = err.args[0]
            if bad == '\\':
                bad = '%'
            raise ValueError("'%s' is a bad directive in format '%s'" % (bad, format)) from None
        except IndexError:
            raise ValueError("stray %% in format '%s'" % format) from None
        if len(_cache) > _CACHE_MAX:
            _cache.clear()
        _cache[format] = regex
    return regex


# ---- the proleptic Gregorian calendar, as datetime.date counts it (day 1 is 0001-01-01)

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ordinal(year, month, day):
    """date(year, month, day).toordinal(), with date()'s checks and messages."""
    if not 1 <= year <= 9999:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    month_days = 29 if month == 2 and _is_leap(year) else _MONTH_DAYS[month - 1]
    if not 1 <= day <= month_days:
        raise ValueError('day is out of range for month')
    before = sum(_MONTH_DAYS[:month - 1]) + (1 if month > 2 and _is_leap(year) else 0)
    return _days_before_year(year) + before + day


def _from_ordinal(n):
    """date.fromordinal(n) as (year, month, day)."""
    if n < 1:
        raise ValueError('ordinal must be >= 1')
    if n > _MAX_ORDINAL:
        raise ValueError('year %d is out of range' % 10000)
    year = (n - 1) * 400 // 146097 + 1  # at most one year short
    while _days_before_year(year + 1) < n:
        year += 1
    day = n - _days_before_year(year)
    month = 1
    while True:
        length = 29 if month == 2 and _is_leap(year) else _MONTH_DAYS[month - 1]
        if day <= length:
            return year, month, day
        day -= length
        month += 1


def _weekday(year, month, day):
    """Monday is 0."""
    return (_ordinal(year, month, day) + 6) % 7


def _julian_from_week(year, week, weekday, weeks_start_monday):
    """The day of the year (1-based, possibly <= 0) of a %U or %W week and a weekday
    (Monday 0). Week 0 is the days before the year's first Sunday (%U) or Monday (%W)."""
    first = _weekday(year, 1, 1)
    if not weeks_start_monday:
        # count from Sunday: shift both weekdays by one
        first = (first + 1) % 7
        weekday = (weekday + 1) % 7
    if week == 0:
        return 1 + weekday - first
    return 1 + (7 - first) % 7 + 7 * (week - 1) + weekday


def _from_iso_calendar(year, week, iso_weekday):
    """date.fromisocalendar(year, week, weekday) as (year, month, day)."""
    if not 1 <= year <= 9999:
        raise ValueError('Year is out of range: %d' % year)
    if not 0 < week < 53:
        # week 53 exists when the year starts on a Thursday, or on a Wednesday in a leap year
        first = _weekday(year, 1, 1)
        if week != 53 or not (first == 3 or (first == 2 and _is_leap(year))):
            raise ValueError('Invalid week: %d' % week)
    if not 0 < iso_weekday < 8:
        raise ValueError('Invalid weekday: %d (range is [1, 7])' % iso_weekday)
    jan4 = _ordinal(year, 1, 4)
    week1_monday = jan4 - (jan4 + 6) % 7
    return _from_ordinal(week1_monday + (week - 1) * 7 + iso_weekday - 1)


def _strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    """((year, month, day, hour, minute, second, weekday, julian, isdst, zone, gmtoff),
    microseconds, microseconds of gmtoff) of data_string read with format."""
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument {} must be str, not {}".format(index, type(arg)))
    found = _compile(format).match(data_string)
    if not found:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if len(data_string) != found.end():
        raise ValueError("unconverted data remains: %s" % data_string[found.end():])

    year = iso_year = None
    month, day = 1, 1
    hour = minute = second = fraction = 0
    isdst = -1
    gmtoff = None
    gmtoff_fraction = 0
    iso_week = week_of_year = None
    weeks_start_monday = False
    weekday = julian = None
    groups = found.groupdict()
    # in the order of the format: of %y and %Y, the later one wins, as in CPython
    for key, text in groups.items():
        if key == 'y':
            year = int(text)
            year += 2000 if year <= 68 else 1900  # POSIX's pivot
        elif key == 'Y':
            year = int(text)
        elif key == 'G':
            iso_year = int(text)
        elif key == 'm':
            month = int(text)
        elif key == 'B':
            month = _MONTHS.index(text.lower()) + 1
        elif key == 'b':
            month = _ABMONTHS.index(text.lower()) + 1
        elif key == 'd':
            day = int(text)
        elif key == 'H':
            hour = int(text)
        elif key == 'I':
            hour = int(text)
            ampm = (groups.get('p') or '').lower()
            if ampm in ('', 'am'):
                if hour == 12:
                    hour = 0
            elif hour != 12:
                hour += 12
        elif key == 'M':
            minute = int(text)
        elif key == 'S':
            second = int(text)
        elif key == 'f':
            fraction = int(text + '0' * (6 - len(text)))
        elif key == 'A':
            weekday = _DAYS.index(text.lower())
        elif key == 'a':
            weekday = _ABDAYS.index(text.lower())
        elif key == 'w':
            weekday = (int(text) - 1) % 7  # %w counts from Sunday = 0
        elif key == 'u':
            weekday = int(text) - 1
        elif key == 'j':
            julian = int(text)
        elif key in ('U', 'W'):
            week_of_year = int(text)
            weeks_start_monday = key == 'W'
        elif key == 'V':
            iso_week = int(text)
        elif key == 'z':
            gmtoff, gmtoff_fraction = _offset(text)
        elif key == 'Z':
            zone = text.lower()
            no_summer, summer = _zone_names()
            if zone in no_summer:
                isdst = 0
            elif zone in summer:
                isdst = 1

    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive "
                             "'%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
    elif week_of_year is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive "
                             "'%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive "
                         "'%Y'. Use the ISO year '%G' instead.")

    # Without a year, February 29 is checked in a leap year (1904) and reported in 1900.
    leap_year_fix = year is None and month == 2 and day == 29
    if year is None:
        year = 1904 if leap_year_fix else 1900

    if julian is None and weekday is not None:
        if week_of_year is not None:
            julian = _julian_from_week(year, week_of_year, weekday, weeks_start_monday)
        elif iso_year is not None and iso_week is not None:
            year, month, day = _from_iso_calendar(iso_year, iso_week, weekday + 1)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365

    if julian is None:
        julian = _ordinal(year, month, day) - _ordinal(year, 1, 1) + 1
    else:
        # a day of the year given (or computed from a week) wins over month and day
        year, month, day = _from_ordinal(julian - 1 + _ordinal(year, 1, 1))
    if weekday is None:
        weekday = _weekday(year, month, day)
    if leap_year_fix:
        year = 1900
    return ((year, month, day, hour, minute, second, weekday, julian, isdst, groups.get('Z'), gmtoff),
            fraction, gmtoff_fraction)


def _offset(text):
    """(seconds, microseconds) east of UTC of a %z match: Z, +HHMM[SS[.ffffff]] or with colons."""
    if text in ('Z', 'z'):
        return 0, 0
    z = text
    if ':' in z[3:4]:
        # With a colon after the hours, the seconds (if any) need one too.
        if len(z) > 6 and z[6] != ':':
            raise ValueError(f"Inconsistent use of : in {text}")
        z = z[:3] + z[4:6] + z[7:]
    seconds = int(z[1:3]) * 3600 + int(z[3:5]) * 60 + int(z[5:7] or 0)
    micro = z[8:]
    micro = int(micro + '0' * (6 - len(micro)))
    if z.startswith('-'):
        return -seconds, -micro
    return seconds, micro


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """time.strptime: a struct_time whose tm_zone and tm_gmtoff come from %Z and %z."""
    return time.struct_time(_strptime(data_string, format)[0])
