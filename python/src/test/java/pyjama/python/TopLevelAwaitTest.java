package pyjama.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import pyjama.python.EmbeddingTest.ScriptHost;
import pyjama.python.runtime.Compiler;
import pyjama.python.runtime.Fn;
import pyjama.python.runtime.PyCode;
import pyjama.python.runtime.PyDict;
import pyjama.python.runtime.PyException;
import pyjama.python.runtime.PyGenerator;
import pyjama.python.runtime.PyInt;
import pyjama.python.runtime.PyObject;
import pyjama.python.runtime.PyStr;
import pyjama.python.runtime.T;

/**
 * Top-level await: the compiler flag (PyCF_ALLOW_TOP_LEVEL_AWAIT), the REPL running awaiting
 * statements on the session loop, and Interpreter.runScript for programs.
 */
class TopLevelAwaitTest {
    static final int CO_COROUTINE = 0x80;

    // ---- the compiler flag --------------------------------------------------------------------

    @Test
    void theFlagLetsTheModuleAwaitAndMakesItsCodeACoroutine() {
        Interpreter py = new Interpreter(new ScriptHost());
        for (String src : new String[] { "await x", "async for i in y: pass", "async with y: pass",
                "z = [v async for v in y]", "(v async for v in y)", "if a:\n    await x" }) {
            PyCode code = py.compile(src, "<t>", "exec", Compiler.PyCF_ALLOW_TOP_LEVEL_AWAIT);
            assertEquals(CO_COROUTINE, code.flags & CO_COROUTINE, src);
        }
        assertEquals(CO_COROUTINE, py.compile("await x", "<t>", "eval", Compiler.PyCF_ALLOW_TOP_LEVEL_AWAIT).flags & CO_COROUTINE);
        assertEquals(CO_COROUTINE, py.compile("await x\n", "<t>", "single", Compiler.PyCF_ALLOW_TOP_LEVEL_AWAIT).flags & CO_COROUTINE);
        assertEquals(0, py.compile("x = 1 + 1", "<t>", "exec", Compiler.PyCF_ALLOW_TOP_LEVEL_AWAIT).flags & CO_COROUTINE);
    }

    @Test
    void withoutTheFlagOrOutsideTheModuleTheErrorsStay() {
        Interpreter py = new Interpreter(new ScriptHost());
        assertEquals("'await' outside function", syntaxError(py, "await x", 0));
        assertEquals("'async for' outside async function", syntaxError(py, "async for i in y: pass", 0));
        assertEquals("asynchronous comprehension outside of an asynchronous function",
                syntaxError(py, "[[z async for z in x] for x in y]", 0));
        int tla = Compiler.PyCF_ALLOW_TOP_LEVEL_AWAIT;
        assertEquals("'await' outside function", syntaxError(py, "class C:\n    await x", tla));
        assertEquals("'await' outside async function", syntaxError(py, "def f():\n    await x", tla));
        assertEquals("'await' outside async function", syntaxError(py, "lambda: await x", tla));
        assertEquals("asynchronous comprehension outside of an asynchronous function",
                syntaxError(py, "def f():\n    return [[z async for z in x] for x in y]", tla));
        assertEquals("'yield' outside function", syntaxError(py, "await (yield)", tla));
    }

    @Test
    void runningCoroutineCodeReturnsACoroutineThatBindsTheModuleNamesWhenRun() {
        ScriptHost host = new ScriptHost();
        Interpreter py = new Interpreter(host);
        PyCode code = py.compile("import asyncio\nx = await asyncio.sleep(0, 42)\nprint('ran', x)", "<t>", "exec",
                Compiler.PyCF_ALLOW_TOP_LEVEL_AWAIT);
        PyObject co = py.runtime().interp.runCode(code, py.mainModule().dict, py.mainModule().dict);
        assertTrue(co instanceof PyGenerator g && g.isCoroutine());
        assertEquals("", host.out.toString());
        assertEquals(null, py.getGlobal("x"));
        py.setGlobal("co", co);
        py.exec("import asyncio\nasyncio.run(co)", "<t>");
        assertEquals("ran 42\n", host.out.toString());
        assertEquals("42", py.getGlobal("x").toString());
    }

    private static String syntaxError(Interpreter py, String src, int flags) {
        PyException e = assertThrows(PyException.class, () -> py.compile(src, "<t>", "exec", flags));
        assertEquals("SyntaxError", e.exc.type().name);
        return pyjama.python.runtime.Ops.getattr(e.exc, "msg").toString();
    }

    // ---- the REPL ----------------------------------------------------------------------------

    // The REPL tests define their coroutine functions with exec(): they test what happens when a
    // statement awaits, not how the prompt decides that a block is complete.

