package pyjama.kernel.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pyjama.kernel.Throwables;
import pyjama.kernel.log.Log;

/**
 * The kernel's command console: prompt {@value #PROMPT}, one command per line, words separated
 * by spaces or tabs. A session ends with Ctrl-D on an empty line (or {@code exit}); the console
 * then starts a new one, because a kernel does not stop when its shell does.
 *
 * <p>A command can fail without harming the console: any exception it lets escape is printed
 * with its stack trace, and an OutOfMemoryError is reported; then the prompt returns.
 */
public final class Console {
    public static final String PROMPT = "pyjama> ";
    public static final String BANNER = "Pyjama console. Type 'help' for commands, 'python' for Python.";

    private final Terminal terminal;
    private final Log log;
    private final LineEditor editor;
    private final Map<String, Command> commands = new LinkedHashMap<>();
    private boolean sessionOver;
    private String currentLine = ""; // the line being executed, verbatim
    private long sessions;

    public Console(Terminal terminal, Log log, LineEditor editor) {
        this.terminal = terminal;
        this.log = log;
        this.editor = editor;
    }

    public void register(Command command) { commands.put(command.name(), command); }

    public List<Command> commands() { return new ArrayList<>(commands.values()); }

    public Terminal terminal() { return terminal; }

    /** The command line being executed, as typed (for commands that take raw text: {@code python -c}). */
    public String currentLine() { return currentLine; }

    /** Ends the current session after the running command (the {@code exit} command). */
    public void endSession() { sessionOver = true; }

    /** Runs sessions forever. */
    public void run() {
        while (true) runSession();
    }

    /** One session: banner, then commands until Ctrl-D or {@code exit}. */
    public void runSession() {
        sessions++;
        sessionOver = false;
        terminal.println(BANNER);
        while (!sessionOver) {
            EditResult result = terminal.readLine(editor, PROMPT);
            if (result instanceof EditResult.Line line) {
                execute(line.text());
            } else if (result instanceof EditResult.EndOfInput) {
                sessionOver = true;
            }
            // Cancelled and Discarded: the editor has already said so; prompt again.
        }
        terminal.println("logout");
        log.info("console", "session " + sessions + " ended; starting a new session");
    }

    /** Runs one command line, reporting whatever goes wrong. */
    public void execute(String line) {
        currentLine = line;
        List<String> words = split(line);
        if (words.isEmpty()) return;
        String name = words.get(0);
        Command command = commands.get(name);
        if (command == null) {
            terminal.println(name + ": command not found");
            return;
        }
        try {
            command.action().run(words.subList(1, words.size()));
        } catch (OutOfMemoryError e) {
            // What the command allocated is garbage now that its frames are gone.
            terminal.println(name + ": OutOfMemoryError (the command's memory was released)");
            log.warn("console", name + ": OutOfMemoryError");
        } catch (Throwable t) {
            terminal.println(name + ": uncaught exception; stack trace follows");
            Throwables.printStackTrace(t, terminal::println);
            log.error("console", name + " failed: " + Throwables.describe(t));
        }
    }

    /** Splits a command line into words at runs of spaces and tabs. */
    static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        int n = line.length();
        int i = 0;
        while (i < n) {
            while (i < n && isBlank(line.charAt(i))) i++;
            int start = i;
            while (i < n && !isBlank(line.charAt(i))) i++;
            if (i > start) words.add(line.substring(start, i));
        }
        return words;
    }

    private static boolean isBlank(char c) { return c == ' ' || c == '\t'; }
}
