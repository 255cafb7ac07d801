package pyjama.kernel.fs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pyjama.kernel.fs.FsFixture.bytes;
import static pyjama.kernel.fs.FsFixture.fails;
import static pyjama.kernel.fs.FsFixture.text;
import static pyjama.kernel.fs.OpenFlags.*;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** open and the descriptor operations, against what Linux does (checked with CPython 3.12 on Linux). */
class DescriptorTest {
    FsFixture f;
    FdTable fds;

    @BeforeEach
    void setUp() {
        f = new FsFixture();
        fds = f.fds;
        f.vfs.mkdir("/", "/tmp/d", 0755);
        f.writeFile("/tmp/f", "hello");
    }

    @Test
    void linuxFlagValues() {
        assertEquals(0, O_RDONLY);
        assertEquals(1, O_WRONLY);
        assertEquals(2, O_RDWR);
        assertEquals(64, O_CREAT);
        assertEquals(128, O_EXCL);
        assertEquals(512, O_TRUNC);
        assertEquals(1024, O_APPEND);
        assertEquals(65536, O_DIRECTORY);
    }

    @Test
    void openErrorsAsLinux() {
        fails(Errno.ENOTDIR, () -> f.open("/tmp/f/", O_RDONLY));
        fails(Errno.EISDIR, () -> f.open("/tmp/new/", O_CREAT | O_WRONLY));
        fails(Errno.EISDIR, () -> f.open("/tmp/d", O_CREAT | O_RDONLY));
        fails(Errno.EISDIR, () -> f.open("/tmp/d", O_CREAT | O_WRONLY));
        fails(Errno.EISDIR, () -> f.open("/tmp/d", O_WRONLY));
        fails(Errno.EISDIR, () -> f.open("/tmp/d", O_RDWR));
        fails(Errno.EEXIST, () -> f.open("/tmp/d", O_CREAT | O_EXCL | O_RDONLY));
        fails(Errno.EEXIST, () -> f.open("/tmp/f", O_CREAT | O_EXCL | O_WRONLY));
        fails(Errno.ENOTDIR, () -> f.open("/tmp/f", O_DIRECTORY));
        fails(Errno.EINVAL, () -> f.open("/tmp/nd", O_CREAT | O_DIRECTORY));
        fails(Errno.EISDIR, () -> f.open("/tmp/f/", O_CREAT | O_WRONLY));
        fails(Errno.EISDIR, () -> f.open("/tmp/f/", O_CREAT | O_EXCL | O_WRONLY));
        fails(Errno.EISDIR, () -> f.open("/tmp/d/", O_CREAT | O_EXCL | O_WRONLY));
        fails(Errno.EISDIR, () -> f.open("/tmp/d", O_TRUNC | O_RDONLY));
        fails(Errno.ENOENT, () -> f.open("", O_RDONLY));
        fails(Errno.EISDIR, () -> fds.open("/tmp", ".", O_CREAT | O_RDONLY, 0644));
        fails(Errno.ENOENT, () -> f.open("/tmp/nx", O_RDONLY));
        fails(Errno.ENOENT, () -> f.open("/tmp/nx/y", O_CREAT | O_WRONLY));
        FsError e = fails(Errno.ENOENT, () -> fds.open("/tmp", "nx", O_RDONLY, 0));
        assertEquals("nx", e.filename());
        assertEquals(0, fds.openCount(), "failed opens leave no descriptor");
    }

    @Test
    void descriptorsAreTheLowestFreeNumbers() {
        int a = f.open("/tmp/f", O_RDONLY);
        int b = f.open("/tmp/f", O_RDONLY);
        int c = f.open("/tmp/f", O_RDONLY);
        assertEquals(0, a);
        assertEquals(1, b);
        assertEquals(2, c);
        fds.close(b);
        assertEquals(1, f.open("/tmp/f", O_RDONLY));
    }

    @Test
    void readAdvancesAndGivesEmptyAtEndOfFile() {
        int fd = f.open("/tmp/f", O_RDONLY);
        assertEquals("he", text(fds.read(fd, 2)));
        assertEquals("llo", text(fds.read(fd, 100)));
        assertEquals(0, fds.read(fd, 100).length);
        assertEquals(0, fds.read(fd, 0).length);
        fails(Errno.EINVAL, () -> fds.read(fd, -1));
    }

    @Test
    void writeThenReadBackThroughRdwr() {
        int fd = f.open("/tmp/f", O_RDWR);
        assertEquals(2, fds.write(fd, bytes("HE")));
        assertEquals("llo", text(fds.read(fd, 10)));
        assertEquals(0, fds.lseek(fd, 0, SEEK_SET));
        assertEquals("HEllo", text(fds.read(fd, 10)));
    }

