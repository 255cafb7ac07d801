package pyjama.kernel.console;

import java.util.List;

/**
 * What a {@link Completer} found: each candidate replaces {@code before.substring(start)}, the
 * word being completed. Candidates carry their own suffix ({@code print(}, {@code /bin/},
 * {@code ls }).
 *
 * @param start     where the word starts in the text before the cursor (a char index)
 * @param candidates the words the word could become, each starting with the word as typed
 * @param shownFrom where the part worth listing starts in each candidate: a path is listed
 *                  without its directory ({@code sysinfo.py}, not {@code /bin/sysinfo.py}), as
 *                  readline lists file names
 */
public record Completion(int start, List<String> candidates, int shownFrom) {
    public Completion {
        candidates = List.copyOf(candidates);
    }

    /** A word was found but nothing matches it. */
    public static Completion none(int start) { return new Completion(start, List.of(), 0); }
}
