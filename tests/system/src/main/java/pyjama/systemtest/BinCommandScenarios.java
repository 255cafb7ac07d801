package pyjama.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every command of /bin in the booted kernel, typed at the console as a user would: its output
 * line for line, its errors (message and status) and its {@code --help}. The commands run
 * through {@code sh('...')} at the {@code >>>} prompt, several per line where that stays
 * readable ({@code echo $?} shows each status), because under QEMU's TCG every line costs
 * time. Each test boots a fresh kernel and works in its own directory under /tmp.
 *
 * <p>The same commands also run under the host's CPython in kernel/src/test/shell (fake
 * scheduler, fake /proc); here they run on Pyjama's interpreter, VFS, /proc and scheduler.
 * reboot and poweroff are tested for --help and bad usage only (the action ends the
 * machine). Background jobs are not tested here.
 */
public abstract class BinCommandScenarios extends KernelScenarios {
    protected static final Duration ANSWER = Duration.ofSeconds(120);
    /** A modification time as ls -l prints it. */
    private static final String WHEN = "\\w{3} [ \\d]\\d \\d\\d:\\d\\d";

    /** Types a Python line at {@code >>>}; returns its whole output. */
    private String python(String line) throws IOException {
        return console.answer(line, PS1, ANSWER);
    }

    /** {@code sh('commands')} prints exactly these lines (each ends with a newline). */
    private void sh(String commands, String... lines) throws IOException {
        String expected = lines.length == 0 ? "" : String.join("\n", lines) + "\n";
        assertEquals(expected, python(shLine(commands)), "output of sh('" + commands + "')");
    }

    /** {@code sh('commands')} prints one line for each regular expression, matching it whole. */
    private void shMatching(String commands, String... regexes) throws IOException {
        String output = python(shLine(commands));
        List<String> lines = new ArrayList<>(Arrays.asList(output.split("\n", -1)));
        assertEquals("", lines.remove(lines.size() - 1), "output of sh('" + commands + "') ends with a newline:\n" + output);
        assertEquals(regexes.length, lines.size(), "lines printed by sh('" + commands + "'):\n" + output);
        for (int i = 0; i < regexes.length; i++) {
            assertTrue(Pattern.matches(regexes[i], lines.get(i)),
                    "line " + (i + 1) + " of sh('" + commands + "') is not /" + regexes[i] + "/:\n" + output);
        }
    }

    private static String shLine(String commands) {
        return "sh(" + pythonString(commands) + ")";
    }

