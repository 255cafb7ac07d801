package pyjama.kernel.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import pyjama.kernel.console.Completion;
import pyjama.kernel.console.Console;
import pyjama.kernel.console.KernelPythonHost;
import pyjama.kernel.console.LineEditor;
import pyjama.kernel.console.Terminal;
import pyjama.kernel.task.TaskTable;
import pyjama.python.Interpreter;
import pyjama.python.runtime.PyBool;

/**
 * Tab at the console session: the keys typed into a real session (FakeHal, Terminal, line
 * editor, PythonSession with the kernel namespace and /bin), and the completer's answers
 * checked against what CPython 3.12's rlcompleter answers for the same namespace.
 */
class SessionCompletionTest {
    private final KernelPythonFixture fx = new KernelPythonFixture();

    // ---- through the console: keys in, screen out ----

    /** Types {@code keys} (then Ctrl-D to end the session) into a fresh session; returns the console output. */
    private String session(String keys) {
        Terminal terminal = new Terminal(fx.hal, fx.loop);
        KernelPythonHost host = new KernelPythonHost(fx.hal, terminal, new LineEditor(), fx.loop);
        Console console = new Console(terminal, fx.log, new LineEditor());
        PythonCommand python = new PythonCommand(terminal, host, fx.vfs, console::currentLine);
        PythonSession session = new PythonSession(terminal, host, fx.vfs, fx.log, console,
                new TaskTable(fx.hal::nanoTime), python, "Pyjama 0.1.0");
        fx.hal.type(keys + "\u0004");
        session.runOne();
        return fx.hal.output().replace("\r\n", "\n");
    }

    @Test
    void priBecomesPrintAndRuns() {
        String out = session("pri\t'hi')\r");
        assertTrue(out.contains(">>> print('hi')\nhi\n"), out);
    }

    @Test
    void attributesOfADottedName() {
        // sys.path, sys.path_hooks, sys.path_importer_cache: their common prefix
        String out = session("import sys\rsys.pa\t is sys.path\r");
        assertTrue(out.contains(">>> sys.path is sys.path\nTrue\n"), out);
    }

    @Test
    void aModuleImportedOnTheSameLineCompletes() {
        // kernel is not bound under that name before the line runs (the session binds it, but
        // `del kernel` unbinds it); it is in sys.modules, since the session imported it
        String out = session("del kernel\rimport kernel; kernel.vers\t\r");
        assertTrue(out.contains(">>> import kernel; kernel.version\n'"), out);
    }

    @Test
    void aBareWordCommandCompletesPaths() {
        String out = session("ls /b\t\r");
        assertTrue(out.contains(">>> ls /bin/\n"), out);
        assertTrue(out.contains("sysinfo.py"), "ls ran on /bin: " + out);
    }

    @Test
    void aFileNameGetsTheRestAndASpace() {
        String out = session("cat /bin/sysi\t\r");
        assertTrue(out.contains(">>> cat /bin/sysinfo.py \n\"\"\"Print a summary of the system."), out);
    }

    @Test
    void theFirstWordBecomesACommand() {
        String out = session("sysi\t\r");
        assertTrue(out.contains(">>> sysinfo \n"), out);
        assertFalse(out.contains("NameError"), out);
    }

    @Test
    void pathsInsideAStringLiteral() {
        String out = session("len(open('/bin/sysi\t').read()) > 100\r");
        assertTrue(out.contains(">>> len(open('/bin/sysinfo.py').read()) > 100\nTrue\n"), out);
    }

    @Test
    void pathsAreRelativeToTheSessionsDirectory() {
        String out = session("cd /examples\rcat REA\t\r");
        assertTrue(out.contains(">>> cat README.txt \n"), out);
        assertFalse(out.contains("No such file"), out);
    }

    @Test
    void twoTabsListTheCandidatesAndRedrawTheLine() {
        String out = session("iss\tis\t\t\u0015\r");
        assertTrue(out.contains(">>> issubclass("), "one candidate: " + out);
        // "is": 'is ', 'isinstance(', 'issubclass(' -- nothing in common to add, so a bell, then the list
        int bell = out.indexOf('\u0007');
        assertTrue(bell > 0, out);
        assertTrue(out.contains("\nis           isinstance(  issubclass(\n>>> is"), out);
    }

    @Test
    void tabAtTheStartOfALineStillIndents() {
        String out = session("if True:\r\tx = 5\r\rx\r");
        assertTrue(out.contains("...     x = 5\n"), out);
        assertTrue(out.contains(">>> x\n5\n"), out);
    }

