package pyjama.kernel;

import java.util.function.Consumer;
import pyjama.python.PythonHost;

/**
 * Where the kernel meets the interpreter's REPL: the one place to change when it arrives.
 * Returns what the {@code python} command runs (a REPL over the given host that returns when the
 * user ends it with Ctrl-D or exit()), or null while the interpreter has no interactive entry,
 * in which case {@code python} says {@code python: interpreter not available yet}.
 *
 * <p>To wire it: return the interpreter's entry, e.g. {@code return host -> Repl.run(host);}.
 * No reflection: TeaVM must see the call.
 */
final class PythonEntry {
    private PythonEntry() {}

    static Consumer<PythonHost> repl() {
        return null;
    }
}
