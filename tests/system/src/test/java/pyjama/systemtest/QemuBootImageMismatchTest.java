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
 * Boot images the kernel must not resume from: one made for -m 512M on a 256M machine, one
 * cut short, one with a bit flipped in its pages, one given with another boot module (which
 * the saved state never unpacked). Each is ignored with its reason, the boot is a cold one,
 * and the prompt works.
 */
class QemuBootImageMismatchTest extends KernelScenarios {
    private static final Duration ANSWER = Duration.ofSeconds(120);

    @Override
    protected ConsoleSession open(String testName) {
        Path image = QemuConsole.configuredBootImage();
        if (testName.endsWith("aTruncatedImageIsIgnored")) image = damaged(image, true);
        if (testName.endsWith("aDamagedImageIsIgnored")) image = damaged(image, false);
        if (testName.endsWith("anImageWithAnotherModuleIsIgnored")) {
            Path tar = QemuConsole.configuredInitrd();
            if (tar == null) throw new AssertionError("build/conformance.tar is needed: run `make system-test`");
            image = Path.of(image + "," + tar); // QEMU's -initrd takes a comma-separated list
        }
        String memory = testName.endsWith("anImageForAnotherMachineIsIgnored") ? "256M" : "512M";
        return QemuConsole.configured(testName, memory, image);
    }

    /** A copy of the image in target/, without its last pages, or with one bit of a page flipped. */
    private static Path damaged(Path image, boolean truncate) {
        try {
            byte[] bytes = Files.readAllBytes(image);
            Path copy = Path.of("target", truncate ? "truncated.bootimg" : "flipped.bootimg").toAbsolutePath();
            if (truncate) bytes = Arrays.copyOf(bytes, bytes.length - 3 * 4096);
            else bytes[bytes.length / 2] ^= 0x10;
            Files.write(copy, bytes);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anImageForAnotherMachineIsIgnored() throws IOException {
        assertIgnoredAndBootedCold("it was made on a machine with another memory map");
    }

    @Test
    void aTruncatedImageIsIgnored() throws IOException {
        assertIgnoredAndBootedCold("it is truncated or malformed");
    }

    @Test
    void aDamagedImageIsIgnored() throws IOException {
        assertIgnoredAndBootedCold("its checksum does not match");
    }

    @Test
    void anImageWithAnotherModuleIsIgnored() throws IOException {
        String boot = console.transcript();
        assertTrue(boot.contains("boot image ignored: other boot modules came with it"), boot);
        assertFalse(boot.contains("resumed from the boot image"), boot);
        assertTrue(boot.contains("files, "), "the other module is unpacked:\n" + boot);
        assertEquals("True\n", console.answer("import os; os.path.isdir('/tests')", PS1, ANSWER));
    }

    private void assertIgnoredAndBootedCold(String reason) throws IOException {
        String boot = console.transcript();
        assertTrue(boot.contains("boot image ignored: " + reason), boot);
        assertFalse(boot.contains("resumed from the boot image"), boot);
        assertTrue(boot.contains("tmpfs mounted"), boot);
        // the image is not a module for the kernel to unpack
        assertTrue(boot.contains("initrd: no boot modules"), boot);
        assertEquals("42\n", console.answer("6 * 7", PS1, ANSWER));
    }
}
