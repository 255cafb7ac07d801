# gmtime over the whole range, struct_time, and glibc's strftime in the C locale (no local time:
# the results would depend on the time zone).
import time

for secs in [0, 1, -1, 59.9, -0.5, 86399, 951782400, 1e9, 2**31, -2**31, 253402300799, -62135596800, 4102444800 + 86400 * 366]:
    t = time.gmtime(secs)
    print(secs, tuple(t), t.tm_zone, t.tm_gmtoff)
for bad in ["x", float("nan"), 1e300, 2 ** 70, None.__class__]:
    try:
        time.gmtime(bad)
    except (TypeError, ValueError, OverflowError, OSError) as e:
        print(type(e).__name__ + ":", e)

s = time.struct_time((2020, 2, 29, 23, 59, 60, 5, 60, 0))
print(s, len(s), s[:3], s.tm_zone, s.tm_gmtoff, s.n_fields, s.n_sequence_fields, s.n_unnamed_fields)
s2 = time.struct_time((1, 2, 3, 4, 5, 6, 0, 1, -1, "XYZ", 3600))
print(s2.tm_zone, s2.tm_gmtoff, tuple(s2), s2 == (1, 2, 3, 4, 5, 6, 0, 1, -1), type(s2).__name__, isinstance(s2, tuple))
for bad in [(1, 2), 5, (1,) * 12, {"a": 1}]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print("TypeError:", e)

t = time.gmtime(1e9)
directives = "aAbBcCdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYzZ%"
print("|".join(d + "=" + time.strftime("%" + d, t) for d in directives))
print(time.strftime("%-d|%_d|%0e|%^a|%#b|%#p|%10Y|%-j|%_H|%3d|%-y|%^B|%#Z|%Ey|%Od|%Q|%", t))
for secs in [1104451200, 1104537600, 1230508800, 1262476800, 1609632000, 1609372800, 1798675200, 0, -86400 * 365]:
    print(time.strftime("%Y-%m-%d %a %G-W%V-%u %U %W %j", time.gmtime(secs)))
print(time.strftime("%Y|%C|%y|%G|%0C|%_Y|%4Y", (1, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime("%C|%10C|%-y", t), time.strftime("%Z|%z", (2000, 1, 1, 0, 0, 0, 0, 1, 0)),
      time.strftime("%Z|%z", (2000, 1, 1, 0, 0, 0, 0, 1, -1)), time.strftime("%z", s2))
print(time.asctime(t), time.asctime((2000, 1, 1, 0, 0, 0, 0, 1, 0)), time.asctime((2000, 0, 0, 0, 0, 0, -1, 0, 0)))
for bad in [(2000, 13, 1, 0, 0, 0, 0, 1, 0), (2000, 1, 32, 0, 0, 0, 0, 1, 0), (2000, 1, 1, 24, 0, 0, 0, 1, 0), (2000, 1, 1, 0, 60, 0, 0, 1, 0),
            (2000, 1, 1, 0, 0, 62, 0, 1, 0), (2000, 1, 1, 0, 0, 0, -2, 1, 0), (2000, 1, 1, 0, 0, 0, 0, 367, 0), (1,), "x", (1.5,) * 9]:
    for f in (lambda: time.strftime("%Y", bad), lambda: time.asctime(bad)):
        try:
            print(repr(f()))
        except (TypeError, ValueError) as e:
            print(type(e).__name__ + ":", e)
for args in [("2024-02-29 12:30", "%Y-%m-%d %H:%M"), ("31 Dec 1999 23:59:59", "%d %b %Y %H:%M:%S"), ("Monday 7 March 2022", "%A %d %B %Y"),
             ("12/31/99 11:59 PM", "%m/%d/%y %I:%M %p"), ("2021-W01-1", "%G-W%V-%u"), ("2000 366", "%Y %j"), ("+0130 5", "%z %H")]:
    r = time.strptime(*args)
    print(tuple(r), r.tm_gmtoff)
for args in [("x", "%Y"), ("2020", "%Y x"), ("2020x", "%Y"), (5, "%Y"), ("1", 5), ("2020", "%Q")]:
    try:
        time.strptime(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
