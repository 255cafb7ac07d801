package pyjama.systemtest;

import java.nio.file.Path;
import java.util.List;

/**
 * The hosted kernel ({@code pyjama.hosted.HostedMain}) in a child JVM with its console on the
 * child's stdin/stdout: the same console, without QEMU. Its stdin is a pipe, so the hosted
 * platform leaves the terminal alone and reads the bytes as they come.
 */
public final class HostedConsole extends ConsoleSession {
    private final String classpath;
    private final String maxHeap;
    private final Path initrd; // a boot module for the hosted HAL (-Dpyjama.initrd), or null

    public HostedConsole(String name, String classpath, String maxHeap, Path transcripts) {
        this(name, classpath, maxHeap, transcripts, null);
    }

    public HostedConsole(String name, String classpath, String maxHeap, Path transcripts, Path initrd) {
        super(name, transcripts);
        this.classpath = classpath;
        this.maxHeap = maxHeap;
        this.initrd = initrd;
    }

    /**
     * The class path holding the hosted kernel: the {@code pyjama.hosted.classpath} property, else
     * the class path of this (test) JVM, which under Maven includes the hosted platform.
     */
    public static String configuredClasspath() {
        String cp = System.getProperty("pyjama.hosted.classpath");
        if (cp == null) cp = System.getProperty("surefire.test.class.path");
        if (cp == null) cp = System.getProperty("java.class.path");
        return cp;
    }

    @Override
    protected List<String> command() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new java.util.ArrayList<>(List.of(java, "-Xmx" + maxHeap, "-XX:+UseSerialGC", "-Xshare:auto"));
        if (initrd != null) cmd.add("-Dpyjama.initrd=" + initrd);
        cmd.addAll(List.of("-cp", classpath, "pyjama.hosted.HostedMain"));
        return cmd;
    }
}
