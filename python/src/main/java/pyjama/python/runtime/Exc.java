package pyjama.python.runtime;

import java.util.ArrayList;

/** CPython's exception hierarchy, and helpers to raise builtin exceptions from Java. */
public final class Exc {
    private Exc() {}

    static final ArrayList<PyType> ALL = new ArrayList<>();

    static PyType mk(String name, PyType base) {
        PyType t = new PyType(name, base);
        t.type = T.TYPE;
        t.dict.type = T.DICT;
        t.isException = true;
        if (base.isException) t.solidBase = base.solidBase;
        ALL.add(t);
        return t;
    }

    public static final PyType BaseException = mk("BaseException", T.OBJECT);
    public static final PyType BaseExceptionGroup = mk("BaseExceptionGroup", BaseException);
    public static final PyType GeneratorExit = mk("GeneratorExit", BaseException);
    public static final PyType KeyboardInterrupt = mk("KeyboardInterrupt", BaseException);
    public static final PyType SystemExit = mk("SystemExit", BaseException);
    public static final PyType Exception = mk("Exception", BaseException);
    public static final PyType ArithmeticError = mk("ArithmeticError", Exception);
    public static final PyType FloatingPointError = mk("FloatingPointError", ArithmeticError);
    public static final PyType OverflowError = mk("OverflowError", ArithmeticError);
    public static final PyType ZeroDivisionError = mk("ZeroDivisionError", ArithmeticError);
    public static final PyType AssertionError = mk("AssertionError", Exception);
    public static final PyType AttributeError = mk("AttributeError", Exception);
    public static final PyType BufferError = mk("BufferError", Exception);
    public static final PyType EOFError = mk("EOFError", Exception);
    public static final PyType ExceptionGroup = mkGroup();
    public static final PyType ImportError = mk("ImportError", Exception);
    public static final PyType ModuleNotFoundError = mk("ModuleNotFoundError", ImportError);
    public static final PyType LookupError = mk("LookupError", Exception);
    public static final PyType IndexError = mk("IndexError", LookupError);
    public static final PyType KeyError = mk("KeyError", LookupError);
    public static final PyType MemoryError = mk("MemoryError", Exception);
    public static final PyType NameError = mk("NameError", Exception);
    public static final PyType UnboundLocalError = mk("UnboundLocalError", NameError);
    public static final PyType OSError = mk("OSError", Exception);
    public static final PyType BlockingIOError = mk("BlockingIOError", OSError);
    public static final PyType ChildProcessError = mk("ChildProcessError", OSError);
    public static final PyType ConnectionError = mk("ConnectionError", OSError);
    public static final PyType BrokenPipeError = mk("BrokenPipeError", ConnectionError);
    public static final PyType ConnectionAbortedError = mk("ConnectionAbortedError", ConnectionError);
    public static final PyType ConnectionRefusedError = mk("ConnectionRefusedError", ConnectionError);
    public static final PyType ConnectionResetError = mk("ConnectionResetError", ConnectionError);
    public static final PyType FileExistsError = mk("FileExistsError", OSError);
    public static final PyType FileNotFoundError = mk("FileNotFoundError", OSError);
    public static final PyType InterruptedError = mk("InterruptedError", OSError);
    public static final PyType IsADirectoryError = mk("IsADirectoryError", OSError);
    public static final PyType NotADirectoryError = mk("NotADirectoryError", OSError);
    public static final PyType PermissionError = mk("PermissionError", OSError);
    public static final PyType ProcessLookupError = mk("ProcessLookupError", OSError);
    public static final PyType TimeoutError = mk("TimeoutError", OSError);
    public static final PyType ReferenceError = mk("ReferenceError", Exception);
    public static final PyType RuntimeError = mk("RuntimeError", Exception);
    public static final PyType NotImplementedError = mk("NotImplementedError", RuntimeError);
    public static final PyType RecursionError = mk("RecursionError", RuntimeError);
    public static final PyType StopAsyncIteration = mk("StopAsyncIteration", Exception);
    public static final PyType StopIteration = mk("StopIteration", Exception);
    public static final PyType SyntaxError = mk("SyntaxError", Exception);
    public static final PyType IndentationError = mk("IndentationError", SyntaxError);
    public static final PyType TabError = mk("TabError", IndentationError);
    public static final PyType SystemError = mk("SystemError", Exception);
    public static final PyType TypeError = mk("TypeError", Exception);
    public static final PyType ValueError = mk("ValueError", Exception);
    public static final PyType UnicodeError = mk("UnicodeError", ValueError);
    public static final PyType UnicodeDecodeError = mk("UnicodeDecodeError", UnicodeError);
    public static final PyType UnicodeEncodeError = mk("UnicodeEncodeError", UnicodeError);
    public static final PyType UnicodeTranslateError = mk("UnicodeTranslateError", UnicodeError);
    public static final PyType Warning = mk("Warning", Exception);
    public static final PyType BytesWarning = mk("BytesWarning", Warning);
    public static final PyType DeprecationWarning = mk("DeprecationWarning", Warning);
    public static final PyType EncodingWarning = mk("EncodingWarning", Warning);
    public static final PyType FutureWarning = mk("FutureWarning", Warning);
    public static final PyType ImportWarning = mk("ImportWarning", Warning);
    public static final PyType PendingDeprecationWarning = mk("PendingDeprecationWarning", Warning);
    public static final PyType ResourceWarning = mk("ResourceWarning", Warning);
    public static final PyType RuntimeWarning = mk("RuntimeWarning", Warning);
    public static final PyType SyntaxWarning = mk("SyntaxWarning", Warning);
    public static final PyType UnicodeWarning = mk("UnicodeWarning", Warning);
    public static final PyType UserWarning = mk("UserWarning", Warning);

