package pyjama.kernel.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import pyjama.kernel.FakeHal;

/** _hal over FakeHal: calls reach the HAL, arguments are checked as CPython checks C ints. */
@Timeout(60) // a wait that never advances the fake clock would spin, not fail
class HalModuleTest {
    private final KernelPythonFixture k = new KernelPythonFixture();

    /** Ports that remember what was written and read it back; 0xff where nothing was. */
    private final Map<Integer, Integer> latches = new HashMap<>();

    private void withPorts() {
        k.hal.ports = new FakeHal.Ports() {
            @Override public int in(int port, int width) { return latches.getOrDefault(port, 0xFFFFFFFF); }
            @Override public void out(int port, int width, int value) { latches.put(port, value); }
        };
    }

    @Test
    void portIoReachesTheHal() {
        withPorts();
        latches.put(0x71, 0x59);
        String out = k.exec("""
                import _hal
                _hal.outb(0x70, 0x80 | 0x00)
                print(hex(_hal.inb(0x71)))
                _hal.outw(0x1f0, 0xbeef)
                print(hex(_hal.inw(0x1f0)))
                _hal.outl(0xcf8, 0x80000000)
                print(hex(_hal.inl(0xcf8)))
                print(_hal.outb(0x80, 1), _hal.ARCH)
                """);
        assertEquals("0x59\n0xbeef\n0x80000000\nNone fake\n", out);
        assertEquals(List.of("outb 0x70 0x80", "inb 0x71 -> 0x59", "outw 0x1f0 0xbeef", "inw 0x1f0 -> 0xbeef",
                "outl 0xcf8 0x80000000", "inl 0xcf8 -> 0x80000000", "outb 0x80 0x1"), k.hal.portLog);
    }

    @Test
    void valuesAreMaskedToTheAccessWidth() {
        withPorts();
        k.exec("""
                import _hal
                _hal.outb(0x80, 0x1ff)
                _hal.outb(0x80, -1)
                _hal.outw(0x80, 0x12345)
                _hal.outl(0x80, 2**40 + 5)
                _hal.outl(0x80, 2**100 - 1)
                _hal.outb(0x80, True)
                """);
        assertEquals(List.of("outb 0x80 0xff", "outb 0x80 0xff", "outw 0x80 0x2345", "outl 0x80 0x5",
                "outl 0x80 0xffffffff", "outb 0x80 0x1"), k.hal.portLog);
    }

    @Test
    void badPortArgumentsAreRefusedBeforeTheHal() {
        withPorts();
        String out = k.exec(KernelModulesTest.ERR + """
                import _hal
                err(lambda: _hal.inb(0x10000))
                err(lambda: _hal.inb(-1))
                err(lambda: _hal.outw(2**70, 0))
                err(lambda: _hal.inb('0x70'))
                err(lambda: _hal.inb(1.0))
                err(lambda: _hal.outb(0x70, 'x'))
                err(lambda: _hal.outb(0x70))
                err(lambda: _hal.inl())
                """);
        assertEquals("""
                OverflowError: inb: Python int too large to convert to C 16-bit unsigned integer
                OverflowError: inb: can't convert negative Python int to C 16-bit unsigned integer
                OverflowError: outw: Python int too large to convert to C 16-bit unsigned integer
                TypeError: 'str' object cannot be interpreted as an integer
                TypeError: 'float' object cannot be interpreted as an integer
                TypeError: 'str' object cannot be interpreted as an integer
                TypeError: outb expected 2 arguments, got 1
                TypeError: inl() takes exactly one argument (0 given)
                """, out);
        assertEquals(List.of(), k.hal.portLog, "nothing reached the ports");
    }

    @Test
    void aHalWithoutPortsSaysSo() {
        String out = k.exec(KernelModulesTest.ERR + """
                import _hal
                err(lambda: _hal.inb(0x70))
                err(lambda: _hal.outl(0xcf8, 0))
                err(lambda: _hal.mmio_map(0xfee00000, 4096))
                err(lambda: _hal.dma_alloc(4096))
                """);
        assertEquals("""
                NotImplementedError: fake: no ports
                NotImplementedError: fake: no ports
                NotImplementedError: fake: no MMIO
                NotImplementedError: fake: no DMA
                """, out);
    }

