package pyjama.kernel.console;

import java.util.List;

/** A console command: its name, a one-line usage and summary for {@code help}, and the action. */
public record Command(String name, String usage, String summary, Action action) {

    @FunctionalInterface
    public interface Action {
        /** {@code args} excludes the command name. */
        void run(List<String> args);
    }
}
