package pyjama.python.runtime;

/**
 * Argument parsing for builtins with keyword arguments. {@code spec} lists parameter names;
 * a leading '$' marks keyword-only, a '/' entry ends positional-only parameters.
 */
public final class Args {
    private Args() {}

    /**
     * Parses into one slot per named parameter (null when not given). {@code required} is the
     * number of leading parameters that must be given. {@code skip} leading args (e.g. self).
     * The errors are those of CPython's Argument Clinic parser (_PyArg_UnpackKeywords), which
     * also match PyArg_ParseTupleAndKeywords: {@code fname} is the bare name ("split").
     */
    public static PyObject[] parse(String fname, PyObject[] a, PyStr[] kw, int skip, String[] spec, int required) {
        int nkw = kw == null ? 0 : kw.length;
        int nargs = a.length - nkw - skip;
        int nparams = 0, posOnly = 0, maxPos = 0;
        String[] names = new String[spec.length];
        for (String s : spec) {
            if (s.equals("/")) { posOnly = nparams; continue; }
            boolean ko = s.startsWith("$");
            names[nparams] = ko ? s.substring(1) : s;
            if (!ko) maxPos = nparams + 1;
            nparams++;
        }
        int minPos = Math.min(required, maxPos);
        int minPosOnly = Math.min(posOnly, minPos);
        int reqLimit = required > maxPos ? required : minPos; // past maxPos: required keyword-only
        PyObject[] out = new PyObject[nparams];
        if (nargs + nkw > nparams) {
            throw Exc.type(fname + "() takes at most " + nparams + " " + (nargs == 0 ? "keyword " : "") + "argument"
                    + (nparams == 1 ? "" : "s") + " (" + (nargs + nkw) + " given)");
        }
        if (nargs > maxPos) {
            if (maxPos == 0) throw Exc.type(fname + "() takes no positional arguments");
            throw Exc.type(fname + "() takes " + (minPos < maxPos ? "at most" : "exactly") + " " + maxPos + " positional argument"
                    + (maxPos == 1 ? "" : "s") + " (" + nargs + " given)");
        }
        if (nargs < minPosOnly) {
            throw Exc.type(fname + "() takes " + (minPosOnly < maxPos ? "at least" : "exactly") + " " + minPosOnly
                    + " positional argument" + (minPosOnly == 1 ? "" : "s") + " (" + nargs + " given)");
        }
        for (int i = 0; i < nargs; i++) out[i] = a[skip + i];
        int kwLeft = nkw;
        for (int i = Math.max(nargs, posOnly); i < nparams; i++) {
            PyObject v = null;
            if (kwLeft > 0) {
                for (int j = 0; j < nkw; j++) {
                    if (kw[j].value.equals(names[i])) { v = a[a.length - nkw + j]; break; }
                }
            } else if (i >= reqLimit) {
                break;
            }
            out[i] = v;
            if (v != null) kwLeft--;
            else if (i < minPos || (maxPos <= i && i < reqLimit)) {
                throw Exc.type(fname + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        if (kwLeft > 0) {
            for (int i = posOnly; i < nargs; i++) {
                for (int j = 0; j < nkw; j++) {
                    if (kw[j].value.equals(names[i])) {
                        throw Exc.type("argument for " + fname + "() given by name ('" + names[i] + "') and position (" + (i + 1) + ")");
                    }
                }
            }
            throw invalidKeyword(fname, kw, names, posOnly, nparams);
        }
        return out;
    }

    /** The first keyword that names no keyword parameter (CPython's error_unexpected_keyword_arg). */
    static PyException invalidKeyword(String fname, PyStr[] kw, String[] names, int from, int to) {
        outer:
        for (PyStr k : kw) {
            for (int p = from; p < to; p++) if (names[p].equals(k.value)) continue outer;
            return Exc.type("'" + k.value + "' is an invalid keyword argument for " + fname + "()");
        }
        return Exc.type("invalid keyword argument for " + fname + "()");
    }

    public static PyObject or(PyObject v, PyObject dflt) { return v == null ? dflt : v; }

    public static void noKw(String fname, PyStr[] kw) {
        if (kw != null && kw.length > 0) throw Exc.type(fname + "() takes no keyword arguments");
    }

    public static void count(String fname, PyObject[] a, int min, int max) {
        int n = a.length;
        if (n < min) {
            if (min == max) throw Exc.type(fname + " expected " + min + " argument" + (min == 1 ? "" : "s") + ", got " + n);
            throw Exc.type(fname + " expected at least " + min + " argument" + (min == 1 ? "" : "s") + ", got " + n);
        }
        if (n > max) {
            if (min == max) throw Exc.type(fname + " expected " + max + " argument" + (max == 1 ? "" : "s") + ", got " + n);
            throw Exc.type(fname + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + n);
        }
    }

    public static String str(PyObject o, String fname, String what) {
        if (o instanceof PyStr s) return s.value;
        throw Exc.type(fname + "() argument" + (what == null ? "" : " " + what) + " must be str, not " + o.type.name);
    }
}
