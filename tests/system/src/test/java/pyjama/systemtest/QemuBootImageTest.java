package pyjama.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Booting from the boot image (platform/metal/x86_64/bootimage.c): the kernel's memory at its
 * prompt, saved from a build-time boot with -m 512M, given to QEMU as a module. The boot
 * restores it instead of building the kernel again, and everything that lives outside RAM
 * must work afterwards: the timer (sleep, monotonic time), the UART's receive interrupt
 * (typing, Ctrl-C), the filesystem and the shell, power-off. On a machine with other RAM the
 * image does not fit and the boot is a cold one.
 */
class QemuBootImageTest extends KernelScenarios {
    private static final Duration ANSWER = Duration.ofSeconds(120);

    @Override
    protected ConsoleSession open(String testName) {
        return QemuConsole.configured(testName, "512M", QemuConsole.configuredBootImage());
    }

    @Test
    void resumesFromTheImageAndEverythingWorks() throws IOException, InterruptedException {
        String boot = console.transcript();
        assertTrue(boot.contains("boot: resumed from the boot image"), boot);
        assertTrue(boot.matches("(?s).*boot: prompt reached [0-9.]+ ms after kernel entry.*"), boot);
        // the cold boot's stages did not run again: no filesystem set-up, no interpreter built
        assertFalse(boot.contains("tmpfs mounted"), boot);
        assertFalse(boot.contains("boot image ignored"), boot);

        assertEquals("42\n", console.answer("6 * 7", PS1, ANSWER));
        // The capture boot kept 24 MiB free for the image, but planned the heap with them: the
        // ceiling is a cold boot's at 512M (435 MiB), not 24 MiB less.
        Matcher heap = Pattern.compile("heap: +([0-9.]+) MiB max").matcher(console.answer("mem", PS1, ANSWER));
        assertTrue(heap.find(), console.transcript());
        assertTrue(Double.parseDouble(heap.group(1)) >= 420, "heap ceiling " + heap.group(1) + " MiB");
        assertEquals("", console.answer("import time; t0 = time.monotonic(); time.sleep(0.2)", PS1, ANSWER));
        assertEquals("True\n", console.answer("0.2 <= time.monotonic() - t0 < 30", PS1, ANSWER));
        assertEquals("True\n", console.answer("time.time() > 1.7e9", PS1, ANSWER));
        assertEquals("9\n", console.answer("open('/tmp/after-resume', 'w').write('restored\\n')", PS1, ANSWER));
        assertEquals("restored\n", console.answer("cat /tmp/after-resume", PS1, ANSWER));
        assertTrue(console.answer("ls /bin", PS1, ANSWER).contains("cat"), console.transcript());
        // the UART's receive interrupt and the break flag: Ctrl-C stops a running loop
        console.send("while True: pass");
        console.expect("... ", ANSWER);
        console.send("");
        console.sendBytes(new byte[] {0x03});
        console.expect("KeyboardInterrupt", ANSWER);
        console.expect(PS1, ANSWER);
        assertEquals("'pyjama'\n", console.answer("'py' + 'jama'", PS1, ANSWER));
        String firstBytes = console.answer("import os; os.urandom(16).hex()", PS1, ANSWER);
        console.sendBytes("poweroff\r".getBytes(StandardCharsets.UTF_8));
        assertEquals(0, console.waitForExit(ANSWER), console.transcript());

        // A second boot from the same image: the same state, but not the same random bytes.
        try (ConsoleSession again = open("QemuBootImageTest.secondBoot").start()) {
            again.expect(PS1, BOOT);
            String secondBytes = again.answer("import os; os.urandom(16).hex()", PS1, ANSWER);
            assertTrue(firstBytes.matches("'[0-9a-f]{32}'\n"), firstBytes);
            assertNotEquals(firstBytes, secondBytes, "/dev/urandom is reseeded at every resume");
        }
    }
}
