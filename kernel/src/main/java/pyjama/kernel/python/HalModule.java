package pyjama.kernel.python;

import java.math.BigInteger;
import pyjama.kernel.hal.Hal;
import pyjama.python.runtime.Args;
import pyjama.python.runtime.Exc;
import pyjama.python.runtime.Fn;
import pyjama.python.runtime.Ops;
import pyjama.python.runtime.PyException;
import pyjama.python.runtime.PyInt;
import pyjama.python.runtime.PyList;
import pyjama.python.runtime.PyModule;
import pyjama.python.runtime.PyObject;
import pyjama.python.runtime.PyStr;
import pyjama.python.runtime.PyTuple;
import pyjama.python.runtime.T;

/**
 * {@code _hal}: the machine, for drivers written in Python. Port I/O, MMIO and DMA memory, each
 * a thin call into {@link Hal} after its arguments are checked the way CPython checks C
 * integer arguments:
 *
 * <ul>
 *   <li>ports are unsigned 16-bit ({@code OverflowError: inb: Python int too large to convert
 *       to C 16-bit unsigned integer}, as {@code socket.htons});</li>
 *   <li>values are masked to the access width ({@code outb(p, 0x1ff)} writes 0xff, {@code -1}
 *       writes all ones), as the hardware would;</li>
 *   <li>addresses are unsigned 64-bit ({@code OverflowError: can't convert negative int to
 *       unsigned}, as {@code os.major}), naturally aligned, and inside a window mapped with
 *       {@code mmio_map} or a live DMA buffer ({@link MmioWindows}), so a typo is a
 *       {@code ValueError} instead of a page fault.</li>
 * </ul>
 *
 * <p>What a HAL cannot do surfaces with its own words: {@code NotImplementedError} for
 * {@code UnsupportedOperationException}, {@code ValueError} for {@code IllegalArgumentException},
 * {@code OSError} for {@code IllegalStateException}, {@code MemoryError} when there is no
 * contiguous DMA memory.
 */
final class HalModule {
    private HalModule() {}

    static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    static PyModule create(KernelPython.Machine m) {
        Hal hal = m.hal();
        MmioWindows windows = m.windows();
        PyModule mod = new PyModule("_hal");
        mod.set("__doc__", new PyStr("The hardware abstraction layer: port I/O, MMIO, DMA memory."));
        mod.set("ARCH", new PyStr(hal.arch()));
        mod.set("DmaBuffer", DmaBuffer.TYPE);

        mod.def("inb", Fn.of1("inb", p -> { int port = port("inb", p); return PyInt.of(call(() -> hal.inb(port)) & 0xFF); }));
        mod.def("inw", Fn.of1("inw", p -> { int port = port("inw", p); return PyInt.of(call(() -> hal.inw(port)) & 0xFFFF); }));
        mod.def("inl", Fn.of1("inl", p -> { int port = port("inl", p); return PyInt.of(call(() -> hal.inl(port)) & 0xFFFFFFFFL); }));
        mod.def("outb", Fn.of2("outb", (p, v) -> {
            int port = port("outb", p);
            int value = (int) masked(v, 0xFFL);
            return run(() -> hal.outb(port, value));
        }));
        mod.def("outw", Fn.of2("outw", (p, v) -> {
            int port = port("outw", p);
            int value = (int) masked(v, 0xFFFFL);
            return run(() -> hal.outw(port, value));
        }));
        mod.def("outl", Fn.of2("outl", (p, v) -> {
            int port = port("outl", p);
            int value = (int) masked(v, 0xFFFFFFFFL);
            return run(() -> hal.outl(port, value));
        }));

        mod.def("mmio_map", Fn.of2("mmio_map", (p, s) -> {
            long phys = unsigned64(p);
            long size = size("mmio_map", s);
            // The window must end by 2**64: size <= 2**64 - phys (-phys, read unsigned).
            if (phys != 0 && Long.compareUnsigned(size, -phys) > 0) {
                throw Exc.value("mmio_map(): the window runs past the end of the address space");
            }
            run(() -> hal.mmioMap(phys, size));
            windows.map(phys, size);
            return T.None;
        }));
        mod.def("mmio_windows", Fn.of0("mmio_windows", () -> {
            PyList out = new PyList();
            for (MmioWindows.Window w : windows.list()) {
                out.append(PyTuple.of(unsignedInt(w.start()), unsignedInt(w.size()), new PyStr(w.dma() ? "dma" : "mmio")));
            }
            return out;
        }));
        mod.def("mmio_read8", Fn.of1("mmio_read8", a -> PyInt.of(call(() -> hal.mmioRead8(address(windows, "mmio_read8", a, 1))) & 0xFF)));
        mod.def("mmio_read16", Fn.of1("mmio_read16", a -> PyInt.of(call(() -> hal.mmioRead16(address(windows, "mmio_read16", a, 2))) & 0xFFFF)));
        mod.def("mmio_read32", Fn.of1("mmio_read32", a -> PyInt.of(call(() -> hal.mmioRead32(address(windows, "mmio_read32", a, 4))) & 0xFFFFFFFFL)));
        mod.def("mmio_read64", Fn.of1("mmio_read64", a -> unsignedInt(call(() -> hal.mmioRead64(address(windows, "mmio_read64", a, 8))))));
        mod.def("mmio_write8", Fn.of2("mmio_write8", (a, v) -> {
            long addr = address(windows, "mmio_write8", a, 1);
            int value = (int) masked(v, 0xFFL);
            return run(() -> hal.mmioWrite8(addr, value));
        }));
        mod.def("mmio_write16", Fn.of2("mmio_write16", (a, v) -> {
            long addr = address(windows, "mmio_write16", a, 2);
            int value = (int) masked(v, 0xFFFFL);
            return run(() -> hal.mmioWrite16(addr, value));
        }));
        mod.def("mmio_write32", Fn.of2("mmio_write32", (a, v) -> {
            long addr = address(windows, "mmio_write32", a, 4);
            int value = (int) masked(v, 0xFFFFFFFFL);
            return run(() -> hal.mmioWrite32(addr, value));
        }));
        mod.def("mmio_write64", Fn.of2("mmio_write64", (a, v) -> {
            long addr = address(windows, "mmio_write64", a, 8);
            long value = masked(v, -1L);
            return run(() -> hal.mmioWrite64(addr, value));
        }));

        mod.def("dma_alloc", (a, kw) -> {
            PyObject[] p = Args.parse("dma_alloc", a, kw, 0, new String[] { "size", "align" }, 1);
            long size = size("dma_alloc", p[0]);
            long align = p[1] == null ? 4096 : unsigned64(p[1]);
            if (align < 16 || (align & (align - 1)) != 0) {
                throw Exc.value("dma_alloc(): align must be a power of two >= 16, not " + Ops.repr(p[1]).value);
            }
            long phys = call(() -> hal.dmaAlloc(size, align));
            windows.addDma(phys, size);
            return new DmaBuffer(m, phys, size);
        });
        mod.def("dma_free", Fn.of1("dma_free", b -> {
            if (!(b instanceof DmaBuffer buf)) {
                throw Exc.type("dma_free() argument must be _hal.DmaBuffer, not " + b.type.name);
            }
            buf.free();
            return T.None;
        }));
        return mod;
    }

