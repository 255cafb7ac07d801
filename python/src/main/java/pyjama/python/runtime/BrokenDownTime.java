package pyjama.python.runtime;

/**
 * C's {@code struct tm} ("broken-down time" in POSIX), the value the {@code time} module's
 * conversions pass around, with the fields as C keeps them: {@code year} counts from 1900,
 * {@code mon} from 0, {@code wday} from Sunday = 0, {@code yday} from 0. CPython converts to and
 * from {@code struct_time} at the edges (TimeModule); keeping C's conventions here lets
 * {@link Strftime} follow glibc's arithmetic literally, including its wrap-around where a
 * Python value reaches the limits of a C {@code int}.
 *
 * <p>The calendar is the proleptic Gregorian one without leap seconds, as glibc's. Pyjama has no
 * time zones: local time is UTC, and {@link #mktime} is glibc's {@code mktime} under TZ=UTC.
 *
 * @param zone   tm_zone, or null (C's NULL: a tuple without one)
 * @param gmtoff tm_gmtoff in seconds east of UTC
 */
record BrokenDownTime(int year, int mon, int mday, int hour, int min, int sec, int wday, int yday, int isdst,
                      String zone, long gmtoff) {

    // long operands throughout: TeaVM's Math lacks the (long, int) overloads of floorDiv/floorMod
    static final long SECONDS_PER_DAY = 86400;

    /**
     * gmtime_r/localtime_r of {@code t} seconds since the epoch, with {@code zone} as tm_zone
     * (glibc says "GMT" for gmtime, "UTC" for localtime in the UTC zone). Null when the year does
     * not fit tm_year, where glibc fails with EOVERFLOW.
     */
    static BrokenDownTime fromEpoch(long t, String zone) {
        long days = Math.floorDiv(t, SECONDS_PER_DAY);
        int secs = (int) Math.floorMod(t, SECONDS_PER_DAY);
        long[] ymd = civilFromDays(days);
        long tmYear = ymd[0] - 1900;
        if (tmYear < Integer.MIN_VALUE || tmYear > Integer.MAX_VALUE) return null;
        int yday = (int) (days - daysFromCivil(ymd[0], 1, 1));
        int wday = (int) Math.floorMod(days + 4, 7L); // 1970-01-01 was a Thursday
        return new BrokenDownTime((int) tmYear, (int) ymd[1] - 1, (int) ymd[2], secs / 3600, secs / 60 % 60, secs % 60,
                wday, yday, 0, zone, 0);
    }

    /**
     * glibc's mktime in the UTC zone: fields out of range carry into the next larger one (month
     * 13 is January of the next year, second -1 the last second of the previous minute).
     * tm_isdst &gt; 0 asks for summer time, which UTC never has; glibc then assumes a one-hour
     * shift, so the result is an hour earlier (CPython on a UTC host shows the same). Null when
     * the resulting year does not fit tm_year (mktime's -1 with EOVERFLOW).
     */
    Long mktime() {
        long y = (long) year + 1900 + Math.floorDiv(mon, 12);
        int m = Math.floorMod(mon, 12);
        long days = daysFromCivil(y, m + 1, 1) + (mday - 1L);
        long t = days * SECONDS_PER_DAY + hour * 3600L + min * 60L + sec;
        if (isdst > 0) t -= 3600;
        return fromEpoch(t, null) == null ? null : t;
    }

    /** The fields as of a check or normalisation (checktm) that changed some of them. */
    BrokenDownTime with(int mon, int mday, int wday, int yday, int isdst) {
        return new BrokenDownTime(year, mon, mday, hour, min, sec, wday, yday, isdst, zone, gmtoff);
    }

    static boolean isLeap(long year) {
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    /** Days from 1970-01-01 to the given proleptic Gregorian date (month 1..12). */
    static long daysFromCivil(long y, int m, int d) {
        // Counting years from March puts the leap day last; eras are 400-year cycles.
        long yy = m <= 2 ? y - 1 : y;
        long era = Math.floorDiv(yy, 400L);
        long yoe = yy - era * 400;
        long doy = (153L * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    /** {year, month 1..12, day} of a day number counted from 1970-01-01. */
    static long[] civilFromDays(long days) {
        long z = days + 719468;
        long era = Math.floorDiv(z, 146097L);
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long d = doy - (153 * mp + 2) / 5 + 1;
        long m = mp < 10 ? mp + 3 : mp - 9;
        return new long[] { yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
    }
}
