package pyjama.kernel.python;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import pyjama.kernel.fs.ConsoleDevice;
import pyjama.kernel.fs.Stat;
import pyjama.kernel.fs.Vfs;
import pyjama.python.Errno;
import pyjama.python.FileHandle;
import pyjama.python.FileStat;
import pyjama.python.FileSystem;
import pyjama.python.FileSystemError;
import pyjama.python.Interpreter;
import pyjama.python.PythonHost;

/** The interpreter's file system over the kernel VFS: errno, file names, the cwd, handles, and Python on top. */
class VfsFileSystemTest {
    private long now = 1_700_000_000_000_000_000L;
    private final Vfs vfs = Vfs.standard(() -> now, 7L, new ConsoleDevice() {
        @Override public int read(byte[] b, int off, int len) { return 0; }
        @Override public void write(byte[] b, int off, int len) {}
    }, Long.MAX_VALUE);
    private final VfsFileSystem fs = new VfsFileSystem(vfs, "/");

    private static byte[] bytes(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    private static FileSystemError fails(int errno, Executable call) {
        FileSystemError e = assertThrows(FileSystemError.class, call);
        assertEquals(Errno.strerror(errno), e.strerror(), e.getMessage());
        return e;
    }

    @Test
    void statCarriesEveryFieldOfTheVfsStat() {
        vfs.installFile("/tmp/a.txt", bytes("hello"));
        Stat k = vfs.stat("/", "/tmp/a.txt");
        FileStat s = fs.stat("/tmp/a.txt");
        assertEquals(new FileStat(k.mode(), k.ino(), k.dev(), k.nlink(), k.uid(), k.gid(), k.rdev(), k.size(),
                k.blksize(), k.blocks(), k.atimeNs(), k.mtimeNs(), k.ctimeNs()), s);
        assertTrue(s.isRegularFile());
        assertEquals(5, s.size());
        assertTrue(fs.lstat("/tmp").isDirectory());
    }

    @Test
    void failuresKeepTheVfsErrnoAndFileNames() {
        vfs.installFile("/tmp/d/f", bytes("x"));
        assertEquals("/nope", fails(Errno.ENOENT, () -> fs.stat("/nope")).filename());
        fails(Errno.ENOTDIR, () -> fs.stat("/tmp/d/f/"));
        fails(Errno.EEXIST, () -> fs.mkdir("/tmp/d", 0777));
        fails(Errno.ENOTEMPTY, () -> fs.rmdir("/tmp/d"));
        fails(Errno.ENOTDIR, () -> fs.rmdir("/tmp/d/f"));
        fails(Errno.EISDIR, () -> fs.unlink("/tmp/d"));
        fails(Errno.ENOTDIR, () -> fs.scandir("/tmp/d/f"));
        fails(Errno.ENOTDIR, () -> fs.chdir("/tmp/d/f"));
        fails(Errno.EISDIR, () -> fs.open("/tmp/d", FileSystem.O_WRONLY, 0));
        fails(Errno.EEXIST, () -> fs.open("/tmp/d/f", FileSystem.O_WRONLY | FileSystem.O_CREAT | FileSystem.O_EXCL, 0666));
        fails(Errno.EROFS, () -> fs.mkdir("/proc/x", 0777));
        fails(Errno.EINVAL, () -> fs.readlink("/tmp/d/f"));
        FileSystemError r = fails(Errno.ENOENT, () -> fs.rename("/tmp/none", "/tmp/other"));
        assertEquals("/tmp/none", r.filename());
        assertEquals("/tmp/other", r.filename2());
    }

    @Test
    void relativePathsResolveAgainstItsOwnWorkingDirectory() {
        VfsFileSystem other = new VfsFileSystem(vfs, "/");
        fs.mkdir("/tmp/w", 0755);
        fs.chdir("/tmp/w");
        assertEquals("/tmp/w", fs.getcwd());
        FileHandle h = fs.open("new.txt", FileSystem.O_WRONLY | FileSystem.O_CREAT, 0644);
        h.write(bytes("abc"), 0, 3);
        h.close();
        assertEquals(List.of("new.txt"), fs.listdir("."));
        assertEquals(3, other.stat("/tmp/w/new.txt").size());
        assertEquals("/", other.getcwd(), "each file system has its own cwd");
        fs.chdir("..");
        assertEquals("/tmp", fs.getcwd());
        fs.rename("w/new.txt", "w/renamed.txt");
        assertEquals(List.of(new FileSystem.Entry("renamed.txt", fs.stat("w/renamed.txt").ino(), FileStat.S_IFREG)),
                fs.scandir("w"));
        fs.unlink("w/renamed.txt");
        fs.rmdir("w");
        assertFalse(vfs.exists("/", "/tmp/w"));
    }

    @Test
    void handlesReadWriteSeekAndTruncateInPlace() {
        FileHandle h = fs.open("/tmp/h", FileSystem.O_RDWR | FileSystem.O_CREAT | FileSystem.O_TRUNC, 0600);
        assertEquals(10, h.write(bytes("0123456789"), 0, 10));
        assertEquals(2, h.seek(2, FileSystem.SEEK_SET));
        byte[] b = new byte[3];
        assertEquals(3, h.read(b, 0, 3));
        assertArrayEquals(bytes("234"), b);
        assertEquals(5, h.tell());
        h.truncate(4);
        assertEquals(5, h.tell(), "ftruncate does not move the position");
        assertEquals(4, h.size());
        assertEquals(0, h.read(b, 0, 3), "past the end: end of file");
        assertEquals(7, h.seek(3, FileSystem.SEEK_END));
        fails(Errno.EINVAL, () -> h.seek(-1, FileSystem.SEEK_SET));
        assertEquals(0600, h.stat().mode() & 0777);
        h.close();
        h.close();
        fails(Errno.EBADF, () -> h.read(b, 0, 1));

        FileHandle a = fs.open("/tmp/h", FileSystem.O_WRONLY | FileSystem.O_APPEND, 0);
        a.seek(0, FileSystem.SEEK_SET);
        a.write(bytes("Z"), 0, 1);
        a.close();
        assertArrayEquals(bytes("0123Z"), vfs.readFile("/", "/tmp/h"));
        FileHandle ro = fs.open("/tmp/h", FileSystem.O_RDONLY, 0);
        fails(Errno.EBADF, () -> ro.write(bytes("x"), 0, 1));
        ro.close();
    }

    @Test
    void metadataCallsReachTheVfs() {
        vfs.installFile("/tmp/m", bytes("12345"));
        fs.utime("/tmp/m", 1_000_000_000L, 2_000_000_007L);
        assertEquals(1_000_000_000L, fs.stat("/tmp/m").atimeNs());
        assertEquals(2_000_000_007L, fs.stat("/tmp/m").mtimeNs());
        now += 5;
        fs.utime("/tmp/m", FileSystem.UTIME_NOW, FileSystem.UTIME_NOW);
        assertEquals(now, fs.stat("/tmp/m").mtimeNs());
        fs.chmod("/tmp/m", 0400);
        assertEquals(0400, fs.stat("/tmp/m").mode() & 07777);
        fs.truncate("/tmp/m", 2);
        assertArrayEquals(bytes("12"), fs.readFile("/tmp/m"));
        assertNull(fs.read("/tmp"), "the import system's read() is null for a directory");
    }

    @Test
    void closeAllEndsWhatARunLeftOpen() {
        vfs.installFile("/tmp/c", bytes("c"));
        for (int i = 0; i < 5; i++) fs.open("/tmp/c", FileSystem.O_RDONLY, 0);
        assertEquals(5, fs.openCount());
        fs.closeAll();
        assertEquals(0, fs.openCount());
    }

    /** Python's os and open() on the VFS, as the kernel's python command runs them. */
    @Test
    void pythonSeesCPythonsExceptionsAndFiles() {
        StringBuilder out = new StringBuilder();
        PythonHost host = new PythonHost() {
            @Override public void writeOut(String text) { out.append(text); }
            @Override public void writeErr(String text) { out.append(text); }
            @Override public String readLine(String prompt) { return null; }
            @Override public boolean interruptRequested() { return false; }
            @Override public long nanoTime() { return 0; }
            @Override public long wallClockMillis() { return 0; }
        };
        vfs.installFile("/tmp/py/data.txt", bytes("one\ntwo\n"));
        Interpreter py = new Interpreter(host, fs, new String[] { "" });
        int status = py.runMain(String.join("\n",
                "import os",
                "os.chdir('/tmp/py')",
                "print(os.getcwd(), os.listdir('.'))",
                "with open('data.txt') as f: print([l for l in f])",
                "with open('out.txt', 'w') as f: f.write('written')",
                "print(open('/tmp/py/out.txt').read(), os.stat('out.txt').st_size)",
                "for call in (lambda: open('missing'), lambda: open('/tmp'), lambda: os.mkdir('data.txt'),",
                "             lambda: os.rmdir('/tmp/py'), lambda: os.listdir('data.txt'), lambda: os.rename('x', 'y')):",
                "    try: call()",
                "    except OSError as e: print(type(e).__name__, e.errno, e)",
                "open('left-open.txt', 'w').write('flushed at the end')",
                ""), "<test>");
        assertEquals(0, status, out.toString());
        assertEquals(String.join("\n",
                "/tmp/py ['data.txt']",
                "['one\\n', 'two\\n']",
                "written 7",
                "FileNotFoundError 2 [Errno 2] No such file or directory: 'missing'",
                "IsADirectoryError 21 [Errno 21] Is a directory: '/tmp'",
                "FileExistsError 17 [Errno 17] File exists: 'data.txt'",
                "OSError 39 [Errno 39] Directory not empty: '/tmp/py'",
                "NotADirectoryError 20 [Errno 20] Not a directory: 'data.txt'",
                "FileNotFoundError 2 [Errno 2] No such file or directory: 'x' -> 'y'",
                ""), out.toString());
        py.closeFiles();
        assertEquals("flushed at the end", new String(vfs.readFile("/", "/tmp/py/left-open.txt"), StandardCharsets.UTF_8));
        assertEquals(0, fs.openCount(), "closeFiles closed every descriptor");
    }
}
