package pyjama.kernel.python;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pyjama.python.Interpreter;
import pyjama.python.PythonHost;
import pyjama.python.runtime.CodeSerializer;
import pyjama.python.runtime.Compiler;
import pyjama.python.runtime.Frozen;
import pyjama.python.runtime.PyCode;
import pyjama.python.runtime.Precompiled;

/**
 * The build's precompiled code is what compiling the current sources gives, entry by entry
 * (so a stale PrecompiledFiles, or a serializer that drops something, fails here), and it
 * covers every frozen module and every Python file of /bin, /lib and /examples.
 */
class PrecompiledCodeTest {
    private static final PythonHost QUIET = new PythonHost() {
        @Override public void writeOut(String text) {}
        @Override public void writeErr(String text) {}
        @Override public String readLine(String prompt) { return null; }
        @Override public boolean interruptRequested() { return false; }
        @Override public long nanoTime() { return System.nanoTime(); }
        @Override public long wallClockMillis() { return 0; }
    };

    private static String sourceOf(String filename) {
        if (filename.startsWith("<frozen ")) return Frozen.source(filename.substring(8, filename.length() - 1));
        return KernelFiles.text(filename);
    }

    @Test
    void everyEntryIsTheCompiledCodeOfItsSource() {
        new Interpreter(QUIET); // the runtime the compiler folds constants with, as at build time
        for (int i = 0; i < PrecompiledFiles.NAMES.length; i++) {
            String name = PrecompiledFiles.NAMES[i];
            String source = sourceOf(name);
            assertNotNull(source, name);
            assertEquals(Precompiled.sourceHash(source), PrecompiledFiles.HASHES[i], name + ": hash");
            // compile without the table (a hit would compare the entry with itself)
            PyCode fresh = Compiler.compile(pyjama.python.parser.Parser.parse(source, name, "exec"), name, source,
                    PrecompiledFiles.FLAGS[i]);
            byte[] stored = pyjama.python.Precompile.unpack(PrecompiledFiles.data(i));
            assertArrayEquals(CodeSerializer.write(fresh), stored, name + ": stale or different code (rebuild)");
            assertArrayEquals(stored, CodeSerializer.write(CodeSerializer.read(stored)), name);
        }
    }

    @Test
    void everyFrozenModuleAndKernelPythonFileHasAnEntryWithTheFlagsItRunsWith() {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < PrecompiledFiles.NAMES.length; i++) {
            String n = PrecompiledFiles.NAMES[i];
            names.add(n);
            boolean program = n.startsWith("/bin/") || n.startsWith("/examples/");
            assertEquals(program ? Compiler.PyCF_ALLOW_TOP_LEVEL_AWAIT : 0, PrecompiledFiles.FLAGS[i], n);
        }
        for (String m : Frozen.names()) assertTrue(names.contains("<frozen " + m + ">"), m);
        for (String p : KernelFiles.paths()) if (p.endsWith(".py")) assertTrue(names.contains(p), p);
        assertEquals(PrecompiledFiles.NAMES.length, PrecompiledCode.install());
    }

    @Test
    void aKernelFileIsFoundByItsText() {
        PrecompiledCode.install();
        int before = Precompiled.hits();
        new Interpreter(QUIET);
        String shell = KernelFiles.text("/lib/shell.py");
        assertNotNull(Precompiled.lookup("/lib/shell.py", 0, shell));
        assertEquals(before + 1, Precompiled.hits());
    }
}
