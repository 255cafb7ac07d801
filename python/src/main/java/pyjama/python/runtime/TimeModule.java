package pyjama.python.runtime;

import pyjama.python.Errno;
import pyjama.python.PythonHost;

/**
 * The {@code time} module, CPython 3.12's API over the embedding's two clocks
 * ({@link PythonHost#wallClockMillis} and {@link PythonHost#nanoTime}) and its
 * {@link PythonHost#sleep}. Pyjama has no time zones: local time is UTC (timezone = altzone = 0,
 * daylight = 0, tzname = ('UTC', 'UTC')), as CPython shows on a host whose zone is UTC.
 *
 * <p>The conversions go through C's {@code struct tm} ({@link BrokenDownTime}) exactly where
 * CPython's do, with CPython's argument errors: seconds become a C {@code time_t}
 * ({@link #timeT}), tuples a {@code struct tm} of C ints ({@link #tmArg}, CPython's gettmarg)
 * checked by {@link #checked} (checktm) before asctime and strftime. Formatting is
 * {@link Strftime}; parsing is the frozen Python module {@code _strptime}, as in CPython.
 * process_time and thread_time have no CPU clock to read: they count the interpreter's monotonic
 * time less what it spent in time.sleep (docs/python-differences.md).
 */
final class TimeModule {
    private TimeModule() {}

    static final String[] TZNAME = { "UTC", "UTC" };

    static final int CLOCK_REALTIME = 0, CLOCK_MONOTONIC = 1, CLOCK_PROCESS_CPUTIME_ID = 2,
        CLOCK_THREAD_CPUTIME_ID = 3, CLOCK_MONOTONIC_RAW = 4, CLOCK_BOOTTIME = 7, CLOCK_TAI = 11;

    /** Where a time value comes from, and how get_clock_info describes it. */
    private enum Clock {
        WALL("PythonHost.wallClockMillis()", false, true, 1e-3),
        MONOTONIC("PythonHost.nanoTime()", true, false, 1e-9),
        CPU("PythonHost.nanoTime() less time.sleep()", true, false, 1e-9);

        final String implementation;
        final boolean monotonic, adjustable;
        final double resolution;

        Clock(String implementation, boolean monotonic, boolean adjustable, double resolution) {
            this.implementation = implementation;
            this.monotonic = monotonic;
            this.adjustable = adjustable;
            this.resolution = resolution;
        }
    }

    /** The clocks of one interpreter: the host's, and the stand-in for CPU time. */
    private static final class Clocks {
        final PythonHost host;
        final long start;
        long slept;

        Clocks(PythonHost host) {
            this.host = host;
            this.start = host.nanoTime();
        }

        long nanos(Clock c) {
            return switch (c) {
                case WALL -> host.wallClockMillis() * 1_000_000L;
                case MONOTONIC -> host.nanoTime();
                case CPU -> host.nanoTime() - start - slept;
            };
        }

        /** time.sleep; true when Ctrl-C cut it short. */
        boolean sleep(long ns) {
            long before = host.nanoTime();
            boolean interrupted = host.sleep(ns);
            slept += host.nanoTime() - before;
            return interrupted;
        }
    }