    @Test
    void accessModeIsEnforcedWithEBADF() {
        int r = f.open("/tmp/f", O_RDONLY);
        fails(Errno.EBADF, () -> fds.write(r, bytes("x")));
        fails(Errno.EBADF, () -> fds.pwrite(r, bytes("x"), 0));
        int w = f.open("/tmp/f", O_WRONLY);
        fails(Errno.EBADF, () -> fds.read(w, 1));
        fails(Errno.EBADF, () -> fds.pread(w, 1, 0));
        // Access mode 3 (Linux's "neither") opens but can do neither.
        int none = f.open("/tmp/f", 3);
        fails(Errno.EBADF, () -> fds.read(none, 1));
        fails(Errno.EBADF, () -> fds.write(none, bytes("x")));
    }

    @Test
    void ftruncateOnADescriptorNotOpenForWritingIsEINVALAsLinux() {
        int r = f.open("/tmp/f", O_RDONLY);
        fails(Errno.EINVAL, () -> fds.ftruncate(r, 0));
        int w = f.open("/tmp/f", O_WRONLY);
        fails(Errno.EINVAL, () -> fds.ftruncate(w, -1));
        fds.ftruncate(w, 2);
        assertEquals(2, fds.fstat(w).size());
        assertEquals("he", f.readFile("/tmp/f"));
    }

    @Test
    void badDescriptorsAreEBADF() {
        fails(Errno.EBADF, () -> fds.read(999, 1));
        fails(Errno.EBADF, () -> fds.read(-1, 1));
        fails(Errno.EBADF, () -> fds.dup(999));
        fails(Errno.EBADF, () -> fds.close(0));
        fails(Errno.EBADF, () -> fds.fstat(3));
        fails(Errno.EBADF, () -> fds.lseek(3, 0, SEEK_SET));
        int fd = f.open("/tmp/f", O_RDONLY);
        fds.close(fd);
        fails(Errno.EBADF, () -> fds.close(fd));
        fails(Errno.EBADF, () -> fds.dup2(fd, 1));
        int g = f.open("/tmp/f", O_RDONLY);
        fails(Errno.EBADF, () -> fds.dup2(g, -1));
        fails(Errno.EBADF, () -> fds.dup2(g, fds.limit()));
    }

    @Test
    void lseekRules() {
        int fd = f.open("/tmp/f", O_RDONLY);
        fails(Errno.EINVAL, () -> fds.lseek(fd, -1, SEEK_SET));
        fails(Errno.EINVAL, () -> fds.lseek(fd, 0, 9));
        fails(Errno.EINVAL, () -> fds.lseek(fd, -6, SEEK_END));
        fails(Errno.EINVAL, () -> fds.lseek(fd, Long.MAX_VALUE, SEEK_END));
        assertEquals(2, fds.lseek(fd, -3, SEEK_END));
        assertEquals(3, fds.lseek(fd, 1, SEEK_CUR));
        assertEquals("lo", text(fds.read(fd, 9)));
        assertEquals(100, fds.lseek(fd, 100, SEEK_SET));
        assertEquals(0, fds.read(fd, 9).length);
        int dir = f.open("/tmp/d", O_RDONLY);
        assertEquals(5, fds.lseek(dir, 5, SEEK_SET), "Linux lets a directory descriptor seek");
    }

    @Test
    void aDirectoryOpensReadOnlyButCannotBeRead() {
        int fd = f.open("/tmp/d", O_RDONLY | O_DIRECTORY);
        assertTrue(fds.fstat(fd).isDirectory());
        fails(Errno.EISDIR, () -> fds.read(fd, 1));
        fails(Errno.EISDIR, () -> fds.pread(fd, 1, 0));
        fails(Errno.EISDIR, () -> fds.open("/", "/", O_WRONLY, 0));
    }

    @Test
    void appendWritesAlwaysGoToTheEndEvenWithPwriteAsLinux() {
        int fd = f.open("/tmp/f", O_WRONLY | O_APPEND);
        fds.write(fd, bytes(" world"));
        fds.pwrite(fd, bytes("XY"), 0);
        assertEquals("hello worldXY", f.readFile("/tmp/f"));
        int other = f.open("/tmp/f", O_WRONLY);
        fds.write(other, bytes("J"));
        fds.write(fd, bytes("!"));
        assertEquals("Jello worldXY!", f.readFile("/tmp/f"));
    }

