package pyjama.kernel;

/** Human-readable byte counts in binary units with one decimal: {@code 511.6 MiB}. */
public final class Sizes {
    private Sizes() {}

    private static final String[] UNITS = {"bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};

    public static String human(long bytes) {
        if (bytes < 0) return "unknown";
        if (bytes < 1024) return bytes + " bytes";
        int unit = 0;
        long whole = bytes;
        long rest = 0;
        while (whole >= 1024 && unit < UNITS.length - 1) {
            rest = whole % 1024;
            whole /= 1024;
            unit++;
        }
        long tenth = rest * 10 / 1024;
        return whole + "." + tenth + " " + UNITS[unit];
    }

    /** {@code 0x} and sixteen hex digits. */
    public static String hex64(long value) {
        String digits = Long.toHexString(value);
        return "0x" + "0000000000000000".substring(digits.length()) + digits;
    }
}
