package pyjama.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

/**
 * Runs the programs in src/test/resources/interp through the whole pipeline (Main.run) and
 * compares stdout+stderr and the exit status with what CPython 3.12 printed (regen.sh).
 */
class InterpreterProgramsTest {
    static final Path DIR = Path.of("src/test/resources/interp").toAbsolutePath();

    @TestFactory
    Stream<DynamicTest> programsBehaveAsUnderCPython() throws IOException {
        List<Path> programs;
        try (Stream<Path> s = Files.list(DIR)) {
            programs = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        return programs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String expected = Files.readString(Path.of(p.toString().replace(".py", ".out")), StandardCharsets.UTF_8)
                    .replace("@DIR@", DIR.toString());
            ByteArrayOutputStream bo = new ByteArrayOutputStream();
            PrintStream ps = new PrintStream(bo, true, StandardCharsets.UTF_8);
            int status = Main.run(new String[] { p.toString() }, new ByteArrayInputStream(new byte[0]), ps, ps);
            ps.flush();
            String got = bo.toString(StandardCharsets.UTF_8) + "status=" + status + "\n";
            assertEquals(expected, got);
        }));
    }
}
