package pyjama.kernel.fs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pyjama.kernel.fs.FsFixture.bytes;
import static pyjama.kernel.fs.FsFixture.fails;
import static pyjama.kernel.fs.OpenFlags.*;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** File data in tmpfs: chunking, sparse files, truncation, the size limit. */
class TmpFsDataTest {
    @Test
    void dataSpanningManyChunksReadsBackExactly() {
        FsFixture f = new FsFixture();
        byte[] data = new byte[3 * ByteStore.CHUNK + 12345];
        new Random(7).nextBytes(data);
        int fd = f.create("/tmp/big");
        // Odd-sized writes so they straddle chunk boundaries.
        for (int at = 0; at < data.length; at += 9999) {
            int n = Math.min(9999, data.length - at);
            f.fds.write(fd, java.util.Arrays.copyOfRange(data, at, at + n));
        }
        f.fds.close(fd);
        assertArrayEquals(data, f.vfs.readFile("/", "/tmp/big"));
        assertEquals(data.length, f.vfs.stat("/", "/tmp/big").size());
    }

    @Test
    void aHundredMegabyteFileIsHeldInChunks() {
        FsFixture f = new FsFixture();
        int fd = f.open("/tmp/huge", O_RDWR | O_CREAT);
        byte[] block = new byte[1 << 20];
        for (int i = 0; i < 100; i++) {
            block[0] = (byte) i;
            f.fds.write(fd, block);
        }
        assertEquals(100L << 20, f.fds.fstat(fd).size());
        assertEquals(100L << 20, f.vfs.mounts().get(0).usedBytes());
        assertEquals(37, f.fds.pread(fd, 1, 37L << 20)[0]);
        f.fds.close(fd);
        f.vfs.unlink("/", "/tmp/huge");
        assertEquals(0, f.vfs.mounts().get(0).usedBytes());
    }

    @Test
    void writingPastTheEndLeavesAZeroFilledHoleThatCostsNothing() {
        FsFixture f = new FsFixture();
        int fd = f.open("/tmp/sparse", O_RDWR | O_CREAT);
        long far = 10L * ByteStore.CHUNK + 5;
        f.fds.lseek(fd, far, SEEK_SET);
        f.fds.write(fd, bytes("end"));
        Stat st = f.fds.fstat(fd);
        assertEquals(far + 3, st.size());
        assertTrue(st.blocks() * 512 < ByteStore.CHUNK, "only the written chunk is allocated: " + st.blocks());
        byte[] head = f.fds.pread(fd, 100, 0);
        assertArrayEquals(new byte[100], head);
        byte[] tail = f.fds.pread(fd, 10, far - 2);
        assertArrayEquals(new byte[] {0, 0, 'e', 'n', 'd'}, tail);
    }

    @Test
    void shrinkingThenGrowingRevealsZerosNotOldData() {
        FsFixture f = new FsFixture();
        f.writeFile("/tmp/t", "abcdefgh");
        f.vfs.truncate("/", "/tmp/t", 3);
        f.vfs.truncate("/", "/tmp/t", 6);
        assertArrayEquals(new byte[] {'a', 'b', 'c', 0, 0, 0}, f.vfs.readFile("/", "/tmp/t"));
        int fd = f.open("/tmp/t", O_WRONLY);
        f.fds.ftruncate(fd, 1);
        f.fds.pwrite(fd, bytes("Z"), 4);
        assertArrayEquals(new byte[] {'a', 0, 0, 0, 'Z'}, f.vfs.readFile("/", "/tmp/t"));
    }

    @Test
    void truncatingAcrossChunksFreesTheirSpace() {
        FsFixture f = new FsFixture();
        int fd = f.create("/tmp/t");
        f.fds.write(fd, new byte[4 * ByteStore.CHUNK]);
        Filesystem tmp = f.vfs.mounts().get(0);
        assertEquals(4L * ByteStore.CHUNK, tmp.usedBytes());
        f.fds.ftruncate(fd, ByteStore.CHUNK + 1);
        assertEquals(2L * ByteStore.CHUNK, tmp.usedBytes());
        f.fds.ftruncate(fd, 0);
        assertEquals(0, tmp.usedBytes());
    }

    @Test
    void theSizeLimitGivesENOSPCAndNothingIsWrittenByTheFailingWrite() {
        FsFixture f = new FsFixture(1000);
        int fd = f.create("/tmp/a");
        f.fds.write(fd, new byte[500]);
        fails(Errno.ENOSPC, () -> f.fds.write(fd, new byte[600]));
        assertEquals(500, f.fds.fstat(fd).size());
        f.fds.ftruncate(fd, 0);
        f.fds.lseek(fd, 0, SEEK_SET);
        f.fds.write(fd, new byte[900]);
        assertEquals(900, f.fds.fstat(fd).size());
    }

