"""Calendars as data, text and HTML (Pyjama; English / C-locale names only).

Weeks start on Monday unless told otherwise (setfirstweekday(6) for Sunday). Day arithmetic
is delegated to datetime.date; the year layouts follow CPython's output character for
character."""
import datetime
from enum import IntEnum

__all__ = ['IllegalMonthError', 'IllegalWeekdayError', 'setfirstweekday', 'firstweekday', 'isleap',
           'leapdays', 'weekday', 'monthrange', 'monthcalendar', 'prmonth', 'month', 'prcal',
           'calendar', 'timegm', 'month_name', 'month_abbr', 'day_name', 'day_abbr', 'Calendar',
           'TextCalendar', 'HTMLCalendar', 'LocaleTextCalendar', 'LocaleHTMLCalendar', 'weekheader',
           'Day', 'Month', 'JANUARY', 'FEBRUARY', 'MARCH', 'APRIL', 'MAY', 'JUNE', 'JULY', 'AUGUST',
           'SEPTEMBER', 'OCTOBER', 'NOVEMBER', 'DECEMBER', 'MONDAY', 'TUESDAY', 'WEDNESDAY',
           'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY']

error = ValueError


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return f'bad month number {self.month!r}; must be 1-12'


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return f'bad weekday number {self.weekday!r}; must be 0 (Monday) to 6 (Sunday)'


class _ModuleLevelEnum(IntEnum):
    """Members are also module globals, so they show as `calendar.NAME` (enum.global_enum)."""

    def __repr__(self):
        return f'{type(self).__module__}.{self._name_}'


Month = _ModuleLevelEnum('Month', [(name, number) for number, name in enumerate(
    ('JANUARY FEBRUARY MARCH APRIL MAY JUNE JULY AUGUST SEPTEMBER OCTOBER NOVEMBER DECEMBER'
     ).split(), 1)], module=__name__)
Day = _ModuleLevelEnum('Day', [(name, number) for number, name in enumerate(
    'MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY'.split())], module=__name__)
globals().update(Month.__members__)
globals().update(Day.__members__)

day_name = [name.capitalize() for name in Day.__members__]
day_abbr = [name[:3] for name in day_name]
month_name = [''] + [name.capitalize() for name in Month.__members__]
month_abbr = [name[:3] for name in month_name]

# Days per month in a common year; index 0 is a placeholder so months index from 1.
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def isleap(year):
    """True for leap years of the proleptic Gregorian calendar."""
    if year % 100 == 0:
        return year % 400 == 0
    return year % 4 == 0


def leapdays(y1, y2):
    """The number of leap years in [y1, y2) (y1 <= y2)."""
    def leaps_before(year):          # leap years in [1, year), counted in closed form
        year -= 1
        return year // 4 - year // 100 + year // 400
    return leaps_before(y2) - leaps_before(y1)


def weekday(year, month, day):
    """The weekday (MONDAY .. SUNDAY) of a date; years outside datetime's range work too."""
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        # The Gregorian weekday pattern repeats every 400 years.
        year = 2000 + year % 400
    return Day(datetime.date(year, month, day).weekday())


def _days_in(year, month):
    if month == 2 and isleap(year):
        return 29
    return mdays[month]


def monthrange(year, month):
    """(weekday of the first day, number of days) of a month."""
    if month < 1 or month > 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _days_in(year, month)


def _chunks(items, size):
    return [items[start:start + size] for start in range(0, len(items), size)]


