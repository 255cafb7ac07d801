package pyjama.hosted;

import java.nio.file.Path;
import pyjama.systemtest.ConsoleScenarios;
import pyjama.systemtest.ConsoleSession;
import pyjama.systemtest.HostedConsole;

/**
 * The system tests' console scenarios (tests/system) against the hosted kernel in a child JVM:
 * the same console code as on metal, exercised on every {@code mvn test}. Transcripts go to
 * platform/hosted/target/transcripts.
 */
class HostedConsoleTest extends ConsoleScenarios {
    @Override
    protected ConsoleSession open(String testName) {
        return new HostedConsole(testName, HostedConsole.configuredClasspath(), "256m",
                Path.of("target", "transcripts"));
    }
}
