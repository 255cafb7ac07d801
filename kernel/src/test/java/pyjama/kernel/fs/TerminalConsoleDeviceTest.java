package pyjama.kernel.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TerminalConsoleDeviceTest {
    @Test
    void aUtf8CharacterCutAtTheEndOfAWriteIsHeldBack() {
        byte[] euro = "a\u20ac".getBytes(java.nio.charset.StandardCharsets.UTF_8); // 61 E2 82 AC
        assertEquals(4, TerminalConsoleDevice.completePrefix(euro, 0, 4));
        assertEquals(1, TerminalConsoleDevice.completePrefix(euro, 0, 3));
        assertEquals(1, TerminalConsoleDevice.completePrefix(euro, 0, 2));
        assertEquals(1, TerminalConsoleDevice.completePrefix(euro, 0, 1));
        assertEquals(0, TerminalConsoleDevice.completePrefix(new byte[] {(byte) 0xF0, (byte) 0x9F}, 0, 2));
        assertEquals(2, TerminalConsoleDevice.completePrefix(new byte[] {(byte) 0x80, (byte) 0x80}, 0, 2));
    }
}
