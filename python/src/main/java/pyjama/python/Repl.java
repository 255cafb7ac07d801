package pyjama.python;

import pyjama.python.parser.Parser;
import pyjama.python.parser.PySyntaxError;
import pyjama.python.runtime.Builtins;
import pyjama.python.runtime.Compiler;
import pyjama.python.runtime.Exc;
import pyjama.python.runtime.PyCode;
import pyjama.python.runtime.PyException;
import pyjama.python.runtime.PyObject;
import pyjama.python.runtime.Runtime;

/**
 * The interactive loop, as CPython's: {@code >>> } and {@code ... } prompts, expression results
 * echoed through sys.displayhook (and kept in builtins._), a traceback ends the statement but
 * never the session, Ctrl-C at the prompt prints KeyboardInterrupt, Ctrl-D (EOF) or exit() ends.
 *
 * <p>As with {@code python -m asyncio}, statements are compiled with top-level await allowed: one
 * that awaits (await, async for, async with, an async comprehension) becomes a coroutine that
 * runs as a task on the session loop (asyncio.session, kept open between statements), with its
 * result echoed and its traceback printed as usual. Statements that do not await run directly
 * and never import asyncio.
 */
public final class Repl {
    private Repl() {}

    /** Runs a REPL with a fresh interpreter; returns the exit status (SystemExit's code). */
    public static int interact(PythonHost host, String banner) {
        return interact(new Interpreter(host), banner);
    }

    /**
     * A first line the REPL offers its embedder before compiling it as Python: the kernel runs
     * bare-word commands ({@code ls /tmp}) this way. Returns true when it took the line.
     */
    @FunctionalInterface
    public interface LineHook {
        boolean handle(String line);
    }

    /** Runs a REPL on an existing interpreter (names bound with setGlobal are visible). */
    public static int interact(Interpreter interp, String banner) {
        return interact(interp, banner, null);
    }

    /** As {@link #interact(Interpreter, String)}, offering each statement's first line to {@code hook}. */
    public static int interact(Interpreter interp, String banner, LineHook hook) {
        PythonHost host = interp.host();
        Runtime rt = interp.runtime();
        if (banner != null && !banner.isEmpty()) host.writeErr(banner.endsWith("\n") ? banner : banner + "\n");
        StringBuilder buf = new StringBuilder();
        while (true) {
            String line;
            try {
                line = host.readLine(buf.length() == 0 ? prompt(rt, "ps1", ">>> ") : prompt(rt, "ps2", "... "));
            } catch (PythonHost.InterruptedInput e) {
                host.writeErr("\nKeyboardInterrupt\n");
                buf.setLength(0);
                continue;
            }
            if (line == null) {
                host.writeErr("\n");
                interp.closeSessionLoop();
                return 0;
            }
            if (hook != null && buf.length() == 0 && !line.isBlank()) {
                rt.activate();
                if (offer(interp, hook, line)) continue;
            }
            if (buf.length() > 0) buf.append('\n');
            buf.append(line);
            String src = buf.toString();
            boolean incomplete;
            try {
                incomplete = Parser.isIncomplete(src);
            } catch (RuntimeException e) {
                incomplete = false;
            }
            // As CPython's interactive tokenizer: a compound statement (if, def, with...) ends
            // only at a blank line, even when it fits on one line (`for x in y: print(x)`).
            if (!incomplete && !line.isBlank() && startsCompound(src)) incomplete = true;
            if (incomplete) continue;
            buf.setLength(0);
            if (src.isBlank()) continue;
            // Compile outside the try that runs the code. Under TeaVM's C backend (setjmp-based
            // exceptions) throwing from a catch nested in another try once corrupted the loop's
            // locals on the next iteration (a page fault in prompt() after a SyntaxError at the
            // REPL): most likely the spilled-pointer bug that sync-teavm.sh now patches.
            rt.activate();
            PyCode code = null;
            PyException syntaxError = null;
            try {
                code = Builtins.compileSource(src + "\n", "<stdin>", "single", Compiler.PyCF_ALLOW_TOP_LEVEL_AWAIT);
            } catch (PySyntaxError e) {
                syntaxError = Builtins.syntaxError(e);
            } catch (PyException e) {
                syntaxError = e; // errors the compiler reports itself ('return' outside function, ...)
            }
            if (syntaxError != null) {
                interp.printException(syntaxError);
                continue;
            }
            try {
                PyObject r = rt.interp.runCode(code, interp.mainModule().dict, interp.mainModule().dict);
                if (code.isGeneratorLike()) interp.runOnSessionLoop(r);
            } catch (PyException e) {
                if (e.exc.type().isSubtype(Exc.SystemExit)) {
                    int status = interp.handleUncaught(e);
                    interp.closeSessionLoop();
                    return status;
                }
                interp.printException(e);
            } catch (StackOverflowError e) {
                host.writeErr("RecursionError: maximum recursion depth exceeded\n");
            } catch (OutOfMemoryError e) {
                host.writeErr("MemoryError\n");
            }
        }
    }

    private static final java.util.Set<String> COMPOUND = java.util.Set.of(
            "if", "while", "for", "try", "with", "def", "class", "async");

    /** Whether the statement {@code src} starts is a compound one (decorators included). */
    static boolean startsCompound(String src) {
        String s = src.stripLeading();
        if (s.startsWith("@")) return true;
        int i = 0;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) i++;
        String word = s.substring(0, i);
        if (COMPOUND.contains(word)) return true;
        // match is a soft keyword: a match statement's first line ends with ':'
        int eol = s.indexOf('\n');
        String first = (eol < 0 ? s : s.substring(0, eol)).stripTrailing();
        return word.equals("match") && first.endsWith(":") && i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '(');
    }

    /** The hook's own failures are reported like a statement's; the session goes on. */
    private static boolean offer(Interpreter interp, LineHook hook, String line) {
        try {
            return hook.handle(line);
        } catch (PyException e) {
            interp.printException(e);
        } catch (StackOverflowError e) {
            interp.host().writeErr("RecursionError: maximum recursion depth exceeded\n");
        } catch (OutOfMemoryError e) {
            interp.host().writeErr("MemoryError\n");
        }
        return true;
    }

    static String prompt(Runtime rt, String name, String dflt) {
        pyjama.python.runtime.PyObject p = rt.sys.get(name);
        if (p == null) return dflt;
        try {
            return pyjama.python.runtime.Ops.str(p).value;
        } catch (PyException e) {
            return dflt;
        }
    }
}
