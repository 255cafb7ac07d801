package pyjama.kernel.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogTest {
    private long now = 0;
    private final List<String> console = new ArrayList<>();

    private Log log(int capacity) {
        Log log = new Log(capacity, () -> now);
        log.attach(console::add);
        return log;
    }

    @Test
    void linesHaveTheFixedWidthLevelFormat() {
        Log log = log(8);
        log.info("mem", "512 MiB");
        log.warn("timer", "slow");
        log.error("disk", "gone");
        assertEquals(List.of("[pyjama] INFO  mem: 512 MiB", "[pyjama] WARN  timer: slow", "[pyjama] ERROR disk: gone"),
                console);
    }

    @Test
    void debugLinesAreKeptButNotPrintedByDefault() {
        Log log = log(8);
        log.debug("pci", "probing");
        assertEquals(List.of(), console);
        assertEquals("[pyjama] DEBUG pci: probing", log.entries().get(0).format());
        log.consoleLevel(Level.DEBUG);
        log.debug("pci", "found");
        assertEquals(List.of("[pyjama] DEBUG pci: found"), console);
    }

    @Test
    void theRingKeepsTheNewestEntriesAndCountsTheDropped() {
        Log log = log(3);
        for (int i = 1; i <= 5; i++) log.info("t", "line " + i);
        assertEquals(List.of("line 3", "line 4", "line 5"), log.entries().stream().map(LogEntry::message).toList());
        assertEquals(2, log.dropped());
    }

    @Test
    void entriesBeforeTheRingFillsComeOutInOrder() {
        Log log = log(4);
        log.info("t", "a");
        log.info("t", "b");
        assertEquals(List.of("a", "b"), log.entries().stream().map(LogEntry::message).toList());
        assertEquals(0, log.dropped());
    }

    @Test
    void aHugeMessageIsCut() {
        Log log = log(2);
        log.info("t", "x".repeat(10_000));
        assertEquals(Log.MAX_MESSAGE + 3, log.entries().get(0).message().length());
    }

    @Test
    void dmesgFormShowsSecondsWithMicroseconds() {
        assertEquals("[    0.000000] [pyjama] INFO  a: b", new LogEntry(0, Level.INFO, "a", "b").formatWithTime());
        assertEquals("[   12.345678] [pyjama] WARN  a: b",
                new LogEntry(12_345_678_999L, Level.WARN, "a", "b").formatWithTime());
    }

    @Test
    void capacityMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new Log(0, () -> 0));
    }
}
