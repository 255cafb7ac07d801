package pyjama.kernel.boot;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Time-stamp-counter marks taken as boot stages finish, reported as milliseconds since kernel
 * entry (the TSC the platform recorded before any Java ran).
 */
public final class BootTimeline {
    /** One finished stage: its name and the TSC when it finished. */
    public record Stage(String name, long tsc) {}

    private final long entryTsc;
    private final long tscHz;
    private final LongSupplier rdtsc;
    private final List<Stage> stages = new ArrayList<>();

    public BootTimeline(long entryTsc, long tscHz, LongSupplier rdtsc) {
        this.entryTsc = entryTsc;
        this.tscHz = tscHz;
        this.rdtsc = rdtsc;
    }

    /** Records that stage {@code name} finished now. */
    public void mark(String name) { stages.add(new Stage(name, rdtsc.getAsLong())); }

    public List<Stage> stages() { return List.copyOf(stages); }

    /** Microseconds from kernel entry to {@code tsc}; 0 when the TSC rate is unknown. */
    public long microsSinceEntry(long tsc) {
        long delta = tsc - entryTsc;
        if (tscHz <= 0 || delta <= 0) return 0; // no division by zero: a CPU fault on metal
        // Split to avoid overflow: delta * 1e6 overflows after ~2.5 hours at 4 GHz.
        return (delta / tscHz) * 1_000_000L + (delta % tscHz) * 1_000_000L / tscHz;
    }

    /** The report: a header, one line per stage (end time and its own duration), then the total. */
    public List<String> report() {
        List<String> lines = new ArrayList<>();
        if (tscHz <= 0) {
            lines.add("timeline unavailable: TSC frequency unknown");
            return lines;
        }
        lines.add("timeline (ms since kernel entry, stage duration):");
        int width = 0;
        for (Stage s : stages) width = Math.max(width, s.name().length());
        long previous = 0;
        for (Stage s : stages) {
            long at = microsSinceEntry(s.tsc());
            StringBuilder line = new StringBuilder("  ").append(s.name());
            for (int i = s.name().length(); i < width; i++) line.append(' ');
            line.append(' ').append(padLeft(millis(at), 10)).append("  (+").append(millis(at - previous)).append(')');
            lines.add(line.toString());
            previous = at;
        }
        if (!stages.isEmpty()) lines.add("prompt reached " + millis(previous) + " ms after kernel entry");
        return lines;
    }

    /** Microseconds as milliseconds with three decimals, e.g. {@code 12.345}. */
    public static String millis(long micros) {
        if (micros < 0) micros = 0;
        String frac = Long.toString(micros % 1000);
        return (micros / 1000) + "." + "000".substring(frac.length()) + frac;
    }

    private static String padLeft(String s, int width) {
        StringBuilder sb = new StringBuilder();
        for (int i = s.length(); i < width; i++) sb.append(' ');
        return sb.append(s).toString();
    }
}
