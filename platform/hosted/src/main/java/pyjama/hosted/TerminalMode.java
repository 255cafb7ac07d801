package pyjama.hosted;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Raw mode for the host terminal, so that the kernel's line editor sees every key (arrows,
 * Ctrl-C as a byte rather than a signal) and echoes itself. Only touched when standard input is
 * a terminal; the previous settings are restored when the JVM exits.
 */
final class TerminalMode {
    private TerminalMode() {}

    /** True when this process's standard input is a terminal. */
    static boolean stdinIsTerminal() {
        return run(List.of("sh", "-c", "[ -t 0 ]"), true) != null;
    }

    /** Switches the terminal on stdin to raw, no echo; returns the settings to restore, or null. */
    static String enterRaw() {
        String saved = run(List.of("stty", "-g"), true);
        if (saved == null) return null;
        if (run(List.of("stty", "raw", "-echo"), true) == null) return null;
        return saved.trim();
    }

    static void restore(String saved) {
        if (saved != null && !saved.isEmpty()) run(List.of("stty", saved), true);
    }

    /** Runs a command with this process's stdin; its stdout, or null if it failed. */
    private static String run(List<String> command, boolean inheritStdin) {
        try {
            ProcessBuilder pb = new ProcessBuilder(command);
            if (inheritStdin) pb.redirectInput(ProcessBuilder.Redirect.INHERIT);
            pb.redirectError(ProcessBuilder.Redirect.DISCARD);
            Process p = pb.start();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (InputStream in = p.getInputStream()) {
                in.transferTo(out);
            }
            return p.waitFor() == 0 ? out.toString() : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
