package pyjama.python.parser;

import java.util.ArrayList;
import java.util.List;

import pyjama.python.ast.Const;
import pyjama.python.ast.Ctx;
import pyjama.python.ast.Expr;
import pyjama.python.ast.Op;
import pyjama.python.ast.Pattern;
import pyjama.python.ast.Pos;

/** {@code match} statement patterns (PEP 634), as CPython 3.12's grammar. */
abstract class PatternParser extends ExprParser {
    PatternParser(Tokenizer tokenizer, List<Token> toks) {
        super(tokenizer, toks);
    }

    /** patterns: an open sequence (becomes MatchSequence) or a single pattern. */
    final Pattern patterns() {
        Token start = peek();
        Pattern first = maybeStarPattern();
        if (!atOp(",")) {
            if (first instanceof Pattern.MatchStar) {
                return new Pattern.MatchSequence(first.pos(), List.of(first));
            }
            return first;
        }
        List<Pattern> items = new ArrayList<>();
        items.add(first);
        while (acceptOp(",")) {
            if (atOp(":") || atKw("if")) break;
            items.add(maybeStarPattern());
        }
        return new Pattern.MatchSequence(from(start), items);
    }

    private Pattern maybeStarPattern() {
        if (atOp("*")) {
            Token star = next();
            Token name = expectName();
            String n = name.text().equals("_") ? null : name.text();
            return new Pattern.MatchStar(from(star), n);
        }
        return pattern();
    }

    /** pattern: or_pattern ['as' NAME] */
    final Pattern pattern() {
        enter();
        try {
            Token start = peek();
            Pattern p0 = orPattern();
            if (atKw("as")) {
                next();
                Token name = peek();
                if (name.isName("_")) {
                    throw errorAt("cannot use '_' as a target", name, name);
                }
                if (name.kind() != Token.Kind.NAME || KEYWORDS.contains(name.text())) {
                    if (startsExpression(name)) {
                        Expr e = expression();
                        throw errorAt("invalid pattern target", e.pos());
                    }
                    throw invalidSyntax();
                }
                next();
                return new Pattern.MatchAs(from(start), p0, name.text());
            }
            return p0;
        } finally {
            leave();
        }
    }

    private Pattern orPattern() {
        Token start = peek();
        Pattern first = closedPattern();
        if (!atOp("|")) return first;
        List<Pattern> alts = new ArrayList<>();
        alts.add(first);
        while (acceptOp("|")) alts.add(closedPattern());
        return new Pattern.MatchOr(from(start), alts);
    }

    private Pattern closedPattern() {
        Token t = peek();
        switch (t.kind()) {
            case NUMBER -> {
                Expr v = signedNumberOrComplex();
                return new Pattern.MatchValue(v.pos(), v);
            }
            case STRING, FSTRING_START -> {
                Expr s = strings(); // an f-string is rejected by the compiler, as in CPython
                return new Pattern.MatchValue(s.pos(), s);
            }
            case OP -> {
                switch (t.text()) {
                    case "-" -> {
                        Expr v = signedNumberOrComplex();
                        return new Pattern.MatchValue(v.pos(), v);
                    }
                    case "(" -> { return parenPattern(); }
                    case "[" -> { return bracketPattern(); }
                    case "{" -> { return mappingPattern(); }
                    default -> throw invalidSyntax();
                }
            }
            case NAME -> {
                switch (t.text()) {
                    case "None" -> { next(); return new Pattern.MatchSingleton(pos(t), Const.NONE); }
                    case "True" -> { next(); return new Pattern.MatchSingleton(pos(t), Const.TRUE); }
                    case "False" -> { next(); return new Pattern.MatchSingleton(pos(t), Const.FALSE); }
                    default -> { }
                }
                if (KEYWORDS.contains(t.text())) throw invalidSyntax();
                next();
                Expr nameOrAttr = new Expr.Name(pos(t), t.text(), Ctx.LOAD);
                boolean dotted = false;
                while (atOp(".")) {
                    next();
                    Token attr = expectName();
                    nameOrAttr = new Expr.Attribute(from(t), nameOrAttr, attr.text(),
                            Ctx.LOAD);
                    dotted = true;
                }
                if (atOp("(")) return classPattern(nameOrAttr);
                if (dotted) return new Pattern.MatchValue(nameOrAttr.pos(), nameOrAttr);
                if (t.text().equals("_")) return new Pattern.MatchAs(pos(t), null, null);
                return new Pattern.MatchAs(pos(t), null, t.text());
            }
            default -> throw invalidSyntax();
        }
    }

