package pyjama.python.runtime;

import java.util.ArrayList;

/** A Python function. Calling it from Java runs a nested eval loop; the VM calls it stacklessly. */
public final class PyFunction extends PyObject {
    public PyCode code;
    public PyDict globals;
    public PyDict builtins;
    public PyObject[] defaults;     // may be null
    public PyDict kwdefaults;       // may be null
    public PyCell[] closure;        // may be null
    public PyStr name;
    public PyStr qualname;
    public PyObject doc = T.None;
    public PyObject module = T.None;
    public PyDict annotations;

    public PyFunction(PyCode code, PyDict globals, PyDict builtins) {
        super(T.FUNCTION);
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.name = PyStr.intern(code.name);
        this.qualname = new PyStr(code.qualname);
        this.dict = new PyDict();
        PyObject m = globals.getStr(S.__name__);
        if (m != null) module = m;
        if (code.docstring != null) doc = code.docstring;
    }

    @Override public boolean isDescr() { return true; }

    @Override public PyObject descrGet(PyObject obj, PyType type) {
        if (obj == null) return this;
        return new PyMethod(this, obj);
    }

    @Override public PyObject call(PyObject[] args, PyStr[] kwnames) {
        return Interp.cur.callFunction(this, args, 0, args.length, kwnames, null);
    }

    @Override public PyObject repr() {
        return new PyStr("<function " + qualname.value + " at 0x" + Long.toHexString(Ops.id(this)) + ">");
    }

    /**
     * Binds arguments into a new frame's registers: positional values src[start..start+npos),
     * then keyword values for kwnames. {@code self} (nullable) is an extra first positional.
     */
    void bind(PyObject[] regs, PyObject self, PyObject[] src, int start, int argc, PyStr[] kwnames) {
        PyCode co = code;
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = argc - nkw + (self != null ? 1 : 0);
        int co_argc = co.argcount;
        int flags = co.flags;
        // fast path: exact positional call
        if (nkw == 0 && npos == co_argc && (flags & (PyCode.CO_VARARGS | PyCode.CO_VARKEYWORDS)) == 0 && co.kwonlyargcount == 0) {
            // an element loop: System.arraycopy is a chain of three calls in TeaVM's C (6 % of fib)
            int k = 0;
            if (self != null) regs[k++] = self;
            for (int i = 0; i < argc; i++) regs[k + i] = src[start + i];
            return;
        }
        int total = co_argc + co.kwonlyargcount;
        int varargsIdx = (flags & PyCode.CO_VARARGS) != 0 ? total : -1;
        int varkwIdx = (flags & PyCode.CO_VARKEYWORDS) != 0 ? total + (varargsIdx >= 0 ? 1 : 0) : -1;
        PyDict kwdict = null;
        if (varkwIdx >= 0) { kwdict = new PyDict(); regs[varkwIdx] = kwdict; }
        // positional
        int n = Math.min(npos, co_argc);
        int k = 0;
        if (self != null && n > 0) { regs[0] = self; k = 1; }
        for (int i = k; i < n; i++) regs[i] = src[start + i - (self != null ? 1 : 0)];
        if (varargsIdx >= 0) {
            int extra = npos - n;
            PyObject[] va = new PyObject[Math.max(extra, 0)];
            for (int i = 0; i < extra; i++) {
                int si = n + i;
                va[i] = (self != null && si == 0) ? self : src[start + si - (self != null ? 1 : 0)];
            }
            regs[varargsIdx] = PyTuple.of(va);
        } else if (npos > co_argc) {
            throw tooManyPositional(npos, nkw, src, start + argc - nkw, kwnames, regs);
        }
        // keywords
        ArrayList<String> posOnlyAsKw = null;
        for (int j = 0; j < nkw; j++) {
            PyStr kn = kwnames[j];
            PyObject val = src[start + argc - nkw + j];
            int idx = -1;
            PyStr[] vn = co.varnames;
            for (int p = co.posonlyargcount; p < total; p++) {
                if (vn[p] == kn || vn[p].value.equals(kn.value)) { idx = p; break; }
            }
            if (idx < 0) {
                if (kwdict != null) {
                    boolean isPosOnly = false;
                    for (int p = 0; p < co.posonlyargcount; p++) if (vn[p].value.equals(kn.value)) isPosOnly = true;
                    if (kwdict.containsKey(kn)) throw Exc.type(qualname.value + "() got multiple values for keyword argument '" + kn.value + "'");
                    kwdict.setItem(kn, val);
                    continue;
                }
                for (int p = 0; p < co.posonlyargcount; p++) {
                    if (vn[p].value.equals(kn.value)) {
                        if (posOnlyAsKw == null) posOnlyAsKw = new ArrayList<>();
                        posOnlyAsKw.add(kn.value);
                    }
                }
                if (posOnlyAsKw != null) continue;
                throw Exc.type(qualname.value + "() got an unexpected keyword argument '" + kn.value + "'");
            }
            if (regs[idx] != null) throw Exc.type(qualname.value + "() got multiple values for argument '" + kn.value + "'");
            regs[idx] = val;
        }
        if (posOnlyAsKw != null) {
            throw Exc.type(qualname.value + "() got some positional-only arguments passed as keyword arguments: '" + String.join(", ", posOnlyAsKw) + "'");
        }
        // defaults
        if (npos < co_argc) {
            int ndef = defaults == null ? 0 : defaults.length;
            int firstDef = co_argc - ndef;
            ArrayList<String> missing = null;
            for (int i = npos; i < co_argc; i++) {
                if (regs[i] != null) continue;
                if (i >= firstDef) regs[i] = defaults[i - firstDef];
                else {
                    if (missing == null) missing = new ArrayList<>();
                    missing.add(co.varnames[i].value);
                }
            }
            if (missing != null) throw missingArgs(missing, "positional");
        }
        if (co.kwonlyargcount > 0) {
            ArrayList<String> missing = null;
            for (int i = co_argc; i < total; i++) {
                if (regs[i] != null) continue;
                PyObject d = kwdefaults == null ? null : kwdefaults.getStr(co.varnames[i]);
                if (d != null) regs[i] = d;
                else {
                    if (missing == null) missing = new ArrayList<>();
                    missing.add(co.varnames[i].value);
                }
            }
            if (missing != null) throw missingArgs(missing, "keyword-only");
        }
    }

