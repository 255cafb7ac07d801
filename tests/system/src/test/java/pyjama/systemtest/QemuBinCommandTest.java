package pyjama.systemtest;

import java.nio.file.Path;

/** The /bin command scenarios against the kernel image in QEMU. */
class QemuBinCommandTest extends BinCommandScenarios {
    @Override
    protected ConsoleSession open(String testName) {
        Path transcripts = Path.of(System.getProperty("pyjama.transcripts", "target/transcripts"));
        return new QemuConsole(testName, QemuConsole.configuredImage(), "512M", transcripts);
    }
}
