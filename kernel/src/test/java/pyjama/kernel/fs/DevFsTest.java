package pyjama.kernel.fs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pyjama.kernel.fs.FsFixture.bytes;
import static pyjama.kernel.fs.FsFixture.fails;
import static pyjama.kernel.fs.FsFixture.text;
import static pyjama.kernel.fs.OpenFlags.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class DevFsTest {
    final FsFixture f = new FsFixture();
    final FdTable fds = f.fds;

    @Test
    void theStandardDevicesAreCharacterDevicesWithLinuxsNumbers() {
        assertEquals(List.of("null", "zero", "random", "urandom", "console"), f.vfs.readdir("/", "/dev"));
        Stat st = f.vfs.stat("/", "/dev/null");
        assertTrue(st.isCharDevice());
        assertEquals(Stat.S_IFCHR | 0666, st.mode());
        assertEquals((1 << 8) | 3, st.rdev());
        assertEquals((1 << 8) | 9, f.vfs.stat("/", "/dev/urandom").rdev());
        assertEquals((5 << 8) | 1, f.vfs.stat("/", "/dev/console").rdev());
    }

    @Test
    void nullReadsEndOfFileAndSwallowsWrites() {
        int fd = f.open("/dev/null", O_RDWR);
        assertEquals(3, fds.write(fd, bytes("abc")));
        assertEquals(0, fds.read(fd, 10).length);
        assertEquals(0, fds.lseek(fd, 100, SEEK_SET), "as Linux: seeking /dev/null stays at 0");
        assertEquals(0, f.vfs.readFile("/", "/dev/null").length);
        // Opening with O_TRUNC or O_CREAT is fine on a device, as for shell redirections.
        fds.close(fds.open("/", "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0666));
    }

    @Test
    void zeroReadsZeros() {
        int fd = f.open("/dev/zero", O_RDONLY);
        assertArrayEquals(new byte[4096], fds.read(fd, 4096));
        assertEquals(0, fds.lseek(fd, 10, SEEK_SET));
        assertArrayEquals(new byte[3], fds.pread(fd, 3, 1000));
    }

    @Test
    void aHugeDeviceReadIsShortNotAGiantAllocation() {
        int fd = f.open("/dev/zero", O_RDONLY);
        assertEquals(OpenFile.MAX_DEVICE_READ, fds.read(fd, Integer.MAX_VALUE).length);
    }

    @Test
    void randomIsDeterministicForASeedAndVaries() {
        int fd = f.open("/dev/urandom", O_RDONLY);
        byte[] a = fds.read(fd, 64);
        byte[] b = fds.read(fd, 64);
        assertNotEquals(java.util.Arrays.toString(a), java.util.Arrays.toString(b));
        FsFixture again = new FsFixture();
        assertArrayEquals(a, again.fds.read(again.open("/dev/random", O_RDONLY), 64),
                "random and urandom share one generator seeded from the same value");
        int[] counts = new int[256];
        byte[] many = fds.read(fd, 256 * 100);
        for (byte x : many) counts[x & 0xFF]++;
        for (int c : counts) assertTrue(c > 50 && c < 170, "roughly uniform: " + c);
    }

    @Test
    void addedEntropyChangesWhatFollows() {
        FsFixture again = new FsFixture();
        f.vfs.devFs().addEntropy(12345);
        byte[] mixed = fds.read(f.open("/dev/urandom", O_RDONLY), 64);
        byte[] plain = again.fds.read(again.open("/dev/urandom", O_RDONLY), 64);
        assertNotEquals(java.util.Arrays.toString(plain), java.util.Arrays.toString(mixed),
                "the same seed, but entropy added to one: a resumed boot does not repeat the image's bytes");
        FsFixture third = new FsFixture();
        third.vfs.devFs().addEntropy(12345);
        assertArrayEquals(mixed, third.fds.read(third.open("/dev/urandom", O_RDONLY), 64),
                "deterministic for the same seed and entropy");
    }

    @Test
    void consoleReadsAndWritesThroughTheConsoleDeviceAndIsATerminal() {
        int fd = f.open("/dev/console", O_RDWR);
        fds.write(fd, bytes("prompt> "));
        assertEquals("prompt> ", f.consoleOut.toString());
        f.consoleIn.append("typed\n");
        assertEquals("typed\n", text(fds.read(fd, 100)));
        assertTrue(fds.isatty(fd));
        fails(Errno.ESPIPE, () -> fds.lseek(fd, 0, SEEK_SET));
        fails(Errno.ESPIPE, () -> fds.pread(fd, 1, 0));
        fails(Errno.ESPIPE, () -> fds.pwrite(fd, bytes("x"), 0));
    }

    @Test
    void devfsAcceptsNewFilesLikeDevtmpfsUpToItsSmallLimit() {
        f.writeFile("/dev/shm-note", "note");
        assertEquals("note", f.readFile("/dev/shm-note"));
        int fd = f.create("/dev/big");
        fails(Errno.ENOSPC, () -> fds.write(fd, new byte[(int) DevFs.LIMIT + 1]));
        f.vfs.unlink("/", "/dev/shm-note");
        assertFalse(f.vfs.exists("/", "/dev/shm-note"));
    }

    @Test
    void aDriverCanBeAdded() {
        StringBuilder seen = new StringBuilder();
        f.vfs.devFs().add("ttyS1", 0660, 4, 65, new CharDevice() {
            @Override public int read(byte[] b, int off, int len) { return 0; }
            @Override public int write(byte[] b, int off, int len) {
                seen.append(new String(b, off, len, java.nio.charset.StandardCharsets.UTF_8));
                return len;
            }
        });
        int fd = f.open("/dev/ttyS1", O_WRONLY);
        fds.write(fd, bytes("AT"));
        assertEquals("AT", seen.toString());
        assertEquals((4 << 8) | 65, fds.fstat(fd).rdev());
    }
}
