package pyjama.python.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import pyjama.python.Interpreter;

/**
 * What the conformance corpus cannot show, because CPython does it at the {@code del}: deaths
 * the Java GC finds on its own become visible at the eval loop's next safe point, without
 * gc.collect(), on the thread whose safe point it is; and Interpreter.shutdown() runs the atexit
 * functions. (What gc.collect() makes deterministic is tested against CPython by
 * tests/conformance/stdlib_weakref, stdlib_gc, stdlib_atexit.)
 */
class CollectorTest {
    /** Runs Java GCs until {@code name} (a weakref in __main__) is dead; false if it never dies. */
    private static boolean collectUntilDead(Interpreter py, String name) {
        PyWeakref w = (PyWeakref) py.getGlobal(name);
        for (int i = 0; i < 50 && w.referent() != null; i++) {
            System.gc();
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return false;
            }
        }
        if (w.referent() != null) return false;
        // The JVM clears the referent in the GC but queues the reference later, from its
        // reference-handler thread; safe points only see it once it is queued.
        for (int i = 0; i < 500 && !w.target.isEnqueued(); i++) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aCallbackRunsAtTheNextSafePointAfterTheJavaGcClearedItsReferent() {
        CapturingHost host = new CapturingHost();
        Interpreter py = new Interpreter(host);
        py.exec("""
                import weakref
                class Obj: pass
                log = []
                o = Obj()
                r = weakref.ref(o, lambda w: log.append('callback'))
                del o
                print('before:', log)
                """, "<test>");
        assertTrue(collectUntilDead(py, "r"), "the referent died in a Java GC");
        // no gc.collect(): the loop's periodic poll (every Interp.TICKS backward jumps) runs it
        py.exec("""
                print('right after the GC:', log)
                for i in range(3 * 4096):
                    pass
                print('after a loop:', log, r())
                """, "<test>");
        assertEquals("before: []\nright after the GC: []\nafter a loop: ['callback'] None\n", host.out.toString());
    }

    @Test
    void aCallbackRunsOnTheGreenThreadWhoseSafePointFindsTheDeathNotOnTheWaitingMainThread() {
        CapturingHost host = new CapturingHost();
        Interpreter py = new Interpreter(host);
        py.exec("""
                import threading, weakref
                class Obj: pass
                seen = []
                o = Obj()
                r = weakref.ref(o, lambda w: seen.append(threading.get_ident()))
                del o
                go = threading.Event()
                def spin():
                    go.wait()
                    for i in range(3 * 4096):
                        pass
                t = threading.Thread(target=spin)
                t.start()
                """, "<test>");
        assertTrue(collectUntilDead(py, "r"), "the referent died in a Java GC");
        // the main thread's next poll is a full TICKS away: the few instructions of go.set() and
        // t.join() do not reach it, and join() waits in Java while the thread runs its slices
        py.runtime().interp.ticks = Interp.TICKS;
        py.exec("""
                go.set()
                t.join()
                print(seen == [t.ident], t.ident != threading.get_ident())
                """, "<test>");
        assertEquals("True True\n", host.out.toString());
    }

    @Test
    void aWeakValueDictionaryForgetsEntriesAtSafePointsAlone() {
        CapturingHost host = new CapturingHost();
        Interpreter py = new Interpreter(host);
        py.exec("""
                import weakref
                class Obj: pass
                keep = [Obj() for i in range(3)]
                d = weakref.WeakValueDictionary((i, Obj()) for i in range(100))
                d.update((100 + i, o) for i, o in enumerate(keep))
                probe = weakref.ref(d[0])
                """, "<test>");
        assertTrue(collectUntilDead(py, "probe"));
        // Each of the 97 dropped values is queued by the JVM's reference handler in its own
        // time: give the safe points up to 5 s to see them all.
        py.exec("""
                import time
                for attempt in range(500):
                    for i in range(3 * 4096):
                        pass
                    if len(d) == 3:
                        break
                    time.sleep(0.01)
                print(len(d), sorted(d))
                """, "<test>");
        assertEquals("3 [100, 101, 102]\n", host.out.toString());
    }

    @Test
    void shutdownRunsTheAtexitFunctionsLastRegisteredFirstThenTheLiveFinalizers() {
        CapturingHost host = new CapturingHost();
        Interpreter py = new Interpreter(host);
        py.exec("""
                import atexit, weakref
                class Obj: pass
                kept = Obj()
                weakref.finalize(kept, print, 'finalizer at exit')
                atexit.register(print, 'registered first')
                atexit.register(lambda: 1 / 0)
                atexit.register(print, 'registered last')
                """, "<test>");
        assertEquals("", host.out.toString());
        py.shutdown();
        String out = host.out.toString();
        assertTrue(out.startsWith("registered last\nException ignored in atexit callback: <function <lambda> at 0x"), out);
        assertTrue(out.endsWith("ZeroDivisionError: division by zero\nregistered first\nfinalizer at exit\n"), out);
    }

    @Test
    void collectReturnsTheNumberOfDeadObjectsItSaw() {
        CapturingHost host = new CapturingHost();
        Interpreter py = new Interpreter(host);
        py.exec("""
                import gc, weakref
                class Obj: pass
                class Fin:
                    def __del__(self): pass
                gc.collect()
                objs = [Obj() for i in range(5)]
                refs = [weakref.ref(o) for o in objs]
                fins = [Fin() for i in range(3)]
                fins[0].peer = fins[1]; fins[1].peer = fins[0]
                ref_to_fin = weakref.ref(fins[2])
                del objs, fins
                print(gc.collect(), all(r() is None for r in refs), ref_to_fin())
                """, "<test>");
        // five referents, three finalized objects (one of them also a referent: counted once)
        assertEquals("8 True None\n", host.out.toString());
    }
}
