# gmtime, localtime (UTC in Pyjama, as on a UTC host), mktime, asctime, ctime and struct_time
import copy
import time


def show(f):
    try:
        r = f()
        print(repr(r))
    except (ValueError, TypeError, OverflowError, OSError, AttributeError) as e:
        print(type(e).__name__ + ":", e)


print(time.timezone, time.altzone, time.daylight, time.tzname, time._STRUCT_TM_ITEMS)
print(sorted(name for name in dir(time) if name.startswith("CLOCK_")), time.CLOCK_REALTIME, time.CLOCK_MONOTONIC)
for secs in (0, 1.9999, -0.5, -1.5, 951782400, 951868800, 1700000000, 4107542400, -2208988800, -62135596800,
             -62135596801, 253402300800, 67768036191676799, -67768040609740800, 1e10, True):
    g = time.gmtime(secs)
    print(secs, tuple(g), g.tm_zone, g.tm_gmtoff, time.localtime(secs).tm_zone, time.ctime(secs))
    show(lambda: time.mktime(time.localtime(secs)))
for secs in (67768036191676800, -67768040609740801, 2**63, -2**63 - 1, 1e19, float("inf"), float("nan"), "0", None.__class__, [], 1j):
    show(lambda: time.gmtime(secs))
show(lambda: time.gmtime(1, 2))
show(lambda: time.gmtime(secs=1))
show(lambda: time.localtime(2**63))
show(lambda: time.ctime(-67768040609740801))

# mktime normalizes out-of-range fields; tm_isdst=1 asks for summer time UTC never has (an hour earlier)
for tup in [(2020, 1, 1, 0, 0, 0, 0, 1, 0), (2020, 14, 40, 30, 70, 80, 0, 1, 0), (2020, 1, 1, 0, 0, -1, 0, 1, 0),
            (2020, 0, 0, 0, 0, 0, 0, 0, 0), (2020, 3, 1, 0, 0, 0, 0, 1, -1), (2020, 3, 1, 0, 0, 0, 0, 1, 1),
            (2020, 3, 1, 0, 0, 0, 0, 1, 7), (1, 1, 1, 0, 0, 0, 0, 1, 0), (-1000, 1, 1, 0, 0, 0, 0, 1, 0),
            (2**31 - 1, 12, 31, 23, 59, 59, 0, 1, 0), (-2**31 + 1900, 1, 1, 0, 0, -1, 0, 1, 0),
            (-2**31 + 1899, 1, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 0, 0, 0, 0, 1), (2020, 1, 1, 0, 0, 0, 0, 1, 2**31), 5]:
    show(lambda: time.mktime(tup))
show(lambda: time.mktime())

# asctime: the year is not padded; day 0 and month 0 mean the first
for tup in [(2020, 1, 1, 0, 0, 0, 0, 1, 0), (-5, 1, 1, 0, 0, 0, 0, 1, 0), (20000, 12, 9, 1, 2, 3, 6, 1, 0),
            (2020, 0, 0, 0, 0, 61, -1, 0, 0), (2020, 1, 1, 0, 0, 0, 100, 1, 0), (2020, 1, 1, 0, 0, 0, -8, 1, 0),
            (2020, 1, 1, 0, 0, 0, -7, 1, 0), time.gmtime(1700000000), (1, 2), (2020.0, 1, 1, 0, 0, 0, 0, 1, 0)]:
    show(lambda: time.asctime(tup))
show(lambda: time.asctime(time.gmtime(0), 1))

# struct_time: a 9-tuple with two attributes more; built from 9 to 11 items and a dict for the missing ones
def struct_time_type():
    S = time.struct_time
    st = S((2020, 1, 2, 3, 4, 5, 3, 2, 0))
    print(st, len(st), st[2:5], st == (2020, 1, 2, 3, 4, 5, 3, 2, 0), st + (1,), st.tm_zone, st.tm_gmtoff)
    print(S.n_fields, S.n_sequence_fields, S.n_unnamed_fields, S.__match_args__, S.__module__, S.__name__, type(st).__mro__)
    print(S(range(11)).tm_zone, S(range(10), {"tm_zone": "X", "tm_gmtoff": 7}).tm_gmtoff, S(iter(range(9))).tm_year)
    print(S(range(9), {"tm_zone": "X"}).__reduce__(), time.gmtime(0).__reduce__())
    cls, args = time.gmtime(1700000000).__reduce__()
    g = cls(*args)
    print(g, g.tm_zone, type(g) is S, copy.copy(g).tm_zone, copy.deepcopy(st) == st)
    match time.gmtime(0):
        case S(tm_year=y, tm_mon=m):
            print("matched", y, m)
    for args in [((1, 2, 3),), (range(12),), (5,), (range(9), 5), (range(9), None), (range(9), {}, 3), ()]:
        show(lambda: S(*args))
    show(lambda: setattr(st, "tm_year", 5))
    print(hasattr(st, "tm_nothing"))


struct_time_type()
