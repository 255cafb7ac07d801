package pyjama.kernel.python;

import java.util.ArrayList;
import java.util.List;
import pyjama.kernel.Throwables;
import pyjama.kernel.console.Completer;
import pyjama.kernel.console.Completion;
import pyjama.kernel.fs.Vfs;
import pyjama.kernel.log.Log;
import pyjama.python.Interpreter;
import pyjama.python.runtime.Interp;
import pyjama.python.runtime.Ops;
import pyjama.python.runtime.PyDict;
import pyjama.python.runtime.PyException;
import pyjama.python.runtime.PyModule;
import pyjama.python.runtime.PyObject;
import pyjama.python.runtime.PyStr;

/**
 * Tab completion for one interpreter at the console (docs/kernel.md, "Completion"). What the
 * word before the cursor can become depends on the prompt the line was read with and on the
 * line itself:
 * <ul>
 * <li>At the REPL's prompts ({@code sys.ps1}, {@code sys.ps2}): Python names and attributes as
 * rlcompleter gives them ({@link PythonNames}); inside a string literal, file paths. At
 * {@code >>>} in the session (bare words on): a first word also becomes a /bin command that
 * Python does not shadow, and a bare-word command line ({@code ls /b}) completes as the shell
 * does.</li>
 * <li>At the shell's prompts ({@code $ }, and {@code > } for a continued line; sh() reads them
 * through input()): a command's first word becomes a /bin command or a shell builtin, any other
 * word a file path.</li>
 * <li>Any other prompt (a program's own input()): nothing, so Tab indents as it always did.</li>
 * </ul>
 * Paths in a command line are relative to the session's {@code cwd} global (what {@code cd}
 * changes), paths in a string to {@code os.getcwd()} (what open() uses);
 * directories get a {@code /}, files and commands in a command line a space, as in a shell.
 * Nothing that goes wrong here reaches the editor: a Python exception or a Java failure is
 * logged at DEBUG (dmesg shows it) and the answer is "no candidates", so the editor rings.
 */
final class SessionCompleter {
    /** What the prompt says the line is. */
    enum Context { STATEMENT, CONTINUATION, SHELL }

    /** readline's default word delimiters, which CPython's readline module keeps. */
    static final String PYTHON_DELIMITERS = " \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?";
    /** Characters the shell would read specially in an unquoted word: a completed name escapes them. */
    private static final String SHELL_SPECIAL = " \t\\'\"|&;<>()$`*?[]#";

    private final Interpreter interp;
    private final Vfs vfs;
    private final Log log;
    private final boolean bareWords;

    /**
     * @param vfs       where paths and commands are looked up (null: none)
     * @param log       where failures are noted (null: nowhere)
     * @param bareWords the console session's {@code >>>}, where bare words run /bin commands
     */
    SessionCompleter(Interpreter interp, Vfs vfs, Log log, boolean bareWords) {
        this.interp = interp;
        this.vfs = vfs;
        this.log = log;
        this.bareWords = bareWords;
    }

    /** The completer for lines read with {@code prompt}, or null when Tab should only indent. */
    Completer forPrompt(String prompt) {
        Context context = contextOf(prompt);
        return context == null ? null : before -> complete(context, before);
    }

    Context contextOf(String prompt) {
        if (prompt.equals(sysPrompt("ps1", ">>> "))) return Context.STATEMENT;
        if (prompt.equals(sysPrompt("ps2", "... "))) return Context.CONTINUATION;
        if (prompt.equals("$ ") || prompt.equals("> ")) return Context.SHELL; // shell.read_command
        return null;
    }

    /** As pyjama.python.Repl reads its prompts: str(sys.ps1), or the default. */
    private String sysPrompt(String name, String fallback) {
        Interp previous = Interp.cur;
        try {
            interp.runtime().activate();
            PyObject p = interp.runtime().sys.get(name);
            return p == null ? fallback : Ops.str(p).value;
        } catch (PyException e) {
            return fallback;
        } finally {
            Interp.cur = previous;
        }
    }

    /** The completion of the word that ends {@code before}; never throws. */
    Completion complete(Context context, String before) {
        Interp previous = Interp.cur;
        try {
            interp.runtime().activate();
            return find(context, before);
        } catch (PyException e) {
            failed(e.exc.type().name);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            failed(Throwables.describe(e));
        } finally {
            Interp.cur = previous;
        }
        return Completion.none(before.length());
    }

