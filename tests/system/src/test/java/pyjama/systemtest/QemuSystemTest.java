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

    /** 16 KiB under TCG: the whole 100 KiB went on for more than five minutes (docs/testing.md). */
    @Override
    protected int noiseBytes() { return 16 * 1024; }
}
