package pyjama.kernel;

import java.util.List;
import pyjama.kernel.boot.BootTimeline;
import pyjama.kernel.console.Commands;
import pyjama.kernel.console.Console;
import pyjama.kernel.console.KernelPythonHost;
import pyjama.kernel.console.LineEditor;
import pyjama.kernel.console.Terminal;
import pyjama.kernel.event.EventLoop;
import pyjama.kernel.fs.DevFs;
import pyjama.kernel.fs.FsBoot;
import pyjama.kernel.fs.TerminalConsoleDevice;
import pyjama.kernel.fs.Vfs;
import pyjama.kernel.hal.BootModule;
import pyjama.kernel.hal.Hal;
import pyjama.kernel.initrd.InitrdBoot;
import pyjama.kernel.python.PythonCommand;
import pyjama.kernel.python.KernelFiles;
import pyjama.kernel.python.KernelPython;
import pyjama.kernel.python.PythonSession;
import pyjama.kernel.python.ThreadTasks;
import pyjama.kernel.task.TaskTable;
import pyjama.kernel.hal.MemoryRegion;
import pyjama.kernel.hal.MemoryStats;
import pyjama.kernel.log.Log;
import pyjama.python.PythonHost;

/**
 * The kernel proper: brings the services up in order on whatever machine the {@link Hal}
 * describes, logs each step, reports the boot timeline, and then serves the console forever.
 */
public final class Kernel {
    private final Hal hal;
    private final BootTimeline timeline;
    private Log log;
    private EventLoop loop;
    private Terminal terminal;
    private Console console;       // the Java command console: the rescue session if Python fails
    private PythonSession session; // the >>> session on the serial console
    private TaskTable tasks;
    private Vfs vfs; // the filesystem tree; null if its stage failed

    private Kernel(Hal hal) {
        this.hal = hal;
        this.timeline = new BootTimeline(hal.bootTsc(), hal.tscHz(), hal::rdtsc);
    }

    /** The kernel's entry from a platform's main. Never returns. */
    public static void boot(Hal hal) {
        Kernel kernel = new Kernel(hal);
        kernel.timeline.mark("runtime");
        kernel.start();
        if (hal.resumePoint()) kernel.resumed();
        kernel.serve();
    }

    private void start() {
        log = new Log(Log.DEFAULT_CAPACITY, hal::nanoTime);
        loop = new EventLoop(hal, log);
        // Before any interpreter exists: kernel, kernel.log/memory/interrupts, _hal, _kernel_loop.
        KernelPython.registerModules(hal, log, loop);
        terminal = new Terminal(hal, loop);
        log.attach(terminal::println);
        log.info("kernel", "Pyjama kernel starting on " + hal.machineName() + " (" + hal.arch() + ")");
        timeline.mark("log");

        stage("memory", this::reportMemory);
        stage("heap", this::reportHeap);
        stage("timer", this::reportTimer);
        stage("serial", () -> log.info("serial", "console ready: UTF-8 line editor, lines up to "
                + Sizes.human(LineEditor.DEFAULT_MAX_LINE_BYTES)));
        stage("events", () -> log.info("event", "event loop ready: " + loop.handlerCount()
                + " IRQ handlers, idles with hlt when nothing is pending"));
        tasks = new TaskTable(hal::nanoTime);
        // The kernel's own CPU time: time since entry, not halted, not spent by the sessions.
        kernelPid = tasks.addMeasured("kernel", "running", () -> hal.nanoTime() - loop.idleNanos());
        ThreadTasks.install(tasks, loop); // Python threads are tasks, run when the console waits
        stage("fs", () -> {
            vfs = FsBoot.mount(hal, log, new TerminalConsoleDevice(terminal));
            vfs.procFs().register("tasks", tasks::procText);
            KernelFiles.install(vfs, log);
        });
        stage("initrd", this::unpackBootModules);
        stage("console", this::startConsole);
        stage("python", this::startSession);

        for (String line : timeline.report()) log.info("boot", line);
    }

    /**
     * This boot restored the memory of a build-time boot taken at its resume point (a boot
     * image): everything {@link #start()} built is here already, so the timeline of this boot
     * has one stage, from kernel entry to the state restored and the machine reprogrammed.
     */
    private void resumed() {
        BootTimeline restored = new BootTimeline(hal.bootTsc(), hal.tscHz(), hal::rdtsc);
        // The image's random generator is the same at every boot: mix this boot's clocks in.
        DevFs dev = vfs == null ? null : vfs.devFs();
        if (dev != null) dev.addEntropy(hal.rdtsc() * 31 + hal.wallClockMillis());
        restored.mark("restore");
        log.info("boot", "resumed from the boot image: the state a build-time boot had at its prompt");
        for (String line : restored.report()) log.info("boot", line);
    }

