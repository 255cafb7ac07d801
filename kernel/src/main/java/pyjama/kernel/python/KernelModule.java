package pyjama.kernel.python;

import pyjama.kernel.fs.FsBoot;
import pyjama.python.runtime.Fn;
import pyjama.python.runtime.JavaModules;
import pyjama.python.runtime.PyFloat;
import pyjama.python.runtime.PyList;
import pyjama.python.runtime.PyModule;
import pyjama.python.runtime.PyStr;
import pyjama.python.runtime.Runtime;
import pyjama.python.runtime.T;

/**
 * The {@code kernel} package: what a Python program asks of the kernel as a whole. Its
 * submodules ({@code kernel.log}, {@code kernel.memory}, {@code kernel.interrupts}) are built
 * with it and put in {@code sys.modules}, so {@code import kernel} is enough to use
 * {@code kernel.log.info(...)} and {@code import kernel.log as log} works too.
 */
final class KernelModule {
    private KernelModule() {}

    static final String[] SUBMODULES = { "log", "memory", "interrupts" };

    /** The release, e.g. {@code 0.1.0}: {@link FsBoot#VERSION} without the system's name. */
    static final String VERSION = FsBoot.VERSION.substring(FsBoot.VERSION.lastIndexOf(' ') + 1);

    static PyModule create(Runtime rt, KernelPython.Machine m) {
        PyModule k = new PyModule("kernel");
        k.set("__doc__", new PyStr("The Pyjama kernel: version, uptime, power; kernel.log, kernel.memory, kernel.interrupts."));
        // A package: __path__ makes "import kernel.log" look for a submodule (a Java module of
        // that name), and __package__ lets relative names resolve as for any package.
        k.set("__path__", new PyList());
        k.set("__package__", new PyStr("kernel"));
        k.set("version", new PyStr(VERSION));
        k.set("arch", new PyStr(m.hal().arch()));
        k.set("machine", new PyStr(m.hal().machineName()));
        k.def("uptime", Fn.of0("uptime", () -> new PyFloat(m.hal().nanoTime() / 1e9)));
        k.def("reboot", Fn.of0("reboot", () -> {
            m.log().info("kernel", "reboot requested from Python");
            m.hal().reboot();
            return T.None; // only a fake machine comes back
        }));
        k.def("poweroff", Fn.of0("poweroff", () -> {
            m.log().info("kernel", "poweroff requested from Python");
            m.hal().poweroff();
            return T.None;
        }));
        for (String name : SUBMODULES) {
            String full = "kernel." + name;
            PyModule sub = JavaModules.get(full).create(rt);
            sub.set("__name__", new PyStr(full));
            sub.set("__package__", new PyStr("kernel"));
            rt.modules.setStr(full, sub);
            k.set(name, sub);
        }
        return k;
    }
}
