package pyjama.python.runtime;

/** Methods of list, tuple, dict, set and frozenset. */
final class CollectionMethods {
    private CollectionMethods() {}

    static void install() {
        installList();
        installTuple();
        installDict();
        installSet();
        BytesMethods.install();
        PyType[] views = { T.DICT_KEYS, T.DICT_VALUES, T.DICT_ITEMS };
        for (PyType v : views) {
            v.def0("__len__", s -> PyInt.of(s.len()));
            v.def0("__iter__", PyObject::iter);
            v.def1("__contains__", (s, k) -> PyBool.of(s.contains(k)));
            v.def0("__repr__", PyObject::repr);
            v.def0("__reversed__", s -> {
                DictView dv = (DictView) s;
                PyObject[] items = Ops.toArray(dv);
                java.util.Collections.reverse(java.util.Arrays.asList(items));
                return new PyIterators.ArrayIterator(T.GENERIC_ITERATOR, items, items.length);
            });
            v.getset("mapping", s -> new PyMappingProxy(((DictView) s).d), null);
            if (v != T.DICT_VALUES) {
                v.setAttrRaw("__hash__", T.None); // set-like, so unhashable
                TypeMethods.numberOps(v, Ops.AND, Ops.OR, Ops.XOR, Ops.SUB);
                for (int k = 0; k < 6; k++) { final int op = k; v.def1(S.CMP[k].value, (s, o) -> s.richcompare(o, op)); }
                v.def1("isdisjoint", (s, o) -> {
                    PyObject it = Ops.iter(o), x;
                    while ((x = Ops.next(it)) != null) if (s.contains(x)) return T.FALSE;
                    return T.TRUE;
                });
            }
        }
    }

    static PyList l(PyObject o) { return (PyList) o; }

    static void installList() {
        PyType t = T.LIST;
        t.defNew((a, kw) -> {
            PyType cls = (PyType) a[0];
            PyList r = new PyList(cls);
            Runtime.initInstance(r, cls);
            return r;
        });
        t.def("__init__", (a, kw) -> {
            Fn.noKw("list", kw);
            Fn.checkPositional("list", a.length - 1, 0, 1);
            PyList self = (PyList) a[0];
            self.items = PyList.EMPTY_ARR;
            self.size = 0;
            if (a.length > 1) self.extend(a[1]);
            return T.None;
        });
        TypeMethods.commonSeq(t);
        t.setAttrRaw("__hash__", T.None);
        t.def1("__add__", (x, o) -> o instanceof PyList ? x.binop(Ops.ADD, o) : T.NotImplemented);
        t.def1("__iadd__", (x, o) -> { ((PyList) x).extend(o); return x; });
        t.def1("__mul__", (x, o) -> x.binop(Ops.MUL, o));
        t.def1("__rmul__", (x, o) -> x.rbinop(Ops.MUL, o));
        t.def1("__imul__", (x, o) -> x.ibinop(Ops.MUL, o));
        t.def2("__setitem__", (x, k, v) -> { x.setitem(k, v); return T.None; });
        t.def1("__delitem__", (x, k) -> { x.delitem(k); return T.None; });
        t.def0("__reversed__", x -> new PyIterators.ListReverseIterator((PyList) x));
        t.def1("append", (x, v) -> { l(x).append(v); return T.None; });
        t.def1("extend", (x, v) -> { l(x).extend(v); return T.None; });
        t.def2("insert", (x, i, v) -> { l(x).insert(Ops.index(i, null), v); return T.None; });
        t.defPositional("pop", 0, 1, (a, kw) -> l(a[0]).pop(a.length > 1 ? Ops.index(a[1], null) : -1));
        t.def1("remove", (x, v) -> {
            PyList li = l(x);
            for (int i = 0; i < li.size; i++) {
                if (li.items[i] == v || Ops.eq(li.items[i], v)) { li.pop(i); return T.None; }
            }
            throw Exc.value("list.remove(x): x not in list");
        });
        t.defPositional("index", 1, 3, (a, kw) -> {
            PyList li = l(a[0]);
            int[] b = bounds(li.size, a, 2);
            for (int i = b[0]; i < Math.min(b[1], li.size); i++) {
                if (li.items[i] == a[1] || Ops.eq(li.items[i], a[1])) return PyInt.of(i);
            }
            throw Exc.value(Ops.repr(a[1]).value + " is not in list");
        });
        t.def1("count", (x, v) -> {
            PyList li = l(x);
            int n = 0;
            for (int i = 0; i < li.size; i++) if (li.items[i] == v || Ops.eq(li.items[i], v)) n++;
            return PyInt.of(n);
        });
        t.def0("clear", x -> { l(x).items = PyList.EMPTY_ARR; l(x).size = 0; return T.None; });
        t.def0("copy", x -> new PyList(l(x).toArray()));
        t.def0("reverse", x -> {
            PyList li = l(x);
            for (int i = 0, j = li.size - 1; i < j; i++, j--) { PyObject tmp = li.items[i]; li.items[i] = li.items[j]; li.items[j] = tmp; }
            return T.None;
        });
        t.def("sort", (a, kw) -> {
            PyObject[] p = Args.parse("sort", a, kw, 1, new String[] { "$key", "$reverse" }, 0);
            l(a[0]).sort(p[0] == null || p[0] == T.None ? null : p[0], p[1] != null && Ops.isTrue(p[1]));
            return T.None;
        });
        t.setAttrRaw("__class_getitem__", new PyClassMethod(new PyBuiltinFunction("__class_getitem__", (a, kw) -> UnionType.alias(a[0], a[1]))));
    }

