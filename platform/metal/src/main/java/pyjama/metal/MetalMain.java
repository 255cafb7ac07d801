package pyjama.metal;

import pyjama.kernel.Kernel;

/** The kernel image's Java entry: the C layer has set up the machine and calls this. */
public final class MetalMain {
    private MetalMain() {}

    public static void main(String[] args) {
        Kernel.boot(new MetalHal());
    }
}
