package pyjama.python;

/**
 * What an embedding gives the interpreter: the program's console, clocks, and the
 * interrupt flag. The command line implements it over stdin/stdout; the kernel over its
 * serial console (with its own line editor) and later over each TCP session.
 */
public interface PythonHost {

    /** Writes text to standard output (sys.stdout). */
    void writeOut(String text);

    /** Writes text to standard error (sys.stderr). */
    void writeErr(String text);

    /**
     * Shows {@code prompt} and reads one line without its line terminator, or returns null at
     * end of input (Ctrl-D on an empty line). Throws {@link InterruptedInput} if the user
     * pressed Ctrl-C while typing; the REPL then prints KeyboardInterrupt and prompts again.
     */
    String readLine(String prompt);

    /**
     * Polled by the VM at instruction boundaries (every few thousand instructions): true once
     * per user interrupt request (Ctrl-C), which the VM raises as KeyboardInterrupt in the
     * running code. Must be cheap.
     */
    boolean interruptRequested();

    /**
     * Waits about {@code nanos} nanoseconds (time.sleep). Returns true early when the user
     * pressed Ctrl-C (the caller raises KeyboardInterrupt), false when the time is up. The
     * kernel overrides this to halt the CPU in its event loop until the deadline or an
     * interrupt. The default polls the clock: Thread.sleep is a coroutine under TeaVM's C
     * backend (its transformation fails on this method, and bare metal has no thread to park),
     * so command-line hosts that can block a thread override it.
     */
    default boolean sleep(long nanos) {
        long end = nanoTime() + nanos;
        while (nanoTime() < end) {
            if (interruptRequested()) return true;
        }
        return false;
    }

    /**
     * Lets about {@code nanos} pass without taking a Ctrl-C request (a green thread waiting while
     * no other can run; the request stays for the main thread). The kernel halts in its event loop.
     */
    default void pause(long nanos) {
        long end = nanoTime() + nanos;
        while (nanoTime() < end) {
            // the clock is all a portable host can watch
        }
    }

    /** Monotonic nanoseconds (time.monotonic, time.perf_counter). */
    long nanoTime();

    /** Wall clock in milliseconds since the Unix epoch (time.time). */
    long wallClockMillis();

    /** The environment variables {@code os.environ} starts with. */
    default java.util.Map<String, String> environment() { return java.util.Map.of(); }

    /** The process id {@code os.getpid()} reports. */
    default long processId() { return 1; }

    /** The number of CPUs {@code os.cpu_count()} reports. */
    default int cpuCount() { return 1; }

    /** Thrown by {@link #readLine} when the user cancels the line with Ctrl-C. */
    final class InterruptedInput extends RuntimeException {
        public InterruptedInput() { super("KeyboardInterrupt", null, false, false); }
    }
}
