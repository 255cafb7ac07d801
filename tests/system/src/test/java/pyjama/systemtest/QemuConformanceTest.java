package pyjama.systemtest;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The conformance corpus inside the kernel image in QEMU: one boot with the corpus as its
 * {@code -initrd} (build/conformance.tar from the Makefile, or an archive written here).
 */
class QemuConformanceTest extends ConformanceInImage {
    @Override
    protected ConsoleSession open(String name, Path archive) {
        return QemuConsole.configured(name, "512M", archive);
    }

    /** The kernel image runs the interpreter's TeaVM C: known-failures-native.txt applies. */
    @Override
    protected boolean runsTeaVmCode() { return true; }

    @Override
    protected Path archivePath() throws IOException {
        Path made = QemuConsole.configuredInitrd();
        return made != null ? made : Path.of("target", "conformance.tar").toAbsolutePath();
    }
}
