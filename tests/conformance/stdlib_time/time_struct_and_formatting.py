import time
t = time.gmtime(86400 * 365 + 3600 * 5 + 61)
print(t, t.tm_zone if hasattr(t, "tm_zone") else "UTC")
print(time.strftime("%Y|%m|%d|%H|%M|%S|%j|%U|%w|%y|%p|%I", t))
print(time.strftime("%A %B", time.gmtime(0)), time.strftime("%%literal", t), time.asctime(time.gmtime(951782400)))
st = time.strptime("31 Dec 1999 23:59:59", "%d %b %Y %H:%M:%S")
print(st.tm_year, st.tm_yday, st.tm_wday, tuple(st)[:6])
print(time.gmtime(1e9)[:6], time.gmtime(-86400)[:3], time.struct_time((1, 2, 3, 4, 5, 6, 0, 1, -1))[:3])
