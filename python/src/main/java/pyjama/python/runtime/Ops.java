package pyjama.python.runtime;

import java.util.ArrayList;
import java.util.IdentityHashMap;

/**
 * The abstract object protocol (CPython's abstract.c / object.c): every operation the VM and
 * builtins perform on objects of unknown type. Builtin (non-heap) types dispatch straight to
 * the Java virtual methods of {@link PyObject}; Python classes dispatch through their dunder
 * methods so that overriding works.
 */
public final class Ops {
    private Ops() {}

    public static final int ADD = 0, SUB = 1, MUL = 2, MATMUL = 3, TRUEDIV = 4, MOD = 5, POW = 6,
            LSHIFT = 7, RSHIFT = 8, OR = 9, XOR = 10, AND = 11, FLOORDIV = 12;
    public static final String[] BIN_SYMBOLS = { "+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//" };
    public static final int LT = 0, LE = 1, EQ = 2, NE = 3, GT = 4, GE = 5;
    public static final String[] CMP_SYMBOLS = { "<", "<=", "==", "!=", ">", ">=" };
    static final int[] SWAPPED = { GT, GE, EQ, NE, LT, LE };

    public static boolean cmpResult(int c, int op) {
        switch (op) {
            case LT: return c < 0;
            case LE: return c <= 0;
            case EQ: return c == 0;
            case NE: return c != 0;
            case GT: return c > 0;
            default: return c >= 0;
        }
    }

    // ---- identity --------------------------------------------------------------------------------

    public static long id(PyObject o) { return (System.identityHashCode(o) & 0xffffffffL) * 16 + 0x7f0000000000L; }

    public static long identityHash(PyObject o) { return System.identityHashCode(o) & 0xfffffffL; }

    // ---- calling ----------------------------------------------------------------------------------

    public static final PyObject[] NO_ARGS = new PyObject[0];

    public static PyObject call(PyObject f, PyObject[] args, PyStr[] kwnames) {
        return f.call(args, kwnames);
    }

    public static PyObject call(PyObject f) { return f.call(NO_ARGS, null); }
    public static PyObject call(PyObject f, PyObject a) { return f.call(new PyObject[] { a }, null); }
    public static PyObject call(PyObject f, PyObject a, PyObject b) { return f.call(new PyObject[] { a, b }, null); }
    public static PyObject call(PyObject f, PyObject a, PyObject b, PyObject c) { return f.call(new PyObject[] { a, b, c }, null); }

    /** Calls a dunder found by type lookup on self (binding as the descriptor protocol would). */
    public static PyObject callMethod(PyObject meth, PyObject self, PyObject... args) {
        if (meth instanceof PyMethodDescr d) {
            PyObject[] a = new PyObject[args.length + 1];
            a[0] = self;
            System.arraycopy(args, 0, a, 1, args.length);
            return d.fn.call(a, null);
        }
        if (meth instanceof PyFunction f) {
            PyObject[] a = new PyObject[args.length + 1];
            a[0] = self;
            System.arraycopy(args, 0, a, 1, args.length);
            return f.call(a, null);
        }
        PyObject bound = descrGet(meth, self, self.type);
        return bound.call(args, null);
    }

    /** Calls method name on obj (looked up on the type), or returns null when there is none. */
    public static PyObject callDunder(PyObject obj, PyStr name, PyObject... args) {
        PyObject m = obj.type.lookup(name);
        if (m == null) return null;
        return callMethod(m, obj, args);
    }

    /** Looks up an attribute and calls it: obj.name(*args). */
    public static PyObject invoke(PyObject obj, String name, PyObject... args) {
        return getattr(obj, PyStr.intern(name)).call(args, null);
    }

