package pyjama.kernel.task;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The kernel's table of tasks, as {@code scheduler.ps()} and {@code /proc/tasks} show it.
 *
 * <p>The kernel's one thread of control runs the event loop (pid 1), each console session (its
 * CPU time measured around the time it runs code, not while it waits for a line) and Python's
 * green threads (background jobs, scheduler.spawn, threading), each charged for its own time
 * slices ({@link #enter}/{@link #leave}). Nothing in this table is invented.
 */
public final class TaskTable {
    /** One row: state is "running", "ready" (preempted), "waiting" (for input, a lock or a timer) or "idle". */
    public record Task(int pid, String name, String state, long cpuNanos, long startedNanos) {}

    private static final class Row {
        final int pid;
        final String name;
        final long started;
        String state;
        long cpu;
        LongSupplier cpuSource; // measured elsewhere (the kernel's own task), or null
        long runningSince = -1;
        boolean lent; // running, but lending the CPU to a thread's slice (see enter)

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
    private final java.util.ArrayDeque<Integer> under = new java.util.ArrayDeque<>(); // tasks whose slices enter() interrupted

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

    /**
     * A slice of task {@code pid} (a Python thread) starts on top of whatever runs now: that task's
     * CPU time stops counting until the matching {@link #leave}. Slices nest (a thread that
     * waits runs others from inside its own slice).
     */
    public void enter(int pid) {
        long now = clock.getAsLong();
        Row cur = row(current);
        if (cur != null && cur.runningSince >= 0) {
            cur.cpu += now - cur.runningSince;
            cur.runningSince = -1;
            cur.lent = true;
        }
        under.push(current);
        current = pid;
        Row r = row(pid);
        if (r == null) return;
        r.state = "running";
        r.runningSince = now;
    }

    /** The slice of {@code pid} ends in {@code state} ("ready", "waiting", ...); the task under it goes on. */
    public void leave(int pid, String state) {
        long now = clock.getAsLong();
        Row r = row(pid);
        if (r != null) {
            if (r.runningSince >= 0) r.cpu += now - r.runningSince;
            r.runningSince = -1;
            r.state = state;
        }
        current = under.isEmpty() ? 0 : under.pop();
        Row cur = row(current);
        if (cur != null && cur.lent) {
            cur.lent = false;
            cur.runningSince = now;
        }
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
