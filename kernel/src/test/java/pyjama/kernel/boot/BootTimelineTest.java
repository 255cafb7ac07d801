package pyjama.kernel.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BootTimelineTest {
    private long tsc;

    @Test
    void stagesAreReportedInMillisecondsSinceEntryWithTheirDurations() {
        BootTimeline t = new BootTimeline(1_000, 1_000_000_000L, () -> tsc); // 1 GHz: 1 tick = 1 ns
        tsc = 1_000 + 12_345_000;
        t.mark("runtime");
        tsc = 1_000 + 20_000_500;
        t.mark("memory");
        assertEquals(List.of(
                "timeline (ms since kernel entry, stage duration):",
                "  runtime     12.345  (+12.345)",
                "  memory      20.000  (+7.655)",
                "prompt reached 20.000 ms after kernel entry"), t.report());
    }

    @Test
    void anUnknownTscRateDoesNotDivideByZero() {
        BootTimeline t = new BootTimeline(0, 0, () -> 5);
        t.mark("x");
        assertEquals(0, t.microsSinceEntry(5));
        assertEquals(List.of("timeline unavailable: TSC frequency unknown"), t.report());
    }

    @Test
    void longBootsDoNotOverflow() {
        BootTimeline t = new BootTimeline(0, 4_000_000_000L, () -> 0);
        long tenHours = 4_000_000_000L * 36_000;
        assertEquals(36_000_000_000L, t.microsSinceEntry(tenHours));
    }

    @Test
    void millisHasThreeDecimals() {
        assertEquals("0.007", BootTimeline.millis(7));
        assertEquals("1.050", BootTimeline.millis(1050));
        assertEquals("0.000", BootTimeline.millis(-3));
    }
}
