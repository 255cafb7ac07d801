# calendar: data layouts, text and HTML rendering, module functions, enums and errors.
import calendar

print(calendar.isleap(1900), calendar.isleap(2000), calendar.isleap(2024), calendar.isleap(2023))
print(calendar.leapdays(1900, 2024), calendar.leapdays(2000, 2001), calendar.leapdays(5, 5))
print(calendar.weekday(2024, 2, 29), repr(calendar.weekday(1, 1, 1)), calendar.weekday(12000, 3, 1))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.monthrange(1999, 12))
for bad in (0, 13):
    try:
        calendar.monthrange(2024, bad)
    except calendar.IllegalMonthError as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
try:
    calendar.setfirstweekday(7)
except ValueError as e:
    print(type(e).__name__, e)
print(repr(calendar.JANUARY), repr(calendar.SUNDAY), calendar.Month(3).name, int(calendar.FRIDAY))
print(list(calendar.Day), calendar.Month.DECEMBER == 12, calendar.error)
print(calendar.day_name[:], calendar.day_abbr[:], calendar.month_name[:], calendar.month_abbr[:])
print(calendar.mdays)

for first in (0, 6, 3, -1, 9):
    cal = calendar.Calendar(first)
    print(first, cal.firstweekday, cal.getfirstweekday(), list(cal.iterweekdays()))
    print(cal.monthdayscalendar(2024, 2))
    print(cal.monthdays2calendar(2023, 12)[0], cal.monthdays2calendar(2023, 12)[-1])
    print(list(cal.itermonthdays3(2024, 1))[:8], list(cal.itermonthdays4(2023, 12))[-3:])
    print(list(cal.itermonthdates(2024, 3))[0], list(cal.itermonthdays(2024, 3))[-7:])
print(len(calendar.Calendar().yeardayscalendar(2024, 4)), len(calendar.Calendar().yeardatescalendar(2024)[0]))
print(calendar.Calendar().yeardays2calendar(2024, 5)[2][1][0])
try:
    list(calendar.Calendar().itermonthdates(9999, 12))
except ValueError as e:
    print('ValueError', e)
print(list(calendar.Calendar().itermonthdays3(9999, 12))[-3:])

text = calendar.TextCalendar()
print(text.formatmonth(2024, 2))
print(text.formatmonth(2023, 12, 4, 2))
print(calendar.TextCalendar(6).formatmonth(2021, 8, 9))
print(text.formatweekheader(1), '|', text.formatweekheader(3), '|', text.formatweekheader(10))
print(repr(text.formatweek([(0, 0), (1, 1), (22, 2)], 3)), repr(text.formatday(5, 0, 4)))
print(repr(text.formatmonthname(2024, 5, 20)), repr(text.formatmonthname(2024, 5, 20, False)))
print(calendar.calendar(2024))
print(calendar.TextCalendar(6).formatyear(2023, 3, 2, 3, 4))
print(calendar.calendar(2025, m=5, c=2))
calendar.prmonth(2020, 2)
calendar.prcal(1999, 2, 1, 6, 6)
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.weekheader(2), calendar.monthcalendar(2024, 6)[0])
print(calendar.month(2024, 6))
calendar.setfirstweekday(0)
print(calendar.formatstring(['a', 'bb', 'ccc'], 5, 2) + '|')
calendar.format(['x', 'y'])
print(calendar.timegm((2024, 3, 1, 12, 30, 15, 0, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59)))

html = calendar.HTMLCalendar(6)
print(html.formatmonth(2024, 2))
print(html.formatmonth(2024, 2, withyear=False))
print(html.formatyear(2024, 5))
print(html.formatday(0, 3), html.formatweekday(6), html.formatmonthname(2024, 1))


class Styled(calendar.HTMLCalendar):
    cssclasses = ['a', 'b', 'c', 'd', 'e', 'f', 'g']
    cssclass_noday = 'none'
    cssclass_year = 'yy'


print(Styled().formatmonth(2023, 4))
print(Styled().formatyear(2023, 0)[:300])
