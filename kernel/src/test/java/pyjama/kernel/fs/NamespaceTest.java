package pyjama.kernel.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pyjama.kernel.fs.FsFixture.fails;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * mkdir, rmdir, unlink, rename and friends, each error as Linux (tmpfs) gives it. The expected
 * errnos were taken from CPython 3.12 on Linux running the same calls in a scratch directory
 * laid out as in {@link #setUp}.
 */
class NamespaceTest {
    static final String W = "/tmp/w";
    FsFixture f;
    Vfs vfs;

    @BeforeEach
    void setUp() {
        f = new FsFixture();
        vfs = f.vfs;
        vfs.mkdir("/", W, 0755);
        vfs.mkdir(W, "d", 0755);
        vfs.mkdir(W, "d/sub", 0755);
        f.writeFile(W + "/d/g", "");
        f.writeFile(W + "/f", "x");
        vfs.mkdir(W, "e", 0755);
        vfs.mkdir(W, "full", 0755);
        f.writeFile(W + "/full/x", "");
    }

    @Test
    void mkdirErrors() {
        fails(Errno.EEXIST, () -> vfs.mkdir(W, "d/.", 0755));
        fails(Errno.EEXIST, () -> vfs.mkdir(W, "d/..", 0755));
        fails(Errno.EEXIST, () -> vfs.mkdir(W, "f", 0755));
        fails(Errno.EEXIST, () -> vfs.mkdir(W, "f/", 0755));
        fails(Errno.EEXIST, () -> vfs.mkdir(W, "/", 0755));
        fails(Errno.ENOENT, () -> vfs.mkdir(W, "nx/a", 0755));
        fails(Errno.ENOTDIR, () -> vfs.mkdir(W, "f/a", 0755));
        FsError e = fails(Errno.EEXIST, () -> vfs.mkdir(W, "d", 0755));
        assertEquals("d", e.filename());
    }

    @Test
    void mkdirWithTrailingAndRepeatedSlashesCreates() {
        vfs.mkdir(W, "e//b/", 0777);
        Stat st = vfs.stat(W, "e/b");
        assertTrue(st.isDirectory());
        assertEquals(0755, st.mode() & 07777, "umask 022 applies");
        assertEquals(2, st.nlink());
    }

    @Test
    void directoryLinkCountIsTwoPlusSubdirectories() {
        assertEquals(3, vfs.stat(W, "d").nlink());
        vfs.mkdir(W, "d/sub2", 0755);
        assertEquals(4, vfs.stat(W, "d").nlink());
        vfs.rename(W, "d/sub2", "e/sub2");
        assertEquals(3, vfs.stat(W, "d").nlink());
        assertEquals(3, vfs.stat(W, "e").nlink());
        assertEquals(1, vfs.stat(W, "f").nlink());
    }

    @Test
    void rmdirErrors() {
        fails(Errno.ENOTEMPTY, () -> vfs.rmdir(W, "d"));
        fails(Errno.EINVAL, () -> vfs.rmdir(W, "."));
        fails(Errno.EINVAL, () -> vfs.rmdir(W, "d/."));
        fails(Errno.ENOTEMPTY, () -> vfs.rmdir(W, "d/.."));
        fails(Errno.ENOTEMPTY, () -> vfs.rmdir(W, ".."));
        fails(Errno.ENOTDIR, () -> vfs.rmdir(W, "f"));
        fails(Errno.ENOTDIR, () -> vfs.rmdir(W, "f/"));
        fails(Errno.ENOENT, () -> vfs.rmdir(W, "nx"));
        fails(Errno.EBUSY, () -> vfs.rmdir(W, "/"));
    }

    @Test
    void rmdirRemovesAnEmptyDirectoryEvenWithATrailingSlash() {
        vfs.rmdir(W, "e/");
        fails(Errno.ENOENT, () -> vfs.stat(W, "e"));
        assertEquals(List.of("d", "f", "full"), vfs.readdir(W, "."));
    }

    @Test
    void rmdirOfAMountPointIsEBUSY() {
        fails(Errno.EBUSY, () -> vfs.rmdir("/", "/dev"));
        fails(Errno.EBUSY, () -> vfs.rmdir("/", "/tmp/../proc/"));
    }

    @Test
    void unlinkErrors() {
        fails(Errno.EISDIR, () -> vfs.unlink(W, "d"));
        fails(Errno.EISDIR, () -> vfs.unlink(W, "d/"));
        fails(Errno.ENOTDIR, () -> vfs.unlink(W, "f/"));
        fails(Errno.EISDIR, () -> vfs.unlink(W, "."));
        fails(Errno.ENOENT, () -> vfs.unlink(W, "nx"));
        fails(Errno.EISDIR, () -> vfs.unlink(W, "/"));
        fails(Errno.EISDIR, () -> vfs.unlink(W, "e"));
    }

    @Test
    void unlinkRemovesTheName() {
        vfs.unlink(W, "f");
        assertFalse(vfs.exists(W, "f"));
        assertEquals(List.of("d", "e", "full"), vfs.readdir(W, "."));
    }

    @Test
    void renameErrorsCarryBothNames() {
        FsError e = fails(Errno.ENOENT, () -> vfs.rename(W, "nx", "f2"));
        assertEquals("nx", e.filename());
        assertEquals("f2", e.filename2());
        fails(Errno.EISDIR, () -> vfs.rename(W, "f", "d"));
        fails(Errno.ENOTDIR, () -> vfs.rename(W, "d", "f"));
        fails(Errno.ENOTEMPTY, () -> vfs.rename(W, "d", "full"));
        fails(Errno.EINVAL, () -> vfs.rename(W, "d", "d/sub/x"));
        fails(Errno.EINVAL, () -> vfs.rename(W, "d", "d/x"));
        fails(Errno.ENOTEMPTY, () -> vfs.rename(W, "d/sub", "d"));
        fails(Errno.ENOTDIR, () -> vfs.rename(W, "f", "g/"));
        fails(Errno.ENOTDIR, () -> vfs.rename(W, "f/", "g"));
        fails(Errno.EBUSY, () -> vfs.rename(W, "d/.", "x"));
        fails(Errno.EBUSY, () -> vfs.rename(W, "d/..", "x"));
        fails(Errno.EBUSY, () -> vfs.rename(W, "e", "d/."));
        fails(Errno.EBUSY, () -> vfs.rename(W, "e", "d/.."));
        fails(Errno.ENOENT, () -> vfs.rename(W, "e", "nx/y"));
        fails(Errno.ENOTDIR, () -> vfs.rename(W, "e", "f/y"));
        fails(Errno.EBUSY, () -> vfs.rename(W, "/", "x"));
        fails(Errno.EBUSY, () -> vfs.rename(W, ".", "x"));
        fails(Errno.ENOTEMPTY, () -> vfs.rename(W, "e", "d"));
        fails(Errno.ENOTDIR, () -> vfs.rename(W, "e", "f/"));
    }

    @Test
    void renameOntoItselfIsANoOp() {
        vfs.rename(W, "d", "d");
        vfs.rename(W, "f", "f");
        vfs.rename(W, "d", "./d/");
        assertEquals(List.of("d", "f", "e", "full"), vfs.readdir(W, "."));
        assertEquals("x", f.readFile(W + "/f"));
    }

    @Test
    void renameWithATrailingSlashMovesADirectory() {
        vfs.rename(W, "e", "e2/");
        vfs.rename(W, "e2/", "e3");
        assertTrue(vfs.stat(W, "e3").isDirectory());
        assertFalse(vfs.exists(W, "e"));
    }

    @Test
    void renameReplacesAFileAndKeepsTheMovedInode() {
        f.writeFile(W + "/g", "gg");
        long ino = vfs.stat(W, "f").ino();
        vfs.rename(W, "f", "g");
        assertFalse(vfs.exists(W, "f"));
        assertEquals(ino, vfs.stat(W, "g").ino());
        assertEquals("x", f.readFile(W + "/g"));
        // The moved name goes to the end of the directory's order.
        assertEquals(List.of("d", "e", "full", "g"), vfs.readdir(W, "."));
    }

    @Test
    void renameReplacesAnEmptyDirectory() {
        vfs.rename(W, "d", "e");
        assertEquals(List.of("sub", "g"), vfs.readdir(W, "e"));
        assertFalse(vfs.exists(W, "d"));
    }

    @Test
    void renameMovesADirectoryWithItsContentDeeper() {
        vfs.rename(W, "d", "e/moved");
        assertEquals("", f.readFile(W + "/e/moved/g"));
        assertEquals(List.of("moved"), vfs.readdir(W, "e"));
    }

    @Test
    void renameAcrossMountsIsEXDEV() {
        fails(Errno.EXDEV, () -> vfs.rename(W, "f", "/dev/f"));
        fails(Errno.EXDEV, () -> vfs.rename("/", "/dev/null", "/tmp/null"));
        fails(Errno.EXDEV, () -> vfs.rename(W, "f", "/proc/f"));
    }

    @Test
    void renameOfAMountPointIsEBUSY() {
        fails(Errno.EBUSY, () -> vfs.rename("/", "/dev", "/devices"));
        fails(Errno.EBUSY, () -> vfs.rename("/", "/tmp/w/e", "/proc"));
    }

    @Test
    void readdirKeepsCreationOrder() {
        vfs.mkdir(W, "z", 0755);
        f.writeFile(W + "/a", "");
        vfs.mkdir(W, "m", 0755);
        assertEquals(List.of("d", "f", "e", "full", "z", "a", "m"), vfs.readdir(W, "."));
        List<DirEntry> entries = vfs.scandir(W, ".");
        assertEquals("d", entries.get(0).name());
        assertTrue(entries.get(0).isDirectory());
        assertTrue(entries.get(1).isRegularFile());
        assertEquals(vfs.stat(W, "f").ino(), entries.get(1).ino());
    }

    @Test
    void readdirErrors() {
        fails(Errno.ENOTDIR, () -> vfs.readdir(W, "f"));
        fails(Errno.ENOENT, () -> vfs.readdir(W, "nx"));
    }

    @Test
    void theStandardTreeHasItsDirectoriesAndMountPointsListedInTheRoot() {
        assertEquals(List.of("bin", "lib", "examples", "tmp", "dev", "proc"), vfs.readdir("/", "/"));
        assertEquals(01777, vfs.stat("/", "/tmp").mode() & 07777);
        List<DirEntry> root = vfs.scandir("/", "/");
        assertEquals(vfs.stat("/", "/dev").ino(), root.get(4).ino(), "the mounted root's inode, as readdir shows");
    }

    @Test
    void statReportsTypeSizeTimesAndInodes() {
        f.now += 5_000;
        Stat st = vfs.stat(W, "f");
        assertTrue(st.isRegularFile());
        assertEquals(Stat.S_IFREG | 0644, st.mode());
        assertEquals(1, st.size());
        assertEquals(FsFixture.T0, st.mtimeNs());
        assertEquals(0, st.uid());
        assertTrue(st.ino() > 0);
        assertEquals(80, vfs.stat(W, "d").size(), "as tmpfs: 20 bytes for each of ., .., sub and g");
    }

    @Test
    void writesMoveMtimeAndCtimeOfTheFileAndCreatingMovesTheDirectorys() {
        f.now += 1000;
        int fd = f.open(W + "/f", OpenFlags.O_WRONLY);
        f.fds.write(fd, FsFixture.bytes("y"));
        assertEquals(FsFixture.T0 + 1000, f.fds.fstat(fd).mtimeNs());
        assertEquals(FsFixture.T0, f.fds.fstat(fd).atimeNs());
        f.now += 1000;
        f.writeFile(W + "/new", "");
        assertEquals(FsFixture.T0 + 2000, vfs.stat(W, ".").mtimeNs());
    }

    @Test
    void utimeSetsTimesAndChmodSetsPermissionBits() {
        vfs.utime(W, "f", 123, 456);
        Stat st = vfs.stat(W, "f");
        assertEquals(123, st.atimeNs());
        assertEquals(456, st.mtimeNs());
        f.now += 7;
        vfs.utime(W, "f", Vfs.UTIME_NOW, Vfs.UTIME_NOW);
        assertEquals(FsFixture.T0 + 7, vfs.stat(W, "f").mtimeNs());
        vfs.chmod(W, "f", 0100600);
        assertEquals(Stat.S_IFREG | 0600, vfs.stat(W, "f").mode());
        fails(Errno.ENOENT, () -> vfs.chmod(W, "nx", 0600));
    }

    @Test
    void truncateByPath() {
        vfs.truncate(W, "f", 4);
        assertEquals("x\0\0\0", f.readFile(W + "/f"));
        vfs.truncate(W, "f", 0);
        assertEquals("", f.readFile(W + "/f"));
        fails(Errno.EINVAL, () -> vfs.truncate(W, "f", -1));
        fails(Errno.EISDIR, () -> vfs.truncate(W, "d", 0));
        fails(Errno.ENOENT, () -> vfs.truncate(W, "nx", 0));
        fails(Errno.ENOTDIR, () -> vfs.truncate(W, "f/", 0));
        fails(Errno.EINVAL, () -> vfs.truncate("/", "/dev/null", 0));
        fails(Errno.EFBIG, () -> vfs.truncate(W, "f", RegularFile.MAX_SIZE + 1));
    }

    @Test
    void installFileCreatesParentsAndReplacesContent() {
        vfs.installFile("/examples/games/snake.py", FsFixture.bytes("print('hi')\n"));
        assertEquals("print('hi')\n", f.readFile("/examples/games/snake.py"));
        assertEquals(Stat.S_IFREG | 0644, vfs.stat("/", "/examples/games/snake.py").mode());
        assertEquals(Stat.S_IFDIR | 0755, vfs.stat("/", "/examples/games").mode());
        vfs.installFile("/examples/games/snake.py", FsFixture.bytes("x"));
        assertEquals("x", f.readFile("/examples/games/snake.py"));
        fails(Errno.EINVAL, () -> vfs.installFile("relative", new byte[0]));
        fails(Errno.EISDIR, () -> vfs.installFile("/examples", new byte[0]));
        fails(Errno.EROFS, () -> vfs.installFile("/proc/x", new byte[0]));
    }
}