    private static PyType mkGroup() {
        PyType t = new PyType("ExceptionGroup", new PyType[] { BaseExceptionGroup, Exception }, true);
        t.solidBase = BaseException;
        t.type = T.TYPE;
        t.dict.type = T.DICT;
        ALL.add(t);
        return t;
    }

    // ---- raising helpers ---------------------------------------------------------------------

    public static PyException make(PyType t, String msg) {
        PyBaseException e = new PyBaseException(t, PyTuple.of(new PyStr(msg)));
        return new PyException(e);
    }

    public static PyException make(PyType t) {
        return new PyException(new PyBaseException(t, PyTuple.EMPTY));
    }

    public static PyException type(String m) { return make(TypeError, m); }
    public static PyException value(String m) { return make(ValueError, m); }
    public static PyException index(String m) { return make(IndexError, m); }
    public static PyException runtime(String m) { return make(RuntimeError, m); }
    public static PyException overflow(String m) { return make(OverflowError, m); }
    public static PyException zeroDivision(String m) { return make(ZeroDivisionError, m); }
    public static PyException notImplemented(String m) { return make(NotImplementedError, m); }
    public static PyException system(String m) { return make(SystemError, m); }
    public static PyException memory() { return make(MemoryError); }
    public static PyException attr(String m) { return make(AttributeError, m); }
    public static PyException recursion(String m) { return make(RecursionError, m); }
    public static PyException stopIteration() { return make(StopIteration); }

    public static PyException attrError(String msg, PyObject obj, PyStr name) {
        PyException e = make(AttributeError, msg);
        e.exc.dict.setStr("name", name == null ? T.None : name);
        // absent rather than None: the traceback printer's suggestions use obj only when set
        if (obj != null) e.exc.dict.setStr("obj", obj);
        return e;
    }

    public static PyException noAttribute(PyObject obj, PyStr name) {
        if (obj instanceof PyType t) {
            return attrError("type object '" + t.name + "' has no attribute '" + name.value + "'", obj, name);
        }
        if (obj instanceof PyModule m) {
            return attrError("module '" + m.name() + "' has no attribute '" + name.value + "'", obj, name);
        }
        return attrError("'" + obj.type.name + "' object has no attribute '" + name.value + "'", obj, name);
    }