    @Test
    void mmioWorksInsideMappedWindowsOnly() {
        k.hal.memory = true;
        String out = k.exec(KernelModulesTest.ERR + """
                import _hal
                err(lambda: _hal.mmio_read32(0xfee00020))
                _hal.mmio_map(0xfee00000, 0x1000)
                _hal.mmio_write32(0xfee00020, 0x12345678)
                print(hex(_hal.mmio_read32(0xfee00020)), hex(_hal.mmio_read8(0xfee00021)), hex(_hal.mmio_read16(0xfee00022)))
                _hal.mmio_write64(0xfee00ff8, -1)
                print(hex(_hal.mmio_read64(0xfee00ff8)))
                _hal.mmio_write8(0xfee00000, 0x1ab)
                print(hex(_hal.mmio_read8(0xfee00000)))
                err(lambda: _hal.mmio_read64(0xfee01000))
                err(lambda: _hal.mmio_read32(0xfee00ffe))
                err(lambda: _hal.mmio_read32(0xfee00022))
                err(lambda: _hal.mmio_read8(-1))
                err(lambda: _hal.mmio_read8(2**64))
                err(lambda: _hal.mmio_map(0x1000, 0))
                err(lambda: _hal.mmio_map(2**64 - 4096, 8192))
                print(_hal.mmio_windows())
                """);
        assertEquals("""
                ValueError: mmio_read32(): address 0xfee00020 is outside every window mapped with mmio_map() and every DMA buffer
                0x12345678 0x56 0x1234
                0xffffffffffffffff
                0xab
                ValueError: mmio_read64(): address 0xfee01000 is outside every window mapped with mmio_map() and every DMA buffer
                ValueError: mmio_read32(): address 0xfee00ffe is not 4-byte aligned
                ValueError: mmio_read32(): address 0xfee00022 is not 4-byte aligned
                OverflowError: can't convert negative int to unsigned
                OverflowError: int too big to convert
                ValueError: mmio_map(): size must be positive
                ValueError: mmio_map(): the window runs past the end of the address space
                [(4276092928, 4096, 'mmio')]
                """, out);
        assertEquals(List.of("0xfee00000+4096"), k.hal.mmioMaps);
    }

    @Test
    void dmaBuffersCopyBytesInAndOutAndAreFreedOnce() {
        k.hal.memory = true;
        String out = k.exec(KernelModulesTest.ERR + """
                import _hal
                buf = _hal.dma_alloc(64)
                print(buf, hex(buf.addr), buf.size, len(buf), buf.freed)
                print(buf.write(10, b'hello'), buf.write(15, bytearray(b'!')), buf.write(0, memoryview(b'ab')))
                print(buf.read(8, 10))
                print(hex(_hal.mmio_read32(buf.addr)))         # DMA memory is reachable through mmio too
                err(lambda: buf.read(60, 5))
                err(lambda: buf.read(-1, 1))
                err(lambda: buf.write(0, 'text'))
                _hal.dma_free(buf)
                buf.free()
                print(buf, buf.freed)
                err(lambda: buf.read(0, 1))
                err(lambda: _hal.mmio_read8(buf.addr))
                with _hal.dma_alloc(100, align=64) as other:
                    print(other.addr % 64, other.size)
                print(other.freed)
                err(lambda: _hal.dma_alloc(0))
                err(lambda: _hal.dma_alloc(4096, 100))
                err(lambda: _hal.dma_alloc(4096, 8))
                err(lambda: _hal.dma_free(4096))
                """);
        assertEquals("""
                <_hal.DmaBuffer addr=0x40000000 size=64> 0x40000000 64 64 False
                5 1 2
                b'\\x00\\x00hello!\\x00\\x00'
                0x6261
                ValueError: read(): 5 bytes at offset 60 run past the end of the 64-byte buffer
                ValueError: read(): offset must not be negative
                TypeError: a bytes-like object is required, not 'str'
                <_hal.DmaBuffer addr=0x40000000 size=64 freed> True
                ValueError: read(): DMA buffer 0x40000000 was freed
                ValueError: mmio_read8(): address 0x40000000 is outside every window mapped with mmio_map() and every DMA buffer
                0 100
                True
                ValueError: dma_alloc(): size must be positive
                ValueError: dma_alloc(): align must be a power of two >= 16, not 100
                ValueError: dma_alloc(): align must be a power of two >= 16, not 8
                TypeError: dma_free() argument must be _hal.DmaBuffer, not int
                """, out);
        assertEquals(List.of("alloc 0x40000000+64", "free 0x40000000+64", "alloc 0x40000040+100", "free 0x40000040+100"),
                k.hal.dmaLog);
    }
}