    @Test
    void replRunsAwaitingStatementsOnTheSessionLoopAndEchoesTheirResults() {
        ScriptHost host = new ScriptHost(
                "import sys",
                "'asyncio' in sys.modules",
                "await job(21)",
                "_ + 1",
                "'asyncio' in sys.modules",
                "x = [await job(i) for i in range(3)]; x",
                "lock = sys.modules['asyncio'].Lock()",
                "async with lock: print('locked', lock.locked())",
                "",
                "sys.modules['asyncio'].get_event_loop() is sys.modules['asyncio'].session.get_loop()");
        Interpreter py = new Interpreter(host);
        py.exec("async def job(n):\n    return n * 2", "<setup>");
        assertEquals(0, Repl.interact(py, null));
        String out = host.out.toString();
        assertTrue(out.startsWith(">>> import sys\n>>> 'asyncio' in sys.modules\nFalse\n"
                + ">>> await job(21)\n42\n>>> _ + 1\n43\n>>> 'asyncio' in sys.modules\nTrue\n"
                + ">>> x = [await job(i) for i in range(3)]; x\n[0, 2, 4]\n"), out);
        assertTrue(out.contains("locked True\n"), out);
        assertTrue(out.endsWith("session.get_loop()\nTrue\n>>> \n"), out);
    }

    @Test
    void replTracebacksShowOnlyTheStatementsFrames() {
        ScriptHost host = new ScriptHost("await f()", "await asyncio.sleep(0, 'still alive')");
        Interpreter py = new Interpreter(host);
        py.exec("import asyncio\nasync def f():\n    await asyncio.sleep(0)\n    return 1 / 0", "<setup>");
        Repl.interact(py, null);
        assertEquals(">>> await f()\nTraceback (most recent call last):\n"
                + "  File \"<stdin>\", line 1, in <module>\n  File \"<setup>\", line 4, in f\n"
                + "ZeroDivisionError: division by zero\n>>> await asyncio.sleep(0, 'still alive')\n'still alive'\n>>> \n",
                host.out.toString());
    }

    @Test
    void replTasksStartedOnOneLineRunDuringLaterAwaits() {
        ScriptHost host = new ScriptHost(
                "t = asyncio.create_task(bg()); await asyncio.sleep(0)",
                "log, t.done()",
                "await asyncio.sleep(0)",
                "log, t.done()");
        Interpreter py = new Interpreter(host);
        py.exec("import asyncio\nlog = []\nasync def bg():\n    for i in range(3):\n        log.append(i)\n"
                + "        await asyncio.sleep(0)", "<setup>");
        Repl.interact(py, null);
        // between statements the loop stands still; each await lets the task take steps (the
        // numbers are those of CPython's asyncio.Runner running the same two statements)
        assertEquals(">>> t = asyncio.create_task(bg()); await asyncio.sleep(0)\n>>> log, t.done()\n([0, 1], False)\n"
                + ">>> await asyncio.sleep(0)\n>>> log, t.done()\n([0, 1, 2], True)\n>>> \n", host.out.toString());
    }

    @Test
    void replCtrlCInsideTheCoroutineEndsTheStatementWithItsTraceback() {
        ScriptHost host = new ScriptHost("await spin()", "await asyncio.sleep(0, 'next')");
        Interpreter py = new Interpreter(host);
        py.setGlobal("interrupt", Interpreter.function("interrupt", Fn.of0("interrupt", () -> {
            host.interruptAfterPolls = 0;
            return T.None;
        })));
        py.exec("import asyncio\nasync def spin():\n    interrupt()\n    while True:\n        pass", "<setup>");
        assertEquals(0, Repl.interact(py, null));
        // the VM polls for Ctrl-C every few thousand instructions: the interrupt lands in spin's
        // call to interrupt() or in its loop
        String out = host.out.toString().replace("line 4, in spin", "line 3, in spin");
        assertEquals(">>> await spin()\nTraceback (most recent call last):\n"
                + "  File \"<stdin>\", line 1, in <module>\n  File \"<setup>\", line 3, in spin\n"
                + "KeyboardInterrupt\n>>> await asyncio.sleep(0, 'next')\n'next'\n>>> \n", out);
    }

    @Test
    void replCtrlCWhileTheStatementWaitsCancelsItsTaskAndRunsItsCleanUp() {
        ScriptHost host = new ScriptHost(
                "h = asyncio.get_running_loop().call_later(0.01, interrupt); await waits()",
                "[t for t in asyncio.all_tasks(asyncio.session.get_loop()) if not t.done()]",
                "await asyncio.sleep(0, 'next')");
        Interpreter py = new Interpreter(host);
        py.setGlobal("interrupt", Interpreter.function("interrupt", Fn.of0("interrupt", () -> {
            host.interruptAfterPolls = 0;
            return T.None;
        })));
        py.exec("import asyncio\nasync def waits():\n    try:\n        await asyncio.sleep(30)\n"
                + "    finally:\n        print('clean-up ran')", "<setup>");
        assertEquals(0, Repl.interact(py, null));
        assertEquals(">>> h = asyncio.get_running_loop().call_later(0.01, interrupt); await waits()\n"
                + "clean-up ran\nKeyboardInterrupt\n"
                + ">>> [t for t in asyncio.all_tasks(asyncio.session.get_loop()) if not t.done()]\n[]\n"
                + ">>> await asyncio.sleep(0, 'next')\n'next'\n>>> \n", host.out.toString());
    }

