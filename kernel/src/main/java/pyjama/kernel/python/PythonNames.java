package pyjama.kernel.python;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import pyjama.python.Interpreter;
import pyjama.python.runtime.Ops;
import pyjama.python.runtime.PyBuiltinFunction;
import pyjama.python.runtime.PyCode;
import pyjama.python.runtime.PyDict;
import pyjama.python.runtime.PyFunction;
import pyjama.python.runtime.PyList;
import pyjama.python.runtime.PyMethod;
import pyjama.python.runtime.PyModule;
import pyjama.python.runtime.PyObject;
import pyjama.python.runtime.PyProperty;
import pyjama.python.runtime.PyStaticMethod;
import pyjama.python.runtime.PyStr;
import pyjama.python.runtime.PyType;
import pyjama.python.runtime.T;

/**
 * Python names as CPython 3.12's {@code rlcompleter.Completer(namespace).complete} gives them:
 * keywords (with {@code ' '} or {@code ':'} after most), the namespace's names and the builtins
 * ({@code '('} after a callable, {@code '()'} after one that takes no parameters); and for
 * {@code a.b.c.x}, the attributes of {@code a.b.c} that start with {@code x}, where leading
 * underscores are offered only when typed (or when nothing else matches).
 *
 * <p>Only plain dotted names are evaluated (a namespace or builtins lookup, then getattr), never
 * calls or subscripts, so completing cannot run code beyond what attribute access runs (a
 * property of a class is not even read). Python exceptions propagate to the caller.
 */
final class PythonNames {
    private PythonNames() {}

    /** keyword.kwlist + keyword.softkwlist of CPython 3.12, in that order. */
    static final String[] KEYWORDS = keywords();

    private static String[] keywords() {
        java.util.ArrayList<String> all = new java.util.ArrayList<>(pyjama.python.parser.Keywords.HARD);
        all.addAll(pyjama.python.parser.Keywords.SOFT);
        return all.toArray(new String[0]);
    }

    /** Keywords that rlcompleter completes without a following space. */
    private static final List<String> BARE_KEYWORDS = List.of("False", "None", "True", "break", "continue", "pass", "else", "_");

