# time.strptime (the _strptime module): directives, defaults, week numbers and errors
import time


def parse(text, fmt=None):
    try:
        st = time.strptime(text, fmt) if fmt is not None else time.strptime(text)
        print(repr(text), tuple(st), st.tm_zone, st.tm_gmtoff)
    except (ValueError, TypeError) as e:
        print(repr(text), type(e).__name__ + ":", e)


parse("Tue Nov 14 22:13:20 2023")
parse("Mon Jan  1 00:00:00 2024", "%c")
for text, fmt in [("12/31/99", "%x"), ("23:59:01", "%X"), ("31 Dec 1999 23:59:59", "%d %b %Y %H:%M:%S"),
                  ("Friday 3 MARCH 2023", "%A %d %B %Y"), ("fri 3 mar 23", "%a %d %b %y"), ("68 69", "%y"),
                  ("68", "%y"), ("69", "%y"), ("12 AM", "%I %p"), ("12 pm", "%I %p"), ("5 pm", "%I %p"),
                  ("11", "%I"), ("7 pm 3", "%I %p %H"), ("3 7 pm", "%H %I %p"), ("02 29", "%m %d"),
                  ("2019 02 29", "%Y %m %d"), ("2000 02 29", "%Y %m %d"), ("0000", "%Y"), ("999", "%Y"),
                  ("12 34 56.5", "%H %M %S.%f"), ("61", "%S"), (" 5", "%d"), ("5", "%d"), ("%", "%%"),
                  ("2020  1\t2", "%Y %m %d"), ("2020\u00a01", "%Y %m"), ("x.y(z)", "x.y(z)"), ("a+b", "a+b")]:
    parse(text, fmt)

# the day of the year, %U/%W week numbers with a weekday, ISO weeks: the date follows from them
for text, fmt in [("2020 366", "%Y %j"), ("2019 366", "%Y %j"), ("2020 60", "%Y %j"), ("2020 0", "%Y %j"),
                  ("9999 366", "%Y %j"), ("2020 53 1", "%Y %U %w"), ("2020 0 0", "%Y %U %w"), ("2021 00 Mon", "%Y %W %a"),
                  ("2021 00 Fri", "%Y %W %a"), ("2020 25 3", "%Y %U %u"), ("2020 1 0", "%Y %W %w"), ("2020 25", "%Y %U"),
                  ("0001 00 0", "%Y %U %w"), ("0001 00 1", "%Y %W %w"), ("2020-W01-1", "%G-W%V-%u"),
                  ("2020-W53-7", "%G-W%V-%u"), ("2021-W53-1", "%G-W%V-%u"), ("2026-W53-4", "%G-W%V-%u"),
                  ("2004 53 Sunday", "%G %V %A"), ("9999-W52-7", "%G-W%V-%u"), ("0001-W01-1", "%G-W%V-%u"),
                  ("2020 2", "%G %V"), ("2020 2 1", "%Y %V %u"), ("2020 2 1 5", "%G %V %u %j"), ("2 1", "%V %u"),
                  ("2020 5 10 3", "%Y %U %V %w"), ("Tue", "%a"), ("0", "%w"), ("7", "%u")]:
    parse(text, fmt)

# zones: %z gives tm_gmtoff, %Z a name of time.tzname or UTC/GMT (tm_isdst 0)
for text, fmt in [("2020 +0130", "%Y %z"), ("2020 -05:00", "%Y %z"), ("2020 Z", "%Y %z"), ("2020 z", "%Y %z"),
                  ("2020 +013015.5", "%Y %z"), ("2020 -01:30:15", "%Y %z"), ("2020 +01:3015", "%Y %z"),
                  ("2020 +01", "%Y %z"), ("UTC", "%Z"), ("gmt", "%Z"), ("EST", "%Z"), ("+0000 UTC", "%z %Z")]:
    parse(text, fmt)

# errors of the format, of the data and of the arguments
for text, fmt in [("2020", "%Y %Q"), ("2020", "%"), ("2020%", "%Y%"), ("x", "x%.y"), ("2020", "%E"),
                  ("2020", "%:z"), ("2020 x", "%Y"), ("  2020", "%Y"), ("", " "), ("", ""), ("x", ""),
                  ("1 2", "%d%m"), ("12", "%d%m"), ("2020", "%e"), ("13", "%m"), ("32", "%d")]:
    parse(text, fmt)
for args in [(5, "%Y"), ("2020", 5), (b"2020", "%Y"), ()]:
    try:
        time.strptime(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    time.strptime("2020", format="%Y")
except TypeError as e:
    print("TypeError:", e)