class Calendar:
    """Month and year layouts as data (weeks of days); subclasses render them."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def setfirstweekday(self, firstweekday):
        # Stored as given; reads reduce it modulo 7 (so -1 means Sunday).
        self._first_weekday = firstweekday

    def getfirstweekday(self):
        return self._first_weekday % 7

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        """The seven weekday numbers of a week, starting at firstweekday."""
        first = self.firstweekday
        return (day % 7 for day in range(first, first + 7))

    def _padding(self, year, month):
        """(days shown before the 1st, days in the month, days shown after the last)."""
        first, length = monthrange(year, month)
        before = (first - self.firstweekday) % 7
        after = -(before + length) % 7
        return before, length, after

    def itermonthdays3(self, year, month):
        """(year, month, day) for every day of the whole weeks that cover the month."""
        before, length, after = self._padding(year, month)
        prev_year, prev_month = (year, month - 1) if month > 1 else (year - 1, 12)
        next_year, next_month = (year, month + 1) if month < 12 else (year + 1, 1)
        prev_length = _days_in(prev_year, prev_month)
        for day in range(prev_length - before + 1, prev_length + 1):
            yield prev_year, prev_month, day
        for day in range(1, length + 1):
            yield year, month, day
        for day in range(1, after + 1):
            yield next_year, next_month, day

    def itermonthdays4(self, year, month):
        """Like itermonthdays3(), with the weekday number as a fourth item."""
        for offset, (y, m, d) in enumerate(self.itermonthdays3(year, month)):
            yield y, m, d, (self.firstweekday + offset) % 7

    def itermonthdates(self, year, month):
        """datetime.date objects for the whole weeks that cover the month."""
        return (datetime.date(y, m, d) for y, m, d in self.itermonthdays3(year, month))

    def itermonthdays(self, year, month):
        """Day numbers of the covering weeks, 0 for days of the neighbouring months."""
        before, length, after = self._padding(year, month)
        yield from [0] * before
        yield from range(1, length + 1)
        yield from [0] * after

    def itermonthdays2(self, year, month):
        """(day number, weekday number) pairs; day 0 is outside the month."""
        for offset, day in enumerate(self.itermonthdays(year, month)):
            yield day, (self.firstweekday + offset) % 7

    def monthdatescalendar(self, year, month):
        return _chunks(list(self.itermonthdates(year, month)), 7)

    def monthdays2calendar(self, year, month):
        return _chunks(list(self.itermonthdays2(year, month)), 7)

    def monthdayscalendar(self, year, month):
        return _chunks(list(self.itermonthdays(year, month)), 7)

    def yeardatescalendar(self, year, width=3):
        """The year's months as rows of `width` months (each a list of weeks of dates)."""
        return _chunks([self.monthdatescalendar(year, m) for m in range(1, 13)], width)

    def yeardays2calendar(self, year, width=3):
        return _chunks([self.monthdays2calendar(year, m) for m in range(1, 13)], width)

    def yeardayscalendar(self, year, width=3):
        return _chunks([self.monthdayscalendar(year, m) for m in range(1, 13)], width)


class TextCalendar(Calendar):
    """Months and years as plain text, in columns of width w per day."""

    def formatday(self, day, weekday, width):
        return (f'{day:2d}' if day else '').center(width)

    def formatweek(self, theweek, width):
        return ' '.join([self.formatday(day, wd, width) for day, wd in theweek])

    def prweek(self, theweek, width):
        print(self.formatweek(theweek, width), end='')

    def formatweekday(self, day, width):
        name = day_name[day] if width >= 9 else day_abbr[day]
        return name[:width].center(width)

    def formatweekheader(self, width):
        return ' '.join([self.formatweekday(day, width) for day in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        title = month_name[themonth]
        if withyear:
            title = f'{title} {theyear!r}'
        return title.center(width)

    def formatmonth(self, theyear, themonth, w=0, l=0):
        """One month as a multi-line string: title, weekday header, weeks."""
        w, l = max(w, 2), max(l, 1)
        rows = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1),
                self.formatweekheader(w)]
        rows += [self.formatweek(week, w) for week in self.monthdays2calendar(theyear, themonth)]
        return ''.join(row.rstrip() + '\n' * l for row in rows)

    def prmonth(self, theyear, themonth, w=0, l=0):
        print(self.formatmonth(theyear, themonth, w, l), end='')

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        """The whole year as a multi-line string, m months side by side, c spaces apart."""
        w, l, c = max(w, 2), max(l, 1), max(c, 2)
        column = 7 * (w + 1) - 1
        breaks = '\n' * l

        def line(cells):
            return formatstring(cells, column, c).rstrip() + breaks

        out = [repr(theyear).center(m * column + (m - 1) * c).rstrip() + breaks]
        header = self.formatweekheader(w)
        for band, months in enumerate(self.yeardays2calendar(theyear, m)):
            numbers = range(band * m + 1, band * m + 1 + len(months))
            out.append(breaks)
            out.append(line([self.formatmonthname(theyear, n, column, False) for n in numbers]))
            out.append(line([header] * len(months)))
            for index in range(max(len(weeks) for weeks in months)):
                out.append(line([self.formatweek(weeks[index], w) if index < len(weeks) else ''
                                 for weeks in months]))
        return ''.join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        print(self.formatyear(theyear, w, l, c, m), end='')