    /**
     * Callables of CPython's builtins whose signature has no parameters, so that rlcompleter
     * writes {@code ()} after them; Pyjama's Java builtins have no signatures to look at.
     * Generated with CPython 3.12 by tools/zero-parameter-builtins.py ('module.function',
     * 'type.method' bound to an instance, 'class:name').
     */
    static final String ZERO_PARAMETER_BUILTINS =
            "AttributeError.__str__ BaseException.__repr__ BaseException.__str__ " +
            "BaseExceptionGroup.__str__ ImportError.__str__ KeyError.__str__ NameError.__str__ " +
            "NoneType.__bool__ NoneType.__hash__ NoneType.__repr__ NotImplementedType.__bool__ " +
            "NotImplementedType.__repr__ OSError.__str__ SyntaxError.__str__ " +
            "UnicodeDecodeError.__str__ UnicodeEncodeError.__str__ UnicodeTranslateError.__str__ " +
            "_struct._clearcache bool.__invert__ bool.__repr__ builtin_function_or_method.__hash__ " +
            "builtin_function_or_method.__repr__ builtins.copyright builtins.credits " +
            "builtins.globals builtins.license builtins.locals bytearray.__iter__ bytearray.__len__ " +
            "bytearray.__reduce__ bytearray.__repr__ bytearray.__sizeof__ bytearray.__str__ " +
            "bytearray.clear bytearray.copy bytearray.reverse bytes.__bytes__ bytes.__hash__ " +
            "bytes.__iter__ bytes.__len__ bytes.__repr__ bytes.__str__ class:__loader__ class:object " +
            "classmethod.__repr__ complex.__abs__ complex.__bool__ complex.__complex__ " +
            "complex.__getnewargs__ complex.__hash__ complex.__neg__ complex.__pos__ " +
            "complex.__repr__ complex.conjugate dict.__iter__ dict.__len__ dict.__repr__ " +
            "dict.__reversed__ dict.popitem dict_items.__iter__ dict_items.__len__ " +
            "dict_items.__repr__ dict_keys.__iter__ dict_keys.__len__ dict_keys.__repr__ " +
            "dict_values.__iter__ dict_values.__len__ dict_values.__repr__ ellipsis.__repr__ " +
            "enumerate.__iter__ enumerate.__next__ filter.__iter__ filter.__next__ float.__abs__ " +
            "float.__bool__ float.__ceil__ float.__float__ float.__floor__ float.__getnewargs__ " +
            "float.__hash__ float.__int__ float.__neg__ float.__pos__ float.__repr__ float.__trunc__ " +
            "float.as_integer_ratio float.conjugate float.hex float.is_integer frozenset.__hash__ " +
            "frozenset.__iter__ frozenset.__len__ frozenset.__repr__ function.__repr__ gc.disable " +
            "gc.enable gc.freeze gc.get_count gc.get_debug gc.get_freeze_count gc.get_stats " +
            "gc.get_threshold gc.isenabled gc.unfreeze generator.__iter__ generator.__next__ " +
            "generator.__repr__ importlib.invalidate_caches int.__abs__ int.__bool__ int.__float__ " +
            "int.__getnewargs__ int.__hash__ int.__index__ int.__int__ int.__invert__ int.__neg__ " +
            "int.__pos__ int.__repr__ int.__sizeof__ int.as_integer_ratio int.bit_count " +
            "int.bit_length int.is_integer list.__iter__ list.__len__ list.__repr__ " +
            "list.__reversed__ list.__sizeof__ list.clear list.copy list.reverse " +
            "list_iterator.__iter__ list_iterator.__next__ map.__iter__ map.__next__ " +
            "memoryview.__hash__ memoryview.__iter__ memoryview.__len__ memoryview.__repr__ " +
            "memoryview.release memoryview.tolist memoryview.toreadonly module.__repr__ " +
            "object.__dir__ object.__getstate__ object.__hash__ object.__reduce__ object.__repr__ " +
            "object.__sizeof__ object.__str__ range.__bool__ range.__hash__ range.__iter__ " +
            "range.__len__ range.__repr__ re.purge reversed.__iter__ reversed.__next__ set.__iter__ " +
            "set.__len__ set.__repr__ slice.__hash__ slice.__repr__ staticmethod.__repr__ " +
            "str.__hash__ str.__iter__ str.__len__ str.__repr__ str.__sizeof__ str.__str__ " +
            "str.capitalize str.casefold str.isalnum str.isalpha str.isascii str.isdecimal " +
            "str.isdigit str.isidentifier str.islower str.isnumeric str.isprintable str.isspace " +
            "str.istitle str.isupper str.lower str.swapcase str.title str.upper struct._clearcache " +
            "super.__repr__ sys.__interactivehook__ sys._clear_type_cache sys._current_exceptions " +
            "sys._current_frames sys._debugmallocstats sys.deactivate_stack_trampoline sys.exc_info " +
            "sys.exception sys.get_asyncgen_hooks sys.get_coroutine_origin_tracking_depth " +
            "sys.get_int_max_str_digits sys.getallocatedblocks sys.getdefaultencoding " +
            "sys.getdlopenflags sys.getfilesystemencodeerrors sys.getfilesystemencoding " +
            "sys.getprofile sys.getrecursionlimit sys.getswitchinterval sys.gettrace " +
            "sys.getunicodeinternedsize sys.is_finalizing sys.is_stack_trampoline_active " +
            "tuple.__getnewargs__ tuple.__hash__ tuple.__iter__ tuple.__len__ tuple.__repr__ " +
            "type.__dir__ type.__repr__ type.__sizeof__ type.__subclasses__ type.mro zip.__iter__ " +
            "zip.__next__";

    /** The kernel's own Java functions that take nothing (as they would show if written in Python). */
    static final String ZERO_PARAMETER_KERNEL =
            "kernel.uptime kernel.reboot kernel.poweroff kernel.log.lines kernel.memory.stats " +
            "kernel.interrupts.handlers _hal.mmio_windows _kernel_loop.backend";

    private static HashSet<String> zeroParameter;

    /** The candidates for {@code text} (a word without delimiters), as rlcompleter's complete(text, state) lists them. */
    static List<String> complete(Interpreter interp, String text) {
        return text.indexOf('.') >= 0 ? attributeMatches(interp, text) : globalMatches(interp, text);
    }