    private PyException missingArgs(ArrayList<String> missing, String kind) {
        StringBuilder sb = new StringBuilder();
        int n = missing.size();
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append(n == 2 ? " and " : (i == n - 1 ? ", and " : ", "));
            sb.append('\'').append(missing.get(i)).append('\'');
        }
        return Exc.type(qualname.value + "() missing " + n + " required " + kind + " argument" + (n == 1 ? "" : "s") + ": " + sb);
    }

    private PyException tooManyPositional(int given, int nkw, PyObject[] src, int kwStart, PyStr[] kwnames, PyObject[] regs) {
        PyCode co = code;
        int ndef = defaults == null ? 0 : defaults.length;
        int max = co.argcount, min = max - ndef;
        int kwonlyGiven = 0;
        for (int j = 0; j < nkw; j++) {
            for (int p = co.argcount; p < co.argcount + co.kwonlyargcount; p++) {
                if (co.varnames[p].value.equals(kwnames[j].value)) kwonlyGiven++;
            }
        }
        String takes = min == max ? String.valueOf(max) : "from " + min + " to " + max;
        String s = qualname.value + "() takes " + takes + " positional argument" + (max == 1 && min == max ? "" : "s") + " but " + given;
        if (kwonlyGiven > 0) {
            s += " positional argument" + (given == 1 ? "" : "s") + " (and " + kwonlyGiven + " keyword-only argument" + (kwonlyGiven == 1 ? "" : "s") + ") were given";
        } else {
            s += given == 1 ? " was given" : " were given";
        }
        return Exc.type(s);
    }
}