    @Test
    void spaceOfAnUnlinkedFileIsFreedAtItsLastClose() {
        FsFixture f = new FsFixture(1 << 20);
        Filesystem tmp = f.vfs.mounts().get(0);
        int fd = f.create("/tmp/a");
        f.fds.write(fd, new byte[100_000]);
        int copy = f.fds.dup(fd);
        long used = tmp.usedBytes();
        assertTrue(used >= 100_000);
        f.vfs.unlink("/", "/tmp/a");
        f.fds.close(fd);
        assertEquals(used, tmp.usedBytes(), "still open through the dup");
        f.fds.close(copy);
        assertEquals(0, tmp.usedBytes());
    }

    @Test
    void renamingOverAFileFreesTheReplacedData() {
        FsFixture f = new FsFixture();
        f.writeFile("/tmp/a", "a");
        f.writeFile("/tmp/b", "b".repeat(5000));
        f.vfs.rename("/", "/tmp/a", "/tmp/b");
        assertTrue(f.vfs.mounts().get(0).usedBytes() < 64, "only the one-byte file's storage is left");
    }

    @Test
    void writesAndSeeksPastTheMaximumFileSizeFail() {
        FsFixture f = new FsFixture();
        int fd = f.open("/tmp/x", O_RDWR | O_CREAT);
        fails(Errno.EFBIG, () -> f.fds.pwrite(fd, bytes("x"), RegularFile.MAX_SIZE));
        fails(Errno.EINVAL, () -> f.fds.lseek(fd, RegularFile.MAX_SIZE + 1, SEEK_SET));
        f.fds.pwrite(fd, bytes("x"), RegularFile.MAX_SIZE - 1);
        assertEquals(RegularFile.MAX_SIZE, f.fds.fstat(fd).size());
    }

    @Test
    void smallFilesStaySmall() {
        FsFixture f = new FsFixture();
        f.writeFile("/tmp/s", "hi");
        Stat st = f.vfs.stat("/", "/tmp/s");
        assertEquals(1, st.blocks());
        assertTrue(f.vfs.mounts().get(0).usedBytes() < 64);
    }

    /** Frozen files are installed with their content made on first use; nothing shows the difference. */
    @Test
    void lazilyInstalledContentIsMadeOnFirstUseAndChargedFromTheStart() {
        FsFixture f = new FsFixture(1 << 20);
        Filesystem tmp = f.vfs.mounts().get(0);
        int[] made = {0};
        byte[] text = "print('hello')\n".repeat(1000).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        f.vfs.installFileLazily("/lib/a.py", text.length, () -> { made[0]++; return text.clone(); });
        assertEquals(0, made[0]);
        assertEquals(text.length, f.vfs.stat("/", "/lib/a.py").size());
        long charged = tmp.usedBytes();
        assertTrue(charged >= text.length, "charged at install: " + charged);
        assertArrayEquals(text, f.vfs.readFile("/", "/lib/a.py"));
        assertArrayEquals(text, f.vfs.readFile("/", "/lib/a.py"));
        assertEquals(1, made[0], "made once, on the first read");
        assertEquals(charged, tmp.usedBytes(), "no second charge");

        // a write before any read keeps the rest of the content
        f.vfs.installFileLazily("/lib/b.py", text.length, () -> { made[0]++; return text.clone(); });
        int fd = f.open("/lib/b.py", O_WRONLY);
        f.fds.write(fd, bytes("#"));
        f.fds.close(fd);
        byte[] b = f.vfs.readFile("/", "/lib/b.py");
        assertEquals('#', b[0]);
        assertArrayEquals(java.util.Arrays.copyOfRange(text, 1, text.length), java.util.Arrays.copyOfRange(b, 1, b.length));

        // truncating to nothing or deleting an unread file never makes it, and gives the space back
        int before = made[0];
        f.vfs.installFileLazily("/lib/c.py", text.length, () -> { made[0]++; return text.clone(); });
        f.vfs.installFileLazily("/lib/d.py", text.length, () -> { made[0]++; return text.clone(); });
        long withBoth = tmp.usedBytes();
        f.fds.close(f.open("/lib/c.py", O_WRONLY | O_TRUNC));
        assertEquals(0, f.vfs.stat("/", "/lib/c.py").size());
        f.vfs.unlink("/", "/lib/d.py");
        assertEquals(before, made[0]);
        assertTrue(tmp.usedBytes() <= withBoth - 2L * text.length, "freed: " + withBoth + " -> " + tmp.usedBytes());

        // content that would not fit is refused at install
        fails(Errno.ENOSPC, () -> f.vfs.installFileLazily("/lib/big.py", 2 << 20, () -> new byte[2 << 20]));
    }
}
