package pyjama.metal;

import java.util.ArrayList;
import java.util.List;
import org.teavm.interop.Address;
import org.teavm.interop.Function;
import org.teavm.interop.Import;
import org.teavm.interop.c.Include;
import pyjama.kernel.hal.BootModule;
import pyjama.kernel.hal.Hal;
import pyjama.kernel.hal.MemoryRegion;
import pyjama.kernel.hal.MemoryStats;

/**
 * The HAL on bare-metal x86_64: every method is a TeaVM {@code @Import} of a C function in
 * {@code platform/metal/x86_64/hal.h} (port and MMIO access inline, the rest in the kernel's C
 * files). Natives pass Java arrays as {@link Address}es of their data; that is safe only
 * because nothing between taking the address and the C call can allocate (and so move them).
 */
public final class MetalHal implements Hal {

    /** A C-callable Java function: the C layer calls these to raise Java exceptions. */
    abstract static class Thrower extends Function {
        abstract void raise();
    }

    /**
     * Thrown by the C layer when the heap is at its RAM-derived ceiling and a full GC freed too
     * little. Preallocated: at that point there is no memory to construct it.
     */
    private static final OutOfMemoryError OUT_OF_MEMORY = new OutOfMemoryError("Java heap space");

    private final String machineName;

    public MetalHal() {
        byte[] name = new byte[64];
        int n = machineName(Address.ofData(name), name.length);
        this.machineName = new String(name, 0, n, java.nio.charset.StandardCharsets.US_ASCII);
        // The C runtime also throws these itself (null and bounds checks, casts).
        keepThrowableVtables(new Throwable[] {divideByZero(), OUT_OF_MEMORY, new NullPointerException(),
            new ArrayIndexOutOfBoundsException(), new ClassCastException(), new VtableProbe()}, n < 0);
        setThrowers(Function.get(Thrower.class, MetalHal.class, "throwDivideByZero"),
                Function.get(Thrower.class, MetalHal.class, "throwOutOfMemory"));
    }

    /**
     * The exceptions the C layer throws reach Java from outside any call path TeaVM can see,
     * and TeaVM fills a class's virtual-method table only with the methods it saw called on a
     * receiver that could hold that class. A handler calling, say, getMessage() on such an
     * exception would jump through an empty slot. So every virtual method of Throwable is
     * called here on receivers that hold these classes: the cheap ones for real, the ones with
     * effects only when {@code never} (a value TeaVM cannot know to be false) is true. A probe
     * class overriding them keeps TeaVM from turning these calls into direct ones.
     */
    private static void keepThrowableVtables(Throwable[] kinds, boolean never) {
        int sink = 0;
        for (Throwable t : kinds) {
            String m = t.getMessage();
            String lm = t.getLocalizedMessage();
            String s = t.toString();
            sink += (m == null ? 0 : m.length()) + (lm == null ? 0 : lm.length()) + s.length();
            sink += t.hashCode() + (t.equals(kinds) ? 1 : 0) + (t.getCause() == null ? 0 : 1);
            if (never) {
                sink += t.getStackTrace().length + t.getSuppressed().length;
                t.initCause(null);
                t.addSuppressed(t);
                t.fillInStackTrace();
                t.setStackTrace(new StackTraceElement[0]);
                t.printStackTrace();
            }
        }
        if (sink == Integer.MIN_VALUE) throw new IllegalStateException();
    }

    private static final class VtableProbe extends RuntimeException {
        VtableProbe() { super("probe"); }
        @Override public String getMessage() { return "probe"; }
        @Override public String getLocalizedMessage() { return "probe"; }
        @Override public String toString() { return "probe"; }
        @Override public synchronized Throwable getCause() { return null; }
        @Override public synchronized Throwable fillInStackTrace() { return this; }
        @Override public StackTraceElement[] getStackTrace() { return new StackTraceElement[0]; }
        @Override public int hashCode() { return 1; }
        @Override public boolean equals(Object o) { return o == this; }
    }

    /** Called from the #DE handler's trampoline in place of the faulting division. */
    static void throwDivideByZero() {
        throw divideByZero();
    }

    private static ArithmeticException divideByZero() {
        return new ArithmeticException("/ by zero");
    }

    /** Called from teavm_outOfMemory (heap.c) when the GC cannot satisfy an allocation. */
    static void throwOutOfMemory() {
        throw OUT_OF_MEMORY;
    }

