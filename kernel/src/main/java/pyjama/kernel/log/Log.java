package pyjama.kernel.log;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The kernel log: every line goes to a bounded ring (what {@code dmesg} shows) and, at or above
 * the console level, to the console sink as it happens.
 *
 * <p>The ring holds at most {@code capacity} entries; the oldest are overwritten, and
 * {@link #dropped()} counts them so {@code dmesg} can say that the start is missing. Messages
 * longer than {@link #MAX_MESSAGE} characters are cut, so one runaway message cannot eat the heap.
 */
public final class Log {
    public static final int DEFAULT_CAPACITY = 512;
    public static final int MAX_MESSAGE = 1024;

    /** Where console-visible log lines go: a line without its terminator. */
    public interface Sink {
        void line(String text);
    }

    private final LogEntry[] ring;
    private final LongSupplier clock;
    private int next;        // index the next entry is written to
    private int size;        // entries currently held, <= ring.length
    private long dropped;    // entries overwritten since boot
    private Sink sink;
    private Level consoleLevel = Level.INFO;

    public Log(int capacity, LongSupplier clock) {
        if (capacity < 1) throw new IllegalArgumentException("log capacity must be at least 1");
        this.ring = new LogEntry[capacity];
        this.clock = clock;
    }

    /** Sets where console-visible lines go (null: nowhere, the ring only). */
    public void attach(Sink sink) { this.sink = sink; }

    /** Lines below this level are kept in the ring but not written to the console. */
    public void consoleLevel(Level level) { this.consoleLevel = level; }

    public void debug(String subsystem, String message) { log(Level.DEBUG, subsystem, message); }
    public void info(String subsystem, String message) { log(Level.INFO, subsystem, message); }
    public void warn(String subsystem, String message) { log(Level.WARN, subsystem, message); }
    public void error(String subsystem, String message) { log(Level.ERROR, subsystem, message); }

    public void log(Level level, String subsystem, String message) {
        if (message == null) message = "null";
        if (message.length() > MAX_MESSAGE) message = message.substring(0, MAX_MESSAGE) + "...";
        LogEntry entry = new LogEntry(clock.getAsLong(), level, subsystem, message);
        if (size == ring.length) dropped++;
        else size++;
        ring[next] = entry;
        next = next + 1 == ring.length ? 0 : next + 1;
        Sink s = sink;
        if (s != null && level.ordinal() >= consoleLevel.ordinal()) s.line(entry.format());
    }

    /** The entries held, oldest first. */
    public List<LogEntry> entries() {
        List<LogEntry> out = new ArrayList<>(size);
        int start = next - size;
        if (start < 0) start += ring.length;
        for (int i = 0; i < size; i++) {
            int at = start + i;
            if (at >= ring.length) at -= ring.length;
            out.add(ring[at]);
        }
        return out;
    }

    /** How many entries were overwritten because the ring was full. */
    public long dropped() { return dropped; }
}
