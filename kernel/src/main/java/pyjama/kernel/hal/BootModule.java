package pyjama.kernel.hal;

/**
 * A file the boot loader loaded next to the kernel (a multiboot module, QEMU's {@code -initrd}):
 * its command line as the loader gave it (QEMU: the file name and any arguments) and its bytes,
 * copied onto the Java heap.
 */
public record BootModule(String commandLine, byte[] data) {}
