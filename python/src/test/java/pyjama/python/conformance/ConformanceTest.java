package pyjama.python.conformance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;
import pyjama.python.Main;

/**
 * Runs every program of the conformance corpus ({@code tests/conformance/<area>/<name>.py})
 * in-process through {@link Main#run} and compares it with the CPython 3.12 results committed
 * beside it: stdout exactly ({@code <name>.out}), the exit status ({@code <name>.status}, 0 when
 * absent) and stderr ({@code <name>.err}, empty when absent; both sides normalized as
 * {@code regen.py} does: the program's directory removed from paths, caret-only lines dropped).
 *
 * <p>{@code known-failures.txt} is a ratchet: a listed program must fail (when it passes, the
 * test fails and asks for it to be removed from the list) and an unlisted one must pass.
 * {@code -Dconformance.updateKnownFailures=true} (see {@code update-known-failures.sh}) makes every
 * test pass and rewrites the list from the results instead. {@code -Dconformance.filter=SUBSTR}
 * runs only the programs whose relative path contains SUBSTR; {@code -Dconformance.dir=DIR}
 * points at another corpus; {@code -Dconformance.timeoutSeconds=N} sets the per-program limit.
 */
class ConformanceTest {
    private static final String KNOWN_FAILURES = "known-failures.txt";
    private static final boolean UPDATE_KNOWN_FAILURES = Boolean.getBoolean("conformance.updateKnownFailures");
    private static final long TIMEOUT_SECONDS = Long.getLong("conformance.timeoutSeconds", 60);
    /** Interpreter frames live on the heap, but the parser and Java-level helpers may recurse. */
    private static final long THREAD_STACK_BYTES = 256L << 20;

    /** Results of this run, by relative path: null reason means passed. Sorted for stable output. */
    private static final Map<String, String> results = new TreeMap<>();
    private static Path corpus;
    private static Map<String, String> knownFailures = Map.of();

    /** What one run of a program produced. */
    record Outcome(byte[] stdout, String stderr, int status) {}

    @TestFactory
    Stream<DynamicTest> corpusProgramsBehaveAsCPython() throws IOException {
        corpus = locateCorpus();
        knownFailures = readKnownFailures(corpus.resolve(KNOWN_FAILURES));
        List<Path> programs = listPrograms(corpus);
        assertFalse(programs.isEmpty(), "no conformance programs under " + corpus);
        String filter = System.getProperty("conformance.filter", "");
        for (String listed : knownFailures.keySet()) {
            assertTrue(Files.isRegularFile(corpus.resolve(listed)),
                    KNOWN_FAILURES + " lists " + listed + ", which is not a program of the corpus");
        }
        return programs.stream()
                .map(p -> relative(corpus, p))
                .filter(rel -> rel.contains(filter))
                .map(rel -> DynamicTest.dynamicTest(rel, corpus.resolve(rel).toUri(), () -> check(rel)));
    }

    private static void check(String rel) throws Exception {
        Path program = corpus.resolve(rel);
        String reason;
        AssertionFailedError mismatch = null;
        try {
            mismatch = compare(program, run(program));
            reason = mismatch == null ? null : mismatch.getMessage();
        } catch (TimeoutException e) {
            reason = "timed out after " + TIMEOUT_SECONDS + " s";
        } catch (ExecutionException e) {
            reason = "interpreter threw " + stackTrace(e.getCause());
        }
        synchronized (results) {
            results.put(rel, reason);
        }
        if (UPDATE_KNOWN_FAILURES) {
            return;
        }
        boolean known = knownFailures.containsKey(rel);
        if (known && reason == null) {
            fail(rel + " now passes: remove it from tests/conformance/" + KNOWN_FAILURES);
        }
        if (!known && reason != null) {
            if (mismatch != null) {
                throw mismatch;
            }
            fail(rel + ": " + reason);
        }
    }

