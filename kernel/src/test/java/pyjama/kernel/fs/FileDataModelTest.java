package pyjama.kernel.fs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static pyjama.kernel.fs.OpenFlags.*;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A file's content after random writes, pwrites, seeks and truncations (straddling chunk
 * boundaries, leaving holes) always equals a plain byte-array model of POSIX semantics.
 */
class FileDataModelTest {
    @Test
    void randomEditsMatchAByteArrayModel() {
        for (long seed = 1; seed <= 20; seed++) {
            Random rnd = new Random(seed);
            FsFixture f = new FsFixture();
            int fd = f.open("/tmp/m", O_RDWR | O_CREAT);
            byte[] model = new byte[0];
            long pos = 0;
            int span = 3 * ByteStore.CHUNK;
            for (int step = 0; step < 400; step++) {
                String where = "seed " + seed + " step " + step;
                switch (rnd.nextInt(5)) {
                    case 0 -> { // write at the position
                        byte[] data = randomBytes(rnd, rnd.nextInt(ByteStore.CHUNK + 100));
                        f.fds.write(fd, data);
                        model = put(model, (int) pos, data);
                        pos += data.length;
                    }
                    case 1 -> { // pwrite anywhere
                        byte[] data = randomBytes(rnd, rnd.nextInt(5000));
                        int at = rnd.nextInt(span);
                        f.fds.pwrite(fd, data, at);
                        model = put(model, at, data);
                    }
                    case 2 -> { // seek
                        pos = rnd.nextInt(span);
                        assertEquals(pos, f.fds.lseek(fd, pos, SEEK_SET), where);
                    }
                    case 3 -> { // truncate, shrinking or growing
                        int len = rnd.nextInt(span);
                        f.fds.ftruncate(fd, len);
                        model = Arrays.copyOf(model, len);
                    }
                    default -> { // read somewhere and compare
                        int at = rnd.nextInt(span);
                        int n = rnd.nextInt(ByteStore.CHUNK + 100);
                        byte[] got = f.fds.pread(fd, n, at);
                        int expectLen = Math.max(0, Math.min(n, model.length - at));
                        byte[] expect = expectLen == 0 ? new byte[0] : Arrays.copyOfRange(model, at, at + expectLen);
                        assertArrayEquals(expect, got, where);
                    }
                }
                assertEquals(model.length, f.fds.fstat(fd).size(), where);
            }
            assertArrayEquals(model, f.vfs.readFile("/", "/tmp/m"), "seed " + seed);
        }
    }

    private static byte[] randomBytes(Random rnd, int n) {
        byte[] b = new byte[n];
        rnd.nextBytes(b);
        return b;
    }

    private static byte[] put(byte[] model, int at, byte[] data) {
        if (data.length == 0) return model;
        byte[] out = at + data.length > model.length ? Arrays.copyOf(model, at + data.length) : model;
        System.arraycopy(data, 0, out, at, data.length);
        return out;
    }
}
