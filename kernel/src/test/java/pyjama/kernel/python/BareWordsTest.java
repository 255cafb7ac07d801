package pyjama.kernel.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class BareWordsTest {
    @Test
    void commandLinesGiveTheirFirstWord() {
        assertEquals("ls", BareWords.commandWord("ls"));
        assertEquals("ls", BareWords.commandWord("ls -l /tmp"));
        assertEquals("cd", BareWords.commandWord("cd .."));
        assertEquals("cat", BareWords.commandWord("cat\tfile.txt"));
        assertEquals("echo", BareWords.commandWord("echo 'a = b'"));
        assertEquals("grep", BareWords.commandWord("grep == file"));
        assertEquals("hello", BareWords.commandWord("hello   "));
        assertEquals("x2", BareWords.commandWord("x2 (1)"));
    }

    @Test
    void pythonStaysPython() {
        assertNull(BareWords.commandWord(""));
        assertNull(BareWords.commandWord(" ls"));
        assertNull(BareWords.commandWord("1 + 1"));
        assertNull(BareWords.commandWord("x = 1"));
        assertNull(BareWords.commandWord("x=1"));
        assertNull(BareWords.commandWord("x += 1"));
        assertNull(BareWords.commandWord("x //= 2"));
        assertNull(BareWords.commandWord("x: int = 3"));
        assertNull(BareWords.commandWord("x := 3"));
        assertNull(BareWords.commandWord("f(1)"));
        assertNull(BareWords.commandWord("a.b c"));
        assertNull(BareWords.commandWord("a[0]"));
        assertNull(BareWords.commandWord("import os"));
        assertNull(BareWords.commandWord("for i in x: pass"));
        assertNull(BareWords.commandWord("await x"));
        assertNull(BareWords.commandWord("'ls'"));
    }
}