    static int[] bounds(int n, PyObject[] a, int i) {
        long st = 0, en = n;
        if (a.length > i) st = PySlice.clampIndex(a[i]);
        if (a.length > i + 1) en = PySlice.clampIndex(a[i + 1]);
        if (st < 0) { st += n; if (st < 0) st = 0; }
        if (en < 0) { en += n; if (en < 0) en = 0; }
        return new int[] { (int) Math.min(st, n), (int) Math.min(en, n) };
    }

    static void installTuple() {
        PyType t = T.TUPLE;
        t.defNew((a, kw) -> {
            Fn.noKw("tuple", kw);
            Fn.checkPositional("tuple", a.length - 1, 0, 1);
            PyType cls = (PyType) a[0];
            PyObject[] items = a.length == 1 ? new PyObject[0] : Ops.toArray(a[1]);
            if (cls == T.TUPLE) return a.length > 1 && a[1] instanceof PyTuple pt && pt.type == T.TUPLE ? pt : PyTuple.of(items.clone());
            PyTuple r = new PyTuple(cls, items.clone());
            Runtime.initInstance(r, cls);
            return r;
        });
        TypeMethods.commonSeq(t);
        t.def1("__add__", (x, o) -> o instanceof PyTuple ? x.binop(Ops.ADD, o) : T.NotImplemented);
        t.def1("__mul__", (x, o) -> x.binop(Ops.MUL, o));
        t.def1("__rmul__", (x, o) -> x.rbinop(Ops.MUL, o));
        t.def0("__getnewargs__", x -> PyTuple.of(PyTuple.of(((PyTuple) x).items)));
        t.defPositional("index", 1, 3, (a, kw) -> {
            PyObject[] items = ((PyTuple) a[0]).items;
            int[] b = bounds(items.length, a, 2);
            for (int i = b[0]; i < b[1]; i++) if (items[i] == a[1] || Ops.eq(items[i], a[1])) return PyInt.of(i);
            throw Exc.value("tuple.index(x): x not in tuple");
        });
        t.def1("count", (x, v) -> {
            int n = 0;
            for (PyObject o : ((PyTuple) x).items) if (o == v || Ops.eq(o, v)) n++;
            return PyInt.of(n);
        });
        t.setAttrRaw("__class_getitem__", new PyClassMethod(new PyBuiltinFunction("__class_getitem__", (a, kw) -> UnionType.alias(a[0], a[1]))));
    }

    static PyDict d(PyObject o) { return (PyDict) o; }