    /** The default call of an object without a Java call: its type's __call__. */
    static PyObject callViaDunder(PyObject o, PyObject[] args, PyStr[] kwnames) {
        PyObject c = o.type.lookup(S.__call__);
        if (c == null || c == T.None) throw Exc.type("'" + o.type.name + "' object is not callable");
        PyObject[] a = new PyObject[args.length + 1];
        a[0] = o;
        System.arraycopy(args, 0, a, 1, args.length);
        if (c instanceof PyMethodDescr d) return d.fn.call(a, kwnames);
        if (c instanceof PyFunction f) return f.call(a, kwnames);
        return descrGet(c, o, o.type).call(args, kwnames);
    }

    public static boolean isCallable(PyObject o) {
        if (o instanceof PyFunction || o instanceof PyBuiltinFunction || o instanceof PyType
                || o instanceof PyMethod || o instanceof PyMethodDescr) return true;
        PyObject c = o.type.lookup(S.__call__);
        return c != null && c != T.None;
    }

    // ---- descriptors --------------------------------------------------------------------------------

    public static boolean isDataDescriptor(PyObject d) {
        if (d.isDataDescr()) return true;
        if (!d.type.heap) return false;
        return d.type.lookup(S.__set__) != null || d.type.lookup(S.__delete__) != null;
    }

    public static PyObject descrGet(PyObject d, PyObject obj, PyType type) {
        if (d.isDescr()) return d.descrGet(obj, type);
        if (d.type.heap) {
            PyObject get = d.type.lookup(S.__get__);
            if (get != null) return callMethod(get, d, obj == null ? T.None : obj, type);
        }
        return d;
    }

    public static void descrSet(PyObject d, PyObject obj, PyObject value) {
        if (d.isDataDescr()) { d.descrSet(obj, value); return; }
        if (value == null) {
            PyObject del = d.type.lookup(S.__delete__);
            if (del == null) throw Exc.attr("__delete__");
            callMethod(del, d, obj);
        } else {
            PyObject set = d.type.lookup(S.__set__);
            if (set == null) throw Exc.attr("__set__");
            callMethod(set, d, obj, value);
        }
    }

    // ---- attributes ---------------------------------------------------------------------------------

    public static PyObject genericGetAttr(PyObject obj, PyStr name) {
        PyType t = obj.type;
        PyObject descr = t.lookup(name);
        if (descr != null) {
            if (descr.isDataDescr()) return descr.descrGet(obj, t);
            if (descr.type.heap) {
                PyType dt = descr.type;
                PyObject get = dt.lookup(S.__get__);
                if (get != null && (dt.lookup(S.__set__) != null || dt.lookup(S.__delete__) != null)) {
                    return callMethod(get, descr, obj, t);
                }
            }
        }
        PyDict d = obj.dict;
        if (d != null) {
            PyObject v = d.getStr(name);
            if (v != null) return v;
        }
        if (descr != null) {
            if (descr.isDescr()) return descr.descrGet(obj, t);
            if (descr.type.heap) {
                PyObject get = descr.type.lookup(S.__get__);
                if (get != null) return callMethod(get, descr, obj, t);
            }
            return descr;
        }
        return null;
    }

    public static void genericSetAttr(PyObject obj, PyStr name, PyObject value) {
        PyType t = obj.type;
        PyObject descr = t.lookup(name);
        if (descr != null && isDataDescriptor(descr)) {
            descrSet(descr, obj, value);
            return;
        }
        PyDict d = obj.dict;
        if (d != null) {
            if (value == null) {
                if (d.delItemIfPresent(name) == null) {
                    throw Exc.attr((obj instanceof PyType ot ? "type object '" + ot.name + "'" : "'" + t.name + "' object")
                            + " has no attribute '" + name + "'");
                }
            } else {
                d.setItem(name, value);
            }
            return;
        }
        if (descr != null && value != null) {
            throw Exc.attr("'" + t.name + "' object attribute '" + name + "' is read-only");
        }
        // CPython sets AttributeError's name and obj only when getting an attribute fails
        throw Exc.attr("'" + t.name + "' object has no attribute '" + name + "'");
    }

