package pyjama.python.runtime.bindings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import pyjama.python.Main;

/**
 * The Java modules re, zlib, hashlib, struct, cmath and array: each program in
 * src/test/resources/bindings must print exactly what CPython 3.12 printed for it (the .out
 * beside it was generated once with the oracle, /root/.pyenv/versions/3.12.1/bin/python3).
 * gen_*.py files there are generators, not programs.
 */
class BindingProgramsTest {
    static final Path DIR = Path.of("src/test/resources/bindings").toAbsolutePath();

    /**
     * Programs known to differ from CPython, each a bug to fix; like the conformance ratchet, a
     * listed program must still differ (so the entry is removed once it is fixed).
     * cmath_binding.py: Libm.log1p (written because TeaVM's Math.log1p is naive) differs from
     * glibc's in the last bit, so cmath.atan(-3.5+0.25j).imag prints ...158 for ...16.
     */
    static final List<String> KNOWN_DIFFERENT = List.of("cmath_binding.py");

    @TestFactory
    Stream<DynamicTest> bindingProgramsPrintWhatCPythonPrints() throws IOException {
        List<Path> programs;
        try (Stream<Path> s = Files.list(DIR)) {
            programs = s.filter(p -> p.toString().endsWith(".py") && !p.getFileName().toString().startsWith("gen_"))
                    .sorted().toList();
        }
        return programs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String expected = Files.readString(Path.of(p.toString().replace(".py", ".out")), StandardCharsets.UTF_8);
            ByteArrayOutputStream bo = new ByteArrayOutputStream();
            PrintStream ps = new PrintStream(bo, true, StandardCharsets.UTF_8);
            int status = Main.run(new String[] { p.toString() }, new ByteArrayInputStream(new byte[0]), ps, ps);
            ps.flush();
            if (KNOWN_DIFFERENT.contains(p.getFileName().toString())) {
                assertNotEquals(expected, bo.toString(StandardCharsets.UTF_8),
                        "now prints what CPython prints: remove it from KNOWN_DIFFERENT");
                return;
            }
            assertEquals(expected, bo.toString(StandardCharsets.UTF_8));
            assertEquals(0, status);
        }));
    }
}