    /** A Python string literal for {@code text}: what is typed is what the shell gets. */
    static String pythonString(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static String tryHelp(String command) {
        return "Try '" + command + " --help' for more information.";
    }

    /** A command's --help (summary and usage line) and a bad use of it (what it prints, its status). */
    private record HelpCase(String command, String summary, String usage, String badArguments, int status,
            String... errors) {}

    /**
     * One line per command: {@code --help} prints the docstring (summary, blank line, usage)
     * with status 0, and a bad invocation prints the reason, the --help hint and status 2
     * (find and ed exit 1 as GNU's do, and find gives no hint). The builtins of sh (cd, pwd,
     * jobs, help) are reached by their path, as at the {@code >>>} prompt they are sh's own.
     */
    @Test
    void everyCommandHasHelpAndRefusesBadUsage() throws IOException {
        HelpCase[] commands = {
            new HelpCase("ls", "List directory contents.",
                    "Usage: ls [OPTION]... [FILE]...", "-z", 2, "ls: invalid option -- 'z'", tryHelp("ls")),
            new HelpCase("cat", "Print files one after the other.",
                    "Usage: cat [OPTION]... [FILE]...", "-z", 2, "cat: invalid option -- 'z'", tryHelp("cat")),
            new HelpCase("cp", "Copy files and directories.",
                    "Usage: cp [OPTION]... SOURCE DEST", "", 2, "cp: missing file operand", tryHelp("cp")),
            new HelpCase("mv", "Move or rename files and directories.",
                    "Usage: mv SOURCE DEST", "", 2, "mv: missing file operand", tryHelp("mv")),
            new HelpCase("rm", "Remove files (and, with -r, directories).",
                    "Usage: rm [OPTION]... FILE...", "", 2, "rm: missing operand", tryHelp("rm")),
            new HelpCase("mkdir", "Make directories.",
                    "Usage: mkdir [OPTION]... DIRECTORY...", "", 2, "mkdir: missing operand", tryHelp("mkdir")),
            new HelpCase("rmdir", "Remove empty directories.",
                    "Usage: rmdir DIRECTORY...", "", 2, "rmdir: missing operand", tryHelp("rmdir")),
            new HelpCase("touch", "Create empty files, or update the modification time of existing ones.",
                    "Usage: touch [OPTION]... FILE...", "", 2, "touch: missing file operand", tryHelp("touch")),
            new HelpCase("/bin/pwd.py", "Print the current directory.",
                    "Usage: pwd", "here", 2, "pwd: extra operand 'here'", tryHelp("pwd")),
            new HelpCase("/bin/cd.py", "Change the current directory.",
                    "Usage: cd [DIR]", "-z", 2, "cd: invalid option -- 'z'", tryHelp("cd")),
            new HelpCase("head", "Print the first lines of files.",
                    "Usage: head [OPTION]... [FILE]...", "-z", 2, "head: invalid option -- 'z'", tryHelp("head")),
            new HelpCase("tail", "Print the last lines of files.",
                    "Usage: tail [OPTION]... [FILE]...", "-z", 2, "tail: invalid option -- 'z'", tryHelp("tail")),
            new HelpCase("grep", "Print the lines that match a pattern.",
                    "Usage: grep [OPTION]... PATTERN [FILE]...", "", 2, "Usage: grep [OPTION]... PATTERN [FILE]...", tryHelp("grep")),
            new HelpCase("wc", "Count lines, words and bytes.",
                    "Usage: wc [OPTION]... [FILE]...", "--bytes=3", 2, "wc: option '--bytes' doesn't allow an argument", tryHelp("wc")),
            new HelpCase("sort", "Sort lines of text.",
                    "Usage: sort [OPTION]... [FILE]...", "--bogus", 2, "sort: unrecognized option '--bogus'", tryHelp("sort")),
            new HelpCase("uniq", "Report or omit repeated adjacent lines.",
                    "Usage: uniq [OPTION]... [INPUT [OUTPUT]]", "a b c", 2, "uniq: extra operand 'c'", tryHelp("uniq")),
            new HelpCase("find", "Search for files in a directory tree.",
                    "Usage: find [PATH]... [EXPRESSION]", "-z", 1, "find: unknown predicate `-z'"),
            new HelpCase("du", "Estimate file space usage.",
                    "Usage: du [OPTION]... [FILE]...", "-z", 2, "du: invalid option -- 'z'", tryHelp("du")),
            new HelpCase("df", "Report mounted filesystems and the space their files use.",
                    "Usage: df [OPTION]...", "/tmp", 2, "df: extra operand '/tmp'", tryHelp("df")),
            new HelpCase("free", "Show memory use.",
                    "Usage: free [OPTION]...", "-z", 2, "free: invalid option -- 'z'", tryHelp("free")),
            new HelpCase("ps", "List tasks.",
                    "Usage: ps", "aux", 2, "ps: extra operand 'aux'", tryHelp("ps")),
            new HelpCase("kill", "Stop tasks.",
                    "Usage: kill [-SIGNAL | -s SIGNAL] PID...", "", 2, "kill: not enough arguments", tryHelp("kill")),
            new HelpCase("/bin/jobs.py", "List the scheduler's tasks as jobs.",
                    "Usage: jobs", "-z", 2, "jobs: invalid option -- 'z'", tryHelp("jobs")),
            new HelpCase("uptime", "Tell how long the system has been running.",
                    "Usage: uptime [-p]", "-z", 2, "uptime: invalid option -- 'z'", tryHelp("uptime")),
            new HelpCase("date", "Print the date and time (UTC).",
                    "Usage: date [-u] [-d @SECONDS] [+FORMAT]", "-d", 2, "date: option requires an argument -- 'd'", tryHelp("date")),
            new HelpCase("dmesg", "Print the kernel log.",
                    "Usage: dmesg", "-z", 2, "dmesg: invalid option -- 'z'", tryHelp("dmesg")),
            new HelpCase("sysinfo", "Print a summary of the system.",
                    "Usage: sysinfo", "all", 2, "sysinfo: extra operand 'all'", tryHelp("sysinfo")),
            new HelpCase("env", "Print the environment.",
                    "Usage: env [-i] [-u NAME] [NAME=VALUE]...", "-u", 2, "env: option requires an argument -- 'u'", tryHelp("env")),
            new HelpCase("clear", "Clear the terminal screen.",
                    "Usage: clear", "-z", 2, "clear: invalid option -- 'z'", tryHelp("clear")),
            new HelpCase("/bin/help.py", "List the commands, or show the help of one.",
                    "Usage: help [COMMAND]", "ls cat", 2, "help: extra operand 'cat'", tryHelp("help")),
            new HelpCase("reboot", "Restart the machine.",
                    "Usage: reboot", "now", 2, "reboot: extra operand 'now'", tryHelp("reboot")),
            new HelpCase("poweroff", "Turn the machine off.",
                    "Usage: poweroff", "now", 2, "poweroff: extra operand 'now'", tryHelp("poweroff")),
            new HelpCase("run", "Run a Python script.",
                    "Usage: run PATH [ARG]...", "", 2, "run: missing operand", tryHelp("run")),
            new HelpCase("ed", "Edit text files line by line (the commands and messages of GNU ed 1.19).",
                    "Usage: ed [OPTION]... [FILE]", "-Z", 1, "ed: invalid option -- 'Z'", tryHelp("ed"))
        };
        for (HelpCase c : commands) {
            String bad = c.badArguments().isEmpty() ? c.command() : c.command() + " " + c.badArguments();
            List<String> lines = new ArrayList<>(List.of("0", c.summary(), "", c.usage()));
            lines.addAll(List.of(c.errors()));
            lines.add(String.valueOf(c.status()));
            sh(c.command() + " --help > /tmp/help; echo $?; head -n 3 /tmp/help; " + bad + "; echo $?",
                    lines.toArray(new String[0]));
        }
        // echo has no bad usage (as GNU's): --help alone is help, anything else is printed.
        sh("echo --help | head -n 3; echo --help -z; echo $?",
                "Print the arguments, separated by spaces, and a newline.", "", "Usage: echo [-neE] [STRING]...",
                "--help -z", "0");
    }

    @Test
    void lsCatAndTouchShowFilesAsTheyAre() throws IOException {
        sh("mkdir -p /tmp/a/b/c && cd /tmp/a && echo hello > f.txt && echo -e 'one\\ntwo' > g.txt"
                + " && touch .hidden b/c/e; echo $?", "0");
        sh("ls; ls -a; ls -1 b; ls b/c f.txt; ls nope; echo $?",
                ".  ..  b  f.txt  g.txt",
                ".  ..  .hidden  b  f.txt  g.txt",
                ".", "..", "c",
                "f.txt", "", "b/c:", ".  ..  e",
                "ls: cannot access 'nope': No such file or directory", "2");
        shMatching("ls -l f.txt g.txt; ls -ld /tmp b; ls -la b/c",
                "-rw-r--r-- 6 " + WHEN + " f\\.txt",
                "-rw-r--r-- 8 " + WHEN + " g\\.txt",
                "drwxrwxrwt +\\d+ " + WHEN + " /tmp",
                "drwxr-xr-x +\\d+ " + WHEN + " b",
                "drwxr-xr-x +\\d+ " + WHEN + " \\.",
                "drwxr-xr-x +\\d+ " + WHEN + " \\.\\.",
                "-rw-r--r-- +0 " + WHEN + " e");
        sh("cat f.txt g.txt; cat -n g.txt f.txt; cat nope; echo $?; cat b; echo $?; echo piped | cat - f.txt",
                "hello", "one", "two",
                "     1\tone", "     2\ttwo", "     3\thello",
                "cat: nope: No such file or directory", "1",
                "cat: b: Is a directory", "1",
                "piped", "hello");
        sh("touch new && wc -c new; touch -c ghost; echo $?; ls ghost; touch /nodir/f; echo $?",
                "0 new", "0",
                "ls: cannot access 'ghost': No such file or directory",
                "touch: cannot touch '/nodir/f': No such file or directory", "1");
    }

    @Test
    void cpMvRmMkdirAndRmdirChangeTheTree() throws IOException {
        sh("mkdir -p /tmp/a/b/c && cd /tmp/a && echo hello > f.txt && echo -e 'one\\ntwo' > g.txt && touch b/c/e; echo $?",
                "0");
        sh("cp f.txt h.txt && cat h.txt; cp f.txt g.txt b; ls b; cp b d; echo $?; cp -r b d && find d;"
                + " cp f.txt; echo $?; cp nope x; echo $?; cp f.txt g.txt nodir; echo $?",
                "hello",
                ".  ..  c  f.txt  g.txt",
                "cp: -r not specified; omitting directory 'b'", "1",
                "d", "d/c", "d/c/e", "d/f.txt", "d/g.txt",
                "cp: missing destination file operand after 'f.txt'", tryHelp("cp"), "2",
                "cp: cannot stat 'nope': No such file or directory", "1",
                "cp: target 'nodir': No such file or directory", "1");
        sh("mv h.txt i.txt && ls; mv i.txt d && ls d; mv nope x; echo $?; mv d d/c; echo $?; mv f.txt; echo $?",
                ".  ..  b  d  f.txt  g.txt  i.txt",
                ".  ..  c  f.txt  g.txt  i.txt",
                "mv: cannot stat 'nope': No such file or directory", "1",
                "mv: cannot move 'd' to a subdirectory of itself, 'd/c/d'", "1",
                "mv: missing destination file operand after 'f.txt'", tryHelp("mv"), "2");
        sh("rm f.txt && ls; rm nope; echo $?; rm -f nope; echo $?; rm d; echo $?; rm -r d && ls;"
                + " rm -r .; echo $?; rm -rf b/c && ls b; rm -f; echo $?",
                ".  ..  b  d  g.txt",
                "rm: cannot remove 'nope': No such file or directory", "1",
                "0",
                "rm: cannot remove 'd': Is a directory", "1",
                ".  ..  b  g.txt",
                "rm: refusing to remove '.' or '..' directory: skipping '.'", "1",
                ".  ..  f.txt  g.txt",
                "0");
        sh("mkdir x/y; echo $?; mkdir -p x/y && mkdir x/y/z && find x; mkdir x; echo $?; mkdir -p g.txt/y; echo $?",
                "mkdir: cannot create directory 'x/y': No such file or directory", "1",
                "x", "x/y", "x/y/z",
                "mkdir: cannot create directory 'x': File exists", "1",
                "mkdir: cannot create directory 'g.txt': Not a directory", "1");
        sh("rmdir x; echo $?; rmdir x/y/z x/y && find x; rmdir g.txt nope; echo $?",
                "rmdir: failed to remove 'x': Directory not empty", "1",
                "x",
                "rmdir: failed to remove 'g.txt': Not a directory",
                "rmdir: failed to remove 'nope': No such file or directory", "1");
    }

    @Test
    void echoHeadTailAndGrepFilterText() throws IOException {
        sh("mkdir /tmp/t && cd /tmp/t && echo -e 'pear\\napple\\nPlum\\n10\\n9\\napple\\napple' > s.txt; echo $?", "0");
        sh("echo a  b 'c  d'; echo -n x; echo y; echo -e '1\\t2\\x41\\cgone'; echo; echo -E 'a\\nb'; echo -- -n",
                "a b c  d", "xy", "1\t2A", "a\\nb", "-- -n");
        sh("head -n 2 s.txt; head -3 s.txt | tail -n 1; head -n -5 s.txt; head -n 1 s.txt nope; echo $?;"
                + " head -n x s.txt; echo $?; head -n; echo $?",
                "pear", "apple",
                "Plum",
                "pear", "apple",
                "==> s.txt <==", "pear", "head: cannot open 'nope' for reading: No such file or directory", "1",
                "head: invalid number of lines: 'x'", "1",
                "head: option requires an argument -- 'n'", tryHelp("head"), "2");
        sh("tail -n 2 s.txt; tail -1 s.txt; tail -n +6 s.txt; tail -n 1 -v s.txt; echo last | tail -n 1;"
                + " tail -n x s.txt; echo $?; tail nope; echo $?",
                "apple", "apple",
                "apple",
                "apple", "apple",
                "==> s.txt <==", "apple",
                "last",
                "tail: invalid number of lines: 'x'", "1",
                "tail: cannot open 'nope' for reading: No such file or directory", "1");
        sh("grep apple s.txt; echo $?; grep -i p s.txt; grep -v p s.txt; grep -n 9 s.txt; grep -c apple s.txt;"
                + " grep -in PL s.txt; grep zz s.txt; echo $?",
                "apple", "apple", "apple", "0",
                "pear", "apple", "Plum", "apple", "apple",
                "Plum", "10", "9",
                "5:9",
                "3",
                "2:apple", "3:Plum", "6:apple", "7:apple",
                "1");
        sh("mkdir -p g/h && echo Apple > g/1 && echo apple pie > g/h/2 && grep -r apple g; grep -ri -n apple g;"
                + " cd g && grep -r pie; cd ..; grep x nope; echo $?; grep x g; echo $?; grep '(' s.txt; echo $?",
                "g/h/2:apple pie",
                "g/1:1:Apple", "g/h/2:1:apple pie",
                "h/2:apple pie",
                "grep: nope: No such file or directory", "2",
                "grep: g: Is a directory", "2",
                "grep: missing ), unterminated subpattern at position 0", "2");
    }

    @Test
    void wcSortAndUniqCount() throws IOException {
        sh("mkdir /tmp/t && cd /tmp/t && echo -e 'pear\\napple\\nPlum\\n10\\n9\\napple\\napple' > s.txt"
                + " && echo Apple > one; echo $?", "0");
        sh("wc s.txt; wc -l s.txt; wc -w -c s.txt one; cat s.txt | wc; wc -l < s.txt; wc nope; echo $?; wc /tmp; echo $?",
                " 7  7 33 s.txt",
                "7 s.txt",
                " 7 33 s.txt", " 1  6 one", " 8 39 total",
                "      7       7      33",
                "7",
                "wc: nope: No such file or directory", "1",
                "wc: /tmp: Is a directory", "      0       0       0 /tmp", "1");
        sh("sort s.txt; sort -r s.txt | head -n 2; sort -n s.txt | tail -n 3; sort -u s.txt | wc -l;"
                + " sort -f s.txt | head -n 4; sort nope; echo $?",
                "10", "9", "Plum", "apple", "apple", "apple", "pear",
                "pear", "apple",
                "pear", "9", "10",
                "5",
                "10", "9", "apple", "apple",
                "sort: cannot read: nope: No such file or directory", "2");
        sh("uniq s.txt; uniq -c s.txt | tail -n 1; uniq -d s.txt; uniq -u s.txt | head -n 2;"
                + " echo -e 'a\\nA\\nb' | uniq -ci; uniq s.txt out && wc -l out; uniq nope; echo $?",
                "pear", "apple", "Plum", "10", "9", "apple",
                "      2 apple",
                "apple",
                "pear", "apple",
                "      2 a", "      1 b",
                "6 out",
                "uniq: nope: No such file or directory", "1");
    }

    @Test
    void findDuAndDfWalkTheTree() throws IOException {
        sh("mkdir -p /tmp/f/a/b && cd /tmp/f && echo x > a/one.txt && echo -n yy > a/b/Two.TXT && touch top; echo $?",
                "0");
        assertEquals("", python("_ = open('/tmp/f/a/b/big', 'w').write('x' * 1500)"));
        sh("find; find a -name '*.txt'; find . -iname 'T*'; find . -type d; find . -maxdepth 1 -type f;"
                + " find a . -mindepth 2 -type f",
                ".", "./a", "./a/b", "./a/b/Two.TXT", "./a/b/big", "./a/one.txt", "./top",
                "a/one.txt",
                "./a/b/Two.TXT", "./top",
                ".", "./a", "./a/b",
                "./top",
                "a/b/Two.TXT", "a/b/big", "./a/b/Two.TXT", "./a/b/big", "./a/one.txt");
        sh("find nope; echo $?; find . -type x; echo $?; find . -name; echo $?; find . -maxdepth z; echo $?",
                "find: 'nope': No such file or directory", "1",
                "find: Unknown argument to -type: x", "1",
                "find: missing argument to `-name'", "1",
                "find: Expected a positive decimal integer argument to -maxdepth, but got 'z'", "1");
        // Sizes in KiB, each file rounded up: big 2, one.txt 1, Two.TXT 1, top 0.
        sh("du; du -s; du -a a; du -sh a; du -s a/b/big top; du nope; echo $?",
                "3\t./a/b", "4\t./a", "4\t.",
                "4\t.",
                "1\ta/b/Two.TXT", "2\ta/b/big", "3\ta/b", "1\ta/one.txt", "4\ta",
                "4.0K\ta",
                "2\ta/b/big", "0\ttop",
                "du: cannot access 'nope': No such file or directory", "1");
        shMatching("df; df -h",
                "Filesystem  Type      Mode +Used  Mounted on",
                "tmpfs       tmpfs     rw +\\d+  /",
                "devtmpfs    devtmpfs  rw +0  /dev",
                "proc        proc      ro +-  /proc",
                "Filesystem  Type      Mode +Used  Mounted on",
                "tmpfs       tmpfs     rw +\\d+(\\.\\d)?K  /",
                "devtmpfs    devtmpfs  rw +0  /dev",
                "proc        proc      ro +-  /proc");
    }

    @Test
    void freePsKillJobsAndUptimeShowTheRunningSystem() throws IOException {
        shMatching("free; free -h; ps; /bin/jobs.py",
                " {13}total {8}used {8}free",
                "Mem: +\\d+ +\\d+ +\\d+",
                "Heap: +\\d+ +\\d+ +\\d+",
                " {13}total {8}used {8}free",
                "Mem: +\\d+(\\.\\d)?[KMG] +\\d+(\\.\\d)?[KMG] +\\d+(\\.\\d)?[KMG]",
                "Heap: +\\d+(\\.\\d)?[KMG] +\\d+(\\.\\d)?[KMG] +\\d+(\\.\\d)?[KMG]",
                "  PID STATE          TIME NAME",
                "    1 running +\\d+:\\d\\d\\.\\d\\d kernel",
                "    2 running +\\d+:\\d\\d\\.\\d\\d console",
                "\\[1\\]  running    kernel",
                "\\[2\\]  running    console");
        // The task table's pids do not go as high as 999.
        sh("kill 999; echo $?; kill -9 999; echo $?; kill abc; echo $?; kill -s; echo $?; jobs; echo $?",
                "kill: (999) - No such process", "1",
                "kill: (999) - No such process", "1",
                "kill: failed to parse argument: 'abc'", "1",
                "kill: option requires an argument -- 's'", tryHelp("kill"), "2",
                "0");
        shMatching("uptime; uptime -p; uptime -z; echo $?",
                " \\d\\d:\\d\\d:\\d\\d up \\d+ min,  2 tasks",
                "up \\d+ minutes?",
                "uptime: invalid option -- 'z'", "Try 'uptime --help' for more information\\.", "2");
    }

    @Test
    void dateDmesgSysinfoEnvAndClearReportAndReset() throws IOException {
        shMatching("date; date -u +%Y", "\\w{3} \\w{3} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d UTC \\d{4}", "20\\d\\d");
        sh("date -d @0; date -u -d @1700000000 +%Y-%m-%d; date -d @86400 '+%e|%s|%Z|%z|%j|%H:%M';"
                + " date -d yesterday; echo $?; date +a +b; echo $?",
                "Thu Jan  1 00:00:00 UTC 1970",
                "2023-11-14",
                " 2|86400|UTC|+0000|002|00:00",
                "date: invalid date 'yesterday'", "1",
                "date: extra operand '+b'", tryHelp("date"), "2");
        shMatching("dmesg | head -n 1; dmesg | grep -c 'boot: prompt reached'; cd /tmp; sysinfo",
                "\\[ +\\d+\\.\\d{6}\\] \\[pyjama\\] INFO  kernel: Pyjama kernel starting .*",
                "1",
                "System:  Pyjama \\d+\\.\\d+\\.\\d+ .*",
                "Tasks:   2",
                "Uptime:  0:\\d\\d:\\d\\d",
                "Memory:  \\d+(\\.\\d)?[KMG] used of \\d+(\\.\\d)?[KMG]",
                "Heap:    \\d+(\\.\\d)?[KMG] used of \\d+(\\.\\d)?[KMG]",
                "cwd:     /tmp");
        sh("env -i A=1 B=2; env -i -u A A=1 C=3; env | grep ^PATH=; X=5 env | grep ^X=; env x; echo $?",
                "A=1", "B=2",
                "A=1", "C=3",
                "PATH=/bin",
                "X=5",
                "env: cannot run 'x': use 'NAME=VALUE x' in sh to run a command with a changed environment", "125");
        // clear homes the cursor and erases the screen and the scrollback; no newline follows.
        assertEquals("\u001b[H\u001b[2J\u001b[3J0\n", python(shLine("clear; echo $?")));
    }

    @Test
    void helpListsTheCommandsAndShowsOne() throws IOException {
        sh("/bin/help.py | head -n 1; help | grep -c '^  '; help | grep '^  ed '; help ls | head -n 1; help nope; echo $?",
                "Commands (help COMMAND or COMMAND --help for more):",
                // sh's 8 builtins, then every /bin/*.py
                String.valueOf(8 + binCommandCount()),
                "  ed        Edit text files line by line (the commands and messages of GNU ed 1.19).",
                "List directory contents.",
                "help: no help for 'nope'", "1");
    }

    /** The number of /bin commands, as the image has them (ls -1 prints . and .. first). */
    private int binCommandCount() throws IOException {
        String listing = python(shLine("ls -1 /bin | grep -c '[.]py$'"));
        return Integer.parseInt(listing.trim());
    }

    @Test
    void cdPwdAndRunMoveTheSessionAndRunScripts() throws IOException {
        assertEquals("", python("cd /tmp"));
        assertEquals("/tmp\n", python("pwd"));
        assertEquals("'/tmp'\n", python("cwd"));
        assertEquals("sh: cd: /nope: No such file or directory\n", python("cd /nope"));
        assertEquals("1\n", python("sh.status"));
        sh("cd /bin && pwd; cd /nope; echo $?; cd /bin/ls.py; echo $?; cd a b; echo $?; cd; pwd; cd -; pwd -x; echo $?",
                "/bin",
                "sh: cd: /nope: No such file or directory", "1",
                "sh: cd: /bin/ls.py: Not a directory", "1",
                "sh: cd: too many arguments", "1",
                "/",
                "/bin",
                "sh: pwd: -x: invalid option", "pwd: usage: pwd [-LP]", "2");
        sh("/bin/cd.py /tmp; pwd; /bin/cd.py /nope; echo $?; /bin/pwd.py; /bin/cd.py a b; echo $?",
                "/tmp",
                "cd: /nope: No such file or directory", "1",
                "/tmp",
                "cd: too many arguments", "1");
        assertEquals("", python("_ = open('/tmp/s.py', 'w').write('import sys\\nprint(argv, cwd, __name__, sys.argv[0])\\nsys.exit(3)\\n')"));
        assertEquals("", python("_ = open('/tmp/w.py', 'w').write('import asyncio\\nawait asyncio.sleep(0)\\nprint(\"awaited\")\\ncwd = \"/bin\"\\n')"));
        sh("run s.py x 'y z'; echo $?; run -- s.py -x; echo $?; run w.py; echo $?; pwd; run /nope.py; echo $?; run /tmp; echo $?",
                "['x', 'y z'] /tmp __main__ /tmp/s.py", "3",
                "['-x'] /tmp __main__ /tmp/s.py", "3",
                "awaited", "0",
                "/bin",
                "run: /nope.py: No such file or directory", "1",
                "run: /tmp: Is a directory", "1");
        assertEquals("'/bin'\n", python("cwd"));
    }
}
