package pyjama.python.runtime;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A type's direct subclasses, held weakly as CPython's tp_subclasses: the builtin types are
 * shared by every interpreter the kernel runs, and a strong list would keep each finished
 * program's classes (and through them its modules and whole runtime) alive forever. Iteration
 * skips, and add drops, the classes that are gone.
 */
final class Subclasses implements Iterable<PyType> {
    private final ArrayList<WeakReference<PyType>> refs = new ArrayList<>();

    void add(PyType t) {
        prune();
        refs.add(new WeakReference<>(t));
    }

    void remove(PyType t) {
        for (int i = 0; i < refs.size(); i++) {
            if (refs.get(i).get() == t) { refs.remove(i); return; }
        }
    }

    boolean contains(PyType t) {
        for (WeakReference<PyType> r : refs) if (r.get() == t) return true;
        return false;
    }

    /** The live subclasses now, in the order they were made (a copy: callers may add while iterating). */
    ArrayList<PyType> live() {
        ArrayList<PyType> out = new ArrayList<>(refs.size());
        for (WeakReference<PyType> r : refs) {
            PyType t = r.get();
            if (t != null) out.add(t);
        }
        return out;
    }

    @Override public Iterator<PyType> iterator() {
        ArrayList<PyType> snapshot = live();
        return new Iterator<>() {
            int i;
            @Override public boolean hasNext() { return i < snapshot.size(); }
            @Override public PyType next() {
                if (i >= snapshot.size()) throw new NoSuchElementException();
                return snapshot.get(i++);
            }
        };
    }

    private void prune() {
        // amortised: only when the list has grown, so adding stays cheap
        if (refs.size() < 16 || (refs.size() & (refs.size() - 1)) != 0) return;
        refs.removeIf(r -> r.get() == null);
    }
}
