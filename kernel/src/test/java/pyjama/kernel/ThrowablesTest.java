package pyjama.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThrowablesTest {
    @Test
    void describeIsClassNameAndMessage() {
        assertEquals("java.lang.IllegalStateException: broken", Throwables.describe(new IllegalStateException("broken")));
        assertEquals("java.lang.RuntimeException", Throwables.describe(new RuntimeException()));
    }

    @Test
    void runtimeExceptionsAreNamedWithoutReadingTheirMessage() {
        Throwable npe = new NullPointerException("must not be read") {
            @Override public String getMessage() { throw new AssertionError("message read"); }
        };
        assertEquals("java.lang.NullPointerException", Throwables.describe(npe));
        assertEquals("java.lang.ArrayIndexOutOfBoundsException",
                Throwables.describe(new ArrayIndexOutOfBoundsException("Index 5 out of bounds for length 2")));
    }

    @Test
    void stackTraceSkipsConstructionFramesAndFollowsCauses() {
        RuntimeException e = new RuntimeException("outer", new IllegalArgumentException("inner"));
        e.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("java.lang.Throwable", "fillInStackTrace", "TThrowable.java", 119),
                new StackTraceElement("java.lang.RuntimeException", "<init>", "TRuntimeException.java", 30),
                new StackTraceElement("pyjama.X", "run", "X.java", 7),
                new StackTraceElement("pyjama.Y", "main", null, -1)});
        e.getCause().setStackTrace(new StackTraceElement[0]);
        List<String> lines = new ArrayList<>();
        Throwables.printStackTrace(e, lines::add);
        assertEquals(List.of(
                "java.lang.RuntimeException: outer",
                "\tat pyjama.X.run(X.java:7)",
                "\tat pyjama.Y.main(Unknown Source)",
                "Caused by: java.lang.IllegalArgumentException: inner",
                "\tat <no stack frames recorded on this platform>"), lines);
    }

    @Test
    void aSelfCausedExceptionDoesNotLoopForever() {
        List<String> lines = new ArrayList<>();
        Exception a = new Exception("a");
        Exception b = new Exception("b", a);
        a.initCause(b);
        Throwables.printStackTrace(b, lines::add);
        assertTrue(lines.stream().filter(l -> l.startsWith("Caused by")).count() <= 8);
    }
}