    @Override public String arch() { return "x86_64"; }
    @Override public String machineName() { return machineName; }

    // ---- console ----

    @Override
    public void consoleWrite(byte[] bytes, int offset, int length) {
        if (offset < 0 || length < 0 || offset > bytes.length - length) {
            throw new IndexOutOfBoundsException("offset " + offset + ", length " + length);
        }
        if (length > 0) consoleWriteNative(Address.ofData(bytes).add(offset), length);
    }

    @Override
    public int serialRead(byte[] buffer) {
        return buffer.length == 0 ? 0 : serialReadNative(Address.ofData(buffer), buffer.length);
    }

    @Override public boolean takeBreak() { return takeBreakNative() != 0; }

    // ---- time ----

    @Override public long nanoTime() { return nanoTimeNative(); }
    @Override public long wallClockMillis() { return wallClockMillisNative(); }
    @Override public long rdtsc() { return rdtscNative(); }
    @Override public long tscHz() { return tscHzNative(); }
    @Override public long bootTsc() { return bootTscNative(); }
    @Override public long ticks() { return ticksNative(); }
    @Override public int tickHz() { return tickHzNative(); }

    // ---- events ----

    @Override public int nextIrq() { return nextIrqNative(); }
    @Override public void idle(long deadlineNanos) { idleNative(deadlineNanos); }

    @Override
    public void irqEnable(int irq) {
        checkIrq(irq);
        irqEnableNative(irq);
    }

    @Override
    public void irqUnmask(int irq) {
        checkIrq(irq);
        irqUnmaskNative(irq);
    }

    private static void checkIrq(int irq) {
        if (irq < 0 || irq > 15) throw new IllegalArgumentException("IRQ " + irq + " is not a PIC line (0-15)");
    }

    // ---- ports ----

    @Override public int inb(int port) { return inbNative(port); }
    @Override public int inw(int port) { return inwNative(port); }
    @Override public int inl(int port) { return inlNative(port); }
    @Override public void outb(int port, int value) { outbNative(port, value); }
    @Override public void outw(int port, int value) { outwNative(port, value); }
    @Override public void outl(int port, int value) { outlNative(port, value); }

    // ---- memory ----

    @Override
    public void mmioMap(long phys, long size) {
        if (mmioMapNative(phys, size) != 0) {
            throw new IllegalStateException("cannot map MMIO window at 0x" + Long.toHexString(phys)
                    + " (" + size + " bytes): out of page-table memory or bad range");
        }
    }

    @Override public int mmioRead8(long addr) { return mmioRead8Native(addr); }
    @Override public int mmioRead16(long addr) { return mmioRead16Native(addr); }
    @Override public int mmioRead32(long addr) { return mmioRead32Native(addr); }
    @Override public long mmioRead64(long addr) { return mmioRead64Native(addr); }
    @Override public void mmioWrite8(long addr, int value) { mmioWrite8Native(addr, value); }
    @Override public void mmioWrite16(long addr, int value) { mmioWrite16Native(addr, value); }
    @Override public void mmioWrite32(long addr, int value) { mmioWrite32Native(addr, value); }
    @Override public void mmioWrite64(long addr, long value) { mmioWrite64Native(addr, value); }

    @Override
    public long dmaAlloc(long size, long align) {
        if (size <= 0) throw new IllegalArgumentException("DMA size must be positive: " + size);
        if (align < 16 || (align & (align - 1)) != 0) {
            throw new IllegalArgumentException("DMA alignment must be a power of two >= 16: " + align);
        }
        long phys = dmaAllocNative(size, align);
        if (phys == 0) {
            throw new OutOfMemoryError("no " + size + " contiguous bytes of physical memory for DMA");
        }
        return phys;
    }

    @Override public void dmaFree(long phys, long size) { dmaFreeNative(phys, size); }

    private static final MemoryRegion.Kind[] KINDS = {
        MemoryRegion.Kind.USABLE, MemoryRegion.Kind.RESERVED, MemoryRegion.Kind.ACPI_RECLAIMABLE,
        MemoryRegion.Kind.ACPI_NVS, MemoryRegion.Kind.BAD, MemoryRegion.Kind.KERNEL,
    };

