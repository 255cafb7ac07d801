package pyjama.python.runtime;

/**
 * The "Did you mean" trailers that CPython 3.12's traceback printer adds to NameError,
 * AttributeError and ImportError messages (Python/suggestions.c, called from pythonrun.c's
 * print_exception_suggestions). The messages themselves never contain them: suggestions cost
 * a dir() and many edit distances, so they are computed only when an uncaught exception is
 * printed, never when one is raised or caught.
 *
 * <p>This is the C algorithm, which differs from the one in Lib/traceback.py (which our
 * traceback.py copies): distances are computed on UTF-8 bytes with ASCII-only case folding,
 * the best distance starts unbounded, a candidate list of 750 names or more is not searched,
 * and only the exact types are considered (a subclass of NameError gets no suggestion).
 */
final class Suggestions {
    private Suggestions() {}

    static final int MAX_CANDIDATE_ITEMS = 750;
    static final int MAX_STRING_SIZE = 40;
    static final int MOVE_COST = 2;
    static final int CASE_COST = 1;

    /** The sorted names of sys.stdlib_module_names (CPython 3.12's Python/stdlib_module_names.h). */
    static final String[] STDLIB_MODULE_NAMES = {
            "__future__", "_abc", "_aix_support", "_ast", "_asyncio", "_bisect", "_blake2", "_bz2",
            "_codecs", "_codecs_cn", "_codecs_hk", "_codecs_iso2022", "_codecs_jp", "_codecs_kr",
            "_codecs_tw", "_collections", "_collections_abc", "_compat_pickle", "_compression",
            "_contextvars", "_crypt", "_csv", "_ctypes", "_curses", "_curses_panel", "_datetime",
            "_dbm", "_decimal", "_elementtree", "_frozen_importlib", "_frozen_importlib_external",
            "_functools", "_gdbm", "_hashlib", "_heapq", "_imp", "_io", "_json", "_locale", "_lsprof",
            "_lzma", "_markupbase", "_md5", "_msi", "_multibytecodec", "_multiprocessing", "_opcode",
            "_operator", "_osx_support", "_overlapped", "_pickle", "_posixshmem", "_posixsubprocess",
            "_py_abc", "_pydatetime", "_pydecimal", "_pyio", "_pylong", "_queue", "_random", "_scproxy",
            "_sha1", "_sha2", "_sha3", "_signal", "_sitebuiltins", "_socket", "_sqlite3", "_sre",
            "_ssl", "_stat", "_statistics", "_string", "_strptime", "_struct", "_symtable", "_thread",
            "_threading_local", "_tkinter", "_tokenize", "_tracemalloc", "_typing", "_uuid",
            "_warnings", "_weakref", "_weakrefset", "_winapi", "_zoneinfo", "abc", "aifc",
            "antigravity", "argparse", "array", "ast", "asyncio", "atexit", "audioop", "base64", "bdb",
            "binascii", "bisect", "builtins", "bz2", "cProfile", "calendar", "cgi", "cgitb", "chunk",
            "cmath", "cmd", "code", "codecs", "codeop", "collections", "colorsys", "compileall",
            "concurrent", "configparser", "contextlib", "contextvars", "copy", "copyreg", "crypt",
            "csv", "ctypes", "curses", "dataclasses", "datetime", "dbm", "decimal", "difflib", "dis",
            "doctest", "email", "encodings", "ensurepip", "enum", "errno", "faulthandler", "fcntl",
            "filecmp", "fileinput", "fnmatch", "fractions", "ftplib", "functools", "gc", "genericpath",
            "getopt", "getpass", "gettext", "glob", "graphlib", "grp", "gzip", "hashlib", "heapq",
            "hmac", "html", "http", "idlelib", "imaplib", "imghdr", "importlib", "inspect", "io",
            "ipaddress", "itertools", "json", "keyword", "lib2to3", "linecache", "locale", "logging",
            "lzma", "mailbox", "mailcap", "marshal", "math", "mimetypes", "mmap", "modulefinder",
            "msilib", "msvcrt", "multiprocessing", "netrc", "nis", "nntplib", "nt", "ntpath",
            "nturl2path", "numbers", "opcode", "operator", "optparse", "os", "ossaudiodev", "pathlib",
            "pdb", "pickle", "pickletools", "pipes", "pkgutil", "platform", "plistlib", "poplib",
            "posix", "posixpath", "pprint", "profile", "pstats", "pty", "pwd", "py_compile", "pyclbr",
            "pydoc", "pydoc_data", "pyexpat", "queue", "quopri", "random", "re", "readline", "reprlib",
            "resource", "rlcompleter", "runpy", "sched", "secrets", "select", "selectors", "shelve",
            "shlex", "shutil", "signal", "site", "smtplib", "sndhdr", "socket", "socketserver", "spwd",
            "sqlite3", "sre_compile", "sre_constants", "sre_parse", "ssl", "stat", "statistics",
            "string", "stringprep", "struct", "subprocess", "sunau", "symtable", "sys", "sysconfig",
            "syslog", "tabnanny", "tarfile", "telnetlib", "tempfile", "termios", "textwrap", "this",
            "threading", "time", "timeit", "tkinter", "token", "tokenize", "tomllib", "trace",
            "traceback", "tracemalloc", "tty", "turtle", "turtledemo", "types", "typing", "unicodedata",
            "unittest", "urllib", "uu", "uuid", "venv", "warnings", "wave", "weakref", "webbrowser",
            "winreg", "winsound", "wsgiref", "xdrlib", "xml", "xmlrpc", "zipapp", "zipfile",
            "zipimport", "zlib", "zoneinfo"
    };

