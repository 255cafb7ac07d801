package pyjama.python;

/**
 * Running a file operation and getting its failure back as a value. Code that must clean up
 * after a failure (close a handle) uses this instead of try/finally: the exception handler here
 * touches nothing but the exception, the one shape TeaVM's C backend (setjmp/longjmp) is known
 * to keep intact (handlers that read the enclosing method's locals have seen them lost).
 */
final class FileHandles {
    private FileHandles() {}

    /** An operation that may fail with {@link FileSystemError}. */
    @FunctionalInterface
    interface Operation { void run(); }

    /** Runs op; its FileSystemError, or null when it succeeded. */
    static FileSystemError attempt(Operation op) {
        try {
            op.run();
            return null;
        } catch (FileSystemError e) {
            return e;
        }
    }
}
