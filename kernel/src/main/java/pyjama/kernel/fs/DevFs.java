package pyjama.kernel.fs;

import java.util.List;
import java.util.function.LongSupplier;

/**
 * The device filesystem: character device nodes, plus whatever is created in it like tmpfs
 * (as Linux's devtmpfs, limited to {@link #LIMIT} bytes of file data). {@link #standard} gives
 * {@code null}, {@code zero}, {@code random}, {@code urandom} and {@code console}.
 */
public final class DevFs extends Filesystem {
    static final long LIMIT = 1L << 20;

    private RandomDevice random; // the standard generator behind random and urandom, if any

    public DevFs(LongSupplier wallClockNs) {
        super("devtmpfs", wallClockNs, LIMIT, false);
    }

    /**
     * The standard devices. {@code random} and {@code urandom} share one pseudo-random generator
     * seeded with {@code seed} (the TSC at boot): it is NOT cryptographically secure.
     */
    public static DevFs standard(LongSupplier wallClockNs, long seed, ConsoleDevice console) {
        DevFs dev = new DevFs(wallClockNs);
        dev.add("null", 0666, 1, 3, new NullDevice());
        dev.add("zero", 0666, 1, 5, new ZeroDevice());
        RandomDevice random = new RandomDevice(seed);
        dev.random = random;
        dev.add("random", 0666, 1, 8, random);
        dev.add("urandom", 0666, 1, 9, random);
        if (console != null) dev.add("console", 0600, 5, 1, new ConsoleCharDevice(console));
        return dev;
    }

    /**
     * Mixes {@code entropy} into /dev/random and /dev/urandom's generator. A boot resumed from a
     * boot image inherits the generator's state from the build-time boot, the same at every
     * boot: without this, every such boot would read the same "random" bytes.
     */
    public void addEntropy(long entropy) {
        if (random != null) random.generator.reseed(entropy);
    }

    /** Adds (or replaces) a device node in the devfs root. */
    public void add(String name, int perm, int major, int minor, CharDevice driver) {
        if (name == null || name.isEmpty() || name.indexOf('/') >= 0 || name.equals(".") || name.equals("..")) {
            throw new IllegalArgumentException("bad device name: " + name);
        }
        if (root.get(name) != null) root.remove(name);
        root.add(name, new Device(this, perm, driver, major, minor));
    }

    /** The names of the entries in the devfs root, in creation order. */
    public List<String> names() { return root.names(); }

    /** Reads end of file; writes vanish. */
    static final class NullDevice implements CharDevice {
        @Override public int read(byte[] b, int off, int len) { return 0; }
        @Override public int write(byte[] b, int off, int len) { return len; }
    }

    /** Reads zeros; writes vanish. */
    static final class ZeroDevice implements CharDevice {
        @Override public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 0);
            return len;
        }
        @Override public int write(byte[] b, int off, int len) { return len; }
    }

    /** Pseudo-random bytes (xoshiro256**); writes are accepted and ignored, as Linux mixes them in. */
    static final class RandomDevice implements CharDevice {
        private final Xoshiro256 generator;

        RandomDevice(long seed) { this.generator = new Xoshiro256(seed); }

        @Override public int read(byte[] b, int off, int len) {
            generator.fill(b, off, len);
            return len;
        }
        @Override public int write(byte[] b, int off, int len) { return len; }
    }

    /** The kernel console: not seekable, a terminal. */
    static final class ConsoleCharDevice implements CharDevice {
        private final ConsoleDevice console;

        ConsoleCharDevice(ConsoleDevice console) { this.console = console; }

        @Override public int read(byte[] b, int off, int len) {
            if (len == 0) return 0;
            int n = console.read(b, off, len);
            return n < 0 ? 0 : Math.min(n, len);
        }
        @Override public int write(byte[] b, int off, int len) {
            console.write(b, off, len);
            return len;
        }
        @Override public boolean seekable() { return false; }
        @Override public boolean isTty() { return true; }
    }
}
