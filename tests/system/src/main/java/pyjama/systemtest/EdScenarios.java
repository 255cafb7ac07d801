package pyjama.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * /bin/ed in the booted kernel against GNU ed on the host: each {@link EdCase} writes a file
 * and a command script into the image, runs {@code ed} on it through the shell, and must print
 * the same output, exit with the same status and leave the same files as {@code /usr/bin/ed}
 * given the same script by this test. Together the cases use every command (a i c d p n l j m
 * t s u w W r e E f q Q = k x y z g v G V h H), every kind of address, marks, regular
 * expressions, and {@code ?} errors with their explanations.
 *
 * <p>The editor's finer points are held to GNU ed under the host's CPython by the corpus in
 * kernel/src/test/ed (docs/ed.md); these scenarios check that the editor does the same on
 * Pyjama's interpreter, VFS and console, where the input is a pipe stage or a VFS file and
 * the output is the serial line.
 */
public abstract class EdScenarios extends KernelScenarios {
    protected static final Duration ANSWER = Duration.ofSeconds(120);

    /** Runs the case in the image and on the host; the transcripts must be equal. */
    private void matchesGnuEd(EdCase c) throws IOException, InterruptedException {
        String expected = c.gnuTranscript();
        assertEquals("", console.answer(c.imageSetupLine(), PS1, ANSWER), "setting up ed case " + c.name());
        String actual = console.answer("sh(" + BinCommandScenarios.pythonString(c.imageShellCommands()) + ")", PS1, ANSWER);
        assertEquals(expected, actual, "ed case " + c.name() + " (GNU ed, then Pyjama's), script:\n" + c.script());
    }

    private static final String GREEK = """
            alpha
            beta
            gamma
            delta
            epsilon
            zeta
            eta
            """;

    @Test
    void addressesMarksAndLineNumbers() throws Exception {
        matchesGnuEd(EdCase.piped("addresses", GREEK, """
                2p
                $p
                .=
                =
                -,+p
                /ta/p
                ?al?p
                1;/ta/n
                $-2,$l
                3
                +2p
                --p
                2ka
                4kb
                'a,'bn
                'b=
                /e/=
                //=
                ??=
                3,+p
                %n
                ,p
                q
                """));
    }

    @Test
    void appendInsertChangeDeleteJoinMoveTransferAndUndo() throws Exception {
        matchesGnuEd(EdCase.piped("edits", "one\ntwo\nthree\nfour\nfive\n", """
                2a
                new after two
                .
                1i
                first
                .
                4c
                changed
                .
                ,n
                5d
                .p
                1,2j
                ,p
                2m$
                ,p
                1t0
                ,p
                u
                ,p
                u
                ,p
                0a
                top
                .
                $i
                before last
                .
                2,3c
                replaced
                .
                ,n
                w
                q
                """));
    }

    @Test
    void substituteWithGroupsCountsFlagsAndTheRepeatForm() throws Exception {
        matchesGnuEd(EdCase.piped("substitute", "banana split\nfoo bar baz\nabc def\nx.y.z\n", """
                1s/a/A/
                p
                1s/a/o/g
                p
                2s/\\(b\\)\\(a\\)/\\2\\1/gp
                2s/ /_/2p
                3s/$/!/p
                4s/\\./-/gp
                %s/o/&&/g
                ,p
                s//0/
                p
                1s/ /\\
                /
                ,n
                s
                2,3s/x/y/
                s/\\<./X/g
                ,p
                1s/b/%/
                1s|A|[%]|p
                2s/o/O/3
                2s/o/O/gn
                $s/X/x/2l
                w
                q
                """));
    }

    @Test
    void globalCommandsRunCommandListsAndInteractiveOnes() throws Exception {
        matchesGnuEd(EdCase.piped("global", "apple\nbanana\ncherry\napricot\nblueberry\navocado\n", """
                g/^a/p
                v/^a/n
                g/an/s/an/AN/g\\
                p
                G/^b/
                p
                &

                V/^[ab]/
                l
                v/e/d
                ,p
                u
                ,p
                w
                q
                """));
        matchesGnuEd(EdCase.piped("global2", "one\ntwo\nthree\nfour\n", """
                g/o/.t.\\
                s/o/0/g
                ,p
                u
                ,p
                g/e/a\\
                added
                ,p
                g/t/m0
                ,n
                G/0/
                s/0/O/
                &
                ,p
                w
                q
                """));
    }