    /** Runs the program on its own thread so that a hung interpreter costs only the time limit. */
    private static Outcome run(Path program) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        FutureTask<Integer> task = new FutureTask<>(() -> {
            try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                 PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
                int status = Main.run(new String[] {program.toString()},
                        new ByteArrayInputStream(new byte[0]), o, e);
                o.flush();
                e.flush();
                return status;
            }
        });
        // Daemon: a program stuck in an infinite loop cannot be stopped, but must not keep the
        // test JVM alive once the suite is over.
        Thread thread = new Thread(null, task, "conformance " + program.getFileName(), THREAD_STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        try {
            int status = task.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return new Outcome(out.toByteArray(), err.toString(StandardCharsets.UTF_8), status);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw e;
        }
    }

    /** Null when the outcome matches the expectations beside the program, else the mismatch. */
    static AssertionFailedError compare(Path program, Outcome outcome) throws IOException {
        String base = program.getFileName().toString().replaceFirst("\\.py$", "");
        Path dir = program.getParent();
        String expectedOut = Files.readString(dir.resolve(base + ".out"), StandardCharsets.UTF_8);
        String actualOut = new String(outcome.stdout(), StandardCharsets.UTF_8);
        Path statusFile = dir.resolve(base + ".status");
        int expectedStatus = Files.exists(statusFile) ? Integer.parseInt(Files.readString(statusFile).trim()) : 0;
        Path errFile = dir.resolve(base + ".err");
        String expectedErr = Files.exists(errFile)
                ? normalizeStderr(Files.readString(errFile, StandardCharsets.UTF_8), dir) : "";
        String actualErr = normalizeStderr(outcome.stderr(), dir);
        String name = program.getFileName().toString();
        if (!expectedOut.equals(actualOut)) {
            return new AssertionFailedError(name + ": stdout differs at " + firstDifference(expectedOut, actualOut)
                    + tail("stderr", outcome.stderr()), expectedOut, actualOut);
        }
        if (outcome.status() != expectedStatus) {
            return new AssertionFailedError(name + ": exit status " + outcome.status() + ", expected " + expectedStatus
                    + tail("stderr", outcome.stderr()), expectedStatus, outcome.status());
        }
        if (!expectedErr.equals(actualErr)) {
            return new AssertionFailedError(name + ": stderr differs at " + firstDifference(expectedErr, actualErr),
                    expectedErr, actualErr);
        }
        return null;
    }

    /** The same normalization as regen.py's normalize_stderr. */
    static String normalizeStderr(String text, Path programDir) {
        String prefix = programDir.toAbsolutePath().toString();
        if (!prefix.endsWith("/")) {
            prefix += "/";
        }
        String[] lines = text.replace(prefix, "").split("\n", -1);
        StringBuilder kept = new StringBuilder();
        boolean first = true;
        for (String line : lines) {
            if (isCaretLine(line)) {
                continue;
            }
            if (!first) {
                kept.append('\n');
            }
            kept.append(line);
            first = false;
        }
        return kept.toString();
    }

    private static boolean isCaretLine(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) != '^' && t.charAt(i) != '~') {
                return false;
            }
        }
        return true;
    }

    private static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "<end>";
            String al = i < a.length ? a[i] : "<end>";
            if (!el.equals(al)) {
                return "line " + (i + 1) + ":\n  expected: " + el + "\n  actual:   " + al;
            }
        }
        return "<no line differs>";
    }

    private static String tail(String label, String text) {
        if (text.isEmpty()) {
            return "";
        }
        String t = text.length() > 1500 ? "..." + text.substring(text.length() - 1500) : text;
        return "\n" + label + ":\n" + t;
    }

    private static String stackTrace(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        String s = w.toString();
        return s.length() > 2000 ? s.substring(0, 2000) + "..." : s;
    }

    @AfterAll
    static void summarize() throws IOException {
        if (corpus == null || results.isEmpty()) {
            return;
        }
        int passed = 0, failed = 0, knownFailing = 0, unexpectedPasses = 0;
        for (Map.Entry<String, String> r : results.entrySet()) {
            boolean known = knownFailures.containsKey(r.getKey());
            boolean ok = r.getValue() == null;
            if (ok && known) {
                unexpectedPasses++;
            } else if (ok) {
                passed++;
            } else if (known) {
                knownFailing++;
            } else {
                failed++;
            }
        }
        System.out.printf("Conformance: %d passed, %d failed, %d known failing, %d passing but listed as known failures (of %d programs)%n",
                passed, failed, knownFailing, unexpectedPasses, results.size());
        if (UPDATE_KNOWN_FAILURES) {
            writeKnownFailures();
        }
    }

    /** Rewrites the list: this run's failures, keeping the comments of entries already listed;
     *  entries of programs outside this run (a filtered run) are kept as they were. */
    private static void writeKnownFailures() throws IOException {
        Map<String, String> next = new TreeMap<>();
        for (Map.Entry<String, String> k : knownFailures.entrySet()) {
            if (!results.containsKey(k.getKey()) && Files.isRegularFile(corpus.resolve(k.getKey()))) {
                next.put(k.getKey(), k.getValue());
            }
        }
        for (Map.Entry<String, String> r : results.entrySet()) {
            if (r.getValue() != null) {
                String old = knownFailures.get(r.getKey());
                next.put(r.getKey(), old != null && !old.isEmpty() ? old : summaryOf(r.getValue()));
            }
        }
        StringBuilder text = new StringBuilder();
        text.append("# Conformance programs known to fail on the interpreter (JVM, in-process). A ratchet:\n");
        text.append("# a listed program must fail, an unlisted one must pass, so the list only shrinks.\n");
        text.append("# One path (relative to tests/conformance) per line, optionally followed by '# why'.\n");
        text.append("# Rewritten from the current results by tests/conformance/update-known-failures.sh.\n");
        for (Map.Entry<String, String> e : next.entrySet()) {
            text.append(e.getKey());
            if (!e.getValue().isEmpty()) {
                text.append("  # ").append(e.getValue());
            }
            text.append('\n');
        }
        Files.writeString(corpus.resolve(KNOWN_FAILURES), text.toString(), StandardCharsets.UTF_8);
        System.out.println("Conformance: wrote " + next.size() + " entries to " + corpus.resolve(KNOWN_FAILURES));
    }

    /** One short line saying why a program failed, for the list's comment. */
    private static String summaryOf(String reason) {
        String first = reason.split("\n", 2)[0].replaceFirst("^[^ ]+\\.py: ", "").replaceFirst(":$", "");
        String lastErr = "";
        int at = reason.indexOf("\nstderr:\n");
        if (at >= 0) {
            String[] errLines = reason.substring(at + 9).strip().split("\n");
            lastErr = errLines[errLines.length - 1].strip();
        }
        String s = lastErr.isEmpty() ? first : first + " (" + lastErr + ")";
        s = s.replace('#', ' ');
        return s.length() > 140 ? s.substring(0, 140) + "..." : s;
    }

    static Map<String, String> readKnownFailures(Path file) throws IOException {
        Map<String, String> known = new TreeMap<>();
        if (!Files.exists(file)) {
            return known;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int hash = line.indexOf('#');
            String path = (hash >= 0 ? line.substring(0, hash) : line).strip();
            String comment = hash >= 0 ? line.substring(hash + 1).strip() : "";
            if (!path.isEmpty()) {
                known.put(path, comment);
            }
        }
        return known;
    }

    /** Programs are exactly {@code <area>/<name>.py}; deeper .py files are helper modules. */
    static List<Path> listPrograms(Path corpus) throws IOException {
        List<Path> programs = new ArrayList<>();
        try (Stream<Path> areas = Files.list(corpus)) {
            for (Path area : areas.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(area)) {
                    files.filter(f -> f.getFileName().toString().endsWith(".py") && Files.isRegularFile(f))
                            .sorted()
                            .forEach(programs::add);
                }
            }
        }
        return programs;
    }

    private static String relative(Path corpus, Path program) {
        return corpus.relativize(program).toString().replace('\\', '/');
    }

    /** The corpus is ../tests/conformance from the python module (Maven's working directory),
     *  or tests/conformance from the repository root when run from there. */
    static Path locateCorpus() {
        String configured = System.getProperty("conformance.dir");
        if (configured != null) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            Path candidate = d.resolve("tests").resolve("conformance");
            if (Files.isDirectory(candidate)) {
                return candidate.normalize();
            }
        }
        throw new IllegalStateException("tests/conformance not found above " + dir + "; set -Dconformance.dir");
    }
}
