package pyjama.systemtest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One ed session to run twice: by Pyjama's /bin/ed in the booted kernel and by GNU ed
 * ({@value #GNU_ED}) on the host, on the same files and commands, from the same working
 * directory (so names ed prints, like {@code f}'s, agree). Both runs are reduced to one
 * transcript, which must be equal: what ed printed (standard output and error, as the console
 * shows them together), {@code [status N]}, then every file left in the directory as
 * {@code head -v} prints it ({@code ==> name <==} and the contents).
 *
 * <p>Commands reach ed through a pipe ({@code cat script | ed ...}), where an error does not
 * end the session, or, with {@code scriptFromFile}, from a regular file ({@code ed ... <
 * script}), where GNU ed stops at the first error. The case must leave at least one file.
 *
 * @param name a directory name for the case: {@code /tmp/<name>} in the image
 * @param args ed's arguments, e.g. {@code -s file}
 * @param files the files of the directory before ed starts: name to UTF-8 text
 * @param script ed's standard input
 */
public record EdCase(String name, List<String> args, Map<String, String> files, String script, boolean scriptFromFile) {
    /** The oracle: Debian's ed package (tools/ensure-deps.sh installs it). */
    public static final String GNU_ED = "/usr/bin/ed";

    /** {@code ed -s file} with commands from a pipe, {@code file} holding {@code text}. */
    public static EdCase piped(String name, String text, String script) {
        return new EdCase(name, List.of("-s", "file"), Map.of("file", text), script, false);
    }

    /**
     * The Python line that creates the case in the image: {@code /tmp/<name>/} with the files,
     * and the commands in {@code /tmp/<name>.ed}. Bytes literals, so the console line is ASCII.
     */
    public String imageSetupLine() {
        StringBuilder files = new StringBuilder();
        for (Map.Entry<String, String> f : new TreeMap<>(this.files).entrySet()) {
            files.append("('").append(f.getKey()).append("', ").append(bytesLiteral(f.getValue())).append("), ");
        }
        return "import os; os.mkdir('/tmp/" + name + "'); "
                + "_ = [open('/tmp/" + name + "/' + n, 'wb').write(d) for n, d in [" + files + "]]; "
                + "_ = open('/tmp/" + name + ".ed', 'wb').write(" + bytesLiteral(script) + ")";
    }

    /** The shell line that runs the case in the image and prints its transcript. */
    public String imageShellCommands() {
        String ed = "ed " + String.join(" ", args);
        String run = scriptFromFile ? ed + " < ../" + name + ".ed" : "cat ../" + name + ".ed | " + ed;
        return "cd /tmp/" + name + " && " + run + "; echo \"[status $?]\"; head -v -n 100000 *";
    }

    /** Runs GNU ed on the host in a fresh directory; returns the transcript. */
    public String gnuTranscript() throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of(GNU_ED))) {
            throw new AssertionError(GNU_ED + " (GNU ed, the oracle for Pyjama's ed) is missing: "
                    + "install it (tools/ensure-deps.sh does)");
        }
        Path dir = Files.createTempDirectory("gnu-ed-" + name + "-");
        Path scriptFile = Files.createTempFile("gnu-ed-" + name + "-", ".ed");
        try {
            for (Map.Entry<String, String> f : files.entrySet()) {
                Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
            }
            Files.writeString(scriptFile, script, StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>(List.of(GNU_ED));
            command.addAll(args);
            ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
            pb.environment().put("LC_ALL", "C"); // byte semantics, as Pyjama's ed
            if (scriptFromFile) pb.redirectInput(scriptFile.toFile());
            Process ed = pb.start();
            if (!scriptFromFile) {
                // Scripts are far smaller than a pipe's buffer: writing them first cannot block.
                try (OutputStream in = ed.getOutputStream()) {
                    in.write(script.getBytes(StandardCharsets.UTF_8));
                }
            }
            byte[] output = ed.getInputStream().readAllBytes();
            if (!ed.waitFor(30, TimeUnit.SECONDS)) {
                ed.destroyForcibly();
                throw new AssertionError("GNU ed did not finish case " + name);
            }
            StringBuilder transcript = new StringBuilder(new String(output, StandardCharsets.UTF_8));
            transcript.append("[status ").append(ed.exitValue()).append("]\n");
            List<Path> left;
            try (Stream<Path> list = Files.list(dir)) {
                left = list.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
            }
            if (left.isEmpty()) throw new AssertionError("ed case " + name + " leaves no file to compare");
            for (int i = 0; i < left.size(); i++) {
                transcript.append(i == 0 ? "" : "\n").append("==> ").append(left.get(i).getFileName()).append(" <==\n");
                transcript.append(new String(Files.readAllBytes(left.get(i)), StandardCharsets.UTF_8));
            }
            return transcript.toString();
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
            Files.deleteIfExists(scriptFile);
        }
    }

    /** A Python bytes literal of {@code text}'s UTF-8: printable ASCII as is, the rest escaped. */
    static String bytesLiteral(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write('b');
        out.write('\'');
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            String piece;
            if (c == '\n') piece = "\\n";
            else if (c == '\t') piece = "\\t";
            else if (c == '\\' || c == '\'') piece = "\\" + (char) c;
            else if (c >= 0x20 && c < 0x7f) piece = String.valueOf((char) c);
            else piece = String.format("\\x%02x", c);
            out.writeBytes(piece.getBytes(StandardCharsets.US_ASCII));
        }
        out.write('\'');
        return out.toString(StandardCharsets.US_ASCII);
    }
}
