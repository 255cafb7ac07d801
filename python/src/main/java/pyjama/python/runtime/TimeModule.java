package pyjama.python.runtime;

/**
 * The time module: clocks, sleep, struct_time and the calendar functions (gmtime, localtime,
 * mktime, asctime, ctime, strftime; strptime is the frozen _strptime module), in CPython 3.12's
 * wording and glibc's C-locale strftime.
 *
 * <p>The machine has no time zone database: local time is UTC (tzname ('UTC', 'UTC'),
 * timezone 0, no daylight saving time), as CPython's under TZ=UTC. Dates are proleptic
 * Gregorian, computed from day counts in 64-bit integers, so any time_t is converted exactly.
 */
final class TimeModule {
    private TimeModule() {}

    static final String[] FIELDS = { "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst" };
    static final String[] DAYS = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };
    static final String[] MONTHS = { "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December" };

    /** time.struct_time: a 9-tuple with tm_zone and tm_gmtoff beyond its length (kept in {@link PyObject#slots}). */
    static final PyType STRUCT_TIME = new PyType("struct_time", T.TUPLE);
    static {
        PyType t = STRUCT_TIME;
        t.type = T.TYPE;
        t.dict.type = T.DICT;
        t.setAttrRaw("__module__", new PyStr("time"));
        for (int i = 0; i < FIELDS.length; i++) {
            final int k = i;
            t.getset(FIELDS[i], s -> ((PyTuple) s).items[k], null);
        }
        t.getset("tm_zone", s -> s.slots == null ? T.None : s.slots[0], null);
        t.getset("tm_gmtoff", s -> s.slots == null ? T.None : s.slots[1], null);
        t.setAttrRaw("n_fields", PyInt.of(11));
        t.setAttrRaw("n_sequence_fields", PyInt.of(9));
        t.setAttrRaw("n_unnamed_fields", PyInt.of(0));
        t.defNew((a, kw) -> {
            PyObject[] p = Args.parse("struct_time", a, kw, 1, new String[] { "sequence", "dict" }, 1);
            if (!Ops.isIterable(p[0])) throw Exc.type("constructor requires a sequence");
            PyObject[] items = Ops.toArray(p[0]);
            if (items.length < 9) throw Exc.type("time.struct_time() takes an at least 9-sequence (" + items.length + "-sequence given)");
            if (items.length > 11) throw Exc.type("time.struct_time() takes an at most 11-sequence (" + items.length + "-sequence given)");
            return structTime((PyType) a[0], java.util.Arrays.copyOf(items, 9),
                    items.length > 9 ? items[9] : T.None, items.length > 10 ? items[10] : T.None);
        });
        t.def0("__repr__", s -> {
            StringBuilder sb = new StringBuilder("time.struct_time(");
            PyObject[] it = ((PyTuple) s).items;
            for (int i = 0; i < FIELDS.length; i++) {
                if (i > 0) sb.append(", ");
                sb.append(FIELDS[i]).append('=').append(Ops.repr(it[i]).value);
            }
            return new PyStr(sb.append(')').toString());
        });
        t.def0("__reduce__", s -> PyTuple.of(s.type, PyTuple.of(PyTuple.of(((PyTuple) s).items),
                structFields(s))));
    }

    static PyObject structFields(PyObject s) {
        PyDict d = new PyDict();
        d.setStr("tm_zone", s.slots == null ? T.None : s.slots[0]);
        d.setStr("tm_gmtoff", s.slots == null ? T.None : s.slots[1]);
        return d;
    }

    static PyTuple structTime(PyType t, PyObject[] items, PyObject zone, PyObject gmtoff) {
        PyTuple r = new PyTuple(t, items);
        r.slots = new PyObject[] { zone, gmtoff };
        return r;
    }

    /** A broken-down time (struct tm, with the Python conventions: month 1-12, Monday is 0, yday 1-366). */
    record Tm(long year, int mon, int mday, int hour, int min, int sec, int wday, int yday, int isdst, String zone, long gmtoff) {
        PyTuple toStruct() {
            return structTime(STRUCT_TIME, new PyObject[] { PyInt.of(year), PyInt.of(mon), PyInt.of(mday), PyInt.of(hour),
                PyInt.of(min), PyInt.of(sec), PyInt.of(wday), PyInt.of(yday), PyInt.of(isdst) },
                zone == null ? T.None : new PyStr(zone), PyInt.of(gmtoff));
        }
    }

    // ---- calendar arithmetic (Howard Hinnant's days_from_civil / civil_from_days) ---------------

    static long daysFromCivil(long y, long m, long d) {
        y -= m <= 2 ? 1 : 0;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    static boolean isLeap(long y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }

    /** gmtime: seconds since the epoch to UTC broken-down time. */
    static Tm gmtime(long t, String zone) {
        long days = Math.floorDiv(t, 86400);
        long secs = t - days * 86400;
        long z = days + 719468;
        long era = Math.floorDiv(z, 146097);
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long d = doy - (153 * mp + 2) / 5 + 1;
        long m = mp < 10 ? mp + 3 : mp - 9;
        long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
        if (y - 1900 > Integer.MAX_VALUE || y - 1900 < Integer.MIN_VALUE) {
            throw Exc.osError(Exc.OSError, 75, "Value too large for defined data type", null);
        }
        int wday = (int) Math.floorMod(days + 3, 7); // 1970-01-01 was a Thursday (3, Monday is 0)
        int yday = (int) (days - daysFromCivil(y, 1, 1)) + 1;
        return new Tm(y, (int) m, (int) d, (int) (secs / 3600), (int) (secs / 60 % 60), (int) (secs % 60), wday, yday, 0, zone, 0);
    }

    // ---- arguments ------------------------------------------------------------------------------

    /** A timestamp argument as time_t (CPython's _PyTime_ObjectToTime_t, rounding floats down). */
    static long timeT(PyObject o, Runtime rt) {
        if (o == null || o == T.None) return Math.floorDiv(rt.host.wallClockMillis(), 1000);
        if (o instanceof PyFloat f) {
            double d = f.v;
            if (Double.isNaN(d)) throw Exc.value("Invalid value NaN (not a number)");
            d = Math.floor(d);
            if (!(d >= -9.223372036854775808e18 && d < 9.223372036854775808e18)) throw outOfRange();
            return (long) d;
        }
        PyInt i = (PyInt) Ops.indexObject(o, "'" + o.type.name + "' object cannot be interpreted as an integer");
        if (i.big != null) throw outOfRange();
        return i.v;
    }

    static PyException outOfRange() { return Exc.overflow("timestamp out of range for platform time_t"); }

    /** A duration in seconds (sleep): a float, or an integer through __index__. */
    static double seconds(PyObject o) {
        if (o instanceof PyFloat f) {
            if (Double.isNaN(f.v)) throw Exc.value("Invalid value NaN (not a number)");
            return f.v;
        }
        PyInt i = (PyInt) Ops.indexObject(o, "'" + o.type.name + "' object cannot be interpreted as an integer");
        return i.toDouble();
    }

    /** A time tuple argument (CPython's gettmarg: nine ints; a struct_time also brings its zone). */
    static Tm tmArg(PyObject o, String fname) {
        if (!(o instanceof PyTuple tup)) throw Exc.type("Tuple or struct_time argument required");
        if (tup.items.length != 9) throw Exc.type(fname + "(): illegal time tuple argument");
        long[] v = new long[9];
        for (int i = 0; i < 9; i++) {
            PyObject x = tup.items[i];
            if (x instanceof PyFloat) throw Exc.type("'float' object cannot be interpreted as an integer");
            PyInt n = (PyInt) Ops.indexObject(x, "'" + x.type.name + "' object cannot be interpreted as an integer");
            if (n.big != null || n.v > Integer.MAX_VALUE || n.v < Integer.MIN_VALUE) {
                throw Exc.overflow("Python int too large to convert to C int");
            }
            v[i] = n.v;
        }
        String zone = null;
        long gmtoff = 0;
        if (o.type == STRUCT_TIME && o.slots != null) {
            if (o.slots[0] instanceof PyStr z) zone = z.value;
            if (o.slots[1] instanceof PyInt g) gmtoff = g.asLong();
        }
        return new Tm(v[0], (int) v[1], (int) v[2], (int) v[3], (int) v[4], (int) v[5], (int) v[6], (int) v[7], (int) v[8], zone, gmtoff);
    }

    /** CPython's checktm for asctime and strftime (0 stands for the lowest valid month, day and yday). */
    static Tm checked(Tm t) {
        int mon = t.mon(), mday = t.mday(), yday = t.yday();
        if (mon == 0) mon = 1;
        else if (mon < 1 || mon > 12) throw Exc.value("month out of range");
        if (mday == 0) mday = 1;
        else if (mday < 0 || mday > 31) throw Exc.value("day of month out of range");
        if (t.hour() < 0 || t.hour() > 23) throw Exc.value("hour out of range");
        if (t.min() < 0 || t.min() > 59) throw Exc.value("minute out of range");
        if (t.sec() < 0 || t.sec() > 61) throw Exc.value("seconds out of range");
        if (t.wday() < -1) throw Exc.value("day of week out of range");
        if (yday == 0) yday = 1;
        else if (yday < 0 || yday > 366) throw Exc.value("day of year out of range");
        int isdst = Math.max(-1, Math.min(1, t.isdst()));
        // gettmarg stores (wday + 1) % 7 as C's Sunday-based day: Python's -1 is Sunday too
        int wday = Math.floorMod(t.wday(), 7);
        return new Tm(t.year(), mon, mday, t.hour(), t.min(), t.sec(), wday, yday, isdst, t.zone(), t.gmtoff());
    }

    /** mktime: local (UTC) broken-down time to seconds, normalizing out-of-range fields as C does. */
    static long mktime(Tm t) {
        long mon0 = t.mon() - 1L;
        long year = t.year() + Math.floorDiv(mon0, 12);
        long mon = Math.floorMod(mon0, 12) + 1;
        long days = daysFromCivil(year, mon, 1) + t.mday() - 1;
        return days * 86400 + t.hour() * 3600L + t.min() * 60L + t.sec();
    }

    static String asctime(Tm t) {
        return DAYS[Math.floorMod(t.wday(), 7)].substring(0, 3) + " " + MONTHS[t.mon() - 1].substring(0, 3) + " "
                + (t.mday() < 10 ? " " : "") + t.mday() + " " + two(t.hour()) + ":" + two(t.min()) + ":" + two(t.sec()) + " " + t.year();
    }

    static String two(long v) { return v < 10 && v >= 0 ? "0" + v : String.valueOf(v); }

    // ---- strftime (glibc, C locale) ---------------------------------------------------------------

    /**
     * glibc's strftime in the C locale: the directives of C99 and POSIX plus glibc's %k %l %P %s
     * and the flags {@code - _ 0 ^ #} and a field width; an unknown directive is copied as is.
     */
    static String strftime(String fmt, Tm t) {
        StringBuilder out = new StringBuilder();
        int n = fmt.length();
        for (int i = 0; i < n; ) {
            char c = fmt.charAt(i++);
            if (c != '%') { out.append(c); continue; }
            int start = i - 1;
            char pad = 0;
            boolean upper = false, swap = false;
            while (i < n && "-_0^#".indexOf(fmt.charAt(i)) >= 0) {
                char f = fmt.charAt(i++);
                if (f == '^') upper = true;
                else if (f == '#') swap = true;
                else pad = f;
            }
            int width = -1;
            while (i < n && Character.isDigit(fmt.charAt(i))) {
                width = (width < 0 ? 0 : width * 10) + (fmt.charAt(i++) - '0');
                if (width > 1024) width = 1024;
            }
            while (i < n && (fmt.charAt(i) == 'E' || fmt.charAt(i) == 'O')) i++; // alternative forms: none in C
            if (i >= n) { out.append(fmt, start, n); break; }
            char d = fmt.charAt(i++);
            String text = null;
            long num = 0;
            int digits = 2;
            char numPad = '0';
            int wday = Math.floorMod(t.wday(), 7); // Python's: Monday is 0
            int cwday = (wday + 1) % 7;            // C's: Sunday is 0
            switch (d) {
                case 'a' -> text = DAYS[wday].substring(0, 3);
                case 'A' -> text = DAYS[wday];
                case 'b', 'h' -> text = MONTHS[t.mon() - 1].substring(0, 3);
                case 'B' -> text = MONTHS[t.mon() - 1];
                case 'c' -> text = strftime("%a %b %e %H:%M:%S %Y", t);
                case 'C' -> { num = Math.floorDiv(t.year(), 100); digits = 1; } // glibc pads years (%C %Y %G) only on request
                case 'd' -> num = t.mday();
                case 'D' -> text = strftime("%m/%d/%y", t);
                case 'e' -> { num = t.mday(); numPad = ' '; }
                case 'F' -> text = strftime("%Y-%m-%d", t);
                case 'g' -> num = Math.floorMod(isoYear(t), 100);
                case 'G' -> { num = isoYear(t); digits = 1; }
                case 'H' -> num = t.hour();
                case 'I' -> num = t.hour() % 12 == 0 ? 12 : t.hour() % 12;
                case 'j' -> { num = t.yday(); digits = 3; }
                case 'k' -> { num = t.hour(); numPad = ' '; }
                case 'l' -> { num = t.hour() % 12 == 0 ? 12 : t.hour() % 12; numPad = ' '; }
                case 'm' -> num = t.mon();
                case 'M' -> num = t.min();
                case 'n' -> text = "\n";
                case 'p' -> { text = t.hour() < 12 ? "AM" : "PM"; if (swap) { text = text.toLowerCase(); swap = false; } }
                case 'P' -> text = t.hour() < 12 ? "am" : "pm";
                case 'r' -> text = strftime("%I:%M:%S %p", t);
                case 'R' -> text = strftime("%H:%M", t);
                case 's' -> { num = mktime(t) - t.gmtoff(); digits = 1; }
                case 'S' -> num = t.sec();
                case 't' -> text = "\t";
                case 'T' -> text = strftime("%H:%M:%S", t);
                case 'u' -> { num = wday + 1; digits = 1; }
                case 'U' -> num = (t.yday() - 1 + 7 - cwday) / 7;
                case 'V' -> num = isoWeek(t);
                case 'w' -> { num = cwday; digits = 1; }
                case 'W' -> num = (t.yday() - 1 + 7 - wday) / 7;
                case 'x' -> text = strftime("%m/%d/%y", t);
                case 'X' -> text = strftime("%H:%M:%S", t);
                case 'y' -> num = Math.floorMod(t.year(), 100);
                case 'Y' -> { num = t.year(); digits = 1; }
                case 'z' -> {
                    if (t.isdst() < 0) { text = ""; break; } // glibc: no offset when DST is unknown
                    long off = t.gmtoff();
                    long mins = Math.abs(off) / 60;
                    text = (off < 0 ? "-" : "+") + two(mins / 60) + two(mins % 60);
                }
                case 'Z' -> {
                    String z = t.zone();
                    if ((z == null || z.isEmpty()) && t.isdst() >= 0) z = "UTC"; // tzname[isdst]
                    text = z == null ? "" : z;
                    if (swap) { text = text.toLowerCase(); swap = false; }
                }
                case '%' -> text = "%";
                default -> { out.append(fmt, start, i); continue; }
            }
            if (text != null) {
                if (upper || (swap && "aAbBh".indexOf(d) >= 0)) text = text.toUpperCase(); // '#' swaps the case of names only
                if (width > text.length()) out.append(String.valueOf(pad == '0' ? '0' : ' ').repeat(width - text.length()));
                out.append(text);
                continue;
            }
            String s = String.valueOf(Math.abs(num));
            String sign = num < 0 ? "-" : "";
            int w = pad == '-' ? 0 : Math.max(width, digits);
            char p = pad == '_' ? ' ' : pad == '0' ? '0' : numPad;
            String fill = String.valueOf(p).repeat(Math.max(0, w - s.length() - sign.length()));
            out.append(p == '0' ? sign + fill : fill + sign).append(s);
        }
        return out.toString();
    }

    /** ISO 8601 week-numbering year and week (%G, %V). */
    static long isoYear(Tm t) {
        long w = isoWeekRaw(t);
        if (w < 1) return t.year() - 1;
        if (w > weeksInYear(t.year())) return t.year() + 1;
        return t.year();
    }

    static long isoWeek(Tm t) {
        long w = isoWeekRaw(t);
        if (w < 1) return weeksInYear(t.year() - 1);
        if (w > weeksInYear(t.year())) return 1;
        return w;
    }

    static long isoWeekRaw(Tm t) {
        int wday = Math.floorMod(t.wday(), 7) + 1; // ISO: Monday 1 .. Sunday 7
        return (t.yday() - wday + 10) / 7;
    }

    static long weeksInYear(long y) {
        // a year has 53 ISO weeks when it starts on a Thursday, or on a Wednesday in a leap year
        int jan1 = (int) Math.floorMod(daysFromCivil(y, 1, 1) + 3, 7); // Monday 0
        return jan1 == 3 || (jan1 == 2 && isLeap(y)) ? 53 : 52;
    }

    // ---- the module ---------------------------------------------------------------------------------

    static PyModule create(Runtime rt) {
        PyModule m = new PyModule("time");
        m.def("time", Fn.of0("time.time", () -> new PyFloat(rt.host.wallClockMillis() / 1000.0)));
        m.def("time_ns", Fn.of0("time.time_ns", () -> PyInt.of(rt.host.wallClockMillis() * 1_000_000L)));
        m.def("monotonic", Fn.of0("time.monotonic", () -> new PyFloat(rt.host.nanoTime() / 1e9)));
        m.def("monotonic_ns", Fn.of0("time.monotonic_ns", () -> PyInt.of(rt.host.nanoTime())));
        m.def("perf_counter", Fn.of0("time.perf_counter", () -> new PyFloat(rt.host.nanoTime() / 1e9)));
        m.def("perf_counter_ns", Fn.of0("time.perf_counter_ns", () -> PyInt.of(rt.host.nanoTime())));
        m.def("process_time", Fn.of0("time.process_time", () -> new PyFloat(rt.host.nanoTime() / 1e9)));
        m.def("process_time_ns", Fn.of0("time.process_time_ns", () -> PyInt.of(rt.host.nanoTime())));
        m.def("sleep", Fn.of1("time.sleep", x -> {
            double secs = seconds(x);
            if (secs < 0) throw Exc.value("sleep length must be non-negative");
            if (secs > 9.2e9) throw Exc.overflow("sleep length is too large");
            if (rt.host.sleep((long) (secs * 1e9))) throw Exc.make(Exc.KeyboardInterrupt);
            return T.None;
        }));
        m.set("struct_time", STRUCT_TIME);
        m.set("tzname", PyTuple.of(new PyStr("UTC"), new PyStr("UTC")));
        m.set("timezone", PyInt.of(0));
        m.set("altzone", PyInt.of(0));
        m.set("daylight", PyInt.of(0));
        m.def("gmtime", Fn.positional("time.gmtime", 0, 1, (a, kw) -> gmtime(timeT(a.length > 0 ? a[0] : null, rt), "GMT").toStruct()));
        m.def("localtime", Fn.positional("time.localtime", 0, 1, (a, kw) -> gmtime(timeT(a.length > 0 ? a[0] : null, rt), "UTC").toStruct()));
        m.def("mktime", Fn.of1("time.mktime", t -> new PyFloat(mktime(tmArg(t, "mktime")))));
        m.def("asctime", Fn.positional("time.asctime", 0, 1, (a, kw) -> {
            Tm t = a.length == 0 ? gmtime(timeT(null, rt), "UTC") : checked(tmArg(a[0], "asctime"));
            return new PyStr(asctime(t));
        }));
        m.def("ctime", Fn.positional("time.ctime", 0, 1, (a, kw) -> new PyStr(asctime(gmtime(timeT(a.length > 0 ? a[0] : null, rt), "UTC")))));
        m.def("strftime", Fn.positional("time.strftime", 1, 2, (a, kw) -> {
            if (!(a[0] instanceof PyStr fmt)) throw Exc.type("strftime() argument 1 must be str, not " + a[0].type.name);
            Tm t = a.length < 2 ? gmtime(timeT(null, rt), "UTC") : checked(tmArg(a[1], "strftime"));
            return new PyStr(strftime(fmt.value, t));
        }));
        m.def("strptime", Fn.positional("time.strptime", 1, 2, (a, kw) -> {
            PyObject impl = Ops.getattr(rt.importer.importModule("_strptime"), "_strptime_time");
            return Ops.call(impl, a, null);
        }));
        return m;
    }
}
