package pyjama.hosted;

import java.nio.file.Path;
import pyjama.systemtest.ConsoleSession;
import pyjama.systemtest.HostedConsole;
import pyjama.systemtest.SessionScenarios;

/** The kernel-session scenarios (tests/system) against the hosted kernel in a child JVM. */
class HostedSessionTest extends SessionScenarios {
    @Override
    protected ConsoleSession open(String testName) {
        return new HostedConsole(testName, HostedConsole.configuredClasspath(), "256m",
                Path.of("target", "transcripts"));
    }
}
