package pyjama.systemtest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The kernel image booted in QEMU with the serial port on the child's stdin/stdout. TCG by
 * default (what CI has); KVM when the environment variable {@code PYJAMA_KVM=1}. QEMU runs with
 * {@code -no-reboot}, so a reboot ends it, and with the isa-debug-exit device at port 0xf4, so
 * the kernel can exit with a status ({@code (code << 1) | 1}).
 */
public final class QemuConsole extends ConsoleSession {
    private final Path image;
    private final String memory;
    private final Path initrd; // a boot module (-initrd), or null

    public QemuConsole(String name, Path image, String memory, Path transcripts) {
        this(name, image, memory, transcripts, null);
    }

    /** With {@code initrd} (may be null) passed as a multiboot module: {@code -initrd FILE}. */
    public QemuConsole(String name, Path image, String memory, Path transcripts, Path initrd) {
        super(name, transcripts);
        this.image = image;
        this.memory = memory;
        this.initrd = initrd;
    }

    /**
     * A console on the configured image (see {@link #configuredImage}) with {@code memory} of RAM
     * ({@code -m}), its transcript in the directory the {@code pyjama.transcripts} property names
     * (default target/transcripts): what each QEMU test class opens.
     */
    public static QemuConsole configured(String name, String memory) {
        return configured(name, memory, null);
    }

    /** As {@link #configured(String, String)}, with {@code initrd} (may be null) as the boot module. */
    public static QemuConsole configured(String name, String memory, Path initrd) {
        Path transcripts = Path.of(System.getProperty("pyjama.transcripts", "target/transcripts"));
        return new QemuConsole(name, configuredImage(), memory, transcripts, initrd);
    }

    /**
     * The boot module named by the {@code pyjama.initrd} system property (the Makefile passes
     * build/conformance.tar), else build/conformance.tar if it exists, else null.
     */
    public static Path configuredInitrd() {
        String property = System.getProperty("pyjama.initrd");
        Path initrd = Path.of(property != null && !property.isEmpty() ? property : "../../build/conformance.tar")
                .toAbsolutePath().normalize();
        return Files.isRegularFile(initrd) ? initrd : null;
    }

    /**
     * The boot image named by the {@code pyjama.bootimage} system property (the Makefile passes
     * build/pyjama-x86_64.bootimg): the kernel's memory at its prompt, saved from a build-time
     * boot with {@code -m 512M}, booted as a module.
     */
    public static Path configuredBootImage() {
        String property = System.getProperty("pyjama.bootimage");
        Path image = Path.of(property != null && !property.isEmpty() ? property : "../../build/pyjama-x86_64.bootimg")
                .toAbsolutePath().normalize();
        if (!Files.isRegularFile(image)) {
            throw new AssertionError("boot image " + image + " not found: build it with `make` "
                    + "(or run `make system-test`, which does)");
        }
        return image;
    }

    /** The image named by the {@code pyjama.image} system property (the Makefile sets it). */
    public static Path configuredImage() {
        String property = System.getProperty("pyjama.image");
        Path image = Path.of(property != null ? property : "../../build/pyjama-x86_64.elf32").toAbsolutePath().normalize();
        if (!Files.isRegularFile(image)) {
            throw new AssertionError("kernel image " + image + " not found: build it with `make` "
                    + "(or run `make system-test`, which does)");
        }
        return image;
    }

    @Override
    protected List<String> command() {
        List<String> cmd = new ArrayList<>(List.of(
                "qemu-system-x86_64",
                "-kernel", image.toString(),
                "-m", memory,
                "-display", "none",
                "-serial", "stdio",
                "-no-reboot",
                "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04"));
        if (initrd != null) cmd.addAll(List.of("-initrd", initrd.toString()));
        if ("1".equals(System.getenv("PYJAMA_KVM"))) cmd.addAll(List.of("-accel", "kvm"));
        else cmd.addAll(List.of("-accel", "tcg"));
        return cmd;
    }
}