    /** rlcompleter's global_matches: keywords, then the namespace, then builtins; first one wins. */
    static List<String> globalMatches(Interpreter interp, String text) {
        ArrayList<String> matches = new ArrayList<>();
        HashSet<String> seen = new HashSet<>();
        seen.add("__builtins__");
        for (String word : KEYWORDS) {
            if (!word.startsWith(text)) continue;
            seen.add(word);
            if (word.equals("finally") || word.equals("try")) matches.add(word + ":");
            else if (BARE_KEYWORDS.contains(word)) matches.add(word);
            else matches.add(word + " ");
        }
        for (PyDict space : new PyDict[] { interp.mainModule().dict, interp.runtime().builtins.dict }) {
            for (int i = space.nextEntry(0); i >= 0; i = space.nextEntry(i + 1)) {
                if (!(space.keyAt(i) instanceof PyStr key)) continue;
                String word = key.value;
                if (!word.startsWith(text) || !seen.add(word)) continue;
                matches.add(callablePostfix(space.valueAt(i), word));
            }
        }
        return matches;
    }

    /**
     * rlcompleter's attr_matches: {@code expr.attr} where expr is a dotted name; the words are
     * dir(obj), '__class__' and dir(type(obj)) (what get_class_members adds: dir of a class
     * already walks its bases).
     */
    static List<String> attributeMatches(Interpreter interp, String text) {
        int dot = text.lastIndexOf('.');
        String expr = text.substring(0, dot);
        String attr = text.substring(dot + 1);
        if (!isWord(attr, true)) return List.of();
        PyObject object = evaluateDottedName(interp, expr);
        if (object == null) return List.of();
        HashSet<String> words = new HashSet<>();
        PyObject dir = interp.runtime().builtins.dict.getStr("dir");
        addStrings(words, Ops.call(dir, object));
        words.remove("__builtins__");
        words.add("__class__");
        addStrings(words, Ops.call(dir, object.type()));
        ArrayList<String> sorted = new ArrayList<>(words);
        sorted.sort(String::compareTo);
        String noPrefix = attr.isEmpty() ? "_" : attr.equals("_") ? "__" : null;
        ArrayList<String> matches = new ArrayList<>();
        while (true) {
            for (String word : sorted) {
                if (!word.startsWith(attr) || (noPrefix != null && word.startsWith(noPrefix))) continue;
                String match = expr + "." + word;
                PyStr name = new PyStr(word);
                // A property of the class is not read (bpo-44752): its getter may do anything.
                if (Ops.getattrOrNull(object.type(), name) instanceof PyProperty) {
                    matches.add(match);
                    continue;
                }
                PyObject value = Ops.getattrOrNull(object, name);
                matches.add(value != null && value != T.None ? callablePostfix(value, match) : match);
            }
            if (!matches.isEmpty() || noPrefix == null) break;
            noPrefix = noPrefix.equals("_") ? "__" : null;
        }
        matches.sort(String::compareTo);
        return matches;
    }

    /**
     * What eval(expr) gives for a dotted name {@code a.b.c}: a from the namespace or builtins,
     * then each attribute; null when expr is anything else or a name is missing. Unlike
     * rlcompleter, a first name that is not bound but names a module in sys.modules is that
     * module, so a line that imports and uses a module completes before it has run (nothing
     * is imported here).
     */
    static PyObject evaluateDottedName(Interpreter interp, String expr) {
        ArrayList<String> parts = new ArrayList<>();
        for (int from = 0; ; ) {
            int dot = expr.indexOf('.', from);
            String part = dot < 0 ? expr.substring(from) : expr.substring(from, dot);
            if (!isWord(part, false)) return null;
            parts.add(part);
            if (dot < 0) break;
            from = dot + 1;
        }
        PyObject value = interp.getGlobal(parts.get(0));
        if (value == null) value = interp.runtime().builtins.dict.getStr(parts.get(0));
        // Not bound yet, but a module already imported: "import os; os.pa" typed on one line.
        if (value == null) value = interp.runtime().modules.getStr(parts.get(0));
        if (value == null) return null;
        for (int i = 1; i < parts.size(); i++) {
            value = Ops.getattrOrNull(value, new PyStr(parts.get(i)));
            if (value == null) return null;
        }
        return value;
    }