    private void failed(String why) {
        if (log != null) log.debug("console", "completion failed: " + why);
    }

    private Completion find(Context context, String before) {
        if (context == Context.SHELL) return shellLine(before, true);
        if (context == Context.STATEMENT && bareWords) {
            String command = BareWords.commandWord(before);
            if (command != null && command.length() < before.length() && !pythonKnows(command)
                    && FileNames.isCommand(vfs, command)) {
                return shellLine(before, false);
            }
        }
        int string = openStringStart(before);
        if (string >= 0) return pathInString(before, string);
        int start = pythonWordStart(before);
        String word = before.substring(start);
        if (word.isEmpty()) return null; // rlcompleter inserts a tab here
        ArrayList<String> candidates = new ArrayList<>(PythonNames.complete(interp, word));
        if (context == Context.STATEMENT && bareWords && start == 0 && word.indexOf('.') < 0) {
            for (String command : FileNames.commands(vfs, word)) {
                if (!pythonKnows(command)) candidates.add(command + " ");
            }
        }
        return new Completion(start, candidates, 0);
    }

    /** Whether a bare word would be Python rather than a command (as PythonSession decides). */
    private boolean pythonKnows(String word) {
        return BareWords.commandWord(word) == null || interp.getGlobal(word) != null
                || interp.runtime().builtins.dict.getStr(word) != null;
    }

    /** Where the word readline would complete starts: after the last delimiter. */
    static int pythonWordStart(String before) {
        int i = before.length();
        while (i > 0 && PYTHON_DELIMITERS.indexOf(before.charAt(i - 1)) < 0) i--;
        return i;
    }

    /**
     * Where the text of a string literal left open at the end of {@code before} starts, or -1
     * when the line does not end inside one. Knows quotes, triple quotes, backslash escapes and
     * comments; only this line is seen, so a string opened on an earlier line is not.
     */
    static int openStringStart(String before) {
        int n = before.length();
        int i = 0;
        while (i < n) {
            char c = before.charAt(i);
            if (c == '#') return -1;
            if (c != '\'' && c != '"') {
                i++;
                continue;
            }
            boolean triple = i + 2 < n && before.charAt(i + 1) == c && before.charAt(i + 2) == c;
            int textStart = i + (triple ? 3 : 1);
            int j = textStart;
            boolean closed = false;
            while (j < n) {
                char d = before.charAt(j);
                if (d == '\\') {
                    j += 2;
                    continue;
                }
                if (d == c && (!triple || (j + 2 < n && before.charAt(j + 1) == c && before.charAt(j + 2) == c))) {
                    j += triple ? 3 : 1;
                    closed = true;
                    break;
                }
                j++;
            }
            if (!closed) return textStart;
            i = j;
        }
        return -1;
    }

    /** A path typed inside a Python string: no escaping, no suffix but a directory's '/'. */
    private Completion pathInString(String before, int start) {
        String typed = before.substring(start);
        if (typed.indexOf('\\') >= 0) return Completion.none(start); // escapes: not guessed at
        int slash = typed.lastIndexOf('/');
        String directory = typed.substring(0, slash + 1);
        ArrayList<String> candidates = new ArrayList<>();
        for (FileNames.Entry e : FileNames.matching(vfs, fileSystemCwd(), typed)) {
            candidates.add(directory + e.name() + (e.directory() ? "/" : ""));
        }
        return new Completion(start, candidates, directory.length());
    }

    /**
     * A shell command line: the first word of each command ({@code ls}, {@code ls /tmp | so})
     * becomes a command, other words paths. {@code withBuiltins}: shell builtins (cd, export...)
     * count as commands, as at the {@code $ } prompt.
     */
    private Completion shellLine(String before, boolean withBuiltins) {
        ShellWord w = ShellWord.at(before);
        if (w == null) return Completion.none(before.length());
        String typed = before.substring(w.start());
        int shownFrom = typed.lastIndexOf('/') + 1;
        String close = w.quote() == 0 ? " " : w.quote() + " ";
        ArrayList<String> candidates = new ArrayList<>();
        if (w.command() && w.value().indexOf('/') < 0) {
            ArrayList<String> names = new ArrayList<>(FileNames.commands(vfs, w.value()));
            if (withBuiltins) {
                for (String b : shellBuiltins()) if (b.startsWith(w.value()) && !names.contains(b)) names.add(b);
            }
            for (String name : names) {
                String rest = escape(name.substring(w.value().length()), w.quote());
                if (rest != null) candidates.add(typed + rest + close);
            }
            return new Completion(w.start(), candidates, 0);
        }
        int prefix = w.value().length() - (w.value().lastIndexOf('/') + 1);
        for (FileNames.Entry e : FileNames.matching(vfs, shellCwd(), w.value())) {
            String rest = escape(e.name().substring(prefix), w.quote());
            if (rest != null) candidates.add(typed + rest + (e.directory() ? "/" : close));
        }
        return new Completion(w.start(), candidates, shownFrom);
    }

