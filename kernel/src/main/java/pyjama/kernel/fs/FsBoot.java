package pyjama.kernel.fs;

import java.util.List;
import pyjama.kernel.Sizes;
import pyjama.kernel.hal.Hal;
import pyjama.kernel.hal.MemoryStats;
import pyjama.kernel.log.Log;
import pyjama.kernel.log.LogEntry;

/**
 * The kernel's filesystem boot stage: builds the standard tree ({@link Vfs#standard}),
 * registers the procfs providers, and logs each mount.
 */
public final class FsBoot {
    /** Kernel version as {@code /proc/version} reports it. */
    public static final String VERSION = "Pyjama 0.1.0";

    private FsBoot() {}

    public static Vfs mount(Hal hal, Log log, ConsoleDevice console) {
        long heapMax = hal.memoryStats().heapMax();
        // As Linux's default for tmpfs: at most half of memory (here: of the GC heap).
        long limit = heapMax > 0 ? heapMax / 2 : Long.MAX_VALUE;
        Vfs vfs = Vfs.standard(() -> hal.wallClockMillis() * 1_000_000L, hal.rdtsc(), console, limit);
        ProcFs proc = vfs.procFs();
        proc.register("uptime", () -> uptime(hal.nanoTime()));
        proc.register("meminfo", () -> meminfo(hal.memoryStats()));
        proc.register("tasks", () -> "ID STATE    NAME\n 1 running  console\n");
        proc.register("log", () -> logText(log.entries(), log.dropped()));
        proc.register("version", () -> VERSION + " (" + hal.arch() + ", " + hal.machineName() + ")\n");
        proc.register("mounts", vfs::mountsText);

        log.info("fs", "tmpfs mounted at / (" + (limit == Long.MAX_VALUE ? "no size limit" : "limit " + Sizes.human(limit))
                + "): " + String.join(", ", vfs.readdir("/", "/")));
        log.info("fs", "devtmpfs mounted at /dev: " + String.join(", ", vfs.devFs().names()));
        log.info("fs", "proc mounted at /proc (read-only): " + String.join(", ", proc.names()));
        return vfs;
    }

    /** As Linux: seconds up and seconds idle, two decimals each (idle time is not measured: 0.00). */
    static String uptime(long nanos) {
        long centis = nanos < 0 ? 0 : nanos / 10_000_000L;
        long frac = centis % 100;
        return (centis / 100) + "." + (frac < 10 ? "0" : "") + frac + " 0.00\n";
    }

    /** Linux's {@code Name:  N kB} layout; the heap lines are Pyjama's own. */
    static String meminfo(MemoryStats m) {
        StringBuilder sb = new StringBuilder();
        kb(sb, "MemTotal", m.physTotal());
        kb(sb, "MemFree", m.physFree());
        kb(sb, "HeapMax", m.heapMax());
        kb(sb, "HeapCommitted", m.heapCommitted());
        kb(sb, "HeapUsed", m.heapUsed());
        return sb.toString();
    }

    private static void kb(StringBuilder sb, String name, long bytes) {
        String value = Long.toString(Math.max(0, bytes) / 1024);
        sb.append(name).append(':');
        for (int i = name.length() + 1 + value.length(); i < 24; i++) sb.append(' ');
        sb.append(value).append(" kB\n");
    }

    /** The log ring as dmesg shows it. */
    static String logText(List<LogEntry> entries, long dropped) {
        StringBuilder sb = new StringBuilder();
        if (dropped > 0) sb.append("(").append(dropped).append(" earlier entries were overwritten)\n");
        for (LogEntry e : entries) sb.append(e.formatWithTime()).append('\n');
        return sb.toString();
    }
}