    @Test
    void theShellPromptCompletesCommandsAndPaths() {
        String out = session("sh()\rec\thi\rcat /examples/REA\t\rexit\r");
        assertTrue(out.contains("$ echo hi\nhi\n"), out);
        assertTrue(out.contains("$ cat /examples/README.txt \n"), out);
        assertFalse(out.contains("No such file"), out);
    }

    @Test
    void thePythonCommandsReplCompletesNamesToo() {
        String out = session("python\rpri\t6 * 7)\r\u0004");
        assertTrue(out.contains(">>> print(6 * 7)\n42\n"), out);
    }

    @Test
    void aNameThatMatchesNothingRingsTheBell() {
        String out = session("zzz\t\u0015\r");
        assertTrue(out.contains(">>> zzz\u0007"), out);
    }

    // ---- the completer's answers ----

    private final Interpreter interp = fx.interpreter(new KernelPythonFixture.Host(fx.hal));
    private final SessionCompleter completer = new SessionCompleter(interp, fx.vfs, fx.log, true);
    /** As the python command's REPL: no bare words, so only rlcompleter's answers. */
    private final SessionCompleter names = new SessionCompleter(interp, fx.vfs, fx.log, false);

    private List<String> python(String before) {
        Completion c = names.complete(SessionCompleter.Context.STATEMENT, before);
        assertNotNull(c, "a word to complete in '" + before + "'");
        return c.candidates();
    }

    private Completion shell(String before) {
        return completer.complete(SessionCompleter.Context.SHELL, before);
    }

    @Test
    void keywordsGetWhatRlcompleterAppends() {
        // As CPython 3.12: rlcompleter.Completer({}).complete(text, i) for i = 0, 1, ...
        assertEquals(List.of("try:"), python("tr"));
        assertEquals(List.of("import "), python("im"));
        assertEquals(List.of("None"), python("Non"));
        assertEquals(List.of("while "), python("wh"));
        assertEquals(List.of("type "), python("ty")); // the builtin type is seen as the soft keyword
        assertEquals(List.of("finally:", "filter("), python("fi"));
        assertEquals(List.of("break", "breakpoint("), python("br"));
    }

    @Test
    void builtinsGetAParenthesisAndEmptySignaturesBoth() {
        assertEquals(List.of("print("), python("pri"));
        assertEquals(List.of("global ", "getattr(", "globals()"), python("g"));
        assertEquals(List.of("object()"), python("ob"));
        assertTrue(python("loc").contains("locals()"));
    }

    @Test
    void namesOfTheNamespaceWithTheirSignatures() {
        interp.exec("""
                def nothing(): pass
                def one(x): pass
                def star(*a): pass
                class Plain: pass
                class Takes:
                    def __init__(self, x): pass
                class Empty:
                    def __init__(self): pass
                class Called:
                    def __call__(self): pass
                called = Called()
                value = 3
                """, "<test>");
        assertEquals(List.of("nothing()"), python("noth"));
        assertEquals(List.of("one("), python("on"));
        assertEquals(List.of("star("), python("star"));
        assertEquals(List.of("Plain()"), python("Pla"));
        assertEquals(List.of("Takes("), python("Tak"));
        assertEquals(List.of("Empty()"), python("Emp"));
        assertEquals(List.of("called()"), python("calle"));
        assertEquals(List.of("value"), python("val"));
    }

    @Test
    void attributesAsRlcompleterListsThem() {
        interp.exec("x = [1]\nimport sys\n", "<test>");
        assertEquals(List.of("x.copy()", "x.count("), python("x.co"));
        assertEquals(List.of("x.append(", "x.clear()", "x.copy()", "x.count(", "x.extend(", "x.index(",
                "x.insert(", "x.pop(", "x.remove(", "x.reverse()", "x.sort("), python("x."));
        assertEquals(List.of("sys.path", "sys.path_hooks", "sys.path_importer_cache"), python("import sys; sys.pa"));
        // "_" hides dunders until nothing else is left; then they all come
        List<String> under = python("x._");
        assertTrue(under.contains("x.__class__(") && under.contains("x.__len__()"), under.toString());
        assertEquals(List.of("x.__class__(", "x.__class_getitem__(", "x.__contains__("), python("x.__c"));
    }

    @Test
    void onlyPlainDottedNamesAreEvaluated() {
        interp.exec("""
                calls = []
                def f():
                    calls.append(1)
                    return [1]
                d = {'a': [1]}
                class P:
                    @property
                    def boom(self):
                        calls.append(2)
                        raise ValueError('read')
                p = P()
                """, "<test>");
        assertEquals(List.of(), python("f().co"));
        assertEquals(List.of(), python("d['a'].co"));
        assertEquals(List.of("p.boom"), python("p.bo"), "a property is offered, not read");
        assertEquals(PyBool.of(false), interp.eval("bool(calls)"), "neither f() nor the property ran");
    }