    @Test
    void createTruncateAndExclusive() {
        int fd = f.open("/tmp/n", O_WRONLY | O_CREAT | O_EXCL);
        assertEquals(Stat.S_IFREG | 0644, fds.fstat(fd).mode(), "0666 less the umask 022");
        fds.write(fd, bytes("abc"));
        fds.close(fd);
        int t = f.open("/tmp/n", O_WRONLY | O_TRUNC);
        assertEquals(0, fds.fstat(t).size());
        // Linux truncates even when opened read-only.
        f.writeFile("/tmp/n", "abc");
        f.open("/tmp/n", O_RDONLY | O_TRUNC);
        assertEquals(0, f.vfs.stat("/", "/tmp/n").size());
        int c = fds.open("/tmp", "m", O_CREAT | O_WRONLY, 0600);
        assertEquals(Stat.S_IFREG | 0600, fds.fstat(c).mode());
        assertEquals(022, f.vfs.umask(0), "umask returns the old mask");
        int c2 = fds.open("/tmp", "m2", O_CREAT | O_WRONLY, 0666);
        assertEquals(Stat.S_IFREG | 0666, fds.fstat(c2).mode());
    }

    @Test
    void preadAndPwriteLeaveThePositionAlone() {
        int fd = f.open("/tmp/f", O_RDWR);
        assertEquals("llo", text(fds.pread(fd, 10, 2)));
        assertEquals(0, fds.lseek(fd, 0, SEEK_CUR));
        fds.pwrite(fd, bytes("!!"), 7);
        assertEquals(0, fds.lseek(fd, 0, SEEK_CUR));
        assertArrayEquals(bytes("hello\0\0!!"), f.vfs.readFile("/", "/tmp/f"));
        fails(Errno.EINVAL, () -> fds.pread(fd, 1, -1));
        fails(Errno.EINVAL, () -> fds.pwrite(fd, bytes("x"), -1));
        assertEquals(0, fds.pread(fd, 5, 100).length);
    }

    @Test
    void dupSharesTheOffsetAndOutlivesTheOriginal() {
        int fd = f.open("/tmp/f", O_RDONLY);
        int copy = fds.dup(fd);
        assertEquals(1, copy);
        assertEquals("he", text(fds.read(fd, 2)));
        assertEquals("ll", text(fds.read(copy, 2)));
        fds.close(fd);
        assertEquals("o", text(fds.read(copy, 2)));
    }

    @Test
    void dup2ReplacesTheTargetAndIsANoOpOntoItself() {
        int a = f.open("/tmp/f", O_RDONLY);
        f.writeFile("/tmp/g", "GG");
        int b = f.open("/tmp/g", O_RDONLY);
        assertEquals(b, fds.dup2(a, b));
        assertEquals("he", text(fds.read(b, 2)));
        assertEquals(a, fds.dup2(a, a));
        assertEquals(7, fds.dup2(a, 7));
        assertEquals("ll", text(fds.read(7, 2)));
    }

    @Test
    void theDescriptorLimitIsEMFILE() {
        FdTable small = new FdTable(f.vfs, 3);
        for (int i = 0; i < 3; i++) small.open("/", "/tmp/f", O_RDONLY, 0);
        fails(Errno.EMFILE, () -> small.open("/", "/tmp/f", O_RDONLY, 0));
        // The limit is checked before the path, as Linux does.
        fails(Errno.EMFILE, () -> small.open("/", "/tmp/nx", O_RDONLY, 0));
        fails(Errno.EMFILE, () -> small.dup(0));
        small.close(1);
        assertEquals(1, small.dup(0));
        small.closeAll();
        assertEquals(0, small.openCount());
        assertFalse(small.isOpen(0));
    }

    @Test
    void anUnlinkedOpenFileStaysReadableUntilClosed() {
        int fd = f.open("/tmp/f", O_RDWR);
        f.vfs.unlink("/", "/tmp/f");
        assertFalse(f.vfs.exists("/", "/tmp/f"));
        assertEquals(0, fds.fstat(fd).nlink());
        fds.write(fd, bytes("J"));
        assertEquals("Jello", text(fds.pread(fd, 10, 0)));
        fds.close(fd);
    }

    @Test
    void fstatSeesTheSameInodeAsStat() {
        int fd = f.open("/tmp/f", O_RDONLY);
        assertEquals(f.vfs.stat("/", "/tmp/f"), fds.fstat(fd));
        assertEquals(O_RDONLY, fds.flags(fd));
        assertFalse(fds.isatty(fd));
    }
}