    /** The text the printer appends after the message, or null for none. Never throws. */
    static String trailer(PyBaseException e) {
        try {
            if (e.type == Exc.NameError) return forNameError(e);
            if (e.type == Exc.AttributeError) return forAttributeError(e);
            if (e.type == Exc.ImportError) return forImportError(e);
        } catch (PyException | StackOverflowError ignored) {
            // CPython clears any error raised while looking for a suggestion
        }
        return null;
    }

    static String forAttributeError(PyBaseException e) {
        PyObject name = e.dict.getStr("name"), obj = e.dict.getStr("obj");
        if (!(name instanceof PyStr n) || n.type != T.STR || obj == null) return null;
        PyStr s = calculate(Builtins.dir(obj), n);
        return s == null ? null : didYouMean(s);
    }

    static String forImportError(PyBaseException e) {
        PyObject modName = e.dict.getStr("name"), name = e.dict.getStr("name_from");
        if (!(name instanceof PyStr n) || n.type != T.STR || !(modName instanceof PyStr mn) || mn.type != T.STR) return null;
        PyObject mod = Interp.cur.rt.importer.modules().getItem(mn);
        if (mod == null) return null;
        PyStr s = calculate(Builtins.dir(mod), n);
        return s == null ? null : didYouMean(s);
    }

    static String forNameError(PyBaseException e) {
        PyObject name = e.dict.getStr("name");
        if (!(name instanceof PyStr n) || n.type != T.STR || e.traceback == null) return null;
        PyTraceback tb = e.traceback;
        while (tb.next != null) tb = tb.next;
        PyStr suggestion = forNameIn(tb.frame, n);
        boolean stdlib = java.util.Arrays.binarySearch(STDLIB_MODULE_NAMES, n.value) >= 0;
        if (!stdlib) return suggestion == null ? null : didYouMean(suggestion);
        String module = Ops.repr(n).value;
        return suggestion == null ? ". Did you forget to import " + module + "?"
                : didYouMean(suggestion) + " Or did you forget to import " + module + "?";
    }

    /** The frame's local variables (co_varnames), then its globals, then its builtins. */
    static PyStr forNameIn(Frame f, PyStr name) {
        PyList varnames = new PyList();
        PyCode co = f.code;
        int nargs = co.nargsTotal();
        int selfIndex = -1;
        for (int i = 0; i < co.varnames.length; i++) {
            PyStr v = co.varnames[i];
            // CPython's co_varnames has no cell variables other than arguments
            if (i >= nargs && contains(co.cellvars, v)) continue;
            if (v.value.equals("self")) selfIndex = i;
            varnames.append(v);
        }
        if (selfIndex >= 0) {
            // Inside a method whose instance has the name as an attribute?
            PyObject self = localValue(f, selfIndex);
            if (self == null) return null;
            if (Ops.getattrOrNull(self, PyStr.intern(name)) != null) return new PyStr("self." + name.value);
        }
        PyStr s = calculate(varnames, name);
        if (s != null) return s;
        s = calculate(new PyList(f.globals.keysArray()), name);
        if (s != null) return s;
        return calculate(new PyList(f.builtins.keysArray()), name);
    }

    /** The value of local {@code i}, looking through the cell when the argument is one. */
    static PyObject localValue(Frame f, int i) {
        PyCode co = f.code;
        for (int c = 0; c < co.cell2arg.length; c++) {
            if (co.cell2arg[c] == i && f.r[co.nlocals + c] instanceof PyCell cell) return cell.value;
        }
        return f.r[i];
    }

    static boolean contains(PyStr[] names, PyStr name) {
        for (PyStr n : names) if (n.value.equals(name.value)) return true;
        return false;
    }

    static String didYouMean(PyStr s) { return ". Did you mean: " + Ops.repr(s).value + "?"; }