    static void installDict() {
        PyType t = T.DICT;
        t.defNew((a, kw) -> {
            PyType cls = (PyType) a[0];
            PyDict r = cls == T.DICT ? new PyDict() : new PyDict(cls);
            Runtime.initInstance(r, cls);
            return r;
        });
        t.def("__init__", (a, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            int npos = a.length - 1 - nkw;
            if (npos > 1) throw Exc.type("dict expected at most 1 argument, got " + npos);
            PyDict self = d(a[0]);
            if (npos == 1) DictMethods.updateFrom(self, a[1]);
            DictMethods.updateKw(self, a, kw);
            return T.None;
        });
        t.def0("__len__", s -> PyInt.of(s.len()));
        t.def1("__getitem__", (s, k) -> s.getitem(k));
        t.def2("__setitem__", (s, k, v) -> { d(s).setItem(k, v); return T.None; });
        t.def1("__delitem__", (s, k) -> { d(s).delItem(k); return T.None; });
        t.def1("__contains__", (s, k) -> PyBool.of(d(s).containsKey(k)));
        t.def0("__iter__", PyObject::iter);
        t.def0("__repr__", PyObject::repr);
        t.setAttrRaw("__hash__", T.None);
        t.def1("__eq__", (s, o) -> s.richcompare(o, Ops.EQ));
        t.def1("__ne__", (s, o) -> s.richcompare(o, Ops.NE));
        t.def1("__or__", (s, o) -> {
            if (!(o instanceof PyDict od)) return T.NotImplemented;
            PyDict r = d(s).copy();
            DictMethods.updateFrom(r, od);
            return r;
        });
        t.def1("__ror__", (s, o) -> {
            if (!(o instanceof PyDict od)) return T.NotImplemented;
            PyDict r = od.copy();
            r.update(d(s));
            return r;
        });
        t.def1("__ior__", (s, o) -> { DictMethods.updateFrom(d(s), o); return s; });
        t.def0("__reversed__", s -> {
            PyObject[] k = d(s).keysArray();
            java.util.Collections.reverse(java.util.Arrays.asList(k));
            return new PyIterators.ArrayIterator(T.GENERIC_ITERATOR, k, k.length);
        });
        t.defPositional("get", 1, 2, (a, kw) -> {
            PyObject v = d(a[0]).getItem(a[1]);
            return v != null ? v : a.length > 2 ? a[2] : T.None;
        });
        t.defPositional("setdefault", 1, 2, (a, kw) -> {
            PyDict self = d(a[0]);
            PyObject v = self.getItem(a[1]);
            if (v != null) return v;
            PyObject dflt = a.length > 2 ? a[2] : T.None;
            self.setItem(a[1], dflt);
            return dflt;
        });
        t.defPositional("pop", 1, 2, (a, kw) -> {
            PyObject v = d(a[0]).delItemIfPresent(a[1]);
            if (v != null) return v;
            if (a.length > 2) return a[2];
            throw Exc.keyError(a[1]);
        });
        t.def0("popitem", s -> {
            PyObject[] kv = d(s).popLast();
            if (kv == null) throw Exc.keyError("popitem(): dictionary is empty");
            return PyTuple.of(kv[0], kv[1]);
        });
        t.def0("keys", s -> new DictView(d(s), 0));
        t.def0("values", s -> new DictView(d(s), 1));
        t.def0("items", s -> new DictView(d(s), 2));
        t.def0("clear", s -> { d(s).clear(); return T.None; });
        t.def0("copy", s -> d(s).copy());
        t.def("update", (a, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            int npos = a.length - 1 - nkw;
            if (npos > 1) throw Exc.type("update expected at most 1 argument, got " + npos);
            if (npos == 1) DictMethods.updateFrom(d(a[0]), a[1]);
            DictMethods.updateKw(d(a[0]), a, kw);
            return T.None;
        });
        t.setAttrRaw("fromkeys", new PyClassMethod(new PyBuiltinFunction("fromkeys", Fn.methodPositional("dict.fromkeys", 1, 2, (a, kw) -> {
            PyObject cls = a[0];
            PyObject v = a.length > 2 ? a[2] : T.None;
            PyObject r = Ops.call(cls);
            PyObject it = Ops.iter(a[1]), k;
            while ((k = Ops.next(it)) != null) Ops.setitem(r, k, v);
            return r;
        }))));
        t.setAttrRaw("__class_getitem__", new PyClassMethod(new PyBuiltinFunction("__class_getitem__", (a, kw) -> UnionType.alias(a[0], a[1]))));
    }

    static PySet st(PyObject o) { return (PySet) o; }

    static PySet toSet(PyObject o) {
        if (o instanceof PySet s) return s;
        PySet s = new PySet();
        s.addAll(o);
        return s;
    }

