package pyjama.systemtest;


/**
 * The console scenarios against the kernel image in QEMU. Poweroff is ACPI S5 on metal (see
 * platform/metal), after which QEMU exits with status 0; isa-debug-exit (status
 * {@code (code << 1) | 1}) is only used by {@code exitEmulator}.
 */
class QemuSystemTest extends ConsoleScenarios {
    @Override
    protected ConsoleSession open(String testName) {
        return QemuConsole.configured(testName, "512M");
    }

    /**
     * Under TCG a guest that waits takes serial input in at about 10 KB/s (measured), so the
     * 400 KB typed ahead need about 40 s to arrive whole; after 35 s more than the ring's 256 KiB
     * have come, and a guest that dropped what its ring cannot hold lost some (it read 322,370
     * characters of 400,000 before the UART was flow-controlled).
     */
    @Override
    protected int typeAheadPauseSeconds() { return 35; }
}
