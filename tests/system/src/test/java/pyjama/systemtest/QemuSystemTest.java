package pyjama.systemtest;

import java.nio.file.Path;

/**
 * The console scenarios against the kernel image in QEMU. Poweroff is ACPI S5 on metal (see
 * platform/metal), after which QEMU exits with status 0; isa-debug-exit (status
 * {@code (code << 1) | 1}) is only used by {@code exitEmulator}.
 */
class QemuSystemTest extends ConsoleScenarios {
    @Override
    protected ConsoleSession open(String testName) {
        Path transcripts = Path.of(System.getProperty("pyjama.transcripts", "target/transcripts"));
        return new QemuConsole(testName, QemuConsole.configuredImage(), "512M", transcripts);
    }

    /**
     * 2 KiB under TCG: the first 2 KiB of this noise take about 2 s in the guest, the first
     * 6 KiB more than 40 s and 16 KiB more than five minutes (docs/testing.md, not yet profiled).
     */
    @Override
    protected int noiseBytes() { return 2 * 1024; }
}
