package pyjama.kernel.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pyjama.kernel.fs.FsFixture.bytes;
import static pyjama.kernel.fs.FsFixture.fails;
import static pyjama.kernel.fs.FsFixture.text;
import static pyjama.kernel.fs.OpenFlags.*;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProcFsTest {
    FsFixture f;
    ProcFs proc;
    int counter;

    @BeforeEach
    void setUp() {
        f = new FsFixture();
        proc = f.vfs.procFs();
        proc.register("version", () -> "Pyjama test\n");
        proc.register("counter", () -> "count " + (++counter) + "\n");
        proc.register("mounts", f.vfs::mountsText);
    }

    @Test
    void contentIsGeneratedAtEachOpenAndStaysFixedWhileOpen() {
        int fd = f.open("/proc/counter", O_RDONLY);
        assertEquals("count", text(f.fds.read(fd, 5)));
        assertEquals(" 1\n", text(f.fds.read(fd, 100)));
        assertEquals(0, f.fds.lseek(fd, 0, SEEK_SET));
        assertEquals("count 1\n", text(f.fds.read(fd, 100)), "re-reading an open file sees the same snapshot");
        assertEquals("count 2\n", f.readFile("/proc/counter"));
    }

    @Test
    void filesAreReadOnlyRegularFilesOfSizeZeroListedInRegistrationOrder() {
        Stat st = f.vfs.stat("/", "/proc/version");
        assertEquals(Stat.S_IFREG | 0444, st.mode());
        assertEquals(0, st.size());
        assertEquals(List.of("version", "counter", "mounts"), f.vfs.readdir("/", "/proc"));
        assertEquals("Pyjama test\n", f.readFile("/proc/version"));
    }

    @Test
    void everyChangeIsEROFS() {
        fails(Errno.EROFS, () -> f.open("/proc/version", O_WRONLY));
        fails(Errno.EROFS, () -> f.open("/proc/version", O_RDWR));
        fails(Errno.EROFS, () -> f.open("/proc/version", O_RDONLY | O_TRUNC));
        fails(Errno.EROFS, () -> f.open("/proc/new", O_WRONLY | O_CREAT));
        fails(Errno.EROFS, () -> f.vfs.mkdir("/", "/proc/dir", 0755));
        fails(Errno.EROFS, () -> f.vfs.unlink("/", "/proc/version"));
        fails(Errno.EROFS, () -> f.vfs.unlink("/", "/proc/nx"));
        fails(Errno.EROFS, () -> f.vfs.rmdir("/", "/proc/nx"));
        fails(Errno.EROFS, () -> f.vfs.rename("/", "/proc/version", "/proc/v2"));
        fails(Errno.EROFS, () -> f.vfs.truncate("/", "/proc/version", 0));
        fails(Errno.EROFS, () -> f.vfs.chmod("/", "/proc/version", 0666));
        fails(Errno.EROFS, () -> f.vfs.utime("/", "/proc/version", 0, 0));
        // EEXIST still wins over EROFS for mkdir, as on Linux.
        fails(Errno.EEXIST, () -> f.vfs.mkdir("/", "/proc/version", 0755));
        fails(Errno.EEXIST, () -> f.open("/proc/version", O_WRONLY | O_CREAT | O_EXCL));
    }

    @Test
    void reRegisteringReplacesTheProviderAndKeepsTheInode() {
        long ino = f.vfs.stat("/", "/proc/version").ino();
        proc.register("version", () -> "v2\n");
        assertEquals("v2\n", f.readFile("/proc/version"));
        assertEquals(ino, f.vfs.stat("/", "/proc/version").ino());
    }

    @Test
    void aFailingProviderIsEIOOnThatFile() {
        proc.register("broken", () -> { throw new IllegalStateException("no scheduler yet"); });
        FsError e = fails(Errno.EIO, () -> f.open("/proc/broken", O_RDONLY));
        assertEquals("/proc/broken", e.filename());
        assertEquals("Pyjama test\n", f.readFile("/proc/version"));
    }

    @Test
    void mountsListsTheTree() {
        assertEquals("tmpfs / tmpfs rw 0 0\ndevtmpfs /dev devtmpfs rw 0 0\nproc /proc proc ro 0 0\n",
                f.readFile("/proc/mounts"));
    }

    @Test
    void badNamesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> proc.register("a/b", () -> ""));
        assertThrows(IllegalArgumentException.class, () -> proc.register("..", () -> ""));
        assertThrows(IllegalArgumentException.class, () -> proc.register("", () -> ""));
    }

    @Test
    void utf8ContentIsEncoded() {
        proc.register("greek", () -> "\u03b1\u03b2\n");
        assertEquals(5, f.vfs.readFile("/", "/proc/greek").length);
        assertTrue(f.readFile("/proc/greek").startsWith("\u03b1"));
        int fd = f.open("/proc/greek", O_RDONLY);
        assertEquals(5, f.fds.lseek(fd, 0, SEEK_END));
        fails(Errno.EBADF, () -> f.fds.write(fd, bytes("x")));
    }
}
