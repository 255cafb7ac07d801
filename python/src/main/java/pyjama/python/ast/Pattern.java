package pyjama.python.ast;

import java.util.List;

/** {@code match} patterns, as CPython's {@code ast.pattern}. */
public sealed interface Pattern {
    Pos pos();

    record MatchValue(Pos pos, Expr value) implements Pattern {}
    /** None, True or False. */
    record MatchSingleton(Pos pos, Const value) implements Pattern {}
    record MatchSequence(Pos pos, List<Pattern> patterns) implements Pattern {}
    /** rest is the name after {@code **}, or null. */
    record MatchMapping(Pos pos, List<Expr> keys, List<Pattern> patterns, String rest) implements Pattern {}
    record MatchClass(Pos pos, Expr cls, List<Pattern> patterns, List<String> kwdAttrs,
                      List<Pattern> kwdPatterns) implements Pattern {}
    /** {@code *name}, or {@code *_} with a null name. */
    record MatchStar(Pos pos, String name) implements Pattern {}
    /** {@code pattern as name}; a bare capture has a null pattern; {@code _} has both null. */
    record MatchAs(Pos pos, Pattern pattern, String name) implements Pattern {}
    record MatchOr(Pos pos, List<Pattern> patterns) implements Pattern {}
}
