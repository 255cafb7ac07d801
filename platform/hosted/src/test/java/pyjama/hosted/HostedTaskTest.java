package pyjama.hosted;

import java.nio.file.Path;
import pyjama.systemtest.ConsoleSession;
import pyjama.systemtest.HostedConsole;
import pyjama.systemtest.TaskScenarios;

/** The preemptive-task scenarios (tests/system) against the hosted kernel in a child JVM. */
class HostedTaskTest extends TaskScenarios {
    @Override
    protected ConsoleSession open(String testName) {
        return new HostedConsole(testName, HostedConsole.configuredClasspath(), "256m",
                Path.of("target", "transcripts"));
    }
}
