package pyjama.python.runtime;

/** super(type, obj): attribute lookup along obj's MRO after type. */
public final class PySuper extends PyObject {
    final PyType thisType;
    final PyObject obj;       // may be null (unbound super)
    final PyType objType;

    PySuper(PyType thisType, PyObject obj, PyType objType) {
        super(T.SUPER);
        this.thisType = thisType;
        this.obj = obj;
        this.objType = objType;
    }

    @Override public PyObject lookupAttr(PyStr name) {
        if (objType != null && name != S.__class__) {
            PyType[] mro = objType.mro;
            int i = 0;
            while (i < mro.length && mro[i] != thisType) i++;
            for (i++; i < mro.length; i++) {
                PyObject v = mro[i].dict.getStr(name);
                if (v != null) {
                    if (v.isDescr()) return v.descrGet(obj == objType ? null : obj, objType);
                    if (v.type.heap && v.type.lookup(S.__get__) != null) {
                        return Ops.callMethod(v.type.lookup(S.__get__), v, obj == objType ? T.None : obj, objType);
                    }
                    return v;
                }
            }
        }
        return Ops.genericGetAttr(this, name);
    }

    @Override public PyObject repr() {
        if (objType != null) return new PyStr("<super: <class '" + thisType.name + "'>, <" + objType.name + " object>>");
        return new PyStr("<super: <class '" + thisType.name + "'>, NULL>");
    }

    static PySuper make(PyObject[] args, Interp in) {
        PyType t;
        PyObject obj;
        if (args.length == 0) {
            Frame f = in.frame;
            if (f == null || f.code.argcount == 0 && (f.code.flags & PyCode.CO_VARARGS) == 0) throw Exc.runtime("super(): no arguments");
            PyCode co = f.code;
            obj = f.r[0];
            for (int i = 0; i < co.cellvars.length; i++) {
                if (co.cell2arg[i] == 0) obj = ((PyCell) f.r[co.nlocals + i]).value;
            }
            if (obj == null) throw Exc.runtime("super(): arg[0] deleted");
            PyObject cls = null;
            for (int i = 0; i < co.freevars.length; i++) {
                if (co.freevars[i].value.equals("__class__")) {
                    cls = ((PyCell) f.r[co.nlocals + co.cellvars.length + i]).value;
                }
            }
            if (cls == null) {
                for (int i = 0; i < co.freevars.length; i++) if (co.freevars[i].value.equals("__class__")) throw Exc.runtime("super(): empty __class__ cell");
                throw Exc.runtime("super(): __class__ cell not found");
            }
            if (!(cls instanceof PyType ct)) throw Exc.runtime("super(): __class__ is not a type (" + cls.type.name + ")");
            t = ct;
        } else {
            if (!(args[0] instanceof PyType ct)) throw Exc.type("super() argument 1 must be a type, not " + args[0].type.name);
            t = ct;
            if (args.length == 1) return new PySuper(t, null, null);
            obj = args[1];
        }
        PyType objType;
        if (obj instanceof PyType ot && ot.isSubtype(t)) objType = ot;
        else if (obj.type.isSubtype(t)) objType = obj.type;
        else throw Exc.type("super(type, obj): obj must be an instance or subtype of type");
        return new PySuper(t, obj, objType);
    }
}
