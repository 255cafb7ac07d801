package pyjama.kernel.console;

/**
 * What Tab in a {@link LineEditor} asks: given the line up to the cursor, which words could the
 * word before the cursor become. Given to the editor by whoever owns the prompt (the Python
 * session, per line it reads), because only it knows what the words mean.
 *
 * <p>Implementations must be cheap (the user is waiting at the keyboard) and should not throw;
 * the editor treats an exception like "no candidates" and rings the bell.
 */
@FunctionalInterface
public interface Completer {
    /**
     * The candidates for the word that ends where {@code before} ends; null when nothing is to be
     * completed there, so that Tab indents instead (Python's rlcompleter inserts a tab after
     * {@code print(}); a completion with no candidates when there is a word but nothing matches
     * (the editor rings the bell).
     */
    Completion complete(String before);
}