    @Test
    void replExitInsideAnAwaitingStatementEndsTheSessionAndClosesTheLoop() {
        ScriptHost host = new ScriptHost("import asyncio", "await asyncio.sleep(0); exit(4)", "print('not reached')");
        Interpreter py = new Interpreter(host);
        assertEquals(4, Repl.interact(py, null));
        assertFalse(host.out.toString().contains("not reached"));
        assertEquals(T.None, py.eval("__import__('asyncio').session._loop"));
    }

    // ---- scripts -----------------------------------------------------------------------------

    @Test
    void runScriptAwaitsAtTopLevelOnAFreshLoopAndReturnsTheStatus() {
        ScriptHost host = new ScriptHost();
        Interpreter py = new Interpreter(host);
        String src = "import asyncio, sys\n"
                + "async def forever():\n"
                + "    try: await asyncio.sleep(60)\n"
                + "    finally: print('leftover task cancelled')\n"
                + "t = asyncio.create_task(forever())\n"
                + "print(await asyncio.sleep(0, 'awaited'), __name__, __file__)\n"
                + "loop = asyncio.get_running_loop()\n";
        assertEquals(0, py.runScript(src, "/bin/t.py"));
        assertEquals("awaited __main__ /bin/t.py\nleftover task cancelled\n", host.out.toString());
        assertEquals(T.TRUE, py.eval("loop.is_closed() and asyncio.session._loop is None"));
    }

    @Test
    void runScriptStatusesAreThoseOfRunMain() {
        ScriptHost host = new ScriptHost();
        Interpreter py = new Interpreter(host);
        assertEquals(3, py.runScript("import asyncio\nawait asyncio.sleep(0)\nraise SystemExit(3)", "/bin/exit.py"));
        assertEquals(0, py.runScript("import sys\nx = 1", "/bin/plain.py"));
        host.out.setLength(0);
        assertEquals(1, py.runScript("import asyncio\nasync def f():\n    return 1 / 0\nawait asyncio.sleep(0)\nawait f()", "/bin/fail.py"));
        assertEquals("Traceback (most recent call last):\n  File \"/bin/fail.py\", line 5, in <module>\n    await f()\n"
                + "  File \"/bin/fail.py\", line 3, in f\n    return 1 / 0\n           ~~^~~\n"
                + "ZeroDivisionError: division by zero\n", host.out.toString());
        host.out.setLength(0);
        assertEquals(1, py.runScript("await = 1 +", "/bin/bad.py"));
        assertTrue(host.out.toString().startsWith("  File \"/bin/bad.py\", line 1\n"), host.out.toString());
    }

    @Test
    void aScriptThatDoesNotAwaitNeverImportsAsyncio() {
        Interpreter py = new Interpreter(new ScriptHost());
        assertEquals(0, py.runScript("import sys\nprint(sum(range(4)))", "/bin/sum.py"));
        assertEquals(T.FALSE, py.eval("'asyncio' in __import__('sys').modules"));
    }

    @Test
    void runScriptInGivenGlobalsAlsoWorksWhileTheSessionLoopRuns() {
        ScriptHost host = new ScriptHost("import asyncio", "await asyncio.sleep(0); print(run_script())",
                "await asyncio.sleep(0, 'session loop still usable')");
        Interpreter py = new Interpreter(host);
        PyDict scriptGlobals = new PyDict();
        scriptGlobals.setItem(new PyStr("__name__"), new PyStr("__main__"));
        scriptGlobals.setItem(new PyStr("argv"), new PyStr("a b"));
        py.setGlobal("run_script", Interpreter.function("run_script", Fn.of0("run_script", () -> PyInt.of(py.runScript(
                "import asyncio\nresult = await asyncio.sleep(0, argv.split())\nprint('script', result)\nraise SystemExit(7)",
                "/bin/args.py", scriptGlobals)))));
        assertEquals(0, Repl.interact(py, null));
        String out = host.out.toString();
        assertTrue(out.contains("print(run_script())\nscript ['a', 'b']\n7\n>>> "), out);
        assertTrue(out.contains("'session loop still usable'\n"), out);
        assertEquals("['a', 'b']", scriptGlobals.getStr("result").toString());
        assertEquals(null, py.getGlobal("result"));
    }
}
