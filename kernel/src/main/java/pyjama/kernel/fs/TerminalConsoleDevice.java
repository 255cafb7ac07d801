package pyjama.kernel.fs;

import java.nio.charset.StandardCharsets;
import pyjama.kernel.console.EditResult;
import pyjama.kernel.console.LineEditor;
import pyjama.kernel.console.Terminal;

/**
 * {@code /dev/console} over the kernel's terminal. Input is cooked, as a Linux tty in canonical
 * mode: a read waits for a whole line typed through a line editor (echoed, editable) and gives
 * it with its {@code \n}, across as many reads as it takes; Ctrl-D on an empty line is end of
 * file (a read of 0); Ctrl-C fails the read with EINTR (the Python layer turns it into
 * KeyboardInterrupt). Output is UTF-8 text with {@code \n} sent as CR LF; a character split
 * across two writes is held until its last byte arrives.
 */
public final class TerminalConsoleDevice implements ConsoleDevice {
    private final Terminal terminal;
    private final LineEditor editor = new LineEditor();
    private byte[] pendingInput = new byte[0];
    private int pendingPos;
    private final byte[] partialOut = new byte[4];
    private int partialLen;

    public TerminalConsoleDevice(Terminal terminal) { this.terminal = terminal; }

    @Override
    public int read(byte[] b, int off, int len) {
        while (pendingPos >= pendingInput.length) {
            EditResult r = terminal.readLine(editor, "");
            switch (r) {
                case EditResult.Line line -> {
                    pendingInput = (line.text() + "\n").getBytes(StandardCharsets.UTF_8);
                    pendingPos = 0;
                }
                case EditResult.EndOfInput e -> { return 0; }
                case EditResult.Cancelled c -> throw new FsError(Errno.EINTR);
                case EditResult.Discarded d -> { } // too long: thrown away, wait for the next line
            }
        }
        int n = Math.min(len, pendingInput.length - pendingPos);
        System.arraycopy(pendingInput, pendingPos, b, off, n);
        pendingPos += n;
        return n;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        byte[] bytes = b;
        int start = off;
        int end = off + len;
        if (partialLen > 0) {
            bytes = new byte[partialLen + len];
            System.arraycopy(partialOut, 0, bytes, 0, partialLen);
            System.arraycopy(b, off, bytes, partialLen, len);
            start = 0;
            end = bytes.length;
            partialLen = 0;
        }
        int complete = completePrefix(bytes, start, end);
        if (complete > start) terminal.print(new String(bytes, start, complete - start, StandardCharsets.UTF_8));
        partialLen = end - complete;
        System.arraycopy(bytes, complete, partialOut, 0, partialLen);
    }

    /** Where a UTF-8 sequence cut off at {@code end} starts (or {@code end} if none is). */
    static int completePrefix(byte[] b, int start, int end) {
        for (int back = 1; back <= 3 && end - back >= start; back++) {
            int c = b[end - back] & 0xFF;
            if (c < 0x80) return end;              // ASCII: nothing pending
            if (c >= 0xC0) {                       // a lead byte: is its sequence whole?
                int need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
                return back < need ? end - back : end;
            }
        }
        return end; // continuation bytes only, or invalid: let the decoder replace them
    }
}
