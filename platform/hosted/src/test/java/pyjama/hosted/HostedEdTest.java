package pyjama.hosted;

import java.nio.file.Path;
import pyjama.systemtest.ConsoleSession;
import pyjama.systemtest.EdScenarios;
import pyjama.systemtest.HostedConsole;

/** The ed-against-GNU-ed scenarios (tests/system) against the hosted kernel in a child JVM. */
class HostedEdTest extends EdScenarios {
    @Override
    protected ConsoleSession open(String testName) {
        return new HostedConsole(testName, HostedConsole.configuredClasspath(), "256m",
                Path.of("target", "transcripts"));
    }
}
