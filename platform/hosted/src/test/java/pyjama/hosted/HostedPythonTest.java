package pyjama.hosted;

import java.nio.file.Path;
import pyjama.systemtest.ConsoleSession;
import pyjama.systemtest.HostedConsole;
import pyjama.systemtest.PythonScenarios;

/** The Python scenarios (tests/system) against the hosted kernel in a child JVM. */
class HostedPythonTest extends PythonScenarios {
    @Override
    protected ConsoleSession open(String testName) {
        return new HostedConsole(testName, HostedConsole.configuredClasspath(), "256m",
                Path.of("target", "transcripts"));
    }
}
