package pyjama.python.regex;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/** Engine properties the oracle table cannot express: stack use, cancellation, limits, API shape. */
class RegexEngineTest {

    private static String repeat(String unit, int n) {
        StringBuilder sb = new StringBuilder(unit.length() * n);
        for (int i = 0; i < n; i++) sb.append(unit);
        return sb.toString();
    }

    /** Runs body on a thread with a deliberately small Java stack (the metal C stack is small). */
    private static void onSmallStack(Runnable body) throws InterruptedException {
        onStack(128 * 1024, body);
    }

    private static void onStack(int bytes, Runnable body) throws InterruptedException {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                body.run();
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "small-stack", bytes);
        t.start();
        t.join();
        if (failure.get() != null) throw new AssertionError(failure.get());
    }

    @Test
    void capturingLoopOverOneMegabyteDoesNotRecurse() throws InterruptedException {
        String s = repeat("ab", 1 << 19);
        onSmallStack(() -> {
            RegexMatch m = Regex.compile("(a|b)*", 0).match(s);
            assertEquals(s.length(), m.end(0));
            assertEquals(s.length() - 1, m.start(1));
            assertEquals(1, m.lastIndex());
        });
    }

    @Test
    void failingLoopsAndLookaroundsOverLongSubjectsDoNotRecurse() throws InterruptedException {
        String s = repeat("ab", 1 << 17) + "!";
        onSmallStack(() -> {
            assertNull(Regex.compile("(?:a|b)*c", 0).match(s));
            assertNull(Regex.compile("(?:(?=[ab])(.))*$", 0).match(s));
            assertEquals(s.length() - 1, Regex.compile("(?:(a)|b)*+", 0).match(s).end(0));
            assertEquals(s.length(), Regex.compile("(.)*?$", 0).match(s).end(0));
            assertEquals(s.length() - 1, Regex.compile("(?>a|b)*", 0).match(s).end(0));
            assertEquals(s.length(), Regex.compile("(?:ab)+?!", 0).search(s).end(0));
        });
    }

    @Test
    void deeplyNestedPatternRaisesRecursionErrorNotStackOverflow() throws InterruptedException {
        // The parser and compiler recurse once per nesting level; MAX_NESTING keeps that bounded.
        onStack(1024 * 1024, () -> {
            String deep = repeat("(", Regex.MAX_NESTING + 1) + repeat(")", Regex.MAX_NESTING + 1);
            RegexException e = assertThrows(RegexException.class, () -> Regex.compile(deep, 0));
            assertEquals(RegexException.Kind.RECURSION_ERROR, e.kind());
            String ok = repeat("(?:", 300) + "a" + repeat(")", 300);
            assertNotNull(Regex.compile(ok, 0).match("a"));
        });
    }

    @Test
    void cancellationHookStopsCatastrophicBacktracking() {
        AtomicInteger polls = new AtomicInteger();
        Regex r = Regex.compile("(x+x+)+y", 0);
        Subject s = Subject.of(repeat("x", 40));
        RegexException e = assertThrows(RegexException.class,
                () -> r.match(s, 0, Regex.END, () -> polls.incrementAndGet() >= 3));
        assertEquals(RegexException.Kind.INTERRUPTED, e.kind());
        assertEquals(3, polls.get());
    }

    @Test
    void cancellationHookIsPolledButDoesNotDisturbNormalMatching() {
        AtomicInteger polls = new AtomicInteger();
        Regex r = Regex.compile("(a|b)*c", 0);
        Subject s = Subject.of(repeat("ab", 100_000) + "c");
        RegexMatch m = r.search(s, 0, Regex.END, () -> {
            polls.incrementAndGet();
            return false;
        });
        assertEquals(200_001, m.end(0));
        assertTrue(polls.get() > 0, "the hook must be polled during a long match");
    }

    @Test
    void backtrackStackLimitRaisesMemoryError() {
        long saved = Regex.maxBacktrackInts;
        try {
            Regex.maxBacktrackInts = 4096;
            RegexException e = assertThrows(RegexException.class,
                    () -> Regex.compile("(a|b)*", 0).match(repeat("ab", 10_000)));
            assertEquals(RegexException.Kind.MEMORY_ERROR, e.kind());
        } finally {
            Regex.maxBacktrackInts = saved;
        }
    }

    @Test
    void astralCharactersAreSingleCharacters() {
        Regex r = Regex.compile("^.(.)$", 0);
        RegexMatch m = r.match("\uD83D\uDE00x");
        assertNotNull(m);
        assertEquals("x", m.group(1));
        assertEquals(1, m.start(1));
    }

    @Test
    void matchExposesGroupsNamesAndLastGroup() {
        Regex r = Regex.compile("(?P<first>\\w+) (?P<last>\\w+)(!)?", 0);
        assertEquals(3, r.groups());
        assertEquals(List.of("first", "last"), List.copyOf(r.groupIndex().keySet()));
        assertEquals(Map.of("first", 1, "last", 2), r.groupIndex());
        RegexMatch m = r.search("Ada Lovelace");
        assertEquals("Ada", m.group(1));
        assertEquals("Lovelace", m.group(2));
        assertNull(m.group(3));
        assertFalse(m.participated(3));
        assertEquals(2, m.lastIndex());
        assertEquals("last", m.lastGroup());
        RegexException e = assertThrows(RegexException.class, () -> m.start(4));
        assertEquals(RegexException.Kind.INDEX_ERROR, e.kind());
    }

    @Test
    void flagsIncludeInlineFlagsAndUnicode() {
        assertEquals(RegexFlags.UNICODE | RegexFlags.IGNORECASE | RegexFlags.VERBOSE,
                Regex.compile("(?ix)a", 0).flags());
        assertEquals(RegexFlags.ASCII, Regex.compile("a", RegexFlags.ASCII).flags());
        assertEquals(0, Regex.compileBytes(new byte[] {'a'}, 0).flags());
    }

    @Test
    void bytesPatternsMatchBytesSubjectsOnly() {
        Regex r = Regex.compileBytes("(\\w+)\\xe9".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0);
        RegexMatch m = r.search(Subject.ofBytes(new byte[] {' ', 'a', 'b', (byte) 0xe9}), 0, Regex.END, null);
        assertArrayEquals(new byte[] {'a', 'b'}, m.groupBytes(1));
        RegexException e = assertThrows(RegexException.class, () -> r.search(Subject.of("ab\u00e9"), 0, Regex.END, null));
        assertEquals(RegexException.Kind.TYPE_ERROR, e.kind());
        assertEquals("cannot use a bytes pattern on a string-like object", e.getMessage());
        RegexException e2 = assertThrows(RegexException.class,
                () -> Regex.compile("a", 0).search(Subject.ofBytes(new byte[] {'a'}), 0, Regex.END, null));
        assertEquals("cannot use a string pattern on a bytes-like object", e2.getMessage());
    }

    @Test
    void patternErrorCarriesPositionLineAndColumn() {
        PatternError e = assertThrows(PatternError.class, () -> Regex.compile("ab\n(?P<1>x)", 0));
        assertEquals("bad character in group name '1'", e.msg());
        assertEquals(7, e.pos());
        assertEquals(2, e.lineno());
        assertEquals(5, e.colno());
        assertEquals("ab\n(?P<1>x)", e.pattern());
        assertEquals("bad character in group name '1' at position 7 (line 2, column 5)", e.getMessage());
        PatternError lb = assertThrows(PatternError.class, () -> Regex.compile("(?<=a*)b", 0));
        assertEquals(-1, lb.pos());
        assertNull(lb.pattern());
    }

    @Test
    void templatesExposePartsForTheBinding() {
        Regex r = Regex.compile("(?P<w>a)(b)?", 0);
        Template t = r.template("<\\g<w>|\\2>");
        assertEquals(2, t.groupRefCount());
        assertEquals(1, t.groupRef(0));
        assertEquals(2, t.groupRef(1));
        assertArrayEquals(new int[] {'<'}, t.literal(0));
        assertArrayEquals(new int[] {'>'}, t.literal(2));
        RegexMatch m = r.search("xa");
        assertEquals("<a|>", t.expandToString(m));
        assertTrue(r.template("plain").isLiteral());
    }

    @Test
    void scannerGivesCallableSubstitutionsTheirMatches() {
        // The binding implements re.sub(pattern, callable, s) by driving the scanner.
        Regex r = Regex.compile("x*", 0);
        Subject s = Subject.of("abxd");
        MatchScanner sc = r.scanner(s, 0, Regex.END, null);
        StringBuilder out = new StringBuilder();
        int last = 0;
        for (RegexMatch m = sc.next(); m != null; m = sc.next()) {
            out.append(s.substring(last, m.start(0))).append('[').append(m.group(0).toUpperCase()).append(']');
            last = m.end(0);
        }
        out.append(s.substring(last, s.length()));
        assertEquals("[]a[]b[X][]d[]", out.toString());
    }

    @Test
    void scannerMatchIsAnchoredAtThePreviousEnd() {
        Regex r = Regex.compile("\\d+|\\s+|[a-z]+", 0);
        MatchScanner sc = r.scanner(Subject.of("12 ab!x"), 0, Regex.END, null);
        assertEquals("12", sc.nextAnchored().group(0));
        assertEquals(" ", sc.nextAnchored().group(0));
        assertEquals("ab", sc.nextAnchored().group(0));
        assertNull(sc.nextAnchored());
        assertNull(sc.nextAnchored());
    }

    @Test
    void unicodeNameResolverCanBeInstalled() {
        try {
            Regex.setUnicodeNameResolver(name -> name.equals("SMILEY") ? 0x263a : -1);
            assertNotNull(Regex.compile("\\N{SMILEY}", 0).match("\u263a"));
            assertThrows(PatternError.class, () -> Regex.compile("\\N{EM DASH}", 0));
        } finally {
            Regex.setUnicodeNameResolver(null);
        }
        assertNotNull(Regex.compile("\\N{em dash}", 0).match("\u2014"));
    }
}