    /** A run of \w characters (letters, digits, underscore), possibly empty when allowed. */
    private static boolean isWord(String s, boolean emptyAllowed) {
        if (s.isEmpty()) return emptyAllowed;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (cp != '_' && !Character.isLetterOrDigit(cp)) return false;
            i += Character.charCount(cp);
        }
        return true;
    }

    private static void addStrings(HashSet<String> into, PyObject iterable) {
        for (PyObject o : Ops.toArray(iterable)) if (o instanceof PyStr s) into.add(s.value);
    }

    /** rlcompleter's _callable_postfix: '(' after a callable, '()' if its signature is empty. */
    static String callablePostfix(PyObject value, String word) {
        if (!Ops.isCallable(value)) return word;
        return takesNoParameters(value) ? word + "()" : word + "(";
    }

    /**
     * Whether inspect.signature(value) would have no parameters: read from the code object of a
     * Python function (a bound method's first parameter is taken); for a class, from its own
     * {@code __new__} or {@code __init__}, or object's when it has neither; for Java builtins
     * from {@link #ZERO_PARAMETER_BUILTINS}; for other objects from a Python {@code __call__}.
     */
    static boolean takesNoParameters(PyObject value) {
        if (value instanceof PyFunction f) return noParameters(f.code, 0);
        if (value instanceof PyMethod m) return m.func instanceof PyFunction f && noParameters(f.code, 1);
        if (value instanceof PyStaticMethod s) return s.func instanceof PyFunction f && noParameters(f.code, 0);
        if (value instanceof PyBuiltinFunction b) return builtinTakesNothing(b);
        if (value instanceof PyType t) return classTakesNothing(t);
        PyObject call = value.type().lookup("__call__");
        return call instanceof PyFunction f && noParameters(f.code, 1);
    }

    private static boolean noParameters(PyCode code, int bound) {
        return code.argcount <= bound && code.kwonlyargcount == 0
                && (code.flags & (PyCode.CO_VARARGS | PyCode.CO_VARKEYWORDS)) == 0;
    }

    /** inspect's rule for classes: a metaclass __call__, else the first own __new__ / __init__ written in Python. */
    private static boolean classTakesNothing(PyType t) {
        PyObject metaCall = t.type().lookup("__call__");
        if (metaCall instanceof PyFunction f) return noParameters(f.code, 1);
        PyObject newMethod = t.lookup("__new__");
        if (newMethod instanceof PyStaticMethod s) newMethod = s.func;
        PyObject init = t.lookup("__init__");
        boolean pythonNew = newMethod instanceof PyFunction;
        boolean pythonInit = init instanceof PyFunction;
        boolean builtinBase = false;
        for (PyType base : t.mro) {
            if (pythonNew && base.dict.getStr("__new__") != null) return noParameters(((PyFunction) newMethod).code, 1);
            if (pythonInit && base.dict.getStr("__init__") != null) return noParameters(((PyFunction) init).code, 1);
            if (!base.heap && base != T.OBJECT) builtinBase = true;
        }
        // Nothing in Python: object's signature, (), unless a builtin base brings its own.
        if (!t.heap) return zeroParameterSet().contains("class:" + t.name);
        return !builtinBase;
    }

    private static boolean builtinTakesNothing(PyBuiltinFunction b) {
        HashSet<String> zero = zeroParameterSet();
        if (b.self == null) return zero.contains("builtins." + b.name);
        if (b.self instanceof PyModule m) return zero.contains(m.name() + "." + b.name);
        if (!b.bound) return false;
        for (PyType t : b.self.type().mro) if (zero.contains(t.name + "." + b.name)) return true;
        return false;
    }

    private static HashSet<String> zeroParameterSet() {
        if (zeroParameter == null) {
            HashSet<String> set = new HashSet<>();
            for (String table : new String[] { ZERO_PARAMETER_BUILTINS, ZERO_PARAMETER_KERNEL }) {
                int i = 0;
                while (i < table.length()) {
                    int end = table.indexOf(' ', i);
                    if (end < 0) end = table.length();
                    if (end > i) set.add(table.substring(i, end));
                    i = end + 1;
                }
            }
            zeroParameter = set;
        }
        return zeroParameter;
    }
}