    /** getattr(obj, name) raising AttributeError. */
    public static PyObject getattr(PyObject obj, PyStr name) {
        PyObject v = getattrOrNull(obj, name);
        if (v == null) throw Exc.noAttribute(obj, name);
        return v;
    }

    public static PyObject getattr(PyObject obj, String name) { return getattr(obj, PyStr.intern(name)); }

    /** getattr returning null when the attribute is missing (AttributeError swallowed). */
    public static PyObject getattrOrNull(PyObject obj, PyStr name) {
        PyType t = obj.type;
        if (!t.customGetattr) {
            try {
                return obj.lookupAttr(name);
            } catch (PyException e) {
                if (!e.matches(Exc.AttributeError)) throw e;
                lastAttrError = e;
                return null;
            }
        }
        PyObject ga = t.lookup(S.__getattribute__);
        PyObject v;
        try {
            if (ga instanceof PyMethodDescr || ga == null) v = obj.lookupAttr(name);
            else v = callMethod(ga, obj, name);
            if (v != null) return v;
        } catch (PyException e) {
            if (!e.matches(Exc.AttributeError)) throw e;
            lastAttrError = e;
        }
        PyObject gattr = t.lookup(S.__getattr__);
        if (gattr == null) return null;
        lastAttrError = null;
        try {
            return callMethod(gattr, obj, name);
        } catch (PyException e) {
            if (!e.matches(Exc.AttributeError)) throw e;
            lastAttrError = e;
            return null;
        }
    }

    /** The AttributeError raised by a user __getattr__ (re-raised as is by getattr). */
    static PyException lastAttrError;

    public static PyObject getattrChecked(PyObject obj, PyStr name) {
        lastAttrError = null;
        PyObject v = getattrOrNull(obj, name);
        if (v == null) {
            PyException e = lastAttrError;
            lastAttrError = null;
            if (e != null) throw e;
            throw Exc.noAttribute(obj, name);
        }
        return v;
    }

    public static void setattr(PyObject obj, PyStr name, PyObject value) {
        PyType t = obj.type;
        if (t.customSetattr) {
            PyObject sa = t.lookup(value == null ? S.__delattr__ : S.__setattr__);
            if (!(sa instanceof PyMethodDescr)) {
                if (value == null) callMethod(sa, obj, name);
                else callMethod(sa, obj, name, value);
                return;
            }
        }
        if (value == null) obj.delattr(name);
        else obj.setattr(name, value);
    }

    // ---- repr / str / hash / truth ----------------------------------------------------------------

    private static int reprDepth;
    private static final IdentityHashMap<PyObject, Boolean> REPR_ACTIVE = new IdentityHashMap<>();

    static boolean reprEnter(PyObject o) {
        if (REPR_ACTIVE.containsKey(o)) return false;
        REPR_ACTIVE.put(o, Boolean.TRUE);
        return true;
    }

    static void reprLeave(PyObject o) { REPR_ACTIVE.remove(o); }

    public static PyStr repr(PyObject o) {
        if (++reprDepth > 600) {
            reprDepth = 0;
            throw Exc.recursion("maximum recursion depth exceeded while getting the repr of an object");
        }
        try {
            PyObject r;
            if (!o.type.heap) r = o.repr();
            else {
                PyObject m = o.type.lookup(S.__repr__);
                if (m instanceof PyMethodDescr d) r = d.fn.call(new PyObject[] { o }, null);
                else r = callMethod(m, o);
            }
            if (!(r instanceof PyStr s)) throw Exc.type("__repr__ returned non-string (type " + r.type.name + ")");
            return s;
        } finally {
            reprDepth--;
        }
    }

    public static PyStr str(PyObject o) {
        if (o.type == T.STR) return (PyStr) o;
        PyObject r;
        if (!o.type.heap) r = o.str();
        else {
            PyObject m = o.type.lookup(S.__str__);
            if (m instanceof PyMethodDescr d) r = d.fn.call(new PyObject[] { o }, null);
            else r = callMethod(m, o);
        }
        if (!(r instanceof PyStr s)) throw Exc.type("__str__ returned non-string (type " + r.type.name + ")");
        return s;
    }

