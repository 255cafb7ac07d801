package pyjama.kernel;

import java.util.function.Consumer;

/**
 * Prints Java exceptions for humans without tripping TeaVM's C backend: the runtime's own
 * NullPointerException and array-index exceptions carry no usable message there (asking for it
 * faults), so their message is never read.
 */
public final class Throwables {
    private Throwables() {}

    /** Deepest cause chain printed; a cycle or a pathological chain stops here. */
    private static final int MAX_CAUSES = 8;
    private static final int MAX_FRAMES = 64;

    /** {@code java.lang.RuntimeException: message}, as Throwable.toString, but safe. */
    public static String describe(Throwable t) {
        String name = className(t);
        if (!messageIsSafe(t)) return name;
        String message = t.getMessage();
        return message == null ? name : name + ": " + message;
    }

    /** Writes the exception, its frames and its causes, one line at a time. */
    public static void printStackTrace(Throwable t, Consumer<String> line) {
        Throwable current = t;
        for (int depth = 0; current != null && depth < MAX_CAUSES; depth++) {
            line.accept((depth == 0 ? "" : "Caused by: ") + describe(current));
            StackTraceElement[] frames = current.getStackTrace();
            if (frames == null || frames.length == 0) {
                line.accept("\tat <no stack frames recorded on this platform>");
            } else {
                // TeaVM's traces start inside the exception's construction; that is noise.
                int first = 0;
                while (first < frames.length - 1 && isConstruction(frames[first])) first++;
                int shown = Math.min(frames.length - first, MAX_FRAMES);
                for (int i = 0; i < shown; i++) line.accept("\tat " + frame(frames[first + i]));
                int hidden = frames.length - first - shown;
                if (hidden > 0) line.accept("\t... " + hidden + " more");
            }
            Throwable cause = current.getCause();
            current = cause == current ? null : cause;
        }
    }

    private static boolean isConstruction(StackTraceElement e) {
        String method = e.getMethodName();
        return "fillInStackTrace".equals(method) || "<init>".equals(method)
                || "java.lang.Throwable".equals(e.getClassName());
    }

    private static String frame(StackTraceElement e) {
        String where = e.getFileName() == null ? "Unknown Source"
                : e.getLineNumber() > 0 ? e.getFileName() + ":" + e.getLineNumber() : e.getFileName();
        return e.getClassName() + "." + e.getMethodName() + "(" + where + ")";
    }

    private static boolean messageIsSafe(Throwable t) {
        return !(t instanceof NullPointerException
                || t instanceof ArrayIndexOutOfBoundsException
                || t instanceof ClassCastException
                || t instanceof ArrayStoreException
                || t instanceof NegativeArraySizeException);
    }

    /** Names the common runtime exceptions without asking the class for its name. */
    private static String className(Throwable t) {
        // An instanceof chain, most specific first: the runtime's own exceptions by name, so
        // printing them never depends on class metadata.
        if (t instanceof NullPointerException) return "java.lang.NullPointerException";
        if (t instanceof ArrayIndexOutOfBoundsException) return "java.lang.ArrayIndexOutOfBoundsException";
        if (t instanceof ClassCastException) return "java.lang.ClassCastException";
        if (t instanceof ArrayStoreException) return "java.lang.ArrayStoreException";
        if (t instanceof NegativeArraySizeException) return "java.lang.NegativeArraySizeException";
        if (t instanceof OutOfMemoryError) return "java.lang.OutOfMemoryError";
        if (t instanceof StackOverflowError) return "java.lang.StackOverflowError";
        return t.getClass().getName();
    }
}