    /**
     * The closest name of {@code dir} to {@code name} (calculate_suggestions): within a third
     * of the characters involved, the first of the best distance. Null when none is close or
     * the list is too long; a non-str item or one that cannot be encoded in UTF-8 gives null,
     * as CPython's error does.
     */
    static PyStr calculate(PyList dir, PyStr name) {
        if (dir.size >= MAX_CANDIDATE_ITEMS) return null;
        byte[] nameBytes = utf8(name.value);
        if (nameBytes == null) return null;
        int[] buffer = new int[MAX_STRING_SIZE];
        long bestDistance = Long.MAX_VALUE;
        PyStr best = null;
        for (int i = 0; i < dir.size; i++) {
            if (!(dir.items[i] instanceof PyStr item)) return null;
            if (item.value.equals(name.value)) continue;
            byte[] itemBytes = utf8(item.value);
            if (itemBytes == null) return null;
            // No more than 1/3 of the involved characters should need changed.
            long maxDistance = (nameBytes.length + itemBytes.length + 3L) * MOVE_COST / 6;
            // Don't take matches we've already beaten.
            maxDistance = Math.min(maxDistance, bestDistance - 1);
            long distance = levenshtein(nameBytes, itemBytes, maxDistance, buffer);
            if (distance > maxDistance) continue;
            if (best == null || distance < bestDistance) {
                best = item;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * The edit distance of two byte strings (insertions, deletions and substitutions cost
     * MOVE_COST, an ASCII case change CASE_COST), or more than {@code maxCost} as soon as it
     * is known to exceed it. {@code buffer} holds one row of the matrix.
     */
    static long levenshtein(byte[] a, byte[] b, long maxCost, int[] buffer) {
        int aStart = 0, aEnd = a.length, bStart = 0, bEnd = b.length;
        // Trim away common affixes.
        while (aStart < aEnd && bStart < bEnd && a[aStart] == b[bStart]) { aStart++; bStart++; }
        while (aStart < aEnd && bStart < bEnd && a[aEnd - 1] == b[bEnd - 1]) { aEnd--; bEnd--; }
        int aSize = aEnd - aStart, bSize = bEnd - bStart;
        if (aSize == 0 || bSize == 0) return (long) (aSize + bSize) * MOVE_COST;
        if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) return maxCost + 1;
        // Prefer the shorter buffer.
        if (bSize < aSize) {
            byte[] t = a; a = b; b = t;
            int ts = aStart; aStart = bStart; bStart = ts;
            ts = aSize; aSize = bSize; bSize = ts;
        }
        // Quick fail when a match is impossible.
        if ((long) (bSize - aSize) * MOVE_COST > maxCost) return maxCost + 1;
        for (int i = 0; i < aSize; i++) buffer[i] = (i + 1) * MOVE_COST; // cost from b[:0] to a[:i+1]
        int result = 0;
        for (int bIndex = 0; bIndex < bSize; bIndex++) {
            byte code = b[bStart + bIndex];
            int distance = result = bIndex * MOVE_COST; // cost(b[:bIndex], a[:0])
            int minimum = Integer.MAX_VALUE;
            for (int index = 0; index < aSize; index++) {
                // 1) substitute: cost(b[:bIndex], a[:index]) + substitution
                int substitute = distance + substitutionCost(code, a[aStart + index]);
                // 2) cost(b[:bIndex], a[:index+1]) from the previous row
                distance = buffer[index];
                // 3) delete from a or b
                int insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                buffer[index] = result; // cost(b[:bIndex+1], a[:index+1])
                if (result < minimum) minimum = result;
            }
            // Everything in this row is too big, so bail early.
            if (minimum > maxCost) return maxCost + 1;
        }
        return result;
    }

    static int substitutionCost(byte a, byte b) {
        if ((a & 31) != (b & 31)) return MOVE_COST; // not the same, not a case flip
        if (a == b) return 0;
        if ('A' <= a && a <= 'Z') a += 'a' - 'A';
        if ('A' <= b && b <= 'Z') b += 'a' - 'A';
        return a == b ? CASE_COST : MOVE_COST;
    }

    /** UTF-8 bytes of {@code s}, or null when it holds a lone surrogate (not encodable). */
    static byte[] utf8(String s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) out.write(cp);
            else if (cp < 0x800) { out.write(0xc0 | cp >> 6); out.write(0x80 | cp & 0x3f); }
            else if (cp < 0x10000) {
                if (cp >= 0xd800 && cp < 0xe000) return null;
                out.write(0xe0 | cp >> 12); out.write(0x80 | cp >> 6 & 0x3f); out.write(0x80 | cp & 0x3f);
            } else {
                out.write(0xf0 | cp >> 18); out.write(0x80 | cp >> 12 & 0x3f);
                out.write(0x80 | cp >> 6 & 0x3f); out.write(0x80 | cp & 0x3f);
            }
        }
        return out.toByteArray();
    }
}
