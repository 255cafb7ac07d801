package pyjama.kernel.python;

import pyjama.python.runtime.Args;
import pyjama.python.runtime.Exc;
import pyjama.python.runtime.Ops;
import pyjama.python.runtime.PyBool;
import pyjama.python.runtime.PyBytes;
import pyjama.python.runtime.PyInt;
import pyjama.python.runtime.PyMemoryView;
import pyjama.python.runtime.PyObject;
import pyjama.python.runtime.PyStr;
import pyjama.python.runtime.PyType;
import pyjama.python.runtime.S;
import pyjama.python.runtime.T;

/**
 * {@code _hal.DmaBuffer}: physically contiguous memory from {@code Hal.dmaAlloc} that a device
 * can read and write. Python sees its physical address ({@code .addr}, what a device register
 * is given), its {@code .size}, and copies bytes in and out with {@code read(offset, n)} and
 * {@code write(offset, data)}. The memory is never a Python object: the GC moves objects, so
 * the address of a {@code bytes} is meaningless to a device.
 *
 * <p>Nothing frees it behind the program's back (there are no finalizers): call {@code free()}
 * (or {@code _hal.dma_free(buf)}), or use it as a context manager. After that every access is
 * a {@code ValueError}; freeing twice does nothing.
 */
final class DmaBuffer extends PyObject {
    static final PyType TYPE = new PyType("DmaBuffer", T.OBJECT);
    static {
        TYPE.type = T.TYPE;
        TYPE.dict.type = T.DICT;
        TYPE.dict.setItem(S.__module__, new PyStr("_hal"));
        TYPE.finalType = true;
        TYPE.getset("addr", self -> HalModule.unsignedInt(((DmaBuffer) self).addr), null);
        TYPE.getset("size", self -> PyInt.of(((DmaBuffer) self).size), null);
        TYPE.getset("freed", self -> PyBool.of(((DmaBuffer) self).freed), null);
        TYPE.def("read", (a, kw) -> {
            PyObject[] p = Args.parse("read", a, kw, 1, new String[] { "offset", "n" }, 2);
            return ((DmaBuffer) a[0]).read(p[0], p[1]);
        });
        TYPE.def("write", (a, kw) -> {
            PyObject[] p = Args.parse("write", a, kw, 1, new String[] { "offset", "data" }, 2);
            return ((DmaBuffer) a[0]).write(p[0], p[1]);
        });
        TYPE.def0("free", self -> {
            ((DmaBuffer) self).free();
            return T.None;
        });
        TYPE.def0("__enter__", self -> self);
        TYPE.def("__exit__", (a, kw) -> {
            ((DmaBuffer) a[0]).free();
            return T.FALSE;
        });
    }

    private final KernelPython.Machine machine;
    final long addr;
    final long size;
    private boolean freed;

    DmaBuffer(KernelPython.Machine machine, long addr, long size) {
        super(TYPE);
        this.machine = machine;
        this.addr = addr;
        this.size = size;
    }

    void free() {
        if (freed) return;
        freed = true;
        machine.windows().removeDma(addr);
        HalModule.run(() -> machine.hal().dmaFree(addr, size));
    }

    private PyObject read(PyObject offsetArg, PyObject countArg) {
        long offset = offset("read", offsetArg);
        long n = Ops.index(countArg, null);
        check("read", offset, n);
        if (n > Integer.MAX_VALUE - 8) throw Exc.overflow("read(): cannot read " + n + " bytes into one bytes object");
        byte[] out = new byte[(int) n];
        for (int i = 0; i < out.length; i++) {
            long at = addr + offset + i;
            out[i] = (byte) (int) HalModule.call(() -> machine.hal().mmioRead8(at));
        }
        return new PyBytes(out);
    }

    private PyObject write(PyObject offsetArg, PyObject dataArg) {
        long offset = offset("write", offsetArg);
        byte[] data;
        if (dataArg instanceof PyBytes b) data = b.toArray();
        else if (dataArg instanceof PyMemoryView) data = ((PyBytes) Ops.call(T.BYTES, dataArg)).toArray();
        else throw Exc.type("a bytes-like object is required, not '" + dataArg.type.name + "'");
        check("write", offset, data.length);
        for (int i = 0; i < data.length; i++) {
            long at = addr + offset + i;
            int value = data[i] & 0xFF;
            HalModule.run(() -> machine.hal().mmioWrite8(at, value));
        }
        return PyInt.of(data.length);
    }

    private static long offset(String fn, PyObject o) {
        long offset = Ops.index(o, null);
        if (offset < 0) throw Exc.value(fn + "(): offset must not be negative");
        return offset;
    }

    private void check(String fn, long offset, long n) {
        if (freed) throw Exc.value(fn + "(): DMA buffer " + HalModule.hex(addr) + " was freed");
        if (n < 0) throw Exc.value(fn + "(): count must not be negative");
        if (offset > size || n > size - offset) {
            throw Exc.value(fn + "(): " + n + " bytes at offset " + offset + " run past the end of the "
                    + size + "-byte buffer");
        }
    }

    @Override public int len() { return (int) Math.min(size, Integer.MAX_VALUE); }
    @Override public boolean hasLen() { return true; }

    @Override
    public PyObject repr() {
        return new PyStr("<_hal.DmaBuffer addr=" + HalModule.hex(addr) + " size=" + size + (freed ? " freed>" : ">"));
    }
}
