package pyjama.kernel.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Robustness: long random sequences of operations on random (often wrong) paths and
 * descriptors never throw anything but {@link FsError} with a known errno, keep every listed
 * name stat-able, and give all space back once everything is closed and removed.
 */
class RandomOperationsTest {
    private static final String[] NAMES = {"a", "b", "c", "a", "b", "c", "a", "b", "/tmp/a", "/tmp/b", ".", "..", "", "a/", "b//", "/tmp", "/dev/null",
            "/proc/uptime", "/dev", "/proc", "/", "x/y", "a/b", "a/b/c", "../tmp/a", "/tmp/a/../b", "/dev/zero",
            "/dev/x", "/proc/x"};

    private final boolean[] opSucceeded = new boolean[20];

    @Test
    void randomSequencesOnlyEverFailWithFsError() {
        for (long seed = 1; seed <= 30; seed++) run(seed, 3000);
        for (int op = 0; op < opSucceeded.length; op++) assertTrue(opSucceeded[op], "operation " + op + " never succeeded");
    }

    private void run(long seed, int steps) {
        Random rnd = new Random(seed);
        FsFixture f = new FsFixture(200_000);
        f.vfs.procFs().register("uptime", () -> "1.00 0.00\n");
        FdTable fds = new FdTable(f.vfs, 16);
        String[] cwds = {"/tmp", "/tmp/a", "/", "/dev", "/tmp/a/b"};
        int succeeded = 0;
        for (int i = 0; i < steps; i++) {
            String cwd = cwds[rnd.nextInt(cwds.length)];
            String p = path(rnd);
            String q = path(rnd);
            int fd = rnd.nextInt(10) == 0 ? rnd.nextInt(20) - 2 : rnd.nextInt(6);
            int op = rnd.nextInt(20);
            String what = "seed " + seed + " step " + i + " op " + op + " cwd " + cwd + " p '" + p + "' q '" + q + "' fd " + fd;
            try {
                switch (op) {
                    case 0 -> fds.open(cwd, p, flags(rnd), 0644);
                    case 1 -> fds.read(fd, rnd.nextInt(3000));
                    case 2 -> fds.write(fd, new byte[rnd.nextInt(3000)]);
                    case 3 -> fds.lseek(fd, rnd.nextInt(200_000) - 1000, rnd.nextInt(4));
                    case 4 -> fds.close(fd);
                    case 5 -> fds.dup(fd);
                    case 6 -> fds.ftruncate(fd, rnd.nextInt(150_000) - 10);
                    case 7 -> f.vfs.mkdir(cwd, p, 0755);
                    case 8 -> f.vfs.rmdir(cwd, p);
                    case 9 -> f.vfs.unlink(cwd, p);
                    case 10, 11 -> f.vfs.rename(cwd, p, q);
                    case 12 -> f.vfs.stat(cwd, p);
                    case 13 -> f.vfs.readdir(cwd, p);
                    case 14 -> f.vfs.truncate(cwd, p, rnd.nextInt(100_000) - 10);
                    case 15 -> fds.pwrite(fd, new byte[rnd.nextInt(500)], rnd.nextInt(300_000) - 10);
                    case 16 -> fds.pread(fd, rnd.nextInt(500), rnd.nextInt(300_000) - 10);
                    case 17 -> fds.dup2(fd, rnd.nextInt(20) - 2);
                    case 18 -> f.vfs.resolveDirectory(cwd, p);
                    default -> fds.fstat(fd);
                }
                succeeded++;
                opSucceeded[op] = true;
            } catch (FsError e) {
                assertFalse(Errno.strerror(e.errno()).startsWith("Unknown"), what + ": " + e.getMessage());
            } catch (Throwable t) {
                fail(what + ": " + t, t);
            }
            if (i % 100 == 0) checkListedNamesExist(f.vfs, what);
            // Renames and removals take the working directories away; put them back now and then.
            if (i % 20 == 0) {
                for (String d : new String[] {"/tmp", "/tmp/a", "/tmp/a/b"}) {
                    if (!f.vfs.exists("/", d)) {
                        try {
                            f.vfs.mkdir("/", d, 0755);
                        } catch (FsError e) {
                            // A file in the way, or a missing parent: the next round may do better.
                        }
                    }
                }
            }
        }
        // Not a vacuous run: a fair share of operations did something.
        assertTrue(succeeded > steps / 10, "seed " + seed + ": only " + succeeded + " operations succeeded");
        fds.closeAll();
        removeAll(f.vfs, "/");
        assertEquals(0, f.vfs.mounts().get(0).usedBytes(), "seed " + seed + ": all space returned");
    }

    private static String path(Random rnd) {
        StringBuilder sb = new StringBuilder();
        int parts = 1 + rnd.nextInt(3);
        for (int i = 0; i < parts; i++) {
            if (i > 0) sb.append('/');
            sb.append(NAMES[rnd.nextInt(NAMES.length)]);
        }
        return sb.toString();
    }

    private static int flags(Random rnd) {
        int f = rnd.nextInt(4);
        int[] extra = {OpenFlags.O_CREAT, OpenFlags.O_EXCL, OpenFlags.O_TRUNC, OpenFlags.O_APPEND, OpenFlags.O_DIRECTORY};
        for (int x : extra) if (rnd.nextInt(3) == 0) f |= x;
        return f;
    }

    /** Every name readdir shows can be stat'ed (iteratively: no recursion). */
    private static void checkListedNamesExist(Vfs vfs, String what) {
        ArrayDeque<String> todo = new ArrayDeque<>();
        todo.add("/");
        while (!todo.isEmpty()) {
            String dir = todo.poll();
            for (String name : vfs.readdir("/", dir)) {
                String child = (dir.equals("/") ? "" : dir) + "/" + name;
                try {
                    if (vfs.stat("/", child).isDirectory()) todo.add(child);
                } catch (FsError e) {
                    fail(what + ": listed but not stat-able: " + child + " " + e.getMessage());
                }
            }
        }
    }

    /** Removes everything below {@code top} in its filesystem (not below mount points), deepest first. */
    private static void removeAll(Vfs vfs, String top) {
        long dev = vfs.stat("/", top).dev();
        List<String> dirs = new ArrayList<>();
        ArrayDeque<String> todo = new ArrayDeque<>();
        todo.add(top);
        while (!todo.isEmpty()) {
            String dir = todo.poll();
            dirs.add(dir);
            for (String name : vfs.readdir("/", dir)) {
                String child = (dir.equals("/") ? "" : dir) + "/" + name;
                Stat st = vfs.stat("/", child);
                if (st.dev() != dev) continue;
                if (st.isDirectory()) todo.add(child);
                else vfs.unlink("/", child);
            }
        }
        for (int i = dirs.size() - 1; i > 0; i--) vfs.rmdir("/", dirs.get(i));
    }
}