    static PyModule create(Runtime rt) {
        PyModule m = new PyModule("time");
        Clocks clocks = new Clocks(rt.host);
        defClock(m, clocks, "time", Clock.WALL);
        defClock(m, clocks, "monotonic", Clock.MONOTONIC);
        defClock(m, clocks, "perf_counter", Clock.MONOTONIC);
        defClock(m, clocks, "process_time", Clock.CPU);
        defClock(m, clocks, "thread_time", Clock.CPU);
        m.def("sleep", new Fn() {
            @Override public PyObject call(PyObject[] a, PyStr[] kw) {
                Fn.noKw("time.sleep", kw);
                if (a.length != 1) throw Exc.type("time.sleep() takes exactly one argument (" + a.length + " given)");
                long ns = sleepNanos(a[0]);
                if (ns < 0) throw Exc.value("sleep length must be non-negative");
                Interp vm = Interp.cur;
                if (vm.thread == null && !GreenThreads.active) {
                    if (clocks.sleep(ns)) throw Exc.make(Exc.KeyboardInterrupt);
                    return T.None;
                }
                // With threads about, a sleep lets them run (sleep(0) in a thread yields its slice).
                return vm.block(this, Wait.until(rt.host.nanoTime() + ns), true);
            }
        });
        m.def("get_clock_info", (a, kw) -> {
            Args.noKw("get_clock_info", kw);
            if (a.length != 1) throw Exc.type("get_clock_info() takes exactly 1 argument (" + a.length + " given)");
            Clock c = switch (cString(a[0], "get_clock_info")) {
                case "time" -> Clock.WALL;
                case "monotonic", "perf_counter" -> Clock.MONOTONIC;
                case "process_time", "thread_time" -> Clock.CPU;
                default -> throw Exc.value("unknown clock");
            };
            return SysModule.simpleNamespace(new String[] { "implementation", "monotonic", "adjustable", "resolution" },
                    new PyObject[] { new PyStr(c.implementation), PyBool.of(c.monotonic), PyBool.of(c.adjustable),
                        new PyFloat(c.resolution) });
        });

        m.def("gmtime", (a, kw) -> StructTime.of(broken(epochArg("gmtime", a, kw, clocks), "GMT")));
        m.def("localtime", (a, kw) -> StructTime.of(broken(epochArg("localtime", a, kw, clocks), "UTC")));
        m.def("ctime", (a, kw) -> new PyStr(asctime(broken(epochArg("ctime", a, kw, clocks), "UTC"))));
        m.def("asctime", (a, kw) -> {
            Args.noKw("asctime", kw);
            Args.count("asctime", a, 0, 1);
            return new PyStr(asctime(a.length == 0 ? now(clocks) : checked(tmArg(a[0], "asctime"))));
        });
        m.def("mktime", Fn.of1("time.mktime", x -> {
            Long t = tmArg(x, "mktime").mktime();
            if (t == null) throw Exc.overflow("mktime argument out of range");
            return new PyFloat((double) t);
        }));
        m.def("strftime", (a, kw) -> {
            Args.noKw("strftime", kw);
            if (a.length == 0) throw Exc.type("strftime() takes at least 1 argument (0 given)");
            if (a.length > 2) throw Exc.type("strftime() takes at most 2 arguments (" + a.length + " given)");
            String format = Args.str(a[0], "strftime", "1");
            BrokenDownTime tm = a.length == 1 ? now(clocks) : checked(tmArg(a[1], "strftime"));
            // as CPython: in case a C library's %Z indexes tzname with tm_isdst
            int isdst = Math.max(-1, Math.min(1, tm.isdst()));
            tm = tm.with(tm.mon(), tm.mday(), tm.wday(), tm.yday(), isdst);
            if (format.indexOf('\0') >= 0) throw Exc.value("embedded null character");
            return new PyStr(Strftime.format(format, tm));
        });
        m.def("strptime", (a, kw) -> {
            Args.noKw("strptime", kw);
            PyObject parser = Ops.getattr(rt.importer.importModule("_strptime"), "_strptime_time");
            return Ops.call(parser, a, null);
        });
        m.def("tzset", Fn.of0("time.tzset", () -> T.None));

        m.def("clock_gettime", (a, kw) -> {
            long ns = clocks.nanos(clockId("clock_gettime", a, kw));
            return new PyFloat(Math.floorDiv(ns, 1_000_000_000L) + Math.floorMod(ns, 1_000_000_000L) * 1e-9);
        });
        m.def("clock_gettime_ns", (a, kw) -> PyInt.of(clocks.nanos(clockId("clock_gettime", a, kw))));
        m.def("clock_getres", (a, kw) -> new PyFloat(clockId("clock_getres", a, kw).resolution));
        m.def("clock_settime", (a, kw) -> settime("clock_settime", a, kw));
        m.def("clock_settime_ns", (a, kw) -> settime("clock_settime_ns", a, kw));

        m.set("struct_time", StructTime.TYPE);
        m.set("_STRUCT_TM_ITEMS", PyInt.of(StructTime.VISIBLE.length + StructTime.HIDDEN.length));
        m.set("timezone", PyInt.of(0));
        m.set("altzone", PyInt.of(0));
        m.set("daylight", PyInt.of(0));
        m.set("tzname", PyTuple.of(new PyStr(TZNAME[0]), new PyStr(TZNAME[1])));
        m.set("CLOCK_REALTIME", PyInt.of(CLOCK_REALTIME));
        m.set("CLOCK_MONOTONIC", PyInt.of(CLOCK_MONOTONIC));
        m.set("CLOCK_PROCESS_CPUTIME_ID", PyInt.of(CLOCK_PROCESS_CPUTIME_ID));
        m.set("CLOCK_THREAD_CPUTIME_ID", PyInt.of(CLOCK_THREAD_CPUTIME_ID));
        m.set("CLOCK_MONOTONIC_RAW", PyInt.of(CLOCK_MONOTONIC_RAW));
        m.set("CLOCK_BOOTTIME", PyInt.of(CLOCK_BOOTTIME));
        m.set("CLOCK_TAI", PyInt.of(CLOCK_TAI));
        return m;
    }

