package pyjama.kernel.task;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The kernel's table of tasks, as {@code scheduler.ps()} and {@code /proc/tasks} show it.
 *
 * <p>Today the kernel runs one thread of control: the event loop, which runs the console
 * session whenever input arrives. So the table holds what really runs — the kernel's event
 * loop (pid 1) and each console session — and tells their state and the CPU time each has
 * used, measured around the time the session spends running code (not waiting for a line).
 * Preemptive tasks will add rows here; nothing in this table is invented.
 */
public final class TaskTable {
    /** One row: state is "running", "waiting" (for input or a timer) or "idle". */
    public record Task(int pid, String name, String state, long cpuNanos, long startedNanos) {}

    private static final class Row {
        final int pid;
        final String name;
        final long started;
        String state;
        long cpu;
        LongSupplier cpuSource; // measured elsewhere (the kernel's own task), or null
        long runningSince = -1;

        Row(int pid, String name, long started, String state) {
            this.pid = pid;
            this.name = name;
            this.started = started;
            this.state = state;
        }
    }

    private final LongSupplier clock;
    private final ArrayList<Row> rows = new ArrayList<>();
    private int nextPid = 1;
    private int current;

    public TaskTable(LongSupplier nanoClock) { this.clock = nanoClock; }

    /** Adds a task in state {@code state}; returns its pid. */
    public int add(String name, String state) {
        int pid = nextPid++;
        rows.add(new Row(pid, name, clock.getAsLong(), state));
        return pid;
    }

    /**
     * Adds a task whose CPU time is measured elsewhere: the kernel's own (the event loop and
     * drivers: time not halted and not spent by the other tasks).
     */
    public int addMeasured(String name, String state, LongSupplier cpuNanos) {
        int pid = add(name, state);
        row(pid).cpuSource = cpuNanos;
        return pid;
    }

    /** Removes a finished task. */
    public void remove(int pid) { rows.removeIf(r -> r.pid == pid); }

    /** The task now running code: its CPU time counts from here. */
    public void running(int pid) {
        Row r = row(pid);
        if (r == null) return;
        r.state = "running";
        if (r.runningSince < 0) r.runningSince = clock.getAsLong();
        current = pid;
    }

    /** The task waits (for input, a timer): its CPU time stops counting. */
    public void waiting(int pid) {
        Row r = row(pid);
        if (r == null) return;
        if (r.runningSince >= 0) r.cpu += clock.getAsLong() - r.runningSince;
        r.runningSince = -1;
        r.state = "waiting";
    }

    /** The pid of the task running code now (0 if none has run yet). */
    public int current() { return current; }

    public List<Task> snapshot() {
        long now = clock.getAsLong();
        List<Task> out = new ArrayList<>();
        long others = 0;
        for (Row r : rows) {
            if (r.cpuSource == null) others += r.cpu + (r.runningSince >= 0 ? now - r.runningSince : 0);
        }
        for (Row r : rows) {
            long cpu = r.cpuSource != null ? Math.max(0, r.cpuSource.getAsLong() - others)
                    : r.cpu + (r.runningSince >= 0 ? now - r.runningSince : 0);
            out.add(new Task(r.pid, r.name, r.state, cpu, r.started));
        }
        return out;
    }

    /** The /proc/tasks text: one line per task. */
    public String procText() {
        StringBuilder sb = new StringBuilder("  PID STATE    CPU(s)  NAME\n");
        for (Task t : snapshot()) {
            String pid = Integer.toString(t.pid());
            String cpu = seconds(t.cpuNanos());
            sb.append("     ".substring(Math.min(5, pid.length()))).append(pid).append(' ')
              .append(t.state()).append("         ".substring(Math.min(9, t.state().length())))
              .append("       ".substring(Math.min(7, cpu.length()))).append(cpu).append("  ")
              .append(t.name()).append('\n');
        }
        return sb.toString();
    }

    static String seconds(long nanos) {
        long centis = Math.max(0, nanos) / 10_000_000L;
        long frac = centis % 100;
        return (centis / 100) + "." + (frac < 10 ? "0" : "") + frac;
    }

    private Row row(int pid) {
        for (Row r : rows) if (r.pid == pid) return r;
        return null;
    }
}
