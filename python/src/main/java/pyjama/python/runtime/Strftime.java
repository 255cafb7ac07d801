package pyjama.python.runtime;

/**
 * {@code time.strftime}: what CPython on Linux returns, which is glibc's {@code wcsftime} in the C
 * locale (CPython never sets LC_TIME). The directives are C99's and glibc's extensions (%C %D %e
 * %F %g %G %h %k %l %n %P %r %R %s %t %T %u %V %z %Z); glibc's flags {@code _ - 0 ^ #}, a
 * field width and the {@code E}/{@code O} modifiers (which change nothing in the C locale, or
 * make the directive invalid where glibc says so). An unknown directive is copied as written,
 * flags and width included. Numbers are C {@code int}s, so the arithmetic below is int
 * arithmetic on purpose: %C, %y, %G... of extreme years wrap as glibc's do.
 *
 * <p>CPython calls wcsftime with a buffer of 1024 characters, doubling it while the result does
 * not fit, and gives up with an empty string once the buffer reaches 256 times the format's
 * length: {@code strftime('%5000Y')} is {@code ''}. {@link #format} reproduces that limit, which
 * also bounds the work a huge width can cause.
 */
final class Strftime {
    private Strftime() {}

    static final String[] ABDAY = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
    static final String[] DAY = { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" };
    static final String[] ABMON = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    static final String[] MON = { "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December" };

    /** The C locale's D_T_FMT, D_FMT, T_FMT and T_FMT_AMPM. */
    private static final String DATE_TIME = "%a %b %e %H:%M:%S %Y", DATE = "%m/%d/%y", TIME = "%H:%M:%S",
        TIME_AMPM = "%I:%M:%S %p";

    /** The result outgrew CPython's last buffer. */
    private static final class TooLong extends RuntimeException {
        TooLong() { super(null, null, false, false); }
    }

    /** The characters written so far, in code points (wchar_t units), and the buffer's size. */
    private static final class Out {
        final StringBuilder sb = new StringBuilder();
        final long limit;
        long count;

        Out(long limit) { this.limit = limit; }

        /** glibc's {@code add}: {@code s} right-aligned in {@code width} (zeros only for the 0 flag). */
        void add(String s, int width, int pad, boolean lower, boolean upper) {
            int n = s.codePointCount(0, s.length());
            long delta = (long) width - n;
            reserve(n + Math.max(delta, 0));
            for (long k = 0; k < delta; k++) sb.append(pad == '0' ? '0' : ' ');
            sb.append(lower || upper ? changeCase(s, upper && !lower) : s);
        }

        void fill(char c, int n) {
            reserve(n);
            for (int k = 0; k < n; k++) sb.append(c);
        }

        private void reserve(long n) {
            // the terminating NUL must fit too: C's "if (incr >= maxsize - i) return 0"
            if (count + n >= limit) throw new TooLong();
            count += n;
        }
    }

    /** time.strftime's result for a checked broken-down time. */
    static String format(String fmt, BrokenDownTime tm) {
        int[] f = codePoints(fmt);
        long limit = 1024;
        while (limit < 256L * f.length) limit *= 2;
        Out out = new Out(limit);
        try {
            expand(f, tm, out);
        } catch (TooLong e) {
            return "";
        }
        return out.sb.toString();
    }

    private static String expand(String subformat, BrokenDownTime tm) {
        Out out = new Out(Long.MAX_VALUE);
        expand(codePoints(subformat), tm, out);
        return out.sb.toString();
    }

    private static void expand(int[] f, BrokenDownTime tp, Out out) {
        int hour12 = tp.hour() > 12 ? tp.hour() - 12 : tp.hour() == 0 ? 12 : tp.hour();
        for (int i = 0; i < f.length; i++) {
            if (f[i] != '%') {
                out.add(text(f, i, i + 1), -1, 0, false, false);
                continue;
            }
            int pad = 0, width = -1, modifier = 0;
            boolean upper = false, lower = false, changeCase = false;
            int c;
            while (true) {
                c = at(f, ++i);
                if (c == '_' || c == '-' || c == '0') pad = c;
                else if (c == '^') upper = true;
                else if (c == '#') changeCase = true;
                else break;
            }
            if (isDigit(c)) {
                width = 0;
                do {
                    int d = c - '0';
                    width = width > (Integer.MAX_VALUE - d) / 10 ? Integer.MAX_VALUE : width * 10 + d;
                    c = at(f, ++i);
                } while (isDigit(c));
            }
            if (c == 'E' || c == 'O') {
                modifier = c;
                c = at(f, ++i);
            }
            String subformat = null;
            int digits = -1; // >= 0: a number to print, with at least this many characters
            long number = 0;
            boolean bad = false;
            switch (c) {
                case '%' -> {
                    if (modifier != 0) bad = true;
                    else out.add("%", width, pad, false, false);
                }
                case 'a', 'A' -> {
                    if (modifier != 0) {
                        bad = true;
                    } else {
                        if (changeCase) { upper = true; lower = false; }
                        out.add(name(c == 'a' ? ABDAY : DAY, tp.wday()), width, pad, lower, upper);
                    }
                }
                case 'b', 'h', 'B' -> {
                    if (changeCase) { upper = true; lower = false; }
                    if (modifier == 'E') bad = true;
                    else out.add(name(c == 'B' ? MON : ABMON, tp.mon()), width, pad, lower, upper);
                }
                case 'c' -> {
                    if (modifier == 'O') bad = true;
                    else subformat = DATE_TIME;
                }
                case 'x' -> {
                    if (modifier == 'O') bad = true;
                    else subformat = DATE;
                }
                case 'X' -> {
                    if (modifier == 'O') bad = true;
                    else subformat = TIME;
                }
                case 'D' -> {
                    if (modifier != 0) bad = true;
                    else subformat = "%m/%d/%y";
                }
                case 'F' -> {
                    if (modifier != 0) bad = true;
                    else subformat = "%Y-%m-%d";
                }
                case 'R' -> subformat = "%H:%M";
                case 'r' -> subformat = TIME_AMPM;
                case 'T' -> subformat = "%H:%M:%S";
                case 'C' -> {
                    int year = tp.year() + 1900;
                    number = year / 100 - (year % 100 < 0 ? 1 : 0);
                    digits = Math.max(1, width);
                }
                case 'd', 'e', 'H', 'I', 'k', 'l', 'j', 'M', 'm', 'S', 'U', 'W', 'w' -> {
                    if (modifier == 'E') {
                        bad = true;
                        break;
                    }
                    int minDigits = 2;
                    switch (c) {
                        case 'd', 'e' -> number = tp.mday();
                        case 'H', 'k' -> number = tp.hour();
                        case 'I', 'l' -> number = hour12;
                        case 'j' -> { number = 1 + tp.yday(); minDigits = 3; }
                        case 'M' -> number = tp.min();
                        case 'm' -> number = tp.mon() + 1;
                        case 'S' -> number = tp.sec();
                        case 'U' -> number = (tp.yday() - tp.wday() + 7) / 7;
                        case 'W' -> number = (tp.yday() - (tp.wday() - 1 + 7) % 7 + 7) / 7;
                        default -> { number = tp.wday(); minDigits = 1; } // 'w'
                    }
                    // %e %k %l pad with spaces unless told otherwise
                    if ((c == 'e' || c == 'k' || c == 'l') && pad != '0' && pad != '-') pad = '_';
                    digits = Math.max(minDigits, width);
                }
                case 'u' -> {
                    number = (tp.wday() - 1 + 7) % 7 + 1;
                    digits = Math.max(1, width);
                }
                case 'V', 'g', 'G' -> {
                    if (modifier == 'E') {
                        bad = true;
                        break;
                    }
                    int year = tp.year() + 1900;
                    int days = isoWeekDays(tp.yday(), tp.wday());
                    if (days < 0) {
                        year--; // the ISO week belongs to the previous year
                        days = isoWeekDays(tp.yday() + (365 + (leap(year) ? 1 : 0)), tp.wday());
                    } else {
                        int d = isoWeekDays(tp.yday() - (365 + (leap(year) ? 1 : 0)), tp.wday());
                        if (d >= 0) {
                            year++; // ... or to the next one
                            days = d;
                        }
                    }
                    if (c == 'g') { number = (year % 100 + 100) % 100; digits = Math.max(2, width); }
                    else if (c == 'G') { number = year; digits = Math.max(1, width); }
                    else { number = days / 7 + 1; digits = Math.max(2, width); }
                }
                case 'Y' -> {
                    if (modifier == 'O') {
                        bad = true;
                    } else {
                        number = tp.year() + 1900;
                        digits = Math.max(1, width);
                    }
                }
                case 'y' -> {
                    number = (tp.year() % 100 + 100) % 100;
                    digits = Math.max(2, width);
                }
                case 'n' -> out.add("\n", width, pad, false, false);
                case 't' -> out.add("\t", width, pad, false, false);
                case 'P', 'p' -> {
                    if (c == 'P') lower = true;
                    if (changeCase) { upper = false; lower = true; }
                    out.add(tp.hour() > 11 ? "PM" : "AM", width, pad, lower, upper);
                }
                case 's' -> {
                    Long t = tp.mktime();
                    signAndPadding(out, t == null ? -1 : t, 1, width, pad);
                }
                case 'Z' -> {
                    if (changeCase) { upper = false; lower = true; }
                    String zone = tp.zone();
                    if ((zone == null || zone.isEmpty()) && tp.isdst() >= 0) zone = TimeModule.TZNAME[tp.isdst() <= 1 ? tp.isdst() : 0];
                    out.add(zone == null ? "" : zone, width, pad, lower, upper);
                }
                case 'z' -> {
                    if (tp.isdst() < 0) break;
                    int diff = (int) tp.gmtoff(); // C assigns the long to an int
                    out.add(diff < 0 ? "-" : "+", width, pad, false, false);
                    // glibc negates the int; compiled, that is the magnitude even for INT_MIN
                    long minutes = Math.abs((long) diff) / 60;
                    number = (minutes / 60) * 100 + minutes % 60;
                    digits = Math.max(4, width);
                }
                default -> bad = true; // includes the end of the format after a '%'
            }
            if (bad) {
                if (c == 0) i--; // "%" at the end: the copy stops before the end
                int from = i;
                while (f[from] != '%') from--;
                out.add(text(f, from, i + 1), width, pad, lower, upper);
            } else if (subformat != null) {
                String s = expand(subformat, tp);
                out.add(s, width, pad, false, upper);
            } else if (digits >= 0) {
                signAndPadding(out, (int) number, digits, width, pad);
            }
        }
    }

    /**
     * glibc's do_number_sign_and_padding: the number in at least {@code digits} characters,
     * zeros after the sign by default, spaces before it for the _ flag, none for the - flag
     * (a width still pads, with spaces, through {@link Out#add}).
     */
    private static void signAndPadding(Out out, long value, int digits, int width, int pad) {
        String s = Long.toString(value);
        if (pad != '-') {
            int padding = digits - s.length();
            if (padding > 0) {
                if (pad == '_') {
                    out.fill(' ', padding);
                    width = width > padding ? width - padding : 0;
                } else {
                    if (value < 0) {
                        out.fill('-', 1);
                        s = s.substring(1);
                    }
                    out.fill('0', padding);
                    width = 0;
                }
            }
        }
        out.add(s, width, pad, false, false);
    }

    /**
     * Days from the Monday starting the first ISO week of the year to the day {@code yday}
     * (0-based) that is weekday {@code wday} (Sunday 0); the first ISO week holds the year's
     * first Thursday. {@code yday} may be as small as -366.
     */
    private static int isoWeekDays(int yday, int wday) {
        int bigEnoughMultipleOf7 = (366 / 7 + 2) * 7;
        return yday - (yday - wday + 4 + bigEnoughMultipleOf7) % 7 + 4 - 1;
    }

    private static boolean leap(int year) {
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    private static String name(String[] names, int k) {
        return k < 0 || k >= names.length ? "?" : names[k];
    }

    private static int at(int[] f, int i) { return i < f.length ? f[i] : 0; }

    private static boolean isDigit(int c) { return c >= '0' && c <= '9'; }

    private static String text(int[] f, int from, int to) {
        StringBuilder b = new StringBuilder(to - from);
        for (int k = from; k < to; k++) b.appendCodePoint(f[k]);
        return b.toString();
    }

    private static int[] codePoints(String s) {
        int[] out = new int[s.codePointCount(0, s.length())];
        for (int i = 0, k = 0; i < s.length(); k++) {
            int cp = s.codePointAt(i);
            out[k] = cp;
            i += Character.charCount(cp);
        }
        return out;
    }

    /** towupper/towlower: one code point for one, as CPython's LC_CTYPE (UTF-8) maps them. */
    private static String changeCase(String s, boolean upper) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            b.appendCodePoint(upper ? Character.toUpperCase(cp) : Character.toLowerCase(cp));
            i += Character.charCount(cp);
        }
        return b.toString();
    }
}