    @Test
    void filesAreReadWrittenAppendedEditedAndNamed() throws Exception {
        // Without -s: the byte counts of e, r and w are printed.
        matchesGnuEd(new EdCase("files", List.of("file"),
                Map.of("file", "line one\nline two\n", "other", "other A\nother B\n"), """
                f
                $r other
                ,p
                w
                f renamed
                w
                1d
                q
                e other
                h
                e other
                ,n
                W renamed
                w copy
                f
                E file
                1,2w part
                q
                """, false));
        matchesGnuEd(new EdCase("newfile", List.of("-s", "nofile"), Map.of(), """
                a
                created by ed
                .
                f
                w
                q
                """, false));
    }

    @Test
    void errorsPrintAQuestionMarkThatHAndHExplain() throws Exception {
        matchesGnuEd(EdCase.piped("errors", "a\nb\nc\n", """
                Z
                h
                100p
                h
                H
                /nomatch/
                kA
                u
                2,3m2
                s/q/r/
                1,2j
                w /nodir/x
                k
                'z
                e
                1,2p x
                t9
                s/a/\\(/
                s/\\(/x/
                q
                q
                """));
    }

    @Test
    void listingShowsBytesAndNonAsciiTextSurvives() throws Exception {
        matchesGnuEd(EdCase.piped("list", "tab\there\ndollar $ and \\\\ backslash\nnon-ascii \u00e9\n"
                + "a long line " + "0123456789".repeat(8) + "\n", """
                ,l
                1,2n
                3p
                4l
                q
                """));
        matchesGnuEd(EdCase.piped("nonascii", "caf\u00e9\nna\u00efve\n", """
                a
                r\u00e9sum\u00e9
                .
                ,p
                ,l
                s/\u00e9/e/gp
                /\u00ef/p
                ,n
                w
                q
                """));
    }

    @Test
    void regularExpressionsAreGnuBasicOnes() throws Exception {
        matchesGnuEd(EdCase.piped("regex", "aaa bbb\nfoo123bar\nHello World\nx{2}y\nabcabc\n tab\tend\nCAPS lower\n", """
                g/[[:digit:]]\\{3\\}/p
                g/^[A-Z][a-z]*/n
                /\\(abc\\)\\1/p
                1s/a\\{2,\\}/A/p
                /o\\+/p
                /W.r/s//w0r/p
                ,s/[[:upper:]]\\{2,\\}/(&)/gp
                /x{2}y/p
                /[[:space:]]end$/l
                /\\<lower\\>/p
                2s/[0-9]/#/3p
                2s/[^a-z]//gp
                v/[aeiou]/p
                g/^a*$/p
                /b\\{4\\}/
                q
                """));
    }

    @Test
    void cutPasteAndScrolling() throws Exception {
        matchesGnuEd(EdCase.piped("cutpaste", "1\n2\n3\n4\n5\n6\n", """
                2,3d
                x
                0x
                ,p
                y
                $x
                ,p
                0a
                zero
                .
                +,$m0
                ,n
                1,2c
                C
                .
                ,p
                u
                ,p
                1z2
                3;+1p
                =
                w
                q
                """));
    }

    @Test
    void aScriptFileStopsAtTheFirstErrorAndAModifiedBufferAtTheEndIsStatus2() throws Exception {
        matchesGnuEd(new EdCase("scriptfile", List.of("-s", "file"), Map.of("file", "a\nb\n"), """
                1p
                9p
                2p
                q
                """, true));
        matchesGnuEd(EdCase.piped("unsaved", "a\nb\n", """
                1d
                """));
        matchesGnuEd(EdCase.piped("quitwarns", "a\nb\n", """
                1d
                q
                Q
                """));
    }
}
