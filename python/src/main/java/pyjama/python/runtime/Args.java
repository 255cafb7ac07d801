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
     */
    public static PyObject[] parse(String fname, PyObject[] a, PyStr[] kw, int skip, String[] spec, int required) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = a.length - nkw - skip;
        int nparams = 0, posOnly = 0, maxPos = 0;
        String[] names = new String[spec.length];
        boolean[] kwOnly = new boolean[spec.length];
        for (String s : spec) {
            if (s.equals("/")) { posOnly = nparams; continue; }
            boolean ko = s.startsWith("$");
            names[nparams] = ko ? s.substring(1) : s;
            kwOnly[nparams] = ko;
            if (!ko) maxPos = nparams + 1;
            nparams++;
        }
        PyObject[] out = new PyObject[nparams];
        if (npos > maxPos) {
            if (maxPos == 0) throw Exc.type(fname + "() takes no positional arguments");
            if (required == maxPos) {
                throw Exc.type(fname + "() takes exactly " + (maxPos == 1 ? "one argument" : maxPos + " arguments") + " (" + npos + " given)");
            }
            throw Exc.type(fname + "() takes at most " + maxPos + " argument" + (maxPos == 1 ? "" : "s") + " (" + npos + " given)");
        }
        for (int i = 0; i < npos; i++) out[i] = a[skip + i];
        for (int j = 0; j < nkw; j++) {
            String k = kw[j].value;
            int idx = -1;
            for (int p = 0; p < nparams; p++) if (names[p].equals(k)) { idx = p; break; }
            if (idx < 0 || idx < posOnly) {
                if (idx >= 0) throw Exc.type(fname + "() got some positional-only arguments passed as keyword arguments: '" + k + "'");
                throw Exc.type(fname + "() got an unexpected keyword argument '" + k + "'");
            }
            if (out[idx] != null) throw Exc.type("argument for " + fname + "() given by name ('" + k + "') and position (" + (idx + 1) + ")");
            out[idx] = a[a.length - nkw + j];
        }
        for (int i = 0; i < required; i++) {
            if (out[i] == null) {
                if (i < posOnly || (i >= npos && nkw == 0)) {
                    throw Exc.type(fname + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
                }
                throw Exc.type(fname + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        return out;
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
