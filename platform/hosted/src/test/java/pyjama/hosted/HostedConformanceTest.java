package pyjama.hosted;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import pyjama.systemtest.ConformanceInImage;
import pyjama.systemtest.ConsoleSession;
import pyjama.systemtest.HostedConsole;

/**
 * The conformance corpus inside the hosted kernel: the corpus as a boot module
 * (-Dpyjama.initrd, an archive written afresh here), unpacked at /tests, each program run with
 * the console's {@code python} command. Same runner as the QEMU one; the subset unless
 * {@code -Dconformance.set=full}.
 */
class HostedConformanceTest extends ConformanceInImage {
    /** The subset, so that {@code mvn test} stays quick; -Dconformance.set=full for all. */
    @Override
    protected String defaultSet() { return "subset"; }

    @Override
    protected ConsoleSession open(String name, Path archive) {
        return new HostedConsole(name, HostedConsole.configuredClasspath(), "512m",
                Path.of("target", "transcripts"), archive);
    }

    @Override
    protected Path archivePath() throws IOException {
        Path archive = Path.of("target", "conformance.tar").toAbsolutePath();
        Files.deleteIfExists(archive); // always the corpus as it is now
        return archive;
    }
}
