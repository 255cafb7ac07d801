package pyjama.python.runtime;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import pyjama.python.Interpreter;

/** The builtin types hold their subclasses weakly: a finished interpreter's classes can go. */
class SubclassesTest {
    @Test
    void aClassOfAnInterpreterThatIsGoneLeavesObjectsSubclasses() throws InterruptedException {
        String name = "Leftover" + System.nanoTime();
        Interpreter py = new Interpreter(new CapturingHost());
        py.exec("class " + name + "(dict):\n    pass\n", "<test>");
        assertTrue(names(T.DICT).contains(name), "the live class is listed");
        // as in the kernel: the next program's interpreter becomes the current one
        py = new Interpreter(new CapturingHost());
        py.exec("pass\n", "<test>");
        for (int i = 0; i < 50 && names(T.DICT).contains(name); i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertFalse(names(T.DICT).contains(name), "dict.__subclasses__() still holds the dropped class");
    }

    private static java.util.List<String> names(PyType t) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        for (PyType s : t.subclasses) out.add(s.name);
        return out;
    }
}