    public static PyException nameError(String name) {
        PyException e = make(NameError, "name '" + name + "' is not defined");
        e.exc.dict.setStr("name", new PyStr(name));
        return e;
    }

    public static PyException keyError(PyObject key) {
        return new PyException(new PyBaseException(KeyError, PyTuple.of(key)));
    }

    public static PyException keyError(String msg) { return make(KeyError, msg); }

    public static PyException unhashable(PyObject o) {
        return type("unhashable type: '" + o.type.name + "'");
    }

    public static PyException stopIteration(PyObject value) {
        PyBaseException e = new PyBaseException(StopIteration, value == T.None ? PyTuple.EMPTY : PyTuple.of(value));
        e.dict.setStr("value", value);
        return new PyException(e);
    }

    public static PyException importError(String msg, String name) {
        PyException e = make(ImportError, msg);
        e.exc.dict.setStr("name", name == null ? T.None : new PyStr(name));
        e.exc.dict.setStr("path", T.None);
        e.exc.dict.setStr("msg", new PyStr(msg));
        return e;
    }

    public static PyException moduleNotFound(String name) {
        String msg = "No module named '" + name + "'";
        PyException e = make(ModuleNotFoundError, msg);
        e.exc.dict.setStr("name", new PyStr(name));
        e.exc.dict.setStr("path", T.None);
        e.exc.dict.setStr("msg", new PyStr(msg));
        return e;
    }

    /**
     * OSError(errno, strerror, filename, None, filename2) as CPython builds it: the subclass
     * chosen by errno (FileNotFoundError for ENOENT...), glibc's text; filenames may be null.
     */
    public static PyException osError(int errno, PyObject filename, PyObject filename2) {
        PyType t = osErrorSubclass(errno);
        PyBaseException e = new PyBaseException(t == null ? OSError : t,
                PyTuple.of(PyInt.of(errno), new PyStr(pyjama.python.Errno.strerror(errno))));
        e.dict.setStr("errno", PyInt.of(errno));
        e.dict.setStr("strerror", new PyStr(pyjama.python.Errno.strerror(errno)));
        e.dict.setStr("filename", filename == null ? T.None : filename);
        e.dict.setStr("filename2", filename2 == null ? T.None : filename2);
        return new PyException(e);
    }

    /** A file system failure as Python sees it; the filenames are the caller's own objects. */
    public static PyException osError(pyjama.python.FileSystemError e, PyObject filename, PyObject filename2) {
        return osError(e.errno(), filename, filename2);
    }

    public static PyException osError(PyType t, int errno, String strerror, String filename) {
        PyBaseException e = new PyBaseException(t, PyTuple.of(PyInt.of(errno), new PyStr(strerror)));
        e.dict.setStr("errno", PyInt.of(errno));
        e.dict.setStr("strerror", new PyStr(strerror));
        e.dict.setStr("filename", filename == null ? T.None : new PyStr(filename));
        e.dict.setStr("filename2", T.None);
        return new PyException(e);
    }

    // ---- str / repr ---------------------------------------------------------------------------

    static PyObject repr(PyBaseException e) {
        String n = e.type.name;
        PyObject[] a = e.args.items;
        if (a.length == 1) return new PyStr(n + "(" + Ops.repr(a[0]).value + ")");
        if (e.type.isSubtype(BaseExceptionGroup) && a.length == 2) {
            return new PyStr(n + "(" + Ops.repr(a[0]).value + ", " + Ops.repr(a[1]).value + ")");
        }
        return new PyStr(n + Ops.repr(e.args).value);
    }