    // ---- arguments ----------------------------------------------------------------------------

    private static PyInt integer(PyObject o) {
        // "'str' object cannot be interpreted as an integer", and __index__ honoured, as CPython.
        return (PyInt) Ops.indexObject(o, null);
    }

    /** An I/O port: 0..0xFFFF, with the messages of CPython's unsigned 16-bit converter. */
    static int port(String fn, PyObject o) {
        PyInt i = integer(o);
        if (i.signum() < 0) throw Exc.overflow(fn + ": can't convert negative Python int to C 16-bit unsigned integer");
        if (i.big != null || i.v > 0xFFFF) throw Exc.overflow(fn + ": Python int too large to convert to C 16-bit unsigned integer");
        return (int) i.v;
    }

    /** Any int, cut to the bits of {@code mask} (two's complement for negative values). */
    static long masked(PyObject o, long mask) {
        PyInt i = integer(o);
        return i.big != null ? i.big.longValue() & mask : i.v & mask;
    }

    /** An unsigned 64-bit value (an address or size), held in a long's bits. */
    static long unsigned64(PyObject o) {
        PyInt i = integer(o);
        if (i.signum() < 0) throw Exc.overflow("can't convert negative int to unsigned");
        if (i.big != null) {
            if (i.big.compareTo(TWO_64) >= 0) throw Exc.overflow("int too big to convert");
            return i.big.longValue();
        }
        return i.v;
    }

    /** A byte count: positive, and below 2**63 (no machine has that much to map). */
    static long size(String fn, PyObject o) {
        long size = unsigned64(o);
        if (size == 0) throw Exc.value(fn + "(): size must be positive");
        if (size < 0) throw Exc.overflow("Python int too large to convert to C ssize_t");
        return size;
    }

    /** An MMIO address: naturally aligned, inside a mapped window or DMA buffer. */
    static long address(MmioWindows windows, String fn, PyObject o, int width) {
        long addr = unsigned64(o);
        if ((addr & (width - 1)) != 0) {
            throw Exc.value(fn + "(): address " + hex(addr) + " is not " + width + "-byte aligned");
        }
        if (!windows.covers(addr, width)) {
            throw Exc.value(fn + "(): address " + hex(addr) + " is outside every window mapped with mmio_map() and every DMA buffer");
        }
        return addr;
    }

    static PyInt unsignedInt(long bits) {
        return bits >= 0 ? PyInt.of(bits) : PyInt.of(BigInteger.valueOf(bits).add(TWO_64));
    }

    static String hex(long bits) { return "0x" + Long.toHexString(bits); }

    // ---- HAL calls ----------------------------------------------------------------------------

    /** A HAL call that returns a value. */
    @FunctionalInterface
    interface HalCall<R> { R run(); }

    /** A HAL call that returns nothing. */
    @FunctionalInterface
    interface HalAction { void run(); }

    /** Runs a HAL call, turning the HAL's refusals into Python exceptions with its message. */
    static <R> R call(HalCall<R> c) {
        try {
            return c.run();
        } catch (PyException e) {
            throw e;
        } catch (UnsupportedOperationException e) {
            throw Exc.notImplemented(message(e, "not supported by this machine"));
        } catch (IllegalArgumentException e) {
            throw Exc.value(message(e, "the HAL refused the arguments"));
        } catch (IllegalStateException e) {
            throw Exc.make(Exc.OSError, message(e, "the HAL failed"));
        } catch (OutOfMemoryError e) {
            throw Exc.make(Exc.MemoryError, message(e, "out of memory"));
        }
    }

    static PyObject run(HalAction a) {
        call(() -> {
            a.run();
            return null;
        });
        return T.None;
    }

    // Only exceptions the HAL throws itself reach here (their messages are the HAL's own).
    private static String message(Throwable e, String fallback) {
        String m = e.getMessage();
        return m == null || m.isEmpty() ? fallback : m;
    }
}
