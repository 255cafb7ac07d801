package pyjama.python.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pyjama.python.Interpreter;

/** Precompiled code stands in for compiling exactly the source it was made from, and nothing else. */
class PrecompiledTest {
    @AfterEach
    void forget() { Precompiled.clear(); }

    /** Code registered under a filename whose bytes are deliberately not what the source says. */
    private static void registerMarked(Interpreter py, String filename, int flags, String source) {
        PyCode marked = py.compile("print('from the stored code')\n", filename, "exec", flags);
        byte[] data = CodeSerializer.write(marked);
        Precompiled.register(filename, flags, Precompiled.sourceHash(source), () -> data);
    }

    @Test
    void theExactSourceGetsTheStoredCodeAFreshObjectEachTime() {
        CapturingHost host = new CapturingHost();
        Interpreter py = new Interpreter(host);
        registerMarked(py, "/lib/m.py", 0, "print('compiled')\n");
        PyCode a = Builtins.compileSource("print('compiled')\n", "/lib/m.py", "exec", 0);
        PyCode b = Builtins.compileSource("print('compiled')\n", "/lib/m.py", "exec", 0);
        assertNotSame(a, b);
        py.runtime().interp.runCode(a, py.mainModule().dict, py.mainModule().dict);
        assertEquals("from the stored code\n", host.out.toString());
        assertEquals(2, Precompiled.hits());
    }

    @Test
    void anEditedSourceOtherFlagsOrAnotherModeAreCompiled() {
        Interpreter py = new Interpreter(new CapturingHost());
        registerMarked(py, "/lib/m.py", 0, "print('compiled')\n");
        assertEquals("compiled", firstStringConst(Builtins.compileSource("print('compiled')  \n", "/lib/m.py", "exec", 0)));
        assertEquals("compiled", firstStringConst(Builtins.compileSource("print('compiled')\n", "/lib/m.py", "exec",
                Compiler.PyCF_ALLOW_TOP_LEVEL_AWAIT)));
        assertEquals("compiled", firstStringConst(Builtins.compileSource("print('compiled')\n", "/lib/other.py", "exec", 0)));
        assertEquals(2, Precompiled.misses());
        assertEquals(0, Precompiled.hits());
        // single/eval never look
        Builtins.compileSource("print('compiled')\n", "/lib/m.py", "single", 0);
        assertEquals(0, Precompiled.hits());
    }

    @Test
    void importOfAFileUsesItAndTracebacksStillShowItsLines() {
        CapturingHost host = new CapturingHost();
        Interpreter py = new Interpreter(host);
        String src = "def boom():\n    raise ValueError('bang')\n";
        Precompiled.register("<frozen json>", 0, Frozen.sourceHash("json"), () -> CodeSerializer.write(
                py.compile(src, "<frozen json>", "exec", 0)));
        // The interpreter's own traceback printer (sys.excepthook) reads lines through Linecache,
        // which knows the frozen sources.
        py.exec("import json, sys\ntry:\n    json.boom()\nexcept ValueError as e:\n"
                + "    sys.excepthook(type(e), e, e.__traceback__)\n", "<test>");
        String out = host.out.toString();
        assertEquals(1, Precompiled.hits());
        assertTrue(out.contains("in boom"), out);
        // the line shown is the frozen json's own line 2 (from its real source, inflated lazily)
        String line2 = Frozen.source("json").split("\n")[1].strip();
        assertTrue(out.contains(line2), out);
    }

    @Test
    void frozenModulesCarryTheHashOfTheirSource() {
        for (String name : Frozen.names()) {
            assertEquals(Precompiled.sourceHash(Frozen.source(name)), Frozen.sourceHash(name), name);
        }
    }

    @Test
    void withoutAnEntryFrozenModulesAreCompiledFromTheirInflatedSource() {
        CapturingHost host = new CapturingHost();
        Interpreter py = new Interpreter(host);
        py.exec("import textwrap\nprint(textwrap.shorten('a b c d e f', 7))\n", "<test>");
        assertEquals("a [...]\n", host.out.toString());
        assertEquals(0, Precompiled.hits());
        assertNull(Precompiled.lookup("<frozen textwrap>", 0, "x"));
        assertNotNull(Frozen.source("textwrap"));
    }

    private static String firstStringConst(PyCode c) {
        for (PyObject o : c.consts) if (o instanceof PyStr s) return s.value;
        return null;
    }
}
