package pyjama.kernel.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TaskTableTest {
    private long now;

    @Test
    void cpuTimeCountsOnlyWhileRunning() {
        TaskTable t = new TaskTable(() -> now);
        int kernel = t.add("kernel", "running");
        int console = t.add("console", "waiting");
        assertEquals(1, kernel);
        assertEquals(2, console);
        now = 1_000_000_000L;
        t.running(console);
        now = 1_500_000_000L;
        t.waiting(console);
        now = 9_000_000_000L;
        List<TaskTable.Task> rows = t.snapshot();
        assertEquals("console", rows.get(1).name());
        assertEquals("waiting", rows.get(1).state());
        assertEquals(500_000_000L, rows.get(1).cpuNanos());
        t.running(console);
        now = 9_250_000_000L;
        assertEquals(750_000_000L, t.snapshot().get(1).cpuNanos());
        assertEquals(console, t.current());
        String proc = t.procText();
        assertTrue(proc.contains("    2 running     0.75  console\n"), proc);
        t.remove(console);
        assertEquals(1, t.snapshot().size());
    }

    @Test
    void aMeasuredTaskIsChargedWhatTheOthersDidNotUse() {
        TaskTable t = new TaskTable(() -> now);
        long[] busy = {0};
        t.addMeasured("kernel", "running", () -> busy[0]);
        int console = t.add("console", "waiting");
        t.running(console);
        now = 300;
        t.waiting(console);
        busy[0] = 1000;
        assertEquals(700, t.snapshot().get(0).cpuNanos());
        assertEquals(300, t.snapshot().get(1).cpuNanos());
    }
}
