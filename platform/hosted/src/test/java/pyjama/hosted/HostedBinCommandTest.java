package pyjama.hosted;

import java.nio.file.Path;
import pyjama.systemtest.BinCommandScenarios;
import pyjama.systemtest.ConsoleSession;
import pyjama.systemtest.HostedConsole;

/** The /bin command scenarios (tests/system) against the hosted kernel in a child JVM. */
class HostedBinCommandTest extends BinCommandScenarios {
    @Override
    protected ConsoleSession open(String testName) {
        return new HostedConsole(testName, HostedConsole.configuredClasspath(), "256m",
                Path.of("target", "transcripts"));
    }
}