    @Override
    public List<MemoryRegion> memoryMap() {
        int n = memmapCount();
        List<MemoryRegion> regions = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            regions.add(new MemoryRegion(memmapBase(i), memmapLength(i), KINDS[memmapKind(i)]));
        }
        return List.copyOf(regions);
    }

    @Override
    public MemoryStats memoryStats() {
        return new MemoryStats(physTotal(), physFree(), heapMax(), heapCommitted(), heapUsed());
    }

    /**
     * The multiboot modules, each copied onto the Java heap (the C layer keeps their frames
     * reserved; copying once lets the kernel treat them as ordinary byte arrays).
     */
    @Override
    public List<BootModule> bootModules() {
        int n = moduleCount();
        List<BootModule> modules = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long length = moduleLength(i);
            if (length < 0 || length > Integer.MAX_VALUE - 8) continue; // cannot be a Java array
            byte[] name = new byte[256];
            int nameLength = moduleName(i, Address.ofData(name), name.length);
            byte[] data = new byte[(int) length];
            if (length > 0) moduleCopy(i, Address.ofData(data), (int) length);
            modules.add(new BootModule(new String(name, 0, Math.max(0, nameLength),
                    java.nio.charset.StandardCharsets.UTF_8), data));
        }
        return modules;
    }

    @Override public boolean resumePoint() { return resumePointNative() != 0; }

    /** How many times system call {@code nr} was made (musl's calls into the kernel). */
    public int syscallCount(int nr) { return syscallCountNative(nr); }

    /** How many OutOfMemoryErrors the heap has raised since boot. */
    public int outOfMemoryCount() { return outOfMemoryCountNative(); }

    // ---- power ----

    @Override public void reboot() { rebootNative(); }
    @Override public void poweroff() { poweroffNative(); }
    @Override public void exitEmulator(int code) { exitEmulatorNative(code); }

    // ---- natives (hal.h) ----

    @Import(name = "hal_set_throwers") @Include(value = "hal.h", isSystem = false)
    private static native void setThrowers(Thrower divideByZero, Thrower outOfMemory);
    @Import(name = "hal_resume_point") @Include(value = "hal.h", isSystem = false)
    private static native int resumePointNative();
    @Import(name = "hal_machine_name") @Include(value = "hal.h", isSystem = false)
    private static native int machineName(Address buffer, int max);
    @Import(name = "hal_console_write") @Include(value = "hal.h", isSystem = false)
    private static native void consoleWriteNative(Address data, int length);
    @Import(name = "hal_serial_read") @Include(value = "hal.h", isSystem = false)
    private static native int serialReadNative(Address data, int max);
    @Import(name = "hal_take_break") @Include(value = "hal.h", isSystem = false)
    private static native int takeBreakNative();
    @Import(name = "hal_nano_time") @Include(value = "hal.h", isSystem = false)
    private static native long nanoTimeNative();
    @Import(name = "hal_wall_clock_millis") @Include(value = "hal.h", isSystem = false)
    private static native long wallClockMillisNative();
    @Import(name = "hal_rdtsc") @Include(value = "hal.h", isSystem = false)
    private static native long rdtscNative();
    @Import(name = "hal_tsc_hz") @Include(value = "hal.h", isSystem = false)
    private static native long tscHzNative();
    @Import(name = "hal_boot_tsc") @Include(value = "hal.h", isSystem = false)
    private static native long bootTscNative();
    @Import(name = "hal_ticks") @Include(value = "hal.h", isSystem = false)
    private static native long ticksNative();
    @Import(name = "hal_tick_hz") @Include(value = "hal.h", isSystem = false)
    private static native int tickHzNative();
    @Import(name = "hal_next_irq") @Include(value = "hal.h", isSystem = false)
    private static native int nextIrqNative();
    @Import(name = "hal_idle") @Include(value = "hal.h", isSystem = false)
    private static native void idleNative(long deadlineNanos);
    @Import(name = "hal_irq_enable") @Include(value = "hal.h", isSystem = false)
    private static native void irqEnableNative(int irq);
    @Import(name = "hal_irq_unmask") @Include(value = "hal.h", isSystem = false)
    private static native void irqUnmaskNative(int irq);
    @Import(name = "hal_inb") @Include(value = "hal.h", isSystem = false)
    private static native int inbNative(int port);
    @Import(name = "hal_inw") @Include(value = "hal.h", isSystem = false)
    private static native int inwNative(int port);
    @Import(name = "hal_inl") @Include(value = "hal.h", isSystem = false)
    private static native int inlNative(int port);
    @Import(name = "hal_outb") @Include(value = "hal.h", isSystem = false)
    private static native void outbNative(int port, int value);
    @Import(name = "hal_outw") @Include(value = "hal.h", isSystem = false)
    private static native void outwNative(int port, int value);
    @Import(name = "hal_outl") @Include(value = "hal.h", isSystem = false)
    private static native void outlNative(int port, int value);
    @Import(name = "hal_mmio_map") @Include(value = "hal.h", isSystem = false)
    private static native int mmioMapNative(long phys, long size);
    @Import(name = "hal_mmio_read8") @Include(value = "hal.h", isSystem = false)
    private static native int mmioRead8Native(long addr);
    @Import(name = "hal_mmio_read16") @Include(value = "hal.h", isSystem = false)
    private static native int mmioRead16Native(long addr);
    @Import(name = "hal_mmio_read32") @Include(value = "hal.h", isSystem = false)
    private static native int mmioRead32Native(long addr);
    @Import(name = "hal_mmio_read64") @Include(value = "hal.h", isSystem = false)
    private static native long mmioRead64Native(long addr);
    @Import(name = "hal_mmio_write8") @Include(value = "hal.h", isSystem = false)
    private static native void mmioWrite8Native(long addr, int value);
    @Import(name = "hal_mmio_write16") @Include(value = "hal.h", isSystem = false)
    private static native void mmioWrite16Native(long addr, int value);
    @Import(name = "hal_mmio_write32") @Include(value = "hal.h", isSystem = false)
    private static native void mmioWrite32Native(long addr, int value);
    @Import(name = "hal_mmio_write64") @Include(value = "hal.h", isSystem = false)
    private static native void mmioWrite64Native(long addr, long value);
    @Import(name = "hal_dma_alloc") @Include(value = "hal.h", isSystem = false)
    private static native long dmaAllocNative(long size, long align);
    @Import(name = "hal_dma_free") @Include(value = "hal.h", isSystem = false)
    private static native void dmaFreeNative(long phys, long size);
    @Import(name = "hal_memmap_count") @Include(value = "hal.h", isSystem = false)
    private static native int memmapCount();
    @Import(name = "hal_memmap_base") @Include(value = "hal.h", isSystem = false)
    private static native long memmapBase(int i);
    @Import(name = "hal_memmap_length") @Include(value = "hal.h", isSystem = false)
    private static native long memmapLength(int i);
    @Import(name = "hal_memmap_kind") @Include(value = "hal.h", isSystem = false)
    private static native int memmapKind(int i);
    @Import(name = "hal_phys_total") @Include(value = "hal.h", isSystem = false)
    private static native long physTotal();
    @Import(name = "hal_phys_free") @Include(value = "hal.h", isSystem = false)
    private static native long physFree();
    @Import(name = "hal_heap_max") @Include(value = "hal.h", isSystem = false)
    private static native long heapMax();
    @Import(name = "hal_heap_committed") @Include(value = "hal.h", isSystem = false)
    private static native long heapCommitted();
    @Import(name = "hal_heap_used") @Include(value = "hal.h", isSystem = false)
    private static native long heapUsed();
    @Import(name = "hal_syscall_count") @Include(value = "hal.h", isSystem = false)
    private static native int syscallCountNative(int nr);
    @Import(name = "hal_out_of_memory_count") @Include(value = "hal.h", isSystem = false)
    private static native int outOfMemoryCountNative();
    @Import(name = "hal_module_count") @Include(value = "hal.h", isSystem = false)
    private static native int moduleCount();
    @Import(name = "hal_module_length") @Include(value = "hal.h", isSystem = false)
    private static native long moduleLength(int i);
    @Import(name = "hal_module_name") @Include(value = "hal.h", isSystem = false)
    private static native int moduleName(int i, Address buffer, int max);
    @Import(name = "hal_module_copy") @Include(value = "hal.h", isSystem = false)
    private static native void moduleCopy(int i, Address buffer, int length);
    @Import(name = "hal_reboot") @Include(value = "hal.h", isSystem = false)
    private static native void rebootNative();
    @Import(name = "hal_poweroff") @Include(value = "hal.h", isSystem = false)
    private static native void poweroffNative();
    @Import(name = "hal_exit_emulator") @Include(value = "hal.h", isSystem = false)
    private static native void exitEmulatorNative(int code);
}
