package pyjama.kernel.hal;

/** One range of the boot memory map. */
public record MemoryRegion(long base, long length, Kind kind) {
    public enum Kind { USABLE, RESERVED, ACPI_RECLAIMABLE, ACPI_NVS, BAD, KERNEL }

    public long end() { return base + length; }
}
