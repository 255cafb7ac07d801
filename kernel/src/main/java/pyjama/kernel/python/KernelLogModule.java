package pyjama.kernel.python;

import pyjama.kernel.log.Level;
import pyjama.kernel.log.LogEntry;
import pyjama.python.runtime.Args;
import pyjama.python.runtime.Exc;
import pyjama.python.runtime.Fn;
import pyjama.python.runtime.Ops;
import pyjama.python.runtime.PyInt;
import pyjama.python.runtime.PyList;
import pyjama.python.runtime.PyModule;
import pyjama.python.runtime.PyObject;
import pyjama.python.runtime.PyStr;
import pyjama.python.runtime.T;

/**
 * {@code kernel.log}: Python writes lines into the kernel's log ring, the one {@code dmesg} and
 * {@code /proc/log} show; INFO and above also reach the console as they happen, exactly as the
 * kernel's own lines do ({@code [pyjama] INFO  py: hello}). The subsystem is {@code py} unless
 * the caller names itself: {@code info('ready', name='rtc')}.
 *
 * <p>Levels are the {@code logging} module's numbers (DEBUG 10, INFO 20, WARN 30, ERROR 40) or
 * their names, so {@code log(logging.WARNING, msg)} does the expected thing.
 */
final class KernelLogModule {
    private KernelLogModule() {}

    static final String DEFAULT_NAME = "py";

    static PyModule create(KernelPython.Machine m) {
        PyModule mod = new PyModule("kernel.log");
        mod.set("__doc__", new PyStr("The kernel log (dmesg): debug, info, warn, error, log(level, msg)."));
        mod.set("DEBUG", PyInt.of(10));
        mod.set("INFO", PyInt.of(20));
        mod.set("WARN", PyInt.of(30));
        mod.set("WARNING", PyInt.of(30));
        mod.set("ERROR", PyInt.of(40));
        defLevel(mod, m, "debug", Level.DEBUG);
        defLevel(mod, m, "info", Level.INFO);
        defLevel(mod, m, "warn", Level.WARN);
        defLevel(mod, m, "warning", Level.WARN);
        defLevel(mod, m, "error", Level.ERROR);
        mod.def("log", (a, kw) -> {
            PyObject[] p = Args.parse("log", a, kw, 0, new String[] { "level", "msg", "name" }, 2);
            write(m, "log", level(p[0]), p[1], p[2]);
            return T.None;
        });
        mod.def("lines", (a, kw) -> {
            // The ring as dmesg prints it: handy at >>> without reading /proc/log.
            Args.parse("lines", a, kw, 0, new String[0], 0);
            PyList out = new PyList();
            for (LogEntry e : m.log().entries()) out.append(new PyStr(e.formatWithTime()));
            return out;
        });
        return mod;
    }

    private static void defLevel(PyModule mod, KernelPython.Machine m, String fn, Level level) {
        mod.def(fn, (a, kw) -> {
            PyObject[] p = Args.parse(fn, a, kw, 0, new String[] { "msg", "name" }, 1);
            write(m, fn, level, p[0], p[1]);
            return T.None;
        });
    }

    private static void write(KernelPython.Machine m, String fn, Level level, PyObject msg, PyObject name) {
        String subsystem = DEFAULT_NAME;
        if (name != null && name != T.None) {
            subsystem = Args.str(name, fn, "'name'");
            if (subsystem.isEmpty()) throw Exc.value(fn + "(): name must not be empty");
        }
        m.log().log(level, subsystem, Ops.str(msg).value);
    }

    /** A level given as a logging number or a name ('info', 'WARNING', ...). */
    static Level level(PyObject o) {
        if (o instanceof PyStr s) {
            switch (s.value.toUpperCase()) {
                case "DEBUG": return Level.DEBUG;
                case "INFO": return Level.INFO;
                case "WARN": case "WARNING": return Level.WARN;
                case "ERROR": case "CRITICAL": return Level.ERROR;
                default: throw Exc.value("unknown log level: " + Ops.repr(o).value);
            }
        }
        if (!(o instanceof PyInt) || o.type == T.BOOL) {
            throw Exc.type("log level must be an int or a str, not " + o.type.name);
        }
        PyInt i = (PyInt) o;
        if (i.big != null) return i.signum() < 0 ? Level.DEBUG : Level.ERROR;
        if (i.v < 20) return Level.DEBUG;
        if (i.v < 30) return Level.INFO;
        if (i.v < 40) return Level.WARN;
        return Level.ERROR;
    }
}