    /** signed_number, or a complex literal real +/- imaginary. */
    private Expr signedNumberOrComplex() {
        Token start = peek();
        Expr real = signedNumber();
        if (atOp("+") || atOp("-")) {
            Token op = next();
            if (real instanceof Expr.Constant rc0 && rc0.value() instanceof Const.Imaginary
                    || real instanceof Expr.UnaryOp u0 && ((Expr.Constant) u0.operand()).value() instanceof Const.Imaginary) {
                throw errorAt("real number required in complex literal", real.pos());
            }
            Token num = peek();
            if (num.kind() != Token.Kind.NUMBER) throw invalidSyntax();
            Expr imag = signedNumberAtom();
            if (!(((Expr.Constant) imag).value() instanceof Const.Imaginary)) {
                throw errorAt("imaginary number required in complex literal", imag.pos());
            }
            if (real instanceof Expr.Constant rc && rc.value() instanceof Const.Imaginary
                    || real instanceof Expr.UnaryOp u && ((Expr.Constant) u.operand()).value() instanceof Const.Imaginary) {
                throw errorAt("real number required in complex literal", real.pos());
            }
            return new Expr.BinOp(from(start), real, op.isOp("+") ? Op.Bin.ADD : Op.Bin.SUB, imag);
        }
        return real;
    }

    private Expr signedNumber() {
        if (atOp("-")) {
            Token minus = next();
            if (peek().kind() != Token.Kind.NUMBER) throw invalidSyntax();
            Expr n = signedNumberAtom();
            return new Expr.UnaryOp(from(minus), Op.Unary.USUB, n);
        }
        return signedNumberAtom();
    }

    private Expr signedNumberAtom() {
        Token t = peek();
        if (t.kind() != Token.Kind.NUMBER) throw invalidSyntax();
        return atom();
    }

    private Pattern parenPattern() {
        Token open = next();
        bracketLevel++;
        try {
            if (acceptOp(")")) return new Pattern.MatchSequence(from(open), List.of());
            Pattern first = maybeStarPattern();
            if (atOp(")") && !(first instanceof Pattern.MatchStar)) {
                next();
                return first; // a group: the pattern itself, without the parentheses
            }
            List<Pattern> items = new ArrayList<>();
            items.add(first);
            if (!atOp(")")) {
                if (!atOp(",")) throw invalidSyntax();
                while (acceptOp(",")) {
                    if (atOp(")")) break;
                    items.add(maybeStarPattern());
                }
            }
            expectOp(")");
            return new Pattern.MatchSequence(from(open), items);
        } finally {
            bracketLevel--;
        }
    }

    private Pattern bracketPattern() {
        Token open = next();
        bracketLevel++;
        try {
            List<Pattern> items = new ArrayList<>();
            while (!atOp("]")) {
                items.add(maybeStarPattern());
                if (!acceptOp(",")) break;
            }
            expectOp("]");
            return new Pattern.MatchSequence(from(open), items);
        } finally {
            bracketLevel--;
        }
    }

    private Pattern mappingPattern() {
        Token open = next();
        bracketLevel++;
        try {
            List<Expr> keys = new ArrayList<>();
            List<Pattern> values = new ArrayList<>();
            String rest = null;
            while (!atOp("}")) {
                if (atOp("**")) {
                    next();
                    Token name = expectName();
                    rest = name.text();
                    acceptOp(",");
                    if (!atOp("}")) throw invalidSyntax();
                    break;
                }
                Expr key = mappingKey();
                expectOp(":");
                keys.add(key);
                values.add(pattern());
                if (!acceptOp(",")) break;
            }
            expectOp("}");
            return new Pattern.MatchMapping(from(open), keys, values, rest);
        } finally {
            bracketLevel--;
        }
    }

    private Expr mappingKey() {
        Token t = peek();
        switch (t.kind()) {
            case NUMBER -> { return signedNumberOrComplex(); }
            case STRING, FSTRING_START -> { return strings(); }
            case OP -> {
                if (t.isOp("-")) return signedNumberOrComplex();
                throw invalidSyntax();
            }
            case NAME -> {
                switch (t.text()) {
                    case "None" -> { next(); return new Expr.Constant(pos(t), Const.NONE, null); }
                    case "True" -> { next(); return new Expr.Constant(pos(t), Const.TRUE, null); }
                    case "False" -> { next(); return new Expr.Constant(pos(t), Const.FALSE, null); }
                    default -> { }
                }
                Token n = expectName();
                Expr e = new Expr.Name(pos(n), n.text(), Ctx.LOAD);
                Token kstart = n;
                if (!atOp(".")) throw invalidSyntax();
                while (acceptOp(".")) {
                    Token a = expectName();
                    e = new Expr.Attribute(from(kstart), e, a.text(), Ctx.LOAD);
                }
                return e;
            }
            default -> throw invalidSyntax();
        }
    }

    private Pattern classPattern(Expr cls) {
        expectOp("(");
        bracketLevel++;
        try {
            List<Pattern> positional = new ArrayList<>();
            List<String> kwdAttrs = new ArrayList<>();
            List<Pattern> kwdPatterns = new ArrayList<>();
            while (!atOp(")")) {
                if (atName() && peek(1).isOp("=")) {
                    Token name = next();
                    next();
                    kwdAttrs.add(name.text());
                    kwdPatterns.add(pattern());
                } else {
                    Pattern pt = pattern();
                    if (!kwdAttrs.isEmpty()) {
                        throw errorAt("positional patterns follow keyword patterns", pt.pos());
                    }
                    positional.add(pt);
                }
                if (!acceptOp(",")) break;
            }
            expectOp(")");
            return new Pattern.MatchClass(from(cls.pos()), cls, positional, kwdAttrs, kwdPatterns);
        } finally {
            bracketLevel--;
        }
    }
}
