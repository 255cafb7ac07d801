package pyjama.python.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case of regex/cases.txt, whose expected results were produced by CPython 3.12's re
 * (see gen_cases.py next to it), and compares our engine's results exactly: spans of all groups,
 * lastindex/lastgroup, finditer/split/sub results, and error types, messages and positions.
 */
class RegexOracleTest {

    static List<OracleCase> load() throws IOException {
        List<OracleCase> cases = new ArrayList<>();
        try (InputStream in = RegexOracleTest.class.getResourceAsStream("/regex/cases.txt")) {
            if (in == null) throw new IOException("regex/cases.txt missing from the test classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isEmpty() || line.startsWith("#")) continue;
                cases.add(OracleCase.parse(n, line));
            }
        }
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> engineAgreesWithCPythonOnEveryGeneratedCase() throws IOException {
        List<OracleCase> cases = load();
        assertTrue(cases.size() > 1000, "expected a large case table, got " + cases.size());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> assertEquals(c.expected(), c.run())));
    }
}
