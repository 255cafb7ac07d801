package pyjama.python;

/**
 * Linux x86_64 errno numbers with glibc's {@code strerror} texts: the vocabulary of
 * {@link FileSystemError}, of Python's {@code errno} module and of the {@code OSError} the
 * interpreter raises ({@code [Errno 2] No such file or directory: 'x'}). Every embedding's file
 * system reports Linux numbers, whatever it runs on, so that Python programs see what CPython on
 * Linux shows.
 */
public final class Errno {
    private Errno() {}

    public static final int EPERM = 1;
    public static final int ENOENT = 2;
    public static final int EINTR = 4;
    public static final int EIO = 5;
    public static final int ENXIO = 6;
    public static final int EBADF = 9;
    public static final int EAGAIN = 11;
    public static final int ENOMEM = 12;
    public static final int EACCES = 13;
    public static final int EBUSY = 16;
    public static final int EEXIST = 17;
    public static final int EXDEV = 18;
    public static final int ENODEV = 19;
    public static final int ENOTDIR = 20;
    public static final int EISDIR = 21;
    public static final int EINVAL = 22;
    public static final int EMFILE = 24;
    public static final int ENOTTY = 25;
    public static final int EFBIG = 27;
    public static final int ENOSPC = 28;
    public static final int ESPIPE = 29;
    public static final int EROFS = 30;
    public static final int EMLINK = 31;
    public static final int ENAMETOOLONG = 36;
    public static final int ENOSYS = 38;
    public static final int ENOTEMPTY = 39;
    public static final int ELOOP = 40;
    public static final int EOVERFLOW = 75;
    public static final int ENOTSUP = 95;

    /** {name, number, glibc text}, in number order; the errno module is built from it. */
    static final String[][] TABLE = {
        {"EPERM", "1", "Operation not permitted"}, {"ENOENT", "2", "No such file or directory"},
        {"ESRCH", "3", "No such process"}, {"EINTR", "4", "Interrupted system call"},
        {"EIO", "5", "Input/output error"}, {"ENXIO", "6", "No such device or address"},
        {"E2BIG", "7", "Argument list too long"}, {"ENOEXEC", "8", "Exec format error"},
        {"EBADF", "9", "Bad file descriptor"}, {"ECHILD", "10", "No child processes"},
        {"EAGAIN", "11", "Resource temporarily unavailable"}, {"ENOMEM", "12", "Cannot allocate memory"},
        {"EACCES", "13", "Permission denied"}, {"EFAULT", "14", "Bad address"},
        {"ENOTBLK", "15", "Block device required"}, {"EBUSY", "16", "Device or resource busy"},
        {"EEXIST", "17", "File exists"}, {"EXDEV", "18", "Invalid cross-device link"},
        {"ENODEV", "19", "No such device"}, {"ENOTDIR", "20", "Not a directory"},
        {"EISDIR", "21", "Is a directory"}, {"EINVAL", "22", "Invalid argument"},
        {"ENFILE", "23", "Too many open files in system"}, {"EMFILE", "24", "Too many open files"},
        {"ENOTTY", "25", "Inappropriate ioctl for device"}, {"ETXTBSY", "26", "Text file busy"},
        {"EFBIG", "27", "File too large"}, {"ENOSPC", "28", "No space left on device"},
        {"ESPIPE", "29", "Illegal seek"}, {"EROFS", "30", "Read-only file system"},
        {"EMLINK", "31", "Too many links"}, {"EPIPE", "32", "Broken pipe"},
        {"EDOM", "33", "Numerical argument out of domain"}, {"ERANGE", "34", "Numerical result out of range"},
        {"EDEADLK", "35", "Resource deadlock avoided"}, {"ENAMETOOLONG", "36", "File name too long"},
        {"ENOLCK", "37", "No locks available"}, {"ENOSYS", "38", "Function not implemented"},
        {"ENOTEMPTY", "39", "Directory not empty"}, {"ELOOP", "40", "Too many levels of symbolic links"},
        {"EOVERFLOW", "75", "Value too large for defined data type"},
        {"ENOTSUP", "95", "Operation not supported"}, {"EADDRINUSE", "98", "Address already in use"},
        {"ECONNABORTED", "103", "Software caused connection abort"}, {"ECONNRESET", "104", "Connection reset by peer"},
        {"ENOTCONN", "107", "Transport endpoint is not connected"},
        {"ESHUTDOWN", "108", "Cannot send after transport endpoint shutdown"},
        {"ETIMEDOUT", "110", "Connection timed out"}, {"ECONNREFUSED", "111", "Connection refused"},
        {"EALREADY", "114", "Operation already in progress"}, {"EINPROGRESS", "115", "Operation now in progress"},
    };

    /** glibc's text for {@code errno} ({@code "Unknown error N"} for numbers it does not know). */
    public static String strerror(int errno) {
        for (String[] e : TABLE) if (Integer.parseInt(e[1]) == errno) return e[2];
        return "Unknown error " + errno;
    }

    /** The errno whose glibc text is {@code text}, or 0. (Host JVMs report errors as text.) */
    public static int fromStrerror(String text) {
        if (text == null) return 0;
        for (String[] e : TABLE) if (e[2].equals(text)) return Integer.parseInt(e[1]);
        return 0;
    }

    /** The table rows as {name, number, text}: what Python's errno module exports. */
    public static String[][] table() {
        String[][] copy = new String[TABLE.length][];
        for (int i = 0; i < TABLE.length; i++) copy[i] = TABLE[i].clone();
        return copy;
    }
}
