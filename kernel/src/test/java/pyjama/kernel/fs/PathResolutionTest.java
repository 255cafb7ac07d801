package pyjama.kernel.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pyjama.kernel.fs.FsFixture.fails;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PathResolutionTest {
    FsFixture f;
    Vfs vfs;

    @BeforeEach
    void setUp() {
        f = new FsFixture();
        vfs = f.vfs;
        vfs.mkdir("/", "/tmp/d", 0755);
        vfs.mkdir("/", "/tmp/d/sub", 0755);
        f.writeFile("/tmp/f", "x");
    }

    @Test
    void repeatedSlashesDotsAndDotDotsResolveToTheSameInode() {
        long ino = vfs.stat("/", "/tmp/d/sub").ino();
        assertEquals(ino, vfs.stat("/", "//tmp///d//sub").ino());
        assertEquals(ino, vfs.stat("/", "/tmp/./d/./sub/.").ino());
        assertEquals(ino, vfs.stat("/", "/tmp/d/sub/../sub").ino());
        assertEquals(ino, vfs.stat("/", "/../../tmp/d/sub").ino());
    }

    @Test
    void relativePathsResolveAgainstTheGivenCwd() {
        long ino = vfs.stat("/", "/tmp/d/sub").ino();
        assertEquals(ino, vfs.stat("/tmp/d", "sub").ino());
        assertEquals(ino, vfs.stat("/tmp/d/sub", ".").ino());
        assertEquals(ino, vfs.stat("/tmp", "./d/sub/").ino());
        assertEquals(vfs.stat("/", "/tmp").ino(), vfs.stat("/tmp/d/sub", "../..").ino());
        assertEquals(vfs.stat("/", "/").ino(), vfs.stat("/tmp", "../../../..").ino());
        assertEquals(vfs.stat("/", "/tmp/f").ino(), vfs.stat(null, "tmp/f").ino());
    }

    @Test
    void emptyPathIsENOENT() {
        fails(Errno.ENOENT, () -> vfs.stat("/tmp", ""));
    }

    @Test
    void missingIntermediateIsENOENTAndFileIntermediateIsENOTDIR() {
        fails(Errno.ENOENT, () -> vfs.stat("/", "/tmp/nx/a"));
        fails(Errno.ENOTDIR, () -> vfs.stat("/", "/tmp/f/x"));
        // Linux walks "..": through a file it is ENOTDIR, through nothing ENOENT.
        fails(Errno.ENOTDIR, () -> vfs.stat("/", "/tmp/f/.."));
        fails(Errno.ENOENT, () -> vfs.stat("/", "/tmp/nx/.."));
    }

    @Test
    void trailingSlashOnAFileIsENOTDIR() {
        fails(Errno.ENOTDIR, () -> vfs.stat("/", "/tmp/f/"));
        fails(Errno.ENOTDIR, () -> f.open("/tmp/f/", OpenFlags.O_RDONLY));
        fails(Errno.ENOTDIR, () -> vfs.stat("/", "/tmp/f/."));
        assertTrue(vfs.stat("/", "/tmp/d/").isDirectory());
    }

    @Test
    void overlongNamesAndPathsAreENAMETOOLONG() {
        String name = "n".repeat(256);
        FsError e = fails(Errno.ENAMETOOLONG, () -> vfs.mkdir("/", "/tmp/" + name, 0755));
        assertEquals("/tmp/" + name, e.filename());
        vfs.mkdir("/", "/tmp/" + "n".repeat(255), 0755);
        // 255 bytes is the limit in UTF-8, not in characters: 86 three-byte characters are 258 bytes.
        fails(Errno.ENAMETOOLONG, () -> vfs.mkdir("/", "/tmp/" + "\u20ac".repeat(86), 0755));
        vfs.mkdir("/", "/tmp/" + "\u20ac".repeat(85), 0755);
        StringBuilder longPath = new StringBuilder();
        while (longPath.length() < 4096) longPath.append("/a");
        fails(Errno.ENAMETOOLONG, () -> vfs.stat("/", longPath.toString()));
    }

    @Test
    void nulInAPathIsEINVAL() {
        fails(Errno.EINVAL, () -> vfs.stat("/", "/tmp/a\0b"));
    }

    @Test
    void mountsHideTheDirectoryTheyAreMountedOn() {
        Stat dev = vfs.stat("/", "/dev");
        assertTrue(dev.isDirectory());
        assertNotEquals(vfs.stat("/", "/").dev(), dev.dev());
        assertTrue(vfs.stat("/", "/dev/null").isCharDevice());
        assertEquals(dev.dev(), vfs.stat("/", "/dev/null").dev());
        // ".." from a mount's root goes back into the filesystem it is mounted in.
        assertEquals(vfs.stat("/", "/tmp").ino(), vfs.stat("/dev", "../tmp").ino());
        assertEquals(vfs.stat("/", "/").ino(), vfs.stat("/", "/dev/..").ino());
        assertEquals(vfs.stat("/", "/").dev(), vfs.stat("/proc", "..").dev());
    }

    @Test
    void aMountOnADeeperDirectoryWins() {
        vfs.mkdir("/", "/tmp/m", 0755);
        TmpFs inner = new TmpFs(() -> 0L, Long.MAX_VALUE);
        vfs.mount("/tmp/m", inner, false);
        f.writeFile("/tmp/m/x", "inner");
        assertEquals(inner.dev, vfs.stat("/", "/tmp/m/x").dev());
        assertSame(inner, vfs.filesystemFor("/tmp/m/x"));
        assertSame(inner, vfs.filesystemFor("/tmp/m"));
        assertSame(vfs.mounts().get(0), vfs.filesystemFor("/tmp/mx"));
        assertSame(vfs.devFs(), vfs.filesystemFor("/dev/../dev/null"));
        assertEquals("tmpfs / tmpfs rw 0 0\ndevtmpfs /dev devtmpfs rw 0 0\nproc /proc proc ro 0 0\n"
                + "tmpfs /tmp/m tmpfs rw 0 0\n", vfs.mountsText());
    }

    @Test
    void mountingTwiceOrOnAFileFails() {
        TmpFs other = new TmpFs(() -> 0L, Long.MAX_VALUE);
        fails(Errno.ENOTDIR, () -> vfs.mount("/tmp/f", other, false));
        fails(Errno.ENOENT, () -> vfs.mount("/tmp/nx", other, false));
        fails(Errno.EBUSY, () -> vfs.mount("/tmp/d", vfs.devFs(), false));
    }

    @Test
    void resolveDirectoryGivesTheNormalisedAbsolutePathForChdir() {
        assertEquals("/tmp/d/sub", vfs.resolveDirectory("/tmp", "d//sub/"));
        assertEquals("/tmp", vfs.resolveDirectory("/tmp/d/sub", "../.."));
        assertEquals("/", vfs.resolveDirectory("/tmp", ".."));
        assertEquals("/", vfs.resolveDirectory("/tmp", "/"));
        assertEquals("/dev", vfs.resolveDirectory("/", "dev"));
        fails(Errno.ENOTDIR, () -> vfs.resolveDirectory("/", "/tmp/f"));
        fails(Errno.ENOENT, () -> vfs.resolveDirectory("/", "/tmp/nx"));
    }

    @Test
    void aCwdThatNoLongerExistsMakesRelativePathsENOENT() {
        vfs.rmdir("/", "/tmp/d/sub");
        fails(Errno.ENOENT, () -> vfs.stat("/tmp/d/sub", "."));
        assertTrue(vfs.stat("/tmp/d/sub", "/tmp").isDirectory());
    }

    @Test
    void absoluteIsLexicalLikeNormpath() {
        assertEquals("/a/c", Vfs.absolute("/", "/a/b/../c/."));
        assertEquals("/x/y", Vfs.absolute("/x", "y/"));
        assertEquals("/", Vfs.absolute("/x", "../.."));
        assertEquals("/y", Vfs.absolute(null, "y"));
    }

    @Test
    void existsIsFalseRatherThanAnError() {
        assertTrue(vfs.exists("/", "/tmp/f"));
        assertFalse(vfs.exists("/", "/tmp/f/"));
        assertFalse(vfs.exists("/", "/tmp/nx"));
    }
}
