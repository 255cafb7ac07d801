package pyjama.python.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import pyjama.python.PythonHost;

/** The re binding hands the host's interrupt flag to the regex engine's cancellation hook. */
class ReModuleInterruptTest {
    static final class Host implements PythonHost {
        boolean interrupt;
        int polls;

        @Override public void writeOut(String text) {}
        @Override public void writeErr(String text) {}
        @Override public String readLine(String prompt) { return null; }
        @Override public boolean interruptRequested() { polls++; return interrupt; }
        @Override public long nanoTime() { return System.nanoTime(); }
        @Override public long wallClockMillis() { return System.currentTimeMillis(); }
    }

    @Test
    void catastrophicBacktrackingIsStoppedByKeyboardInterrupt() {
        Host host = new Host();
        Runtime rt = Runtime.create(host, null, new String[] { "" });
        ReModule.Cache cache = new ReModule.Cache();
        ReModule.PyPattern p = ReModule.compile(rt, cache, new PyStr("(a*)*b"), null);
        host.interrupt = true;
        PyException e = assertThrows(PyException.class,
                () -> ReModule.matchOp("match", p, new PyStr("a".repeat(40)), 0, Integer.MAX_VALUE));
        assertTrue(e.matches(Exc.KeyboardInterrupt));
        assertTrue(host.polls > 0);
    }

    @Test
    void matchWithoutInterruptCompletes() {
        Host host = new Host();
        Runtime rt = Runtime.create(host, null, new String[] { "" });
        ReModule.PyPattern p = ReModule.compile(rt, new ReModule.Cache(), new PyStr("(a|b)*c"), null);
        PyObject m = ReModule.matchOp("match", p, new PyStr("ab".repeat(1000) + "c"), 0, Integer.MAX_VALUE);
        assertEquals("<re.Match object; span=(0, 2001), match='ababababababababababababababababababababababababa>",
                Ops.repr(m).value);
    }

    @Test
    void compiledPatternsAreCachedPerPatternAndFlags() {
        Runtime rt = Runtime.create(new Host(), null, new String[] { "" });
        ReModule.Cache cache = new ReModule.Cache();
        ReModule.PyPattern a = ReModule.compile(rt, cache, new PyStr("x+"), null);
        assertTrue(a == ReModule.compile(rt, cache, new PyStr("x+"), null));
        assertTrue(a != ReModule.compile(rt, cache, new PyStr("x+"), PyInt.of(2)));
    }
}
