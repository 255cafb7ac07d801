package pyjama.systemtest;

import java.nio.file.Path;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The console scenarios against the hosted kernel, from the system-test module: enabled when
 * {@code pyjama.hosted.classpath} names the hosted jars (platform/hosted runs the same scenarios
 * in its own unit tests without it).
 */
@EnabledIfSystemProperty(named = "pyjama.hosted.classpath", matches = ".+")
class HostedSystemTest extends ConsoleScenarios {
    @Override
    protected ConsoleSession open(String testName) {
        Path transcripts = Path.of(System.getProperty("pyjama.transcripts", "target/transcripts"));
        return new HostedConsole(testName, HostedConsole.configuredClasspath(), "256m", transcripts);
    }
}
