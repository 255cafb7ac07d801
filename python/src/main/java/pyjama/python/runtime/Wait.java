package pyjama.python.runtime;

/**
 * What a blocked green thread waits for (see {@link Interp#block}): a deadline, a lock to become
 * free. The scheduler polls it; the first non-null result is what the blocking call returns.
 */
public interface Wait {
    /** The blocking call's result if the wait is over at {@code now} (taking what it waited for), else null. */
    PyObject poll(long now);

    /** The host nanoTime by which {@link #poll} returns a result at the latest, or Long.MAX_VALUE. */
    long deadline();

    /** Sleeps until {@code deadlineNanos}: time.sleep. */
    static Wait until(long deadlineNanos) {
        return new Wait() {
            @Override public PyObject poll(long now) { return now >= deadlineNanos ? T.None : null; }
            @Override public long deadline() { return deadlineNanos; }
        };
    }
}
