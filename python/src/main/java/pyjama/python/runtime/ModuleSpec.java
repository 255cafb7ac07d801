package pyjama.python.runtime;

/** A minimal importlib.machinery.ModuleSpec (name, origin, parent, submodule_search_locations). */
final class ModuleSpec {
    private ModuleSpec() {}

    static final PyType TYPE = new PyType("ModuleSpec", T.OBJECT);
    static {
        TYPE.type = T.TYPE;
        TYPE.dict.type = T.DICT;
        TYPE.setAttrRaw("__module__", new PyStr("importlib._bootstrap"));
    }

    static PyObject make(String name, String origin, String parent, String searchPath) {
        PyObject s = new PyObject(TYPE) {
            @Override public PyObject repr() {
                return new PyStr("ModuleSpec(name='" + name + "', loader=None, origin='" + origin + "')");
            }
        };
        s.dict = new PyDict();
        s.dict.setStr("name", new PyStr(name));
        s.dict.setStr("origin", new PyStr(origin));
        s.dict.setStr("parent", new PyStr(parent));
        s.dict.setStr("loader", T.None);
        s.dict.setStr("cached", T.None);
        s.dict.setStr("has_location", PyBool.of(!origin.equals("frozen")));
        s.dict.setStr("submodule_search_locations", searchPath == null ? T.None : new PyList(new PyObject[] { new PyStr(searchPath) }));
        return s;
    }
}
