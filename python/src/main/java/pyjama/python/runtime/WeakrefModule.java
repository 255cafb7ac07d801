package pyjama.python.runtime;

/**
 * _weakref, what the frozen weakref and _weakrefset modules (our own Python) are built on:
 * ref/ReferenceType ({@link PyWeakref}), proxy/ProxyType/CallableProxyType ({@link PyWeakProxy}),
 * getweakrefcount and getweakrefs (the referent's weak references, from the interpreter's
 * {@link Collector}), and _remove_dead_weakref, which CPython's _weakref has too (removes a
 * dict entry whose value is a dead weak reference).
 */
final class WeakrefModule {
    private WeakrefModule() {}

    static PyModule create(Runtime rt) {
        PyModule m = new PyModule("_weakref");
        m.set("ref", PyWeakref.TYPE);
        m.set("ReferenceType", PyWeakref.TYPE);
        m.set("ProxyType", PyWeakProxy.TYPE);
        m.set("CallableProxyType", PyWeakProxy.CALLABLE_TYPE);
        m.def("proxy", Fn.positional("_weakref.proxy", 1, 2,
                (a, kw) -> PyWeakref.make(PyWeakProxy.TYPE, a[0], a.length > 1 ? a[1] : null, true)));
        m.def("getweakrefcount", Fn.of1("_weakref.getweakrefcount",
                o -> PyInt.of(o.type.weakrefable ? rt.collector.weakrefsTo(o).size() : 0)));
        m.def("getweakrefs", Fn.of1("_weakref.getweakrefs", o -> {
            PyList l = new PyList();
            if (o.type.weakrefable) for (PyWeakref w : rt.collector.weakrefsTo(o)) l.append(w);
            return l;
        }));
        m.def("_remove_dead_weakref", Fn.of2("_weakref._remove_dead_weakref", (d, key) -> {
            if (!(d instanceof PyDict dict)) throw Exc.type("_remove_dead_weakref() argument 1 must be dict, not " + d.type.name);
            PyObject v = dict.getItem(key);
            // a key already gone is fine: the callback may run after the dict dropped the entry
            if (v == null) return T.None;
            if (!(v instanceof PyWeakref w)) throw Exc.type("not a weakref");
            if (w.referent() == null) dict.delItemIfPresent(key);
            return T.None;
        }));
        return m;
    }
}