class HTMLCalendar(Calendar):
    """Months and years as HTML tables; the CSS class names are class attributes to override."""

    cssclasses = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
    cssclasses_weekday_head = cssclasses
    cssclass_noday = 'noday'
    cssclass_month_head = 'month'
    cssclass_month = 'month'
    cssclass_year_head = 'year'
    cssclass_year = 'year'

    def formatday(self, day, weekday):
        if not day:
            return f'<td class="{self.cssclass_noday}">&nbsp;</td>'
        return f'<td class="{self.cssclasses[weekday]}">{day}</td>'

    def formatweek(self, theweek):
        cells = ''.join([self.formatday(day, wd) for day, wd in theweek])
        return f'<tr>{cells}</tr>'

    def formatweekday(self, day):
        return f'<th class="{self.cssclasses_weekday_head[day]}">{day_abbr[day]}</th>'

    def formatweekheader(self):
        cells = ''.join([self.formatweekday(day) for day in self.iterweekdays()])
        return f'<tr>{cells}</tr>'

    def formatmonthname(self, theyear, themonth, withyear=True):
        title = f'{month_name[themonth]} {theyear}' if withyear else month_name[themonth]
        return f'<tr><th colspan="7" class="{self.cssclass_month_head}">{title}</th></tr>'

    def _table_open(self, css_class):
        return f'<table border="0" cellpadding="0" cellspacing="0" class="{css_class}">'

    def formatmonth(self, theyear, themonth, withyear=True):
        rows = [self._table_open(self.cssclass_month),
                self.formatmonthname(theyear, themonth, withyear=withyear),
                self.formatweekheader()]
        rows += [self.formatweek(week) for week in self.monthdays2calendar(theyear, themonth)]
        rows.append('</table>')
        return ''.join(row + '\n' for row in rows)

    def formatyear(self, theyear, width=3):
        width = max(width, 1)
        parts = [self._table_open(self.cssclass_year), '\n',
                 f'<tr><th colspan="{width}" class="{self.cssclass_year_head}">{theyear}</th></tr>']
        for start in range(1, 13, width):
            cells = ''.join([f'<td>{self.formatmonth(theyear, n, withyear=False)}</td>'
                             for n in range(start, min(start + width, 13))])
            parts.append(f'<tr>{cells}</tr>')
        parts.append('</table>')
        return ''.join(parts)


# Pyjama has no locales: the locale calendars are the plain ones.
LocaleTextCalendar = TextCalendar
LocaleHTMLCalendar = HTMLCalendar

# The module-level functions are bound methods of one shared TextCalendar.
_default = TextCalendar()
c = _default
firstweekday = _default.getfirstweekday


def setfirstweekday(firstweekday):
    if firstweekday not in range(7):
        raise IllegalWeekdayError(firstweekday)
    _default.firstweekday = firstweekday


monthcalendar = _default.monthdayscalendar
prweek = _default.prweek
week = _default.formatweek
weekheader = _default.formatweekheader
prmonth = _default.prmonth
month = _default.formatmonth
calendar = _default.formatyear
prcal = _default.pryear


def formatstring(cols, colwidth=20, spacing=6):
    """The strings in cols, each centred in colwidth, joined by `spacing` spaces."""
    return (' ' * spacing).join([text.center(colwidth) for text in cols])


def format(cols, colwidth=20, spacing=6):
    """Print formatstring(cols, colwidth, spacing)."""
    print(formatstring(cols, colwidth, spacing))


EPOCH = 1970
_EPOCH_ORDINAL = datetime.date(EPOCH, 1, 1).toordinal()


def timegm(tuple):
    """Seconds since the Unix epoch of a UTC time tuple (the inverse of time.gmtime)."""
    year, month, day, hour, minute, second = tuple[:6]
    days = datetime.date(year, month, 1).toordinal() - _EPOCH_ORDINAL + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second
