package pyjama.systemtest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives a Pyjama console in a child process, as a person at a serial terminal would: send
 * bytes, wait for text. One subclass boots the kernel image in QEMU ({@link QemuConsole}),
 * another runs the hosted kernel on a JVM ({@link HostedConsole}); the scenarios cannot tell
 * them apart.
 *
 * <p>Output is kept as bytes and matched as ISO-8859-1 text (one char per byte), so that match
 * positions are byte positions; {@link #expect(String, Duration)} encodes its argument as UTF-8
 * first, so non-ASCII expectations work. Every expect looks only after the end of the previous
 * match, so a test reads the console forward like a person does. {@link #close()} always kills
 * the child and writes the whole transcript to {@code <transcripts>/<name>.log}.
 */
public abstract class ConsoleSession implements AutoCloseable {
    /** The console session is Python: its prompt is the REPL's. */
    public static final String PROMPT = ">>> ";

    private final String name;
    private final Path transcripts;
    private final ByteArrayOutputStream output = new ByteArrayOutputStream(); // guarded by itself
    private Process process;
    private OutputStream stdin;
    private Thread reader;
    private int mark; // expects search from here

    protected ConsoleSession(String name, Path transcripts) {
        this.name = name;
        this.transcripts = transcripts;
    }

    /** The child's command line. */
    protected abstract List<String> command();

    /** Starts the child. */
    public ConsoleSession start() throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command()).redirectErrorStream(true);
        process = pb.start();
        stdin = process.getOutputStream();
        reader = new Thread(this::pump, "console-output-" + name);
        reader.setDaemon(true);
        reader.start();
        return this;
    }

    private void pump() {
        byte[] buffer = new byte[8192];
        try (InputStream in = process.getInputStream()) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                synchronized (output) {
                    output.write(buffer, 0, n);
                    output.notifyAll();
                }
            }
        } catch (IOException e) {
            // the child went away; what it printed is kept
        }
        synchronized (output) { output.notifyAll(); }
    }

    /** Waits for {@code text} (UTF-8) after the last match; returns everything up to its end. */
    public String expect(String text, Duration timeout) {
        String latin = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        expect(Pattern.compile(Pattern.quote(latin)), timeout);
        return lastSkipped;
    }

    private String lastSkipped = "";

    /**
     * Waits for {@code regex} after the last match (on ISO-8859-1 text: one char per byte);
     * returns the match. The text between the previous match and this one's end is then
     * {@link #lastSkipped()}.
     */
    public Matcher expect(Pattern regex, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (output) {
            while (true) {
                String text = new String(output.toByteArray(), StandardCharsets.ISO_8859_1);
                Matcher m = regex.matcher(text);
                if (m.find(mark)) {
                    lastSkipped = text.substring(mark, m.end());
                    mark = m.end();
                    return m;
                }
                long left = deadline - System.nanoTime();
                boolean ended = !process.isAlive() && !reader.isAlive();
                if (left <= 0 || ended) {
                    String tail = text.substring(Math.max(mark, text.length() - 3000));
                    throw new AssertionError("expected /" + regex.pattern() + "/ within " + timeout.toSeconds()
                            + " s but " + (ended ? "the console exited with status " + process.exitValue() : "it did not come")
                            + "; output since the last match (" + (text.length() - mark) + " bytes, tail):\n"
                            + printable(tail));
                }
                try {
                    output.wait(Math.max(1, Math.min(left / 1_000_000L, 200)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted while waiting for /" + regex.pattern() + "/");
                }
            }
        }
    }

    /** The output from the previous match's end to the last match's end. */
    public String lastSkipped() { return lastSkipped; }

    /**
     * Types {@code line}, waits for its echo and then for {@code prompt}, and returns what the
     * console printed in between: decoded as UTF-8, with the terminal's CR LF turned back into
     * LF, without the prompt. A command's whole output, to compare exactly.
     */
    public String answer(String line, String prompt, Duration timeout) throws IOException {
        send(line);
        expect(line + "\r\n", timeout);
        String latin = expect(prompt, timeout);
        latin = latin.substring(0, latin.length() - prompt.length());
        return new String(latin.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    /** Everything the console printed so far, decoded as UTF-8. */
    public String transcript() {
        synchronized (output) { return output.toString(StandardCharsets.UTF_8); }
    }

    /** Types {@code line} and Enter (CR, as a terminal sends it). */
    public void send(String line) throws IOException {
        sendBytes((line + "\r").getBytes(StandardCharsets.UTF_8));
    }

    /** Types raw bytes. */
    public void sendBytes(byte[] bytes) throws IOException {
        // In slices, so a child that reads slowly (QEMU feeds the UART as the guest drains it)
        // only ever blocks us briefly.
        for (int at = 0; at < bytes.length; at += 4096) {
            stdin.write(bytes, at, Math.min(4096, bytes.length - at));
            stdin.flush();
        }
    }

    /** Waits for the child to exit; returns its status. */
    public int waitForExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the console did not exit within " + timeout.toSeconds() + " s");
        }
        return process.exitValue();
    }

    public boolean isAlive() { return process != null && process.isAlive(); }

    /** Kills the child if it still runs, and writes the transcript. */
    @Override
    public void close() throws IOException {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
                reader.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Files.createDirectories(transcripts);
        byte[] all;
        synchronized (output) { all = output.toByteArray(); }
        Files.write(transcripts.resolve(name + ".log"), all);
    }

    /** Shows control bytes visibly in a failure message. */
    private static String printable(String latin) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            if (c == '\n') sb.append("\\n\n");
            else if (c == '\r') sb.append("\\r");
            else if (c == '\t') sb.append("\\t");
            else if (c < 0x20 || c == 0x7f) sb.append(String.format("\\x%02x", (int) c));
            else sb.append(c);
        }
        return sb.toString();
    }
}
