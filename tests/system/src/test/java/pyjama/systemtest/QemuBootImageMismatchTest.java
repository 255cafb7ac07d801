package pyjama.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Boot images the kernel must not resume from: one made for -m 512M on a 256M machine, and
 * one cut short. Each is ignored with its reason, the boot is a cold one, and the prompt works.
 */
class QemuBootImageMismatchTest extends KernelScenarios {
    private static final Duration ANSWER = Duration.ofSeconds(120);

    @Override
    protected ConsoleSession open(String testName) {
        Path transcripts = Path.of(System.getProperty("pyjama.transcripts", "target/transcripts"));
        Path image = QemuConsole.configuredBootImage();
        if (testName.endsWith("aTruncatedImageIsIgnored")) image = truncated(image);
        String memory = testName.endsWith("anImageForAnotherMachineIsIgnored") ? "256M" : "512M";
        return new QemuConsole(testName, QemuConsole.configuredImage(), memory, transcripts, image);
    }

    /** The image without its last pages (a copy in target/). */
    private static Path truncated(Path image) {
        try {
            byte[] bytes = Files.readAllBytes(image);
            Path copy = Path.of("target", "truncated.bootimg").toAbsolutePath();
            Files.write(copy, Arrays.copyOf(bytes, bytes.length - 3 * 4096));
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anImageForAnotherMachineIsIgnored() throws IOException {
        String boot = console.transcript();
        assertTrue(boot.contains("boot image ignored: it was made on a machine with another memory map"), boot);
        assertColdBootWithAPrompt(boot);
    }

    @Test
    void aTruncatedImageIsIgnored() throws IOException {
        String boot = console.transcript();
        assertTrue(boot.contains("boot image ignored: it is truncated or malformed"), boot);
        assertColdBootWithAPrompt(boot);
    }

    private void assertColdBootWithAPrompt(String boot) throws IOException {
        assertFalse(boot.contains("resumed from the boot image"), boot);
        assertTrue(boot.contains("tmpfs mounted"), boot);
        // the image is not a module for the kernel to unpack
        assertTrue(boot.contains("initrd: no boot modules"), boot);
        assertEquals("42\n", console.answer("6 * 7", PS1, ANSWER));
    }
}
