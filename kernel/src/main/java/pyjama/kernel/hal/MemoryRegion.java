package pyjama.kernel.hal;

/** One range of the boot memory map. */
public record MemoryRegion(long base, long length, Kind kind) {
    public enum Kind {
        USABLE("usable"), RESERVED("reserved"), ACPI_RECLAIMABLE("acpi_reclaimable"), ACPI_NVS("acpi_nvs"),
        BAD("bad"), KERNEL("kernel");

        /** The name in lower case, as the boot log prints it (String.toLowerCase would load Unicode tables at boot). */
        public final String label;

        Kind(String label) { this.label = label; }
    }

    public long end() { return base + length; }
}
