package pyjama.kernel.python;

import pyjama.kernel.event.EventLoop;
import pyjama.kernel.hal.Hal;
import pyjama.kernel.log.Log;
import pyjama.python.Interpreter;

/**
 * The kernel's modules for Python, registered once at boot before any interpreter exists:
 *
 * <ul>
 *   <li>{@code kernel}: a package with {@code version}, {@code uptime()}, {@code reboot()},
 *       {@code poweroff()} and the submodules {@code kernel.log}, {@code kernel.memory},
 *       {@code kernel.interrupts};</li>
 *   <li>{@code _hal}: port I/O, MMIO and DMA buffers over {@link Hal}, arguments checked;</li>
 *   <li>{@code _kernel_loop}: the asyncio backend, whose waits halt in the kernel's
 *       {@link EventLoop}, so IRQ handlers run while Python awaits.</li>
 * </ul>
 *
 * <p>It also registers the build's precompiled code ({@link PrecompiledCode}). Every
 * interpreter created afterwards can import them. They share one {@link Machine}: the
 * MMIO windows, DMA buffers and Python IRQ handlers belong to the machine, not to the
 * interpreter that made them (see docs/kernel.md, "Python's kernel modules").
 */
public final class KernelPython {
    private KernelPython() {}

    /** What the modules reach: the HAL, the log, the event loop, and the state they share. */
    record Machine(Hal hal, Log log, EventLoop loop, MmioWindows windows, PythonInterrupts interrupts) {}

    /** Registers {@code kernel} (and its submodules), {@code _hal}, {@code _kernel_loop}, and the precompiled code. */
    public static void registerModules(Hal hal, Log log, EventLoop loop) {
        Machine m = new Machine(hal, log, loop, new MmioWindows(), new PythonInterrupts(hal, log, loop));
        Interpreter.addModule("kernel", rt -> KernelModule.create(rt, m));
        Interpreter.addModule("kernel.log", rt -> KernelLogModule.create(m));
        Interpreter.addModule("kernel.memory", rt -> KernelMemoryModule.create(m));
        Interpreter.addModule("kernel.interrupts", rt -> InterruptsModule.create(rt, m));
        Interpreter.addModule("_hal", rt -> HalModule.create(m));
        Interpreter.addModule("_kernel_loop", rt -> KernelLoopModule.create(rt, m));
        PrecompiledCode.install();
    }
}