    public static long hash(PyObject o) {
        if (o instanceof PyStr s) return s.hash();
        if (!o.type.heap) return o.hash();
        PyObject m = o.type.lookup(S.__hash__);
        if (m == null || m == T.None) throw Exc.unhashable(o);
        if (m instanceof PyMethodDescr) return o.hash();
        PyObject r = callMethod(m, o);
        if (!(r instanceof PyInt i)) throw Exc.type("__hash__ method should return an integer");
        if (i.big == null) return i.v == -1 ? -2 : i.v;
        return i.hash();
    }

    public static boolean isTrue(PyObject o) {
        if (o == T.TRUE) return true;
        if (o == T.FALSE || o == T.None) return false;
        if (!o.type.heap) return o.isTrue();
        PyObject m = o.type.lookup(S.__bool__);
        if (m != null) {
            if (m instanceof PyMethodDescr) return o.isTrue();
            PyObject r = callMethod(m, o);
            if (r.type != T.BOOL) throw Exc.type("__bool__ should return bool, returned " + r.type.name);
            return r == T.TRUE;
        }
        m = o.type.lookup(S.__len__);
        if (m != null) return len(o) != 0;
        return true;
    }

    public static PyInt not(PyObject o) { return isTrue(o) ? T.FALSE : T.TRUE; }

    public static int len(PyObject o) {
        if (!o.type.heap) return o.len();
        PyObject m = o.type.lookup(S.__len__);
        if (m == null) throw Exc.type("object of type '" + o.type.name + "' has no len()");
        if (m instanceof PyMethodDescr) return o.len();
        PyObject r = callMethod(m, o);
        PyObject ri = indexObject(r, null);
        if (((PyInt) ri).big != null) {
            if (((PyInt) ri).signum() < 0) throw Exc.value("__len__() should return >= 0");
            throw Exc.overflow("cannot fit 'int' into an index-sized integer");
        }
        long n = ((PyInt) ri).v;
        if (n < 0) throw Exc.value("__len__() should return >= 0");
        if (n > Integer.MAX_VALUE) throw Exc.overflow("cannot fit 'int' into an index-sized integer");
        return (int) n;
    }

    // ---- numbers ----------------------------------------------------------------------------------

    public static boolean hasIndex(PyObject o) {
        return o instanceof PyInt || (o.type.heap && o.type.lookup(S.__index__) != null);
    }

    public static PyObject indexObject(PyObject o, String msg) {
        // An int subclass (bool included) gives its value as an exact int, as PyNumber_Index does.
        if (o instanceof PyInt i) return i.type == T.INT ? i : (i.big == null ? PyInt.of(i.v) : PyInt.of(i.big));
        PyObject m = o.type.lookup(S.__index__);
        if (m == null) throw Exc.type(msg != null ? msg : "'" + o.type.name + "' object cannot be interpreted as an integer");
        PyObject r = callMethod(m, o);
        if (!(r instanceof PyInt)) throw Exc.type("__index__ returned non-int (type " + r.type.name + ")");
        return r;
    }

    /**
     * {@link #index(PyObject, String)} whose error message, {@code prefix + type name + suffix},
     * is built only when it is needed: subscripts call this on every access.
     */
    public static long index(PyObject o, String prefix, String suffix) {
        if (o instanceof PyInt i && i.big == null) return i.v;
        return index(o, prefix + o.type.name + suffix);
    }

    public static long index(PyObject o, String msg) {
        if (o instanceof PyInt i) {
            if (i.big != null) throw Exc.make(Exc.IndexError, "cannot fit 'int' into an index-sized integer");
            return i.v;
        }
        PyInt i = (PyInt) indexObject(o, msg);
        if (i.big != null) throw Exc.make(Exc.IndexError, "cannot fit 'int' into an index-sized integer");
        return i.v;
    }