    static PyObject str(PyBaseException e) {
        PyType t = e.type;
        PyObject[] a = e.args.items;
        if (t.isSubtype(KeyError) && a.length == 1) return Ops.repr(a[0]);
        if (t.isSubtype(OSError)) {
            PyObject errno = e.dict.getStr("errno"), strerror = e.dict.getStr("strerror");
            PyObject fn = e.dict.getStr("filename"), fn2 = e.dict.getStr("filename2");
            if (errno != null && errno != T.None && strerror != null && strerror != T.None) {
                String s = "[Errno " + Ops.str(errno).value + "] " + Ops.str(strerror).value;
                if (fn != null && fn != T.None) {
                    s += ": " + Ops.repr(fn).value;
                    if (fn2 != null && fn2 != T.None) s += " -> " + Ops.repr(fn2).value;
                }
                return new PyStr(s);
            }
        }
        if (t.isSubtype(SyntaxError)) {
            PyObject msg = e.dict.getStr("msg");
            PyObject fn = e.dict.getStr("filename"), ln = e.dict.getStr("lineno");
            String m = msg == null || msg == T.None ? (a.length > 0 ? Ops.str(a[0]).value : "None") : Ops.str(msg).value;
            boolean hasFn = fn instanceof PyStr, hasLn = ln instanceof PyInt;
            String base = hasFn ? basename(((PyStr) fn).value) : null;
            if (hasFn && hasLn) return new PyStr(m + " (" + base + ", line " + ln + ")");
            if (hasFn) return new PyStr(m + " (" + base + ")");
            if (hasLn) return new PyStr(m + " (line " + ln + ")");
            return new PyStr(m);
        }
        if (t.isSubtype(UnicodeDecodeError) || t.isSubtype(UnicodeEncodeError)) {
            PyObject enc = e.dict.getStr("encoding"), obj = e.dict.getStr("object");
            PyObject st = e.dict.getStr("start"), en = e.dict.getStr("end"), reason = e.dict.getStr("reason");
            if (enc != null && st instanceof PyInt s && en instanceof PyInt end && obj != null) {
                boolean dec = t.isSubtype(UnicodeDecodeError);
                String what;
                if (end.v - s.v == 1) {
                    if (dec) {
                        int b = ((PyBytes) obj).bytes[(int) s.v] & 0xff;
                        what = "byte 0x" + PyStr.hex(b, 2) + " in position " + s.v;
                    } else {
                        int cp = ((PyStr) obj).codePointAt((int) s.v);
                        String hx = cp <= 0xff ? "\\x" + PyStr.hex(cp, 2) : cp <= 0xffff ? "\\u" + PyStr.hex(cp, 4) : "\\U" + PyStr.hex(cp, 8);
                        what = "character '" + hx + "' in position " + s.v;
                    }
                } else {
                    what = (dec ? "bytes" : "characters") + " in position " + s.v + "-" + (end.v - 1);
                }
                return new PyStr("'" + Ops.str(enc).value + "' codec can't " + (dec ? "decode " : "encode ") + what + ": " + Ops.str(reason).value);
            }
        }
        if (t.isSubtype(BaseExceptionGroup)) {
            PyObject msg = e.dict.getStr("message"), excs = e.dict.getStr("exceptions");
            if (msg != null && excs instanceof PyTuple tu) {
                int n = tu.items.length;
                return new PyStr(Ops.str(msg).value + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")");
            }
        }
        if (a.length == 0) return Intern.EMPTY;
        if (a.length == 1) return Ops.str(a[0]);
        return Ops.str(e.args);
    }

    static String basename(String p) {
        int i = p.lastIndexOf('/');
        return i < 0 ? p : p.substring(i + 1);
    }

    /** errno → OSError subclass, as CPython's OSError.__new__. */
    static PyType osErrorSubclass(long errno) {
        switch ((int) errno) {
            case 11: case 114: case 115: return BlockingIOError;
            case 10: return ChildProcessError;
            case 32: case 108: return BrokenPipeError;
            case 103: return ConnectionAbortedError;
            case 111: return ConnectionRefusedError;
            case 104: return ConnectionResetError;
            case 17: return FileExistsError;
            case 2: return FileNotFoundError;
            case 21: return IsADirectoryError;
            case 20: return NotADirectoryError;
            case 4: return InterruptedError;
            case 1: case 13: return PermissionError;
            case 3: return ProcessLookupError;
            case 110: return TimeoutError;
            default: return null;
        }
    }
}
