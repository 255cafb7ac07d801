package pyjama.systemtest;

import java.io.IOException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Preemptive tasks in the kernel session: a task that never yields is time-sliced while the
 * prompt keeps answering, `&` jobs in sh(), kill, Ctrl-C of the foreground while a task spins.
 * The worst answer time seen while a task spins is printed (a measurement for
 * docs/benchmarks.md, not an assertion). Each test boots a fresh kernel.
 */
public abstract class TaskScenarios extends KernelScenarios {
    protected static final Duration ANSWER = Duration.ofSeconds(90);
    private static final String SPIN = "exec(\"def spin():\\n    n = 0\\n    while True:\\n        n += 1\\n\")";

    private void type(String line) throws IOException {
        console.send(line);
        console.expect(line + "\r\n", ANSWER);
    }

    private void expectLine(String text) {
        console.expect(text + "\r\n", ANSWER);
    }

    /** Types a Python line at >>> and checks its one-line answer. */
    private void answer(String line, String expected) throws IOException {
        type(line);
        expectLine(expected);
        console.expect(PS1, ANSWER);
    }

    @Test
    void aTaskThatNeverYieldsLeavesThePromptAnswering() throws IOException {
        type(SPIN);
        console.expect(PS1, ANSWER);
        type("pid = scheduler.spawn(spin)");
        console.expect(PS1, ANSWER);
        long worst = 0;
        for (int i = 1; i <= 10; i++) {
            long t0 = System.nanoTime();
            answer(i + " * 7", Integer.toString(i * 7));
            worst = Math.max(worst, System.nanoTime() - t0);
        }
        System.out.println(getClass().getSimpleName() + ": worst answer time of a line while a task spins: "
                + worst / 1_000_000 + " ms");
        // The spinner had the CPU while the session slept: it is preempted, not finished.
        answer("import time; time.sleep(1); [(t.name, t.state) for t in scheduler.ps() if t.pid == pid]", "[('spin', 'ready')]");
        answer("[t.cpu_time > 0.3 for t in scheduler.ps() if t.pid == pid]", "[True]");
        answer("scheduler.kill(pid)", "True");
        answer("[t for t in scheduler.ps() if t.pid == pid]", "[]");
        type("scheduler.kill(1)");
        expectLine("PermissionError: scheduler.kill: task 1 (kernel) is a kernel task");
        console.expect(PS1, ANSWER);
    }

    @Test
    void ctrlCStopsTheForegroundLoopWhileATaskSpins() throws IOException {
        type(SPIN);
        console.expect(PS1, ANSWER);
        type("pid = scheduler.spawn(spin)");
        console.expect(PS1, ANSWER);
        type("while True: pass");
        console.expect("... ", ANSWER);
        console.send("");
        console.sendBytes(new byte[] {3});
        console.expect("KeyboardInterrupt\r\n", ANSWER);
        console.expect(PS1, ANSWER);
        answer("[t.state for t in scheduler.ps() if t.pid == pid]", "['ready']");
        answer("1 + 1", "2");
    }

    @Test
    void aShellJobRunsInTheBackgroundUntilKilled() throws IOException {
        type("open('/tmp/spin.py', 'w').write('while True:\\n    pass\\n')");
        console.expect(PS1, ANSWER);
        type("sh()");
        console.expect(SHELL, ANSWER);
        type("/tmp/spin.py &");
        Matcher job = console.expect(Pattern.compile("\\[1\\] (\\d+)\r\n"), ANSWER);
        String pid = job.group(1);
        console.expect(SHELL, ANSWER);
        type("echo alive");
        expectLine("alive");
        console.expect(SHELL, ANSWER);
        type("jobs");
        expectLine("[1]  " + String.format("%-22s", "Running") + "/tmp/spin.py");
        console.expect(SHELL, ANSWER);
        type("ps");
        console.expect(Pattern.compile(" +" + pid + " (ready|running) +\\d+:\\d\\d\\.\\d\\d /tmp/spin.py\r\n"), ANSWER);
        console.expect(SHELL, ANSWER);
        type("kill " + pid + "; echo $?");
        expectLine("0");
        console.expect(SHELL, ANSWER);
        type("jobs");
        expectLine("[1]  " + String.format("%-22s", "Exit 143") + "/tmp/spin.py");
        console.expect(SHELL, ANSWER);
        type("kill 1");
        expectLine("kill: (1) - Operation not permitted");
        console.expect(SHELL, ANSWER);
        type("exit");
        console.expect(PS1, ANSWER);
    }
}