    /** name() as a float of seconds and name_ns() as an int of nanoseconds. */
    private static void defClock(PyModule m, Clocks clocks, String name, Clock c) {
        m.def(name, Fn.of0("time." + name, () -> new PyFloat(seconds(clocks.nanos(c)))));
        m.def(name + "_ns", Fn.of0("time." + name + "_ns", () -> PyInt.of(clocks.nanos(c))));
    }

    /** CPython's _PyTime_AsSecondsDouble: exact for whole seconds, else one division. */
    private static double seconds(long ns) {
        return ns % 1_000_000_000L == 0 ? (double) (ns / 1_000_000_000L) : ns / 1e9;
    }

    // ---- arguments -------------------------------------------------------------------------------

    /** The "|O:name" seconds argument of gmtime, localtime and ctime; now when None or absent. */
    private static long epochArg(String fname, PyObject[] a, PyStr[] kw, Clocks clocks) {
        Args.noKw(fname, kw);
        if (a.length > 1) throw Exc.type(fname + "() takes at most 1 argument (" + a.length + " given)");
        if (a.length == 0 || a[0] == T.None) return Math.floorDiv(clocks.host.wallClockMillis(), 1000L);
        return timeT(a[0]);
    }

    /** CPython's _PyTime_ObjectToTime_t with rounding toward minus infinity. */
    static long timeT(PyObject x) {
        if (x instanceof PyFloat f) {
            double d = f.v;
            if (Double.isNaN(d)) throw Exc.value("Invalid value NaN (not a number)");
            d = Math.floor(d);
            if (!(d >= -0x1p63 && d < 0x1p63)) throw Exc.overflow("timestamp out of range for platform time_t");
            return (long) d;
        }
        PyInt i = (PyInt) Ops.indexObject(x, null);
        if (i.big != null) throw Exc.overflow("timestamp out of range for platform time_t");
        return i.v;
    }

    /** time.sleep's argument in nanoseconds, rounded away from zero (CPython's _PyTime_ROUND_TIMEOUT). */
    static long sleepNanos(PyObject x) {
        if (x instanceof PyFloat f) {
            double d = f.v;
            if (Double.isNaN(d)) throw Exc.value("Invalid value NaN (not a number)");
            d *= 1e9;
            d = d >= 0 ? Math.ceil(d) : Math.floor(d);
            if (!(d >= -0x1p63 && d < 0x1p63)) throw Exc.overflow("timestamp out of range for platform time_t");
            return (long) d;
        }
        PyInt i = (PyInt) Ops.indexObject(x, null);
        long limit = Long.MAX_VALUE / 1_000_000_000L;
        if (i.big != null || i.v > limit || i.v < -limit) throw Exc.overflow("timestamp too large to convert to C _PyTime_t");
        return i.v * 1_000_000_000L;
    }

    /** A C int argument (PyArg_Parse "i"). */
    private static int cInt(PyObject x) {
        PyInt i = (PyInt) Ops.indexObject(x, null);
        if (i.big != null) throw Exc.overflow("Python int too large to convert to C long");
        if (i.v > Integer.MAX_VALUE) throw Exc.overflow("signed integer is greater than maximum");
        if (i.v < Integer.MIN_VALUE) throw Exc.overflow("signed integer is less than minimum");
        return (int) i.v;
    }

    /** A C string argument (PyArg_Parse "s"). */
    private static String cString(PyObject x, String fname) {
        String s = Args.str(x, fname, "1");
        if (s.indexOf('\0') >= 0) throw Exc.value("embedded null character");
        return s;
    }

    /** clock_settime(_ns): the arguments are checked as CPython's, and no clock may be set. */
    private static PyObject settime(String fname, PyObject[] a, PyStr[] kw) {
        Args.noKw(fname, kw);
        if (a.length != 2) throw Exc.type(fname + "() takes exactly 2 arguments (" + a.length + " given)");
        int id = cInt(a[0]);
        if (fname.endsWith("_ns")) Ops.indexObject(a[1], null);
        else sleepNanos(a[1]);
        // Linux sets only CLOCK_REALTIME, and only for a privileged process; Pyjama's wall
        // clock belongs to the kernel.
        throw Exc.osError(id == CLOCK_REALTIME ? Errno.EPERM : Errno.EINVAL, null, null);
    }

