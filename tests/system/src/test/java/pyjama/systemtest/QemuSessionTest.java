package pyjama.systemtest;

import java.nio.file.Path;

/** The kernel-session scenarios against the kernel image in QEMU. */
class QemuSessionTest extends SessionScenarios {
    @Override
    protected ConsoleSession open(String testName) {
        Path transcripts = Path.of(System.getProperty("pyjama.transcripts", "target/transcripts"));
        return new QemuConsole(testName, QemuConsole.configuredImage(), "512M", transcripts);
    }
}
