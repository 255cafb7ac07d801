# time.strftime is the C library's (glibc, C locale): every directive, flag, width and modifier
import time

ALL = "aAbBcCdDeFgGhHIjklmMnprRsStTuUVwWxXyYzZ%"
moments = [0, 951782400, 1700000000, 4107542399, -1, -2208988800, -62135596800, 253402300799]
for secs in moments:
    t = time.gmtime(secs)
    print(secs, repr(time.strftime("|".join("%" + d for d in ALL), t)))

# %j %U %W %V %G %g around the turn of years that start on each weekday
for year in (2000, 2001, 2002, 2003, 2004, 2005, 2009, 2010, 2021, 2027, 1900, 2100):
    jan1 = time.mktime((year, 1, 1, 12, 0, 0, 0, 0, 0))
    for day in (-1, 0, 1, 2, 3, 6, 7, 364):
        t = time.gmtime(jan1 + day * 86400)
        print(year, day, time.strftime("%F %a %j %U %W %V %G %g %u %w", t))

# years far from now, negative, zero and beyond 9999 (tuples are taken as given)
for year in (-2000, -101, -100, -99, -5, -1, 0, 1, 99, 100, 999, 9999, 10000, 123456, 2**31 - 1, -2**31 + 1900):
    tup = (year, 6, 15, 8, 5, 9, 2, 166, 0)
    print(year, time.strftime("%Y %C %y %G %g %D %F %x %c", tup))

# flags _ - 0 ^ #, widths, E and O modifiers, unknown directives and a '%' at the end
t = time.gmtime(1700000000)
for spec in ["%_d %-d %0e %-e %_H %-j %_j %5j %05d %_5d %-5d", "%^a %^A %#a %#b %^B %#p %^p %P %^P %#Z %^Z",
             "%10A| %-10B| %010b| %_10p| %012T| %^20c| %015F", "%Ec %EC %Ex %EX %Ey %EY %Od %Oe %OH %Om %Ow %Oy",
             "%Ea %Ed %OY %OX %Oc %E%", "%q %Q %i %J %K %v %+ %:z %5Q %^q %#q", "%", "%%%", "abc %", "%-", "%5", "%E",
             "%1Y %2Y %6Y %_6Y %-6Y %06Y", "%3z %7z %_7z %-7z", "%s %12s %_12s %-12s %012s", "%n%t|%3n|%3t",
             "é%Y€ 😀 %^a", ""]:
    print(repr(spec), repr(time.strftime(spec, t)))

# time zone directives: gmtime says GMT, localtime UTC; a tuple has no zone; tm_isdst -1 hides both
lt = time.localtime(1700000000)
st = time.strptime("2024-03-01 -0130", "%Y-%m-%d %z")
for x in (t, lt, st, (2024, 3, 1, 0, 0, 0, 4, 61, 0), (2024, 3, 1, 0, 0, 0, 4, 61, 1), (2024, 3, 1, 0, 0, 0, 4, 61, -1),
          time.struct_time((2024, 3, 1, 0, 0, 0, 4, 61, 0, "ABC", -19793)),
          time.struct_time((2024, 3, 1, 0, 0, 0, 4, 61, 0, "", 3600 * 99))):
    print(repr(time.strftime("%Z|%z|%5z|%#Z|%s", x)))

# checktm: 0 means the first month, day and day of the year; other values out of range are errors
print(time.strftime("%m %d %j %a", (2020, 0, 0, 0, 0, 0, -1, 0, 0)))
for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 24, 0, 0, 0, 1, 0),
            (2020, 1, 1, 0, 60, 0, 0, 1, 0), (2020, 1, 1, 0, 0, 62, 0, 1, 0), (2020, 1, 1, 0, 0, 0, -7, 1, 0),
            (2020, 1, 1, 0, 0, 0, 0, 367, 0), (2020, 1, 1, 0, 0, 0, 0, 1), [2020, 1, 1, 0, 0, 0, 0, 1, 0],
            (2020.0, 1, 1, 0, 0, 0, 0, 1, 0), (2**31, 1, 1, 0, 0, 0, 0, 1, 0), (-2**31, 1, 1, 0, 0, 0, 0, 1, 0),
            (2**70, 1, 1, 0, 0, 0, 0, 1, 0), time.struct_time((2020, 1, 1, 0, 0, 0, 0, 1, 0, 5, 0))]:
    try:
        print(time.strftime("%Y", bad))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)

# CPython grows its buffer to 256 times the format's length, then gives up with ''
for spec in ["%1023Y", "%1024Y", "%5000Y", "%2047Yxxxx", "%5000Y" + "x" * 30, "%99999999999Y"]:
    print(spec[:8], len(time.strftime(spec, t)))
for args in [(), (5,), (b"%Y",), ("%Y", t, 3), ("\0%Y", t)]:
    try:
        time.strftime(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
