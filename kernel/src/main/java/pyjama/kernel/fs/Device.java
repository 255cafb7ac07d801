package pyjama.kernel.fs;

/** A character device node: its driver and device number. */
final class Device extends Inode {
    final CharDevice driver;
    final int major;
    final int minor;

    Device(Filesystem fs, int perm, CharDevice driver, int major, int minor) {
        super(fs, perm);
        this.driver = driver;
        this.major = major;
        this.minor = minor;
    }

    @Override int type() { return Stat.S_IFCHR; }

    @Override long size() { return 0; }

    /** Linux's encoding of a device number for small majors and minors. */
    @Override long rdev() { return ((long) major << 8) | (minor & 0xff) | ((long) (minor & ~0xff) << 12); }
}
