package pyjama.systemtest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The conformance corpus ({@code tests/conformance}, see docs/testing.md) run inside the booted
 * kernel: the corpus reaches the machine as a ustar boot module unpacked at {@code /tests}, one
 * boot serves every program, and each program runs at the console as
 * {@code python /tests/<area>/<name>.py}. The console's output between the command and the next
 * prompt is the program's stdout followed by its stderr (one console), ended by
 * {@code python: exit status N} when the status is not 0. It is compared with the CPython results
 * as the JVM runner does: stdout exactly, then the status, then stderr normalized (program
 * directory removed from paths, caret-only lines dropped). {@code known-failures.txt} is
 * honoured the same way: listed programs must fail, unlisted ones must pass.
 *
 * <p>A program that does not finish within the time limit gets a Ctrl-C; if the prompt does not
 * come back the machine is booted again. Either way it is recorded as a failure and the suite goes
 * on. The last line printed is a summary.
 *
 * <p>Properties: {@code conformance.set} = {@code full} (default: the whole corpus, about 4
 * minutes on TCG) or {@code subset} (a deterministic sample of about a fifth, see
 * {@link #selectSubset}); {@code conformance.filter=TEXT} (programs whose path
 * contains TEXT, applied after the set); {@code conformance.timeoutSeconds} (default 120);
 * {@code conformance.dir} (the corpus on the host).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ConformanceInImage {
    private static final String KNOWN_FAILURES = "known-failures.txt";
    private static final String KNOWN_FAILURES_NATIVE = "known-failures-native.txt";

    /** True when the kernel under test is the TeaVM C build (QEMU), false for the hosted JVM. */
    protected boolean runsTeaVmCode() { return false; }
    /**
     * Programs that cannot behave inside the kernel as under the oracle, whatever the
     * interpreter does: expected to fail here in addition to known-failures.txt.
     */
    static final Map<String, String> IN_KERNEL_KNOWN_FAILURES = Map.of(
            "builtins/input_eof.py", "stdin is the console: input() waits for a line instead of reading EOF",
            "errors/suggestions_printed_for_uncaught.py",
            "prints tracebacks (stderr) between stdout lines: one console interleaves the two streams");
    /** Every n-th program (sorted by path) is in the default subset, plus the whole of these areas. */
    static final int SUBSET_STRIDE = 6;
    static final List<String> SUBSET_AREAS = List.of("errors/", "imports/");
    private static final Duration BOOT = Duration.ofSeconds(240);
    private static final Duration AFTER_INTERRUPT = Duration.ofSeconds(60);
    private static final Pattern STATUS_LINE = Pattern.compile("(?:^|\n)python: exit status (\\d+)\n$");

    private final Duration timeout = Duration.ofSeconds(Long.getLong("conformance.timeoutSeconds", 120));
    private final Map<String, String> results = new TreeMap<>(); // rel -> null (passed) or reason
    private Map<String, String> knownFailures = Map.of();
    private ConsoleSession console;
    private int boots;
    private Path corpus;

    /** Starts a machine with {@code archive} as its boot module (not yet at the prompt). */
    protected abstract ConsoleSession open(String name, Path archive) throws IOException;

    /** {@code full} or {@code subset}, when {@code conformance.set} is not given. */
    protected String defaultSet() { return "full"; }

    /** Where the archive of the corpus is (or is to be written). */
    protected abstract Path archivePath() throws IOException;

    @TestFactory
    Stream<DynamicTest> corpusProgramsBehaveAsCPythonInsideTheKernel() throws IOException {
        corpus = locateCorpus();
        knownFailures = readKnownFailures(corpus.resolve(KNOWN_FAILURES));
        // The kernel runs the interpreter's TeaVM C, as the native binary does: its known
        // failures (known-failures-native.txt) are expected here too.
        java.nio.file.Path nativeList = corpus.resolve(KNOWN_FAILURES_NATIVE);
        if (runsTeaVmCode() && Files.isRegularFile(nativeList)) knownFailures.putAll(readKnownFailures(nativeList));
        knownFailures.putAll(IN_KERNEL_KNOWN_FAILURES);
        List<String> all = listPrograms(corpus);
        assertFalse(all.isEmpty(), "no conformance programs under " + corpus);
        List<String> chosen = "subset".equals(System.getProperty("conformance.set", defaultSet())) ? selectSubset(all) : all;
        String filter = System.getProperty("conformance.filter", "");
        Path archive = archivePath();
        if (!Files.isRegularFile(archive)) writeArchive(corpus, archive);
        return chosen.stream()
                .filter(rel -> rel.contains(filter))
                .map(rel -> DynamicTest.dynamicTest(rel, () -> check(rel, archive)));
    }

    /** The default subset: deterministic, spread over every area, and the areas that exercise the console path most. */
    static List<String> selectSubset(List<String> all) {
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            String rel = all.get(i);
            boolean wholeArea = SUBSET_AREAS.stream().anyMatch(rel::startsWith);
            if (wholeArea || i % SUBSET_STRIDE == 0) chosen.add(rel);
        }
        return chosen;
    }

    private void check(String rel, Path archive) throws IOException {
        String reason;
        try {
            reason = compare(rel, runInGuest(rel, archive));
        } catch (AssertionError e) {
            reason = e.getMessage();
        }
        results.put(rel, reason);
        boolean known = knownFailures.containsKey(rel);
        if (known && reason == null) fail(rel + " now passes inside the kernel: remove it from tests/conformance/"
                + KNOWN_FAILURES + " (or " + KNOWN_FAILURES_NATIVE + ")");
        if (!known && reason != null) fail(rel + ": " + reason);
    }

    /** The console output of one program (CR LF turned back into LF), or an AssertionError. */
    private String runInGuest(String rel, Path archive) throws IOException {
        if (console == null || !console.isAlive()) {
            if (console != null) console.close();
            boots++;
            console = open(getClass().getSimpleName() + ".boot" + boots, archive).start();
            console.expect(ConsoleSession.PROMPT, BOOT);
        }
        String command = "python /tests/" + rel;
        console.send(command);
        console.expect(command + "\r\n", Duration.ofSeconds(60));
        try {
            console.expect(ConsoleSession.PROMPT, timeout);
        } catch (AssertionError timedOut) {
            String verdict = "no prompt within " + timeout.toSeconds() + " s";
            console.sendBytes(new byte[] {0x03});
            try {
                console.expect(ConsoleSession.PROMPT, AFTER_INTERRUPT);
                verdict += "; Ctrl-C brought the prompt back";
            } catch (AssertionError stuck) {
                verdict += "; Ctrl-C did not help: the machine is booted again";
                console.close();
                console = null;
            }
            throw new AssertionError(verdict);
        }
        String latin = console.lastSkipped();
        String text = new String(latin.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        text = text.substring(0, text.length() - ConsoleSession.PROMPT.length());
        return text.replace("\r\n", "\n");
    }

    /** Null when the output matches the CPython results beside the program, else why not. */
    private String compare(String rel, String output) throws IOException {
        Path program = corpus.resolve(rel);
        String base = program.getFileName().toString().replaceFirst("\\.py$", "");
        Path dir = program.getParent();
        String expectedOut = Files.readString(dir.resolve(base + ".out"), StandardCharsets.UTF_8);
        Path statusFile = dir.resolve(base + ".status");
        int expectedStatus = Files.exists(statusFile) ? Integer.parseInt(Files.readString(statusFile).trim()) : 0;
        Path errFile = dir.resolve(base + ".err");
        String expectedErr = Files.exists(errFile)
                ? normalizeStderr(Files.readString(errFile, StandardCharsets.UTF_8), dir.toAbsolutePath().toString()) : "";

        int status = 0;
        Matcher m = STATUS_LINE.matcher(output);
        if (m.find()) {
            status = Integer.parseInt(m.group(1));
            output = output.substring(0, m.start() + (m.group().startsWith("\n") ? 1 : 0));
        }
        if (!output.startsWith(expectedOut)) {
            return "stdout differs at " + firstDifference(expectedOut, output);
        }
        if (status != expectedStatus) {
            return "exit status " + status + ", expected " + expectedStatus + tail(output.substring(expectedOut.length()));
        }
        String guestDir = "/tests/" + rel.substring(0, rel.lastIndexOf('/'));
        String actualErr = normalizeStderr(output.substring(expectedOut.length()), guestDir);
        if (!expectedErr.equals(actualErr)) {
            return (expectedErr.isEmpty() ? "unexpected output after stdout" : "stderr differs") + " at "
                    + firstDifference(expectedErr, actualErr);
        }
        return null;
    }

    /** regen.py's normalize_stderr: the program's directory removed, caret-only lines dropped. */
    static String normalizeStderr(String text, String programDir) {
        String prefix = programDir.endsWith("/") ? programDir : programDir + "/";
        StringBuilder kept = new StringBuilder();
        boolean first = true;
        for (String line : text.replace(prefix, "").split("\n", -1)) {
            String t = line.strip();
            if (!t.isEmpty() && t.chars().allMatch(c -> c == '^' || c == '~')) continue;
            if (!first) kept.append('\n');
            kept.append(line);
            first = false;
        }
        return kept.toString();
    }

    private static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "<end>";
            String al = i < a.length ? a[i] : "<end>";
            if (!el.equals(al)) return "line " + (i + 1) + ":\n  expected: " + el + "\n  actual:   " + al;
        }
        return "<no line differs>";
    }

    private static String tail(String text) {
        if (text.isEmpty()) return "";
        return "\noutput after stdout:\n" + (text.length() > 1500 ? "..." + text.substring(text.length() - 1500) : text);
    }

    @AfterAll
    void summarize() throws IOException {
        if (console != null) console.close();
        if (results.isEmpty()) return;
        int passed = 0, failed = 0, knownFailing = 0, unexpectedPasses = 0;
        for (Map.Entry<String, String> r : results.entrySet()) {
            boolean known = knownFailures.containsKey(r.getKey());
            boolean ok = r.getValue() == null;
            if (!ok) {
                String reason = r.getValue().replace("\n", " | ");
                System.out.println((known ? "FAIL (known) " : "FAIL ") + r.getKey() + ": "
                        + (reason.length() > 300 ? reason.substring(0, 300) + "..." : reason));
            }
            if (ok && known) unexpectedPasses++;
            else if (ok) passed++;
            else if (known) knownFailing++;
            else failed++;
        }
        System.out.printf("Conformance in the kernel (%s): %d passed, %d failed, %d known failing, "
                        + "%d passing but listed as known failures (of %d programs, %d boots)%n",
                getClass().getSimpleName(), passed, failed, knownFailing, unexpectedPasses, results.size(), boots);
    }

    // ---- the corpus ----

    static Path locateCorpus() {
        String property = System.getProperty("conformance.dir");
        if (property != null && !property.isEmpty()) return Path.of(property).toAbsolutePath().normalize();
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            Path candidate = d.resolve("tests/conformance");
            if (Files.isRegularFile(candidate.resolve(KNOWN_FAILURES))) return candidate;
        }
        throw new AssertionError("tests/conformance not found above " + dir + " (set -Dconformance.dir)");
    }

    /** The programs: {@code .py} files exactly one directory deep, sorted. */
    static List<String> listPrograms(Path corpus) throws IOException {
        List<String> programs = new ArrayList<>();
        try (Stream<Path> areas = Files.list(corpus)) {
            for (Path area : areas.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(area)) {
                    files.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p))
                            .map(p -> corpus.relativize(p).toString().replace('\\', '/'))
                            .sorted()
                            .forEach(programs::add);
                }
            }
        }
        programs.sort(String::compareTo);
        return programs;
    }

    static Map<String, String> readKnownFailures(Path file) throws IOException {
        Map<String, String> known = new LinkedHashMap<>();
        if (!Files.exists(file)) return known;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) continue;
            int hash = t.indexOf('#');
            String path = (hash < 0 ? t : t.substring(0, hash)).strip();
            known.put(path, hash < 0 ? "" : t.substring(hash + 1).strip());
        }
        return known;
    }

    /**
     * Writes the corpus as a ustar archive with names {@code tests/<relative path>} (what the
     * Makefile's build/conformance.tar holds), for runs that do not go through make.
     */
    static void writeArchive(Path corpus, Path archive) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().contains("__pycache__"))
                    .sorted().toList();
        }
        for (Path f : files) {
            String name = "tests/" + corpus.relativize(f).toString().replace('\\', '/');
            byte[] data = Files.readAllBytes(f);
            out.write(ustarHeader(name, data.length));
            out.write(data);
            int pad = (512 - data.length % 512) % 512;
            out.write(new byte[pad]);
        }
        out.write(new byte[1024]);
        Files.createDirectories(archive.toAbsolutePath().getParent());
        Files.write(archive, out.toByteArray());
    }

    static byte[] ustarHeader(String name, long size) {
        byte[] h = new byte[512];
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        String prefix = "";
        if (n.length > 100) {
            int split = name.lastIndexOf('/', 154);
            if (split <= 0 || name.length() - split - 1 > 100) throw new IllegalArgumentException("name too long for ustar: " + name);
            prefix = name.substring(0, split);
            n = name.substring(split + 1).getBytes(StandardCharsets.UTF_8);
        }
        System.arraycopy(n, 0, h, 0, n.length);
        octal(h, 100, 8, 0644);
        octal(h, 108, 8, 0);
        octal(h, 116, 8, 0);
        octal(h, 124, 12, size);
        octal(h, 136, 12, 0);
        h[156] = '0';
        byte[] magic = "ustar\u000000".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(magic, 0, h, 257, magic.length);
        byte[] p = prefix.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(p, 0, h, 345, p.length);
        for (int i = 148; i < 156; i++) h[i] = ' ';
        long sum = 0;
        for (byte b : h) sum += b & 0xFF;
        octal(h, 148, 7, sum);
        return h;
    }

    private static void octal(byte[] h, int at, int width, long value) {
        String s = Long.toOctalString(value);
        while (s.length() < width - 1) s = "0" + s;
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(b, 0, h, at, b.length);
        h[at + width - 1] = 0;
    }
}