    static void installSet() {
        for (PyType t : new PyType[] { T.SET, T.FROZENSET }) {
            final boolean frozen = t == T.FROZENSET;
            if (frozen) {
                t.defNew((a, kw) -> {
                    Fn.noKw("frozenset", kw);
                    Fn.checkPositional("frozenset", a.length - 1, 0, 1);
                    PyObject[] p = { a.length > 1 ? a[1] : null };
                    PyType cls = (PyType) a[0];
                    if (cls == T.FROZENSET && p[0] instanceof PySet ps && ps.type == T.FROZENSET) return ps;
                    PySet r = new PySet(cls);
                    if (p[0] != null) r.addAll(p[0]);
                    Runtime.initInstance(r, cls);
                    return r;
                });
            } else {
                t.defNew((a, kw) -> {
                    PyType cls = (PyType) a[0];
                    PySet r = new PySet(cls);
                    Runtime.initInstance(r, cls);
                    return r;
                });
                t.def("__init__", (a, kw) -> {
                    Fn.noKw("set", kw);
                    Fn.checkPositional("set", a.length - 1, 0, 1);
                    PyObject[] p = { a.length > 1 ? a[1] : null };
                    PySet self = st(a[0]);
                    self.clear();
                    if (p[0] != null) self.addAll(p[0]);
                    return T.None;
                });
                t.setAttrRaw("__hash__", T.None);
            }
            t.def0("__len__", s -> PyInt.of(s.len()));
            t.def1("__contains__", (s, k) -> PyBool.of(s.contains(k)));
            t.def0("__iter__", PyObject::iter);
            t.def0("__repr__", PyObject::repr);
            if (frozen) t.def0("__hash__", s -> PyInt.of(s.hash()));
            t.def0("__reduce__", s -> PyTuple.of(s.type, PyTuple.of(new PyList(Ops.toArray(s))), Runtime.stateOf(s, false)));
            for (int k = 0; k < 6; k++) { final int op = k; t.def1(S.CMP[k].value, (s, o) -> s.richcompare(o, op)); }
            TypeMethods.numberOps(t, Ops.OR, Ops.AND, Ops.SUB, Ops.XOR);
            t.def0("copy", s -> frozen && s.type == T.FROZENSET ? s : st(s).copy(s.type.isSubtype(T.FROZENSET) ? T.FROZENSET : T.SET));
            t.defVarargs("union", 0, Integer.MAX_VALUE, (a, kw) -> {
                PySet r = st(a[0]).copy(st(a[0]).resultType());
                for (int i = 1; i < a.length; i++) r.addAll(a[i]);
                return r;
            });
            t.defVarargs("intersection", 0, Integer.MAX_VALUE, (a, kw) -> {
                // set_intersection_multi: each step intersects the previous result
                PySet r = st(a[0]);
                if (a.length == 1) return r.copy(r.resultType());
                for (int i = 1; i < a.length; i++) r = r.intersection(a[i]);
                return r;
            });
            t.defVarargs("difference", 0, Integer.MAX_VALUE, (a, kw) -> {
                // set_difference_multi: the first difference, then the others in place
                PySet s0 = st(a[0]);
                if (a.length == 1) return s0.copy(s0.resultType());
                PySet r = s0.difference(a[1]);
                for (int i = 2; i < a.length; i++) r.differenceUpdate(a[i]);
                return r;
            });
            t.def1("symmetric_difference", (s, o) -> st(s).symmetricDifference(o));
            t.def1("issubset", (s, o) -> PyBool.of(st(s).isSubsetOf(toSet(o))));
            t.def1("issuperset", (s, o) -> PyBool.of(toSet(o).isSubsetOf(st(s))));
            t.def1("isdisjoint", (s, o) -> PyBool.of(st(s).intersection(o).used == 0));
            if (!frozen) {
                t.def1("add", (s, v) -> { st(s).add(v); return T.None; });
                t.def1("discard", (s, v) -> { st(s).discard(v); return T.None; });
                t.def1("remove", (s, v) -> { if (!st(s).discard(v)) throw Exc.keyError(v); return T.None; });
                t.def0("pop", s -> st(s).pop());
                t.def0("clear", s -> { st(s).clear(); return T.None; });
                t.defVarargs("update", 0, Integer.MAX_VALUE, (a, kw) -> { for (int i = 1; i < a.length; i++) st(a[0]).addAll(a[i]); return T.None; });
                t.defVarargs("intersection_update", 0, Integer.MAX_VALUE, (a, kw) -> {
                    PySet r = st(a[0]);
                    for (int i = 1; i < a.length; i++) r.intersectionUpdate(a[i]);
                    return T.None;
                });
                t.defVarargs("difference_update", 0, Integer.MAX_VALUE, (a, kw) -> {
                    PySet r = st(a[0]);
                    for (int i = 1; i < a.length; i++) r.differenceUpdate(a[i]);
                    return T.None;
                });
                t.def1("symmetric_difference_update", (s, o) -> { st(s).symmetricDifferenceUpdate(o); return T.None; });
                t.def1("__ior__", (s, o) -> s.ibinop(Ops.OR, o));
                t.def1("__iand__", (s, o) -> s.ibinop(Ops.AND, o));
                t.def1("__isub__", (s, o) -> s.ibinop(Ops.SUB, o));
                t.def1("__ixor__", (s, o) -> s.ibinop(Ops.XOR, o));
            }
            t.setAttrRaw("__class_getitem__", new PyClassMethod(new PyBuiltinFunction("__class_getitem__", (a, kw) -> UnionType.alias(a[0], a[1]))));
        }
    }
}
