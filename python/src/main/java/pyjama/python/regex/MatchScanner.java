package pyjama.python.regex;

import java.util.function.BooleanSupplier;

/**
 * Successive matches over one subject with CPython 3.7+ rules: after an empty match the next
 * match may start at the same position but must not be empty there. This is the loop behind
 * finditer, findall, sub/subn (including callable replacements, which the binding calls between
 * next() calls) and split; re.Scanner's scanner().match() uses {@link #nextAnchored()}.
 */
public final class MatchScanner {
    private final Regex regex;
    private final Subject subject;
    private final Machine machine;
    private final int pos;
    private final int endpos;
    private int start;
    private boolean mustAdvance;
    private boolean done;

    MatchScanner(Regex regex, Subject subject, int pos, int endpos, BooleanSupplier interrupt) {
        this.regex = regex;
        this.subject = subject;
        this.pos = pos;
        this.endpos = endpos;
        this.machine = new Machine(regex, subject.text, endpos, interrupt);
        this.start = pos;
    }

    /** The next match (scanner.search()), or null when there are no more. */
    public RegexMatch next() {
        if (done) return null;
        if (!machine.search(start, mustAdvance)) {
            done = true;
            return null;
        }
        return advance();
    }

    /** The next match anchored where the previous one ended (scanner.match()), or null. */
    public RegexMatch nextAnchored() {
        if (done) return null;
        if (!machine.matchAnchored(start, mustAdvance)) {
            done = true;
            return null;
        }
        return advance();
    }

    private RegexMatch advance() {
        RegexMatch m = regex.result(machine, subject, pos, endpos);
        mustAdvance = machine.matchEnd == machine.matchStart;
        start = machine.matchEnd;
        return m;
    }
}
