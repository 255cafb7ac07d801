package pyjama.hosted;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pyjama.kernel.hal.BootModule;

class HostedBootModulesTest {
    private final HostedHal hal = new HostedHal(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
            status -> { throw new IllegalStateException("exit " + status); }, false);

    @AfterEach
    void clear() { System.clearProperty(HostedHal.INITRD_PROPERTY); }

    @Test
    void noPropertyMeansNoModules() {
        System.clearProperty(HostedHal.INITRD_PROPERTY);
        assertEquals(List.of(), hal.bootModules());
    }

    @Test
    void theNamedFilesAreTheModulesInOrderAndUnreadableOnesAreLeftOut(@TempDir Path dir) throws Exception {
        Path a = Files.write(dir.resolve("a.tar"), new byte[] {1, 2, 3});
        Path b = Files.write(dir.resolve("b.bin"), new byte[] {4});
        System.setProperty(HostedHal.INITRD_PROPERTY, a + "," + dir.resolve("missing") + ", " + b);
        List<BootModule> modules = hal.bootModules();
        assertEquals(2, modules.size());
        assertEquals(a.toString(), modules.get(0).commandLine());
        assertArrayEquals(new byte[] {1, 2, 3}, modules.get(0).data());
        assertEquals(b.toString(), modules.get(1).commandLine());
        assertArrayEquals(new byte[] {4}, modules.get(1).data());
    }
}
