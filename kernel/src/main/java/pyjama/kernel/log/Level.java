package pyjama.kernel.log;

/** Severity of a kernel log line. Each label is padded to the width of the longest, so columns line up. */
public enum Level {
    DEBUG("DEBUG"),
    INFO("INFO "),
    WARN("WARN "),
    ERROR("ERROR");

    private final String label;

    Level(String label) { this.label = label; }

    /** Five characters wide, e.g. {@code "INFO "}. */
    public String label() { return label; }
}
