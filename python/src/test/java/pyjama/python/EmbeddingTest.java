package pyjama.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.List;

import org.junit.jupiter.api.Test;

import pyjama.python.runtime.ClassBuilder;
import pyjama.python.runtime.Fn;
import pyjama.python.runtime.PyException;
import pyjama.python.runtime.PyInt;
import pyjama.python.runtime.PyObject;
import pyjama.python.runtime.PyStr;
import pyjama.python.runtime.PyType;
import pyjama.python.runtime.T;

/** The embedding API the kernel uses: Interpreter, Repl, Java functions and classes, interrupts. */
class EmbeddingTest {

    /** A host with scripted input lines and captured output. */
    static final class ScriptHost implements PythonHost {
        final ArrayDeque<String> lines = new ArrayDeque<>();
        final StringBuilder out = new StringBuilder();
        int interruptAfterPolls = -1;

        ScriptHost(String... input) { lines.addAll(List.of(input)); }

        @Override public void writeOut(String text) { out.append(text); }
        @Override public void writeErr(String text) { out.append(text); }
        @Override public String readLine(String prompt) {
            out.append(prompt);
            String l = lines.poll();
            if ("^C".equals(l)) throw new InterruptedInput();
            if (l != null) out.append(l).append('\n');
            return l;
        }
        @Override public boolean interruptRequested() { return interruptAfterPolls >= 0 && interruptAfterPolls-- == 0; }
        @Override public long nanoTime() { return System.nanoTime(); }
        @Override public long wallClockMillis() { return System.currentTimeMillis(); }
    }

    @Test
    void globalsAndJavaFunctionsAreVisibleToPython() {
        ScriptHost host = new ScriptHost();
        Interpreter py = new Interpreter(host);
        py.setGlobal("answer", 42);
        py.setGlobal("twice", Interpreter.function("twice", Fn.of1("twice", x -> PyInt.of(((PyInt) x).v * 2))));
        py.exec("print(twice(answer), type(answer).__name__)", "<test>");
        assertEquals("84 int\n", host.out.toString());
        assertEquals("5", py.eval("2 + 3").toString());
    }

    @Test
    void javaDefinedClassesBehaveLikePythonClasses() {
        ScriptHost host = new ScriptHost();
        Interpreter py = new Interpreter(host);
        PyType counter = ClassBuilder.create("kernel", "Counter")
                .init((self, a, kw) -> self.dict.setStr("n", PyInt.of(0)))
                .method("bump", (self, a, kw) -> {
                    PyInt n = PyInt.of(((PyInt) self.dict.getStr("n")).v + 1);
                    self.dict.setStr("n", n);
                    return n;
                })
                .repr(self -> new PyStr("<Counter " + self.dict.getStr("n") + ">"))
                .build();
        py.setGlobal("Counter", counter);
        py.exec("c = Counter(); c.bump(); c.bump()\nclass Sub(Counter): pass\nprint(c, c.bump(), Sub().bump(), Counter.__module__)", "<test>");
        assertEquals("<Counter 3> 3 1 kernel\n", host.out.toString());
    }

    @Test
    void pythonErrorsReachJavaAsPyException() {
        Interpreter py = new Interpreter(new ScriptHost());
        PyException e = assertThrows(PyException.class, () -> py.exec("1/0", "<test>"));
        assertEquals("ZeroDivisionError: division by zero", e.getMessage());
        PyException s = assertThrows(PyException.class, () -> py.exec("def f(:", "<test>"));
        assertEquals("SyntaxError", s.exc.type().name);
    }

    @Test
    void replEchoesResultsContinuesBlocksAndSurvivesErrors() {
        ScriptHost host = new ScriptHost("x = 6", "x * 7", "None", "if x:", "    print('yes')", "", "1/0", "_ + 1", "^C", "x");
        int status = Repl.interact(new Interpreter(host), null);
        assertEquals(0, status);
        String expected = ">>> x = 6\n>>> x * 7\n42\n>>> None\n>>> if x:\n...     print('yes')\n... \nyes\n>>> 1/0\n"
                + "Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nZeroDivisionError: division by zero\n"
                + ">>> _ + 1\n43\n>>> \nKeyboardInterrupt\n>>> x\n6\n>>> \n";
        assertEquals(expected, host.out.toString());
    }

    @Test
    void replExitEndsTheSessionWithTheStatus() {
        ScriptHost host = new ScriptHost("exit(3)", "print('not reached')");
        assertEquals(3, Repl.interact(new Interpreter(host), null));
        assertTrue(!host.out.toString().contains("not reached"));
    }

    @Test
    void interruptRequestRaisesKeyboardInterruptInRunningCode() {
        ScriptHost host = new ScriptHost();
        host.interruptAfterPolls = 3;
        Interpreter py = new Interpreter(host);
        py.exec("try:\n    while True: pass\nexcept KeyboardInterrupt:\n    print('interrupted')\nprint('alive')", "<test>");
        assertEquals("interrupted\nalive\n", host.out.toString());
    }

    @Test
    void deepRecursionIsARecursionErrorAndTheInterpreterCarriesOn() {
        ScriptHost host = new ScriptHost();
        Interpreter py = new Interpreter(host);
        py.exec("def f(n): return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print(e)\nprint(sum(range(10)))", "<test>");
        assertEquals("maximum recursion depth exceeded\n45\n", host.out.toString());
    }

    @Test
    void aRunningTaskCanBeSuspendedAtAnInstructionBoundaryAndResumed() {
        ScriptHost host = new ScriptHost();
        Interpreter py = new Interpreter(host);
        pyjama.python.runtime.Interp vm = py.runtime().interp;
        pyjama.python.runtime.PyCode code = py.compile("def work():\n    t = 0\n    for i in range(100000):\n        t += i\n    return t\nresult = work()\nprint(result)", "<task>", "exec");
        vm.yieldRequested = true;
        PyObject r = vm.runCode(code, py.mainModule().dict, py.mainModule().dict);
        assertEquals(pyjama.python.runtime.Interp.SUSPENDED, r);
        assertEquals("", host.out.toString());
        r = vm.resumeSuspended();
        assertEquals(T.None, r);
        assertEquals("4999950000\n", host.out.toString());
    }

    @Test
    void disassemblerListsInstructionsWithOperands() {
        Interpreter py = new Interpreter(new ScriptHost());
        String listing = pyjama.python.runtime.Dis.dis(py.compile("def f(a, b):\n    return a + b\n", "<dis>", "exec"));
        assertTrue(listing.contains("MAKE_FUNCTION"), listing);
        assertTrue(listing.contains("BINARY_OP               0 (+)"), listing);
        assertTrue(listing.contains("LOAD_FAST               1 (b)"), listing);
    }

    @Test
    void noneIsTheSingleton() {
        Interpreter py = new Interpreter(new ScriptHost());
        PyObject v = py.eval("None");
        assertEquals(T.None, v);
    }
}