    /** Runs one boot stage; a stage that fails is logged and the boot goes on without it. */
    private void stage(String name, Runnable body) {
        try {
            body.run();
        } catch (Throwable t) {
            log.error(name, "failed: " + Throwables.describe(t));
        }
        timeline.mark(name);
    }

    /** Boot modules (QEMU -initrd) that are ustar archives are unpacked into the VFS at /. */
    private void unpackBootModules() {
        List<BootModule> modules = hal.bootModules();
        if (modules.isEmpty()) {
            log.info("initrd", "no boot modules");
            return;
        }
        if (vfs == null) {
            log.warn("initrd", modules.size() + " boot modules ignored: no filesystem");
            return;
        }
        InitrdBoot.unpack(modules, vfs, log);
    }

    private void reportMemory() {
        List<MemoryRegion> map = hal.memoryMap();
        long usable = 0;
        int usableRegions = 0;
        for (MemoryRegion r : map) {
            log.info("mem", "[" + Sizes.hex64(r.base()) + "-" + Sizes.hex64(r.end() - 1) + "] "
                    + r.kind().label);
            if (r.kind() == MemoryRegion.Kind.USABLE) {
                usable += r.length();
                usableRegions++;
            }
        }
        log.info("mem", Sizes.human(usable) + " usable RAM in " + usableRegions + " of " + map.size() + " regions");
        MemoryStats m = hal.memoryStats();
        log.info("mem", "physical frames: " + Sizes.human(m.physTotal()) + " managed, "
                + Sizes.human(m.physFree()) + " free");
    }

    private void reportHeap() {
        MemoryStats m = hal.memoryStats();
        log.info("heap", "GC heap: " + Sizes.human(m.heapMax()) + " max, " + Sizes.human(m.heapCommitted())
                + " committed, " + Sizes.human(m.heapUsed()) + " used");
    }

    private void reportTimer() {
        long hz = hal.tscHz();
        String tsc = hz <= 0 ? "unknown" : (hz / 1_000_000) + "." + two(hz / 10_000 % 100) + " MHz";
        log.info("timer", "tick " + hal.tickHz() + " Hz, TSC " + tsc);
    }

    private static String two(long n) { return n < 10 ? "0" + n : Long.toString(n); }

    private int kernelPid;
    private PythonHost pythonHost;
    private PythonCommand python;

    /** The Java command console: its commands back /bin/{mem,alloc,crash,python}, and it is the rescue session. */
    private void startConsole() {
        Console c = new Console(terminal, log, new LineEditor());
        pythonHost = new KernelPythonHost(hal, terminal, new LineEditor(), loop);
        python = new PythonCommand(terminal, pythonHost, vfs, c::currentLine);
        Commands.install(c, hal, log, python);
        console = c;
    }

    /** The >>> session: its first interpreter and namespace are built here, inside the boot timeline. */
    private void startSession() {
        PythonSession s = new PythonSession(terminal, pythonHost, vfs, log, console, tasks, python, FsBoot.VERSION);
        // Two stages: the interpreter (types, builtins, sys), then the kernel namespace (pyjama_session).
        s.prepare(() -> timeline.mark("interpreter"));
        session = s;
        log.info("console", "Python session on the serial console: " + PythonCommand.VERSION
                + (vfs == null ? " without files (no filesystem)"
                        : s.hasKernelNamespace() ? " with the kernel namespace" : " without the kernel namespace"));
    }

    /**
     * The serial console, forever: the Python session; if it cannot start or keeps failing, the
     * Java command console, so that the machine stays reachable.
     */
    private void serve() {
        int failures = 0;
        while (true) {
            try {
                if (session != null && failures < 3) {
                    session.run();
                } else {
                    if (console == null) startConsole();
                    log.warn("console", "no Python session: the Java command console runs instead");
                    console.run();
                }
            } catch (Throwable t) {
                failures++;
                try {
                    log.error("kernel", "console session failed: " + Throwables.describe(t) + "; restarting it");
                } catch (Throwable ignored) {
                    // Out of memory even for the message: the retry below is all there is.
                }
            }
        }
    }
}
