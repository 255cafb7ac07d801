package pyjama.systemtest;

import java.io.IOException;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The kernel session as PythonOS's README shows it: Python at {@code >>>} with the kernel in its
 * namespace, bare-word commands from /bin, {@code sh()} sharing cwd with the REPL, a command
 * written at run time through {@code vfs} with top-level await. Each test boots a fresh kernel.
 */
public abstract class SessionScenarios extends KernelScenarios {
    protected static final Duration ANSWER = Duration.ofSeconds(90);

    /** Types a line and waits for its echo. */
    private void type(String line) throws IOException {
        console.send(line);
        console.expect(line + "\r\n", ANSWER);
    }

    private void expectLine(String text) {
        console.expect(text + "\r\n", ANSWER);
    }

    @Test
    void theReadmeSession() throws IOException {
        type("1 + 1");
        expectLine("2");
        console.expect(PS1, ANSWER);
        type("sysinfo");
        console.expect("System:  Pyjama", ANSWER);
        console.expect(Pattern.compile("Tasks: +\\d+\r\n"), ANSWER);
        expectLine("cwd:     /");
        console.expect(PS1, ANSWER);
        type("ls /bin");
        String listing = console.expect(PS1, ANSWER);
        for (String f : new String[] {".", "..", "ls.py", "sysinfo.py", "cat.py", "ed.py", "python.py"}) {
            if (!(" " + listing.replace("\r\n", " ") + " ").contains(" " + f + " ")) {
                throw new AssertionError(f + " not in ls /bin:\n" + listing);
            }
        }
        type("cd /tmp");
        console.expect(PS1, ANSWER);
        type("pwd");
        expectLine("/tmp");
        console.expect(PS1, ANSWER);
        type("sh()");
        console.expect(SHELL, ANSWER);
        type("sysinfo");
        expectLine("cwd:     /tmp");
        console.expect(SHELL, ANSWER);
        type("cd /bin");
        console.expect(SHELL, ANSWER);
        type("exit");
        console.expect(PS1, ANSWER);
        type("cwd");
        expectLine("'/bin'");
        console.expect(PS1, ANSWER);
        type("import kernel.log as log; log.info('hello from REPL')");
        console.expect(Pattern.compile("\\[pyjama\\] INFO  [a-z._]+: hello from REPL\r\n"), ANSWER);
        console.expect(PS1, ANSWER);
        type("scheduler.ps()[0].name");
        expectLine("'kernel'");
    }

    @Test
    void aCommandWrittenThroughVfsRunsWithArguments() throws IOException {
        type("fd = await vfs.open('/bin/hello.py', OpenFlags.WRONLY | OpenFlags.CREAT | OpenFlags.TRUNC)");
        console.expect(PS1, ANSWER);
        type("await vfs.write(fd, b\"print('hello, ' + (argv[0] if argv else 'world'))\\n\")");
        console.expect(PS1, ANSWER);
        type("vfs.close(fd)");
        console.expect(PS1, ANSWER);
        type("hello");
        expectLine("hello, world");
        console.expect(PS1, ANSWER);
        type("hello Pyjama");
        expectLine("hello, Pyjama");
        console.expect(PS1, ANSWER);
        type("(await vfs.stat('/bin/hello.py')).st_size");
        expectLine("50");
    }

    @Test
    void shOneShotAndRunShareTheSessionsDirectory() throws IOException {
        type("sh('cp /bin/sysinfo.py /tmp/backup.py')");
        console.expect(PS1, ANSWER);
        type("sh('ls /tmp')");
        expectLine(".  ..  backup.py");
        console.expect(PS1, ANSWER);
        type("sh('cd /tmp'); cwd");
        expectLine("'/tmp'");
        console.expect(PS1, ANSWER);
        type("run('backup.py')");
        expectLine("cwd:     /tmp");
        console.expect(PS1, ANSWER);
        type("sh('cat /nonexistent'); sh.status");
        expectLine("cat: /nonexistent: No such file or directory");
        expectLine("1");
    }
}
