package pyjama.python.runtime;

import java.util.ArrayList;
import java.util.List;
import pyjama.python.Errno;
import pyjama.python.FileHandle;
import pyjama.python.FileSystemError;

/**
 * One interpreter's file descriptors and its files with unwritten data.
 *
 * <p>Descriptors are small ints naming the {@link FileHandle}s the embedding's file system gave
 * out ({@code os.open}, {@code FileIO.fileno()}), lowest free first from 3: 0, 1 and 2 are the
 * console streams, which are the host's, not files (only {@code os.write} to 1 and 2 reaches
 * them, in {@link PosixModule}).
 *
 * <p>Unwritten data: CPython closes (and so flushes) a file object as soon as its last reference
 * goes, so {@code open(p, 'w').write(s)} followed by reading {@code p} sees {@code s}. Objects
 * here are reclaimed by the Java GC without finalizers, so instead every buffered file with
 * pending writes registers itself ({@link #dirty}), and the interpreter writes them all out
 * ({@link #flushAll}) before any file-system operation that could observe them (open, stat,
 * listdir, rename, ...) and when a program ends.
 */
final class OpenFiles {
    /** Something holding bytes not yet given to its file system. */
    interface Pending {
        /** Writes out the pending bytes; leaves the object registered no more. */
        void flushPending();
    }

    private FileHandle[] table = new FileHandle[16];
    private final List<Pending> pending = new ArrayList<>();
    private boolean flushing;

    int add(FileHandle h) {
        for (int fd = 3; fd < table.length; fd++) {
            if (table[fd] == null) {
                table[fd] = h;
                return fd;
            }
        }
        int fd = table.length;
        table = java.util.Arrays.copyOf(table, table.length * 2);
        table[fd] = h;
        return fd;
    }

    /** The handle of fd, or EBADF. */
    FileHandle get(int fd) {
        if (fd < 0 || fd >= table.length || table[fd] == null) throw new FileSystemError(Errno.EBADF);
        return table[fd];
    }

    boolean isOpen(int fd) { return fd >= 0 && fd < table.length && table[fd] != null; }

    /** Closes fd (EBADF if it is not open). */
    void close(int fd) {
        FileHandle h = get(fd);
        table[fd] = null;
        h.close();
    }

    void dirty(Pending p) {
        if (!pending.contains(p)) pending.add(p);
    }

    void clean(Pending p) { pending.remove(p); }

    /**
     * Writes out every file's pending data. Errors are dropped here, as CPython drops those of a
     * file closed by garbage collection: a program that needs them calls flush() or close().
     */
    void flushAll() {
        if (pending.isEmpty() || flushing) return;
        flushing = true;
        Pending[] all = pending.toArray(new Pending[0]);
        pending.clear();
        for (Pending p : all) flushQuietly(p);
        flushing = false;
    }

    /*
     * The exception handlers of this package's file code touch nothing but the exception: TeaVM's
     * C backend (setjmp/longjmp) can lose other locals a handler reads (seen as a null `raw` in
     * open()'s cleanup), so try/catch lives in small methods like these.
     */

    private static void flushQuietly(Pending p) {
        try {
            p.flushPending();
        } catch (PyException | FileSystemError e) {
            // lost, as in CPython's "Exception ignored in: <_io.FileIO ...>"
        }
    }

    static void closeQuietly(FileHandle h) {
        try {
            h.close();
        } catch (FileSystemError e) {
            // closing at exit or after a failure: nothing left to tell
        }
    }

    /** Everything still open, for an embedding that ends the interpreter. */
    void closeAll() {
        flushAll();
        for (int fd = 3; fd < table.length; fd++) {
            FileHandle h = table[fd];
            if (h == null) continue;
            table[fd] = null;
            closeQuietly(h);
        }
    }
}
