package pyjama.hosted;

import pyjama.kernel.Kernel;

/** Boots the kernel on this JVM: {@code make run-hosted}. Leave with {@code poweroff}. */
public final class HostedMain {
    private HostedMain() {}

    public static void main(String[] args) {
        Kernel.boot(new HostedHal());
    }
}
