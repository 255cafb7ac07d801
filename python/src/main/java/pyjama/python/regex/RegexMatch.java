package pyjama.python.regex;

/**
 * A successful match: group spans over the {@link Subject} (Python's re.Match data).
 * Group 0 is the whole match; a group that did not participate has start = end = -1.
 */
public final class RegexMatch {
    private final Regex regex;
    private final Subject subject;
    private final int pos;
    private final int endpos;
    /** spans[2g], spans[2g+1]: start and end of group g, or -1. */
    private final int[] spans;
    private final int lastIndex;

    RegexMatch(Regex regex, Subject subject, int pos, int endpos, int[] spans, int lastIndex) {
        this.regex = regex;
        this.subject = subject;
        this.pos = pos;
        this.endpos = endpos;
        this.spans = spans;
        this.lastIndex = lastIndex;
    }

    public Regex regex() { return regex; }
    public Subject subject() { return subject; }
    /** The normalized pos argument (match.pos). */
    public int pos() { return pos; }
    /** The normalized endpos argument (match.endpos). */
    public int endpos() { return endpos; }
    /** Number of capturing groups (not counting group 0). */
    public int groupCount() { return regex.groups(); }

    public int start(int group) { return spans[2 * checkGroup(group)]; }
    public int end(int group) { return spans[2 * checkGroup(group) + 1]; }
    public boolean participated(int group) { return spans[2 * checkGroup(group)] >= 0; }

    /** match.lastindex, or -1 for None. */
    public int lastIndex() { return lastIndex; }

    /** match.lastgroup, or null for None. */
    public String lastGroup() { return lastIndex < 0 ? null : regex.groupName(lastIndex); }

    /** Group text for str subjects, or null when the group did not participate. */
    public String group(int group) {
        int s = start(group);
        return s < 0 ? null : subject.substring(s, spans[2 * group + 1]);
    }

    public byte[] groupBytes(int group) {
        int s = start(group);
        return s < 0 ? null : subject.bytes(s, spans[2 * group + 1]);
    }

    public int[] groupCodePoints(int group) {
        int s = start(group);
        return s < 0 ? null : subject.codePoints(s, spans[2 * group + 1]);
    }

    private int checkGroup(int g) {
        if (g < 0 || g > regex.groups()) {
            throw new RegexException(RegexException.Kind.INDEX_ERROR, "no such group");
        }
        return g;
    }
}