    /** An argument that must be an int fitting a Java int (for sizes, counts). */
    public static int toInt(PyObject o) {
        long v = index(o, null);
        if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) throw Exc.overflow("Python int too large to convert to C int");
        return (int) v;
    }

    public static PyObject binary(PyObject a, PyObject b, int op) {
        // CPython tries a weakref proxy's number slot before a sequence's concatenation: unwrap it first
        if (b instanceof PyWeakProxy p && !(a instanceof PyWeakProxy)) return binary(a, p.live(), op);
        PyType ta = a.type, tb = b.type;
        if (!ta.heap && !tb.heap) {
            PyObject r = a.binop(op, b);
            if (r != T.NotImplemented) return r;
            if (ta != tb) {
                r = b.rbinop(op, a);
                if (r != T.NotImplemented) return r;
            }
            throw binopError(a, b, op, false);
        }
        PyObject r = binarySlow(a, b, op);
        if (r == T.NotImplemented) throw binopError(a, b, op, false);
        return r;
    }

    static PyObject binarySlow(PyObject a, PyObject b, int op) {
        PyType ta = a.type, tb = b.type;
        PyObject fa = ta.lookup(S.BIN[op]);
        PyObject fb = ta != tb ? tb.lookup(S.RBIN[op]) : null;
        if (fb != null && tb.isSubtype(ta) && fb != ta.lookup(S.RBIN[op])) {
            PyObject r = callBin(fb, b, a, op, true);
            if (r != T.NotImplemented) return r;
            fb = null;
        }
        if (fb != null && op == ADD && isSeq(a) && fa instanceof PyMethodDescr) {
            // concatenation of list, tuple, str and bytes is CPython's sq_concat, tried after both operands'
            // number slots: the right operand's __radd__ goes first
            PyObject r = callBin(fb, b, a, op, true);
            if (r != T.NotImplemented) return r;
            fb = null;
        }
        if (fa != null) {
            PyObject r = callBin(fa, a, b, op, false);
            if (r != T.NotImplemented) return r;
        }
        if (fb != null) {
            PyObject r = callBin(fb, b, a, op, true);
            if (r != T.NotImplemented) return r;
        }
        return T.NotImplemented;
    }

    private static PyObject callBin(PyObject f, PyObject self, PyObject other, int op, boolean reflected) {
        if (f == T.None) return T.NotImplemented;
        if (f instanceof PyMethodDescr d && !self.type.heap) {
            return reflected ? self.rbinop(op, other) : self.binop(op, other);
        }
        return callMethod(f, self, other);
    }

    static PyException binopError(PyObject a, PyObject b, int op, boolean inplace) {
        String sym = BIN_SYMBOLS[op] + (inplace ? "=" : "");
        if (op == POW && !inplace) sym = "** or pow()";
        if (op == MUL && (isSeq(a) && !hasIndex(b) || isSeq(b) && !hasIndex(a))) {
            return Exc.type("can't multiply sequence by non-int of type '" + (isSeq(a) ? b : a).type.name + "'");
        }
        if (op == ADD && !inplace && a instanceof PyStr) {
            return Exc.type("can only concatenate str (not \"" + b.type.name + "\") to str");
        }
        return Exc.type("unsupported operand type(s) for " + sym + ": '" + a.type.name + "' and '" + b.type.name + "'");
    }

    static boolean isSeq(PyObject o) {
        return o instanceof PyList || o instanceof PyTuple || o instanceof PyStr || o instanceof PyBytes;
    }

    public static PyObject inplace(PyObject a, PyObject b, int op) {
        if (b instanceof PyWeakProxy p && !(a instanceof PyWeakProxy)) return binary(a, p.live(), op); // as binary()
        PyType ta = a.type;
        if (!ta.heap) {
            PyObject r = a.ibinop(op, b);
            if (r != T.NotImplemented) return r;
        } else {
            PyObject f = ta.lookup(S.IBIN[op]);
            if (f != null && f != T.None) {
                PyObject r = f instanceof PyMethodDescr ? a.ibinop(op, b) : callMethod(f, a, b);
                if (r != T.NotImplemented) return r;
            }
        }
        PyType tb = b.type;
        if (!ta.heap && !tb.heap) {
            PyObject r = a.binop(op, b);
            if (r != T.NotImplemented) return r;
            if (ta != tb) {
                r = b.rbinop(op, a);
                if (r != T.NotImplemented) return r;
            }
            throw binopError(a, b, op, true);
        }
        PyObject r = binarySlow(a, b, op);
        if (r == T.NotImplemented) throw binopError(a, b, op, true);
        return r;
    }

    public static PyObject add(PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y && a.type == T.INT && b.type == T.INT) return PyInt.add(x, y);
        return binary(a, b, ADD);
    }

    public static PyObject neg(PyObject o) { return unary(o, S.__neg__, 0); }
    public static PyObject pos(PyObject o) { return unary(o, S.__pos__, 1); }
    public static PyObject invert(PyObject o) { return unary(o, S.__invert__, 2); }
    public static PyObject abs(PyObject o) { return unary(o, S.__abs__, 3); }

    static PyObject unary(PyObject o, PyStr name, int which) {
        if (!o.type.heap) {
            switch (which) {
                case 0: return o.neg();
                case 1: return o.pos();
                case 2: return o.invert();
                default: return o.abs();
            }
        }
        PyObject m = o.type.lookup(name);
        if (m instanceof PyMethodDescr || m == null) {
            switch (which) {
                case 0: return o.neg();
                case 1: return o.pos();
                case 2: return o.invert();
                default: return o.abs();
            }
        }
        return callMethod(m, o);
    }

    // ---- comparison ---------------------------------------------------------------------------------

    public static PyObject compare(PyObject a, PyObject b, int op) {
        PyType ta = a.type, tb = b.type;
        if (!ta.heap && !tb.heap) {
            PyObject r = a.richcompare(b, op);
            if (r != T.NotImplemented) return r;
            r = b.richcompare(a, SWAPPED[op]);
            if (r != T.NotImplemented) return r;
        } else {
            boolean reflectedFirst = ta != tb && tb.isSubtype(ta) && tb.lookup(S.CMP[SWAPPED[op]]) != ta.lookup(S.CMP[SWAPPED[op]]);
            if (reflectedFirst) {
                PyObject r = callCmp(b, a, SWAPPED[op]);
                if (r != T.NotImplemented) return r;
            }
            PyObject r = callCmp(a, b, op);
            if (r != T.NotImplemented) return r;
            if (!reflectedFirst) {
                r = callCmp(b, a, SWAPPED[op]);
                if (r != T.NotImplemented) return r;
            }
        }
        if (op == EQ) return PyBool.of(a == b);
        if (op == NE) return PyBool.of(a != b);
        throw Exc.type("'" + CMP_SYMBOLS[op] + "' not supported between instances of '" + ta.name + "' and '" + tb.name + "'");
    }

    private static PyObject callCmp(PyObject self, PyObject other, int op) {
        PyType t = self.type;
        if (!t.heap) return self.richcompare(other, op);
        PyObject m = t.lookup(S.CMP[op]);
        if (m == null || m == T.None) return T.NotImplemented;
        if (m instanceof PyMethodDescr d) return d.fn.call(new PyObject[] { self, other }, null);
        return callMethod(m, self, other);
    }

    public static boolean eq(PyObject a, PyObject b) {
        if (a == b) return true;
        if (a instanceof PyStr x && b instanceof PyStr y && !a.type.heap && !b.type.heap) return x.value.equals(y.value);
        if (a instanceof PyInt x && b instanceof PyInt y && x.big == null && y.big == null) return x.v == y.v;
        return isTrue(compare(a, b, EQ));
    }

    public static boolean lt(PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y && x.big == null && y.big == null && !a.type.heap && !b.type.heap) return x.v < y.v;
        if (a instanceof PyStr x && b instanceof PyStr y && !a.type.heap && !b.type.heap) return PyStr.compare(x.value, y.value) < 0;
        return isTrue(compare(a, b, LT));
    }

    static PyObject compareSequences(PyObject[] a, int na, PyObject[] b, int nb, int op) {
        int n = Math.min(na, nb);
        int i = 0;
        for (; i < n; i++) {
            PyObject x = a[i], y = b[i];
            if (x == y) continue;
            if (!eq(x, y)) break;
        }
        if (i >= na || i >= nb) return PyBool.of(cmpResult(Integer.compare(na, nb), op));
        if (op == EQ) return T.FALSE;
        if (op == NE) return T.TRUE;
        return compare(a[i], b[i], op);
    }

    // ---- containers -----------------------------------------------------------------------------------

    public static PyObject getitem(PyObject o, PyObject key) {
        PyType t = o.type;
        if (!t.heap) return o.getitem(key);
        PyObject m = t.lookup(S.__getitem__);
        if (m == null) {
            if (o instanceof PyType) return o.getitem(key);
            throw Exc.type("'" + t.name + "' object is not subscriptable");
        }
        if (m instanceof PyMethodDescr d) return d.fn.call(new PyObject[] { o, key }, null);
        return callMethod(m, o, key);
    }

    public static void setitem(PyObject o, PyObject key, PyObject value) {
        PyType t = o.type;
        if (!t.heap) { o.setitem(key, value); return; }
        PyObject m = t.lookup(S.__setitem__);
        if (m == null) throw Exc.type("'" + t.name + "' object does not support item assignment");
        if (m instanceof PyMethodDescr d) d.fn.call(new PyObject[] { o, key, value }, null);
        else callMethod(m, o, key, value);
    }

    public static void delitem(PyObject o, PyObject key) {
        PyType t = o.type;
        if (!t.heap) { o.delitem(key); return; }
        PyObject m = t.lookup(S.__delitem__);
        if (m == null) throw Exc.type("'" + t.name + "' object does not support item deletion");
        if (m instanceof PyMethodDescr d) d.fn.call(new PyObject[] { o, key }, null);
        else callMethod(m, o, key);
    }

    public static boolean contains(PyObject container, PyObject item) {
        PyType t = container.type;
        if (!t.heap) return container.contains(item);
        PyObject m = t.lookup(S.__contains__);
        if (m != null) {
            if (m instanceof PyMethodDescr) return container.contains(item);
            return isTrue(callMethod(m, container, item));
        }
        return containsByIteration(container, item);
    }

    static boolean containsByIteration(PyObject container, PyObject item) {
        PyObject it;
        try {
            it = iter(container);
        } catch (PyException e) {
            if (e.matches(Exc.TypeError) && !container.type.heap) {
                throw Exc.type("argument of type '" + container.type.name + "' is not iterable");
            }
            if (e.matches(Exc.TypeError)) throw Exc.type("argument of type '" + container.type.name + "' is not iterable");
            throw e;
        }
        PyObject x;
        while ((x = next(it)) != null) if (x == item || eq(x, item)) return true;
        return false;
    }

    public static PyObject iter(PyObject o) {
        PyType t = o.type;
        if (!t.heap) return o.iter();
        PyObject m = t.lookup(S.__iter__);
        if (m != null) {
            if (m == T.None) throw Exc.type("'" + t.name + "' object is not iterable");
            PyObject r = m instanceof PyMethodDescr ? o.iter() : callMethod(m, o);
            if (!isIterator(r)) throw Exc.type("iter() returned non-iterator of type '" + r.type.name + "'");
            return r;
        }
        if (t.lookup(S.__getitem__) != null) return new PyIterators.SeqIterator(o);
        throw Exc.type("'" + t.name + "' object is not iterable");
    }

    public static boolean isIterator(PyObject o) {
        if (o instanceof PyIterators.Base || o instanceof PyGenerator) return true;
        return o.type.lookup(S.__next__) != null;
    }

    public static boolean isIterable(PyObject o) {
        if (!o.type.heap) {
            try { o.iter(); return true; } catch (PyException e) { return false; }
        }
        return o.type.lookup(S.__iter__) != null || o.type.lookup(S.__getitem__) != null;
    }

    /** The next item, or null when exhausted (StopIteration from Python code is absorbed). */
    public static PyObject next(PyObject it) {
        PyType t = it.type;
        if (!t.heap) return it.next();
        PyObject m = t.lookup(S.__next__);
        if (m == null) throw Exc.type("'" + t.name + "' object is not an iterator");
        if (m instanceof PyMethodDescr) return it.next();
        try {
            return callMethod(m, it);
        } catch (PyException e) {
            if (e.matches(Exc.StopIteration)) return null;
            throw e;
        }
    }

    public static PyObject[] toArray(PyObject iterable) {
        if (iterable instanceof PyTuple t && t.type == T.TUPLE) return t.items;
        if (iterable instanceof PyList l && l.type == T.LIST) return l.toArray();
        PyObject it = iter(iterable);
        ArrayList<PyObject> out = new ArrayList<>();
        PyObject x;
        while ((x = next(it)) != null) out.add(x);
        return out.toArray(new PyObject[0]);
    }

    public static PyList toList(PyObject iterable) {
        PyList l = new PyList();
        l.extend(iterable);
        return l;
    }

    public static PyTuple toTuple(PyObject iterable) {
        if (iterable instanceof PyTuple t && t.type == T.TUPLE) return t;
        return PyTuple.of(toArray(iterable).clone());
    }

    // ---- misc -----------------------------------------------------------------------------------------

    public static boolean isInstance(PyObject o, PyType t) { return o.type.isSubtype(t); }

    public static String typeName(PyObject o) { return o.type.name; }

    /** format(value, spec). */
    public static PyStr format(PyObject v, PyStr spec) {
        PyObject m = v.type.lookup(S.__format__);
        PyObject r = callMethod(m, v, spec);
        if (!(r instanceof PyStr s)) throw Exc.type("__format__ must return a str, not " + r.type.name);
        return s;
    }

    /** type.__call__: __new__ then __init__. */
    public static PyObject callType(PyType type, PyObject[] args, PyStr[] kwnames) {
        if (type == T.TYPE && args.length == 1 && (kwnames == null || kwnames.length == 0)) return args[0].type;
        PyObject newF = type.lookup(S.__new__);
        PyObject obj;
        if (newF == Runtime.objectNew) {
            obj = Runtime.objectNewImpl(type, args, kwnames);
        } else {
            PyObject f = newF instanceof PyStaticMethod sm ? sm.func : newF;
            PyObject[] a = new PyObject[args.length + 1];
            a[0] = type;
            System.arraycopy(args, 0, a, 1, args.length);
            obj = f.call(a, kwnames);
        }
        if (!obj.type.isSubtype(type)) return obj;
        PyObject init = obj.type.lookup(S.__init__);
        if (init == Runtime.objectInit) {
            Runtime.checkObjectInitArgs(obj.type, args, kwnames);
            return obj;
        }
        PyObject[] a = new PyObject[args.length + 1];
        a[0] = obj;
        System.arraycopy(args, 0, a, 1, args.length);
        PyObject r;
        if (init instanceof PyMethodDescr d) r = d.fn.call(a, kwnames);
        else if (init instanceof PyFunction f) r = f.call(a, kwnames);
        else r = descrGet(init, obj, obj.type).call(args, kwnames);
        if (r != T.None) throw Exc.type("__init__() should return None, not '" + r.type.name + "'");
        return obj;
    }
}
