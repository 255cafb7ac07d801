package pyjama.python.parser;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Mutational fuzzing over the corpus (fixed seed, bounded time): byte flips, token-ish
 * deletions, duplications and splices, random ASCII and Unicode insertions. The parser may
 * only return a tree or throw PySyntaxError: any other exception, or a stack overflow, fails.
 * isIncomplete is exercised on the same inputs.
 */
class ParserFuzzTest {
    private static final long BUDGET_NANOS = 15_000_000_000L;
    private static final String ALPHABET = "()[]{}:;,.=+-*/%@<>!~^&|'\"\\#\n\t fbruFBRUjJeE0123456789_xoXO"
            + "\u00e9\u20ac\u00a0\u200b\ud83d\ude00\u3000\u2028";
    private static final String[] FRAGMENTS = {"if ", "else", "lambda", "yield", "await ", "async ", "match ", "case ",
            "type ", "def ", "class ", "for ", " in ", "with ", " as ", "try:", "except*", "finally:", "return", "f'{",
            "}'", "'''", "\"\"\"", "**", ":=", "->", "...", "\\\n", "\n    ", "\n\t", "not ", " is ", "from ", "import ",
            "global ", "nonlocal ", "del ", "@", "rb'", "0x", "1e", "1_0", "\\N{BULLET}", "{x!r:>{w}}", "*", "_"};

    @Test
    void mutatedSourcesGiveATreeOrASyntaxErrorOnly() {
        List<String> corpus = new ArrayList<>();
        corpus.addAll(CorpusFiles.snippets("ok_lines.txt", "ok.txt"));
        corpus.addAll(CorpusFiles.snippets("errors_lines.txt", "errors.txt"));
        Random rnd = new Random(0x5eed_1234L);
        long deadline = System.nanoTime() + BUDGET_NANOS;
        int runs = 0;
        List<String> failures = new ArrayList<>();
        while (System.nanoTime() < deadline && failures.size() < 5) {
            String src = corpus.get(rnd.nextInt(corpus.size()));
            int rounds = 1 + rnd.nextInt(4);
            for (int r = 0; r < rounds; r++) src = mutate(src, rnd, corpus);
            check(src, failures);
            runs++;
        }
        if (!failures.isEmpty()) fail("after " + runs + " runs:\n" + String.join("\n", failures));
    }

    private static void check(String src, List<String> failures) {
        for (String mode : new String[]{"exec", "eval", "single"}) {
            try {
                Parser.parse(src, "<fuzz>", mode);
            } catch (PySyntaxError e) {
                if (e.msg() == null || e.line() < 0) failures.add("bad error for " + quote(src) + ": " + e);
            } catch (StackOverflowError e) {
                failures.add("stack overflow (" + mode + ") on " + quote(src));
            } catch (RuntimeException e) {
                failures.add(e + " (" + mode + ") on " + quote(src) + "\n    at " + e.getStackTrace()[0]);
            }
        }
        try {
            Parser.isIncomplete(src);
        } catch (RuntimeException | StackOverflowError e) {
            failures.add("isIncomplete: " + e + " on " + quote(src));
        }
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t") + "\"";
    }

    private static String mutate(String s, Random rnd, List<String> corpus) {
        if (s.isEmpty()) return FRAGMENTS[rnd.nextInt(FRAGMENTS.length)];
        int i = rnd.nextInt(s.length() + 1);
        int j = Math.min(s.length(), i + rnd.nextInt(8));
        switch (rnd.nextInt(8)) {
            case 0: { // flip one char
                if (i >= s.length()) return s;
                char c = (char) (s.charAt(i) ^ (1 << rnd.nextInt(7)));
                return s.substring(0, i) + c + s.substring(i + 1);
            }
            case 1: return s.substring(0, i) + s.substring(j); // delete a run
            case 2: return s.substring(0, j) + s.substring(i, j) + s.substring(j); // duplicate a run
            case 3: { // splice from another snippet
                String o = corpus.get(rnd.nextInt(corpus.size()));
                int a = rnd.nextInt(o.length() + 1);
                int b = Math.min(o.length(), a + rnd.nextInt(20));
                return s.substring(0, i) + o.substring(a, b) + s.substring(i);
            }
            case 4: return s.substring(0, i) + ALPHABET.charAt(rnd.nextInt(ALPHABET.length())) + s.substring(i);
            case 5: return s.substring(0, i) + FRAGMENTS[rnd.nextInt(FRAGMENTS.length)] + s.substring(i);
            case 6: { // random code point, astral included
                int cp = rnd.nextBoolean() ? rnd.nextInt(0x3000) : rnd.nextInt(0x10FFFF);
                if (cp >= 0xD800 && cp <= 0xDFFF) cp = '?';
                return s.substring(0, i) + new String(Character.toChars(cp)) + s.substring(i);
            }
            default: return s.substring(0, i) + s.substring(i).repeat(1 + rnd.nextInt(3)); // repeat the tail
        }
    }
}
