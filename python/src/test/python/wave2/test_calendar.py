# Differential tests of calendar.
from harness import load, check, captured

K = load('calendar')
for y in [1900, 2000, 2023, 2024, 1, 9999, 0, -4, 2100]:
    check(f'isleap {y}', lambda: K.isleap(y))
check('leapdays', lambda: [K.leapdays(a, b) for a, b in [(2000, 2024), (1, 10000), (2024, 2000), (1900, 1901), (-100, 100)]])
for y, m in [(2024, 2), (2023, 2), (1900, 2), (2024, 12), (1, 1), (9999, 12), (2024, 13), (2024, 0), (10000, 1), (0, 3), (-1, 5)]:
    check(f'monthrange {y}-{m}', lambda: K.monthrange(y, m))
    check(f'monthcalendar {y}-{m}', lambda: K.monthcalendar(y, m))
    check(f'month {y}-{m}', lambda: K.month(y, m))
    check(f'month wl {y}-{m}', lambda: K.month(y, m, 4, 2))
for args in [(2024, 2, 29), (1, 1, 1), (2023, 2, 29), (10000, 1, 1), (0, 1, 1), (2024, 13, 1)]:
    check(f'weekday {args}', lambda: (K.weekday(*args), repr(K.weekday(*args))))
check('calendar 2024', lambda: K.calendar(2024))
check('calendar args', lambda: K.calendar(2023, 3, 2, 4, 4))
check('calendar narrow', lambda: K.calendar(2025, w=1, l=1, c=1, m=6))
for fwd in [0, 6, 3]:
    cal = K.TextCalendar(fwd)
    check(f'textcal {fwd}', lambda: (cal.formatmonth(2024, 9), cal.formatweekheader(3), cal.formatweekheader(9), list(cal.iterweekdays()), cal.firstweekday))
    check(f'iters {fwd}', lambda: (list(cal.itermonthdays(2024, 3)), list(cal.itermonthdays2(2024, 3))[:9], list(cal.itermonthdays3(2024, 3))[:8],
                                   list(cal.itermonthdays4(2024, 3))[-8:], [str(d) for d in cal.itermonthdates(2024, 3)][:3]))
    check(f'calendars {fwd}', lambda: (cal.monthdatescalendar(2024, 1)[0], cal.monthdays2calendar(2024, 2), len(cal.yeardayscalendar(2024)), len(cal.yeardatescalendar(2024, 4)),
                                       cal.yeardays2calendar(2024, 2)[0][0][0]))
check('firstweekday 9', lambda: (K.TextCalendar(9).firstweekday, list(K.Calendar(9).iterweekdays())))
check('itermonthdates edges', lambda: [str(d) for d in K.Calendar().itermonthdates(1, 1)])
check('itermonthdates edges2', lambda: [str(d) for d in K.Calendar().itermonthdates(9999, 12)])
check('setfirstweekday', lambda: (K.setfirstweekday(6), K.firstweekday(), K.month(2024, 5), K.weekheader(2), K.setfirstweekday(0), K.firstweekday()))
check('setfirstweekday bad', lambda: K.setfirstweekday(7))
check('prmonth', lambda: captured(lambda: K.prmonth(2024, 7)))
check('prcal', lambda: captured(lambda: K.prcal(2022)))
check('names', lambda: (list(K.day_name), list(K.day_abbr), list(K.month_name), list(K.month_abbr), len(K.month_name)))
check('enums', lambda: (K.MONDAY, K.SUNDAY, K.JANUARY, K.DECEMBER, repr(K.Month(3)), repr(K.Day.FRIDAY), int(K.FEBRUARY), K.Month.MARCH.name))
check('timegm', lambda: [K.timegm(t) for t in [(1970, 1, 1, 0, 0, 0), (2024, 2, 29, 12, 30, 45), (1969, 12, 31, 23, 59, 59), (2038, 1, 19, 3, 14, 8, 0, 0, 0)]])
check('errors', lambda: (str(K.IllegalMonthError(13)), str(K.IllegalWeekdayError(9)), issubclass(K.IllegalMonthError, ValueError), K.error is ValueError))
check('html month', lambda: K.HTMLCalendar().formatmonth(2024, 2))
check('html year', lambda: K.HTMLCalendar(6).formatyear(2024, 4))
check('formatstring', lambda: (K.formatstring(['a', 'bb'], 5, 2), K.EPOCH))
check('mdays', lambda: K.mdays)