    /** {@code text} as it must be typed in a word quoted by {@code quote} (0: none); null if it cannot be. */
    static String escape(String text, char quote) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote == '\'') {
                if (c == '\'') return null;
            } else if (quote == '"') {
                if (c == '"' || c == '\\' || c == '$' || c == '`') sb.append('\\');
            } else if (SHELL_SPECIAL.indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** The shell's builtins (shell.BUILTINS, once /lib/shell.py is imported). */
    private List<String> shellBuiltins() {
        ArrayList<String> names = new ArrayList<>();
        if (!(interp.runtime().modules.getStr("shell") instanceof PyModule shell)) return names;
        if (!(shell.get("BUILTINS") instanceof PyDict builtins)) return names;
        for (int i = builtins.nextEntry(0); i >= 0; i = builtins.nextEntry(i + 1)) {
            if (builtins.keyAt(i) instanceof PyStr s) names.add(s.value);
        }
        names.sort(String::compareTo);
        return names;
    }

    /** The shell's directory: the session's {@code cwd} global (what cd changes), else Python's. */
    private String shellCwd() {
        return interp.getGlobal("cwd") instanceof PyStr s && s.value.startsWith("/") ? s.value : fileSystemCwd();
    }

    /** Where open() and os resolve relative paths: os.getcwd(). */
    private String fileSystemCwd() {
        String cwd = interp.runtime().fs.getcwd();
        return cwd != null && cwd.startsWith("/") ? cwd : "/";
    }

    /**
     * The word a shell line ends with, as /lib/shell.py's tokenizer would split it.
     *
     * @param start   where its typed text starts (after an opening quote)
     * @param value   its text with quoting and escapes removed: what names must start with
     * @param quote   the quote left open before it ({@code '} or {@code "}), or 0
     * @param command whether it is a command's first word (not after a redirection)
     */
    record ShellWord(int start, String value, char quote, boolean command) {
        /** The last word of {@code line}, or null when it cannot be completed (a variable, quotes inside it, a comment). */
        static ShellWord at(String line) {
            int n = line.length();
            boolean command = true;      // the next word starts a command
            boolean redirect = false;    // the next word is a redirection's target
            int wordStart = -1;
            int textStart = -1;
            char quote = 0;
            boolean completable = true;
            StringBuilder value = new StringBuilder();
            for (int i = 0; i < n; i++) {
                char c = line.charAt(i);
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                        completable = false; // a closed quote inside the word: not guessed at
                    } else if (quote == '"' && c == '\\' && i + 1 < n) {
                        value.append(line.charAt(++i));
                    } else {
                        value.append(c);
                    }
                    continue;
                }
                boolean blank = c == ' ' || c == '\t';
                boolean operator = c == '|' || c == '&' || c == ';';
                boolean redirection = c == '<' || c == '>';
                if (blank || operator || redirection) {
                    if (wordStart >= 0) {
                        if (redirect) redirect = false;
                        else command = false;
                    }
                    wordStart = -1;
                    if (operator) {
                        command = true;
                        redirect = false;
                    }
                    if (redirection) redirect = true;
                    continue;
                }
                if (wordStart < 0) {
                    if (c == '#') return null; // a comment to the end of the line
                    wordStart = i;
                    textStart = i;
                    completable = true;
                    value.setLength(0);
                }
                if (c == '\'' || c == '"') {
                    quote = c;
                    if (i == wordStart) textStart = i + 1;
                    else completable = false;
                } else if (c == '\\' && i + 1 < n) {
                    value.append(line.charAt(++i));
                } else if (c == '$') {
                    completable = false;
                    value.append(c);
                } else {
                    value.append(c);
                }
            }
            if (wordStart < 0) return new ShellWord(n, "", (char) 0, command && !redirect);
            if (!completable) return null;
            return new ShellWord(textStart, value.toString(), quote, command && !redirect);
        }
    }
}