    /** The clock named by the only argument ("i"); EINVAL for an unknown id. */
    private static Clock clockId(String fname, PyObject[] a, PyStr[] kw) {
        Args.noKw(fname, kw);
        if (a.length != 1) throw Exc.type(fname + "() takes exactly 1 argument (" + a.length + " given)");
        return switch (cInt(a[0])) {
            case CLOCK_REALTIME, CLOCK_TAI -> Clock.WALL;
            case CLOCK_MONOTONIC, CLOCK_MONOTONIC_RAW, CLOCK_BOOTTIME -> Clock.MONOTONIC;
            case CLOCK_PROCESS_CPUTIME_ID, CLOCK_THREAD_CPUTIME_ID -> Clock.CPU;
            default -> throw Exc.osError(Errno.EINVAL, null, null);
        };
    }

    /**
     * CPython's gettmarg: a tuple (or struct_time) of 9 C ints as a struct tm; a struct_time
     * also gives tm_zone and tm_gmtoff.
     */
    static BrokenDownTime tmArg(PyObject arg, String fname) {
        if (!(arg instanceof PyTuple t)) throw Exc.type("Tuple or struct_time argument required");
        if (t.items.length != 9) throw Exc.type(fname + "(): illegal time tuple argument");
        int[] v = new int[9];
        for (int i = 0; i < 9; i++) v[i] = cInt(t.items[i]);
        if (v[0] < Integer.MIN_VALUE + 1900) throw Exc.overflow("year out of range");
        String zone = null;
        long gmtoff = 0;
        if (t.type == StructTime.TYPE && t.slots != null) {
            PyObject z = t.slots[0];
            if (z != null && z != T.None) {
                if (!(z instanceof PyStr s)) throw Exc.type("bad argument type for built-in operation");
                zone = s.value;
            }
            PyObject off = t.slots[1];
            if (off != null && off != T.None) {
                PyInt i = (PyInt) Ops.indexObject(off, null);
                if (i.big != null) throw Exc.overflow("Python int too large to convert to C long");
                gmtoff = i.v;
            }
        }
        // C's % keeps the dividend's sign: a weekday of -7 or less stays negative (checktm refuses it)
        return new BrokenDownTime(v[0] - 1900, v[1] - 1, v[2], v[3], v[4], v[5], (v[6] + 1) % 7, v[7] - 1, v[8], zone, gmtoff);
    }

    /**
     * CPython's checktm: the ranges asctime and strftime index arrays with, where month 0, day
     * 0 and day of year 0 (after gettmarg's decrements) mean the first.
     */
    static BrokenDownTime checked(BrokenDownTime tm) {
        int mon = tm.mon(), mday = tm.mday(), yday = tm.yday();
        if (mon == -1) mon = 0;
        else if (mon < 0 || mon > 11) throw Exc.value("month out of range");
        if (mday == 0) mday = 1;
        else if (mday < 0 || mday > 31) throw Exc.value("day of month out of range");
        if (tm.hour() < 0 || tm.hour() > 23) throw Exc.value("hour out of range");
        if (tm.min() < 0 || tm.min() > 59) throw Exc.value("minute out of range");
        if (tm.sec() < 0 || tm.sec() > 61) throw Exc.value("seconds out of range");
        if (tm.wday() < 0) throw Exc.value("day of week out of range");
        if (yday == -1) yday = 0;
        else if (yday < 0 || yday > 365) throw Exc.value("day of year out of range");
        return tm.with(mon, mday, tm.wday(), yday, tm.isdst());
    }

    private static BrokenDownTime broken(long t, String zone) {
        BrokenDownTime tm = BrokenDownTime.fromEpoch(t, zone);
        if (tm == null) throw Exc.osError(Errno.EOVERFLOW, null, null);
        return tm;
    }

    private static BrokenDownTime now(Clocks clocks) {
        return broken(Math.floorDiv(clocks.host.wallClockMillis(), 1000L), "UTC");
    }

    /** CPython's _asctime: "%s %s%3d %.2d:%.2d:%.2d %d", the year as a C int. */
    private static String asctime(BrokenDownTime tm) {
        StringBuilder sb = new StringBuilder();
        sb.append(Strftime.ABDAY[tm.wday()]).append(' ').append(Strftime.ABMON[tm.mon()]);
        String day = Integer.toString(tm.mday());
        for (int k = day.length(); k < 3; k++) sb.append(' ');
        sb.append(day).append(' ');
        two(sb, tm.hour()).append(':');
        two(sb, tm.min()).append(':');
        two(sb, tm.sec()).append(' ');
        return sb.append(1900 + tm.year()).toString();
    }

    private static StringBuilder two(StringBuilder sb, int v) {
        return sb.append(v < 10 ? "0" : "").append(v);
    }
}
