package pyjama.kernel.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FsErrorTest {
    @Test
    void errnoNumbersAreLinuxs() {
        int[][] pairs = {
                {Errno.EPERM, 1}, {Errno.ENOENT, 2}, {Errno.EINTR, 4}, {Errno.EIO, 5}, {Errno.EBADF, 9},
                {Errno.EACCES, 13}, {Errno.EBUSY, 16}, {Errno.EEXIST, 17}, {Errno.EXDEV, 18},
                {Errno.ENOTDIR, 20}, {Errno.EISDIR, 21}, {Errno.EINVAL, 22}, {Errno.EMFILE, 24},
                {Errno.EFBIG, 27}, {Errno.ENOSPC, 28}, {Errno.ESPIPE, 29}, {Errno.EROFS, 30},
                {Errno.ENAMETOOLONG, 36}, {Errno.ENOTEMPTY, 39}, {Errno.ELOOP, 40},
        };
        for (int[] p : pairs) assertEquals(p[1], p[0]);
    }

    @Test
    void strerrorTextsAreGlibcs() {
        // Checked against os.strerror on Linux (CPython 3.12, glibc).
        assertEquals("Operation not permitted", Errno.strerror(1));
        assertEquals("No such file or directory", Errno.strerror(2));
        assertEquals("Interrupted system call", Errno.strerror(4));
        assertEquals("Input/output error", Errno.strerror(5));
        assertEquals("Bad file descriptor", Errno.strerror(9));
        assertEquals("Permission denied", Errno.strerror(13));
        assertEquals("Device or resource busy", Errno.strerror(16));
        assertEquals("File exists", Errno.strerror(17));
        assertEquals("Invalid cross-device link", Errno.strerror(18));
        assertEquals("Not a directory", Errno.strerror(20));
        assertEquals("Is a directory", Errno.strerror(21));
        assertEquals("Invalid argument", Errno.strerror(22));
        assertEquals("Too many open files", Errno.strerror(24));
        assertEquals("File too large", Errno.strerror(27));
        assertEquals("No space left on device", Errno.strerror(28));
        assertEquals("Illegal seek", Errno.strerror(29));
        assertEquals("Read-only file system", Errno.strerror(30));
        assertEquals("File name too long", Errno.strerror(36));
        assertEquals("Directory not empty", Errno.strerror(39));
        assertEquals("Too many levels of symbolic links", Errno.strerror(40));
        assertEquals("Unknown error 999", Errno.strerror(999));
    }

    @Test
    void carriesErrnoStrerrorAndBothFilenames() {
        FsError e = new FsError(Errno.EXDEV, "/a", "/dev/b");
        assertEquals(18, e.errno());
        assertEquals("Invalid cross-device link", e.strerror());
        assertEquals("/a", e.filename());
        assertEquals("/dev/b", e.filename2());
        assertEquals("[Errno 18] Invalid cross-device link: '/a' -> '/dev/b'", e.getMessage());
    }

    @Test
    void descriptorErrorsHaveNoFilename() {
        FsError e = new FsError(Errno.EBADF);
        assertNull(e.filename());
        assertEquals("[Errno 9] Bad file descriptor", e.getMessage());
    }

    @Test
    void errnoNamesMatchPythonsErrorcode() {
        assertEquals("ENOENT", Errno.name(2));
        assertEquals("ENOTEMPTY", Errno.name(39));
        assertEquals("E999", Errno.name(999));
    }
}
