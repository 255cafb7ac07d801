package pyjama.kernel.python;

import pyjama.kernel.hal.MemoryStats;
import pyjama.python.runtime.Fn;
import pyjama.python.runtime.PyInt;
import pyjama.python.runtime.PyModule;
import pyjama.python.runtime.PyObject;
import pyjama.python.runtime.PyStr;
import pyjama.python.runtime.PyType;
import pyjama.python.runtime.S;
import pyjama.python.runtime.T;

/**
 * {@code kernel.memory}: live memory figures from {@code Hal.memoryStats()}, the same numbers
 * as {@code mem}, {@code free} and {@code /proc/meminfo}. {@code stats()} takes a fresh snapshot
 * each call; its attributes are in bytes.
 */
final class KernelMemoryModule {
    private KernelMemoryModule() {}

    static PyModule create(KernelPython.Machine m) {
        PyModule mod = new PyModule("kernel.memory");
        mod.set("__doc__", new PyStr("Live memory statistics: stats() -> MemoryStats (bytes)."));
        mod.set("MemoryStats", Snapshot.TYPE);
        mod.def("stats", Fn.of0("stats", () -> new Snapshot(m.hal().memoryStats())));
        return mod;
    }

    /** One reading of {@link MemoryStats}, read-only, with a repr that shows every field. */
    static final class Snapshot extends PyObject {
        static final String[] FIELDS = { "phys_total", "phys_free", "heap_max", "heap_committed", "heap_used" };
        static final PyType TYPE = new PyType("MemoryStats", T.OBJECT);
        static {
            TYPE.type = T.TYPE;
            TYPE.dict.type = T.DICT;
            TYPE.dict.setItem(S.__module__, new PyStr("kernel.memory"));
            TYPE.finalType = true;
            for (int i = 0; i < FIELDS.length; i++) {
                final int k = i;
                TYPE.getset(FIELDS[i], self -> PyInt.of(((Snapshot) self).values[k]), null);
            }
        }

        final long[] values;

        Snapshot(MemoryStats s) {
            super(TYPE);
            values = new long[] { s.physTotal(), s.physFree(), s.heapMax(), s.heapCommitted(), s.heapUsed() };
        }

        @Override
        public PyObject repr() {
            StringBuilder sb = new StringBuilder("kernel.memory.MemoryStats(");
            for (int i = 0; i < FIELDS.length; i++) {
                if (i > 0) sb.append(", ");
                sb.append(FIELDS[i]).append('=').append(values[i]);
            }
            return new PyStr(sb.append(')').toString());
        }
    }
}