    @Test
    void aFailingAttributeIsNoCandidatesAndALogLine() {
        interp.exec("""
                class Odd:
                    def __getattr__(self, name):
                        raise ValueError(name)
                odd = Odd()
                """, "<test>");
        Completion c = completer.complete(SessionCompleter.Context.STATEMENT, "odd.zz.y");
        assertEquals(List.of(), c.candidates());
        assertTrue(fx.logLines().contains("DEBUG console: completion failed: ValueError"), fx.logLines().toString());
    }

    @Test
    void noWordMeansIndent() {
        assertNull(completer.complete(SessionCompleter.Context.STATEMENT, "print("));
    }

    @Test
    void stringsCompletePaths() {
        Completion c = completer.complete(SessionCompleter.Context.STATEMENT, "open('/bin/sysi");
        assertEquals(6, c.start());
        assertEquals(List.of("/bin/sysinfo.py"), c.candidates());
        assertEquals(5, c.shownFrom());
        assertEquals(List.of("/examples/"), completer.complete(SessionCompleter.Context.STATEMENT, "x = \"\"\"/exa").candidates());
        // a closed string, then a name
        assertEquals(List.of("print("), python("'a' + 'b'; pri"));
    }

    @Test
    void openStringsAreFoundWithEscapesAndTripleQuotes() {
        assertEquals(3, SessionCompleter.openStringStart("f('x"));
        assertEquals(-1, SessionCompleter.openStringStart("f('x')"));
        assertEquals(3, SessionCompleter.openStringStart("f('a\\'b"), "an escaped quote does not end it");
        assertEquals(-1, SessionCompleter.openStringStart("f('''a''') # 'x"));
        assertEquals(7, SessionCompleter.openStringStart("x = '''a ' b"));
    }

    @Test
    void shellLinesCompleteCommandsBuiltinsAndPaths() {
        interp.exec("import shell\n", "<test>");
        assertEquals(List.of("echo "), shell("ec").candidates());
        assertEquals(List.of("cd "), shell("cd").candidates(), "/bin/cd.py and the builtin are one command");
        assertEquals(List.of("export "), shell("exp").candidates(), "a shell builtin");
        assertEquals(List.of("sort "), shell("ls /bin | so").candidates());
        assertEquals(List.of("/bin/"), shell("ls /b").candidates());
        assertEquals(List.of("/bin/sysinfo.py' "), shell("cat '/bin/sysi").candidates());
        assertEquals(List.of("/examples/README.txt "), shell("cat < /examples/R").candidates());
        assertEquals(List.of(), shell("echo $HO").candidates(), "variables are not completed");
    }

    @Test
    void shellNamesAreEscapedAsTheShellReadsThem() {
        fx.vfs.installFile("/tmp/a b$.txt", "x".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("/tmp/a\\ b\\$.txt "), shell("cat /tmp/a").candidates());
        assertEquals(List.of("/tmp/a b\\$.txt\" "), shell("cat \"/tmp/a").candidates());
    }

    @Test
    void theCwdGlobalIsWherePathsStart() {
        interp.setGlobal("cwd", "/examples");
        assertEquals(List.of("README.txt "), shell("cat RE").candidates());
        assertEquals(List.of("../"), shell("cd ..").candidates());
    }

    private List<String> statement(String before) {
        return completer.complete(SessionCompleter.Context.STATEMENT, before).candidates();
    }

    @Test
    void bareWordsNeedACommandThatPythonDoesNotShadow() {
        assertEquals(List.of("global ", "getattr(", "globals()", "grep "), statement("g"));
        assertEquals(List.of("/bin/"), statement("ls /b"));
        assertEquals(List.of("lambda ", "len(", "list(", "locals()", "ls "), statement("l").stream()
                .filter(w -> !w.startsWith("license")).sorted().toList());
        interp.exec("ls = 1\n", "<test>");
        assertEquals(List.of("ls"), statement("ls"), "ls is a Python name here: no command");
        // 'ls /b' is Python now (a syntax error), so b is a name, not a path
        assertTrue(statement("ls /b").contains("bool("));
        assertEquals(List.of("ls"), completer.complete(SessionCompleter.Context.CONTINUATION, "ls").candidates());
        assertFalse(completer.complete(SessionCompleter.Context.CONTINUATION, "so").candidates().contains("sort "),
                "no commands after '... '");
    }

    @Test
    void thePromptDecides() {
        assertNotNull(completer.forPrompt(">>> "));
        assertNotNull(completer.forPrompt("... "));
        assertNotNull(completer.forPrompt("$ "));
        assertNull(completer.forPrompt("Your name? "), "a program's own input(): Tab indents");
        assertEquals(SessionCompleter.Context.SHELL, completer.contextOf("> "));
    }
}
