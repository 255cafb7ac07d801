package pyjama.kernel.log;

/** One kernel log line as kept in the ring: when (monotonic ns), how severe, who, what. */
public record LogEntry(long nanos, Level level, String subsystem, String message) {

    /** The console form: {@code [pyjama] INFO  subsystem: message}. */
    public String format() {
        return "[pyjama] " + level.label() + " " + subsystem + ": " + message;
    }

    /** The {@code dmesg} form: the console form after seconds since kernel entry, e.g. {@code [    1.234567] }. */
    public String formatWithTime() {
        long micros = nanos < 0 ? 0 : nanos / 1000;
        String seconds = Long.toString(micros / 1_000_000);
        String fraction = Long.toString(micros % 1_000_000);
        StringBuilder sb = new StringBuilder(32 + message.length());
        sb.append('[');
        for (int i = seconds.length(); i < 5; i++) sb.append(' ');
        sb.append(seconds).append('.');
        for (int i = fraction.length(); i < 6; i++) sb.append('0');
        sb.append(fraction).append("] ").append(format());
        return sb.toString();
    }
}
