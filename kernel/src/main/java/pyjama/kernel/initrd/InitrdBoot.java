package pyjama.kernel.initrd;

import java.util.List;
import pyjama.kernel.Sizes;
import pyjama.kernel.fs.FsError;
import pyjama.kernel.fs.Vfs;
import pyjama.kernel.hal.BootModule;
import pyjama.kernel.log.Log;

/**
 * The boot stage that unpacks boot modules into the filesystem: each module that is a ustar
 * archive is unpacked at {@code /} (so an archive of {@code tests/...} lands in {@code /tests}).
 * This is how files reach the machine without being compiled into the kernel image
 * ({@code qemu -kernel pyjama.elf32 -initrd build/conformance.tar}). A module that is not an
 * archive, a damaged entry, or a file the filesystem refuses is logged and skipped; the boot
 * goes on.
 */
public final class InitrdBoot {
    private InitrdBoot() {}

    /** Unpacks every module; returns the number of files written. */
    public static int unpack(List<BootModule> modules, Vfs vfs, Log log) {
        int total = 0;
        for (int i = 0; i < modules.size(); i++) {
            BootModule m = modules.get(i);
            String label = "module " + i + " '" + m.commandLine() + "' (" + Sizes.human(m.data().length) + ")";
            if (!looksLikeUstar(m.data())) {
                log.warn("initrd", label + ": not a ustar archive; ignored");
                continue;
            }
            int[] failed = {0};
            Ustar.Summary s = Ustar.read(m.data(), new Ustar.Sink() {
                @Override public void file(String path, byte[] data) {
                    try {
                        vfs.installFile("/" + path, data);
                    } catch (FsError e) {
                        failed[0]++;
                        log.warn("initrd", "/" + path + ": " + e.strerror() + "; skipped");
                    }
                }

                @Override public void directory(String path) {
                    try {
                        makeDirectories(vfs, "/" + path);
                    } catch (FsError e) {
                        failed[0]++;
                        log.warn("initrd", "/" + path + "/: " + e.strerror() + "; skipped");
                    }
                }

                @Override public void warn(String message) { log.warn("initrd", label + ": " + message); }
            });
            int written = s.files() - failed[0];
            total += written;
            log.info("initrd", label + ": " + written + " files, " + s.directories() + " directories unpacked at /"
                    + (s.skipped() + failed[0] > 0 ? ", " + (s.skipped() + failed[0]) + " entries skipped" : ""));
        }
        return total;
    }

    /** The ustar magic at offset 257 of the first header ("ustar\0" POSIX, "ustar " GNU). */
    static boolean looksLikeUstar(byte[] data) {
        return data.length >= Ustar.BLOCK && data[257] == 'u' && data[258] == 's' && data[259] == 't'
                && data[260] == 'a' && data[261] == 'r';
    }

    /** mkdir -p for a clean absolute path (no String.split: it is regex-based). */
    private static void makeDirectories(Vfs vfs, String path) {
        int at = 1;
        while (at <= path.length()) {
            int slash = path.indexOf('/', at);
            if (slash < 0) slash = path.length();
            String d = path.substring(0, slash);
            if (!vfs.exists("/", d)) vfs.mkdir("/", d, 0755);
            at = slash + 1;
        }
    }
}
