package pyjama.python.runtime;

/**
 * The builtin type objects and singletons. This class's initializer only creates type
 * objects (no other runtime objects), so any class may touch it first; their methods are
 * installed later by {@link Runtime#bootstrap()}.
 */
public final class T {
    private T() {}

    public static final PyType OBJECT = new PyType("object", null);
    public static final PyType TYPE = new PyType("type", OBJECT);
    public static final PyType INT = new PyType("int", OBJECT);
    public static final PyType BOOL = new PyType("bool", INT);
    public static final PyType FLOAT = new PyType("float", OBJECT);
    public static final PyType COMPLEX = new PyType("complex", OBJECT);
    public static final PyType STR = new PyType("str", OBJECT);
    public static final PyType BYTES = new PyType("bytes", OBJECT);
    public static final PyType BYTEARRAY = new PyType("bytearray", OBJECT);
    public static final PyType MEMORYVIEW = new PyType("memoryview", OBJECT);
    public static final PyType LIST = new PyType("list", OBJECT);
    public static final PyType TUPLE = new PyType("tuple", OBJECT);
    public static final PyType DICT = new PyType("dict", OBJECT);
    public static final PyType SET = new PyType("set", OBJECT);
    public static final PyType FROZENSET = new PyType("frozenset", OBJECT);
    public static final PyType RANGE = new PyType("range", OBJECT);
    public static final PyType SLICE = new PyType("slice", OBJECT);
    public static final PyType NONE_TYPE = new PyType("NoneType", OBJECT);
    public static final PyType NOT_IMPLEMENTED_TYPE = new PyType("NotImplementedType", OBJECT);
    public static final PyType ELLIPSIS_TYPE = new PyType("ellipsis", OBJECT);
    public static final PyType FUNCTION = new PyType("function", OBJECT);
    public static final PyType BUILTIN_FUNCTION = new PyType("builtin_function_or_method", OBJECT);
    public static final PyType METHOD = new PyType("method", OBJECT);
    public static final PyType METHOD_DESCRIPTOR = new PyType("method_descriptor", OBJECT);
    public static final PyType GETSET_DESCRIPTOR = new PyType("getset_descriptor", OBJECT);
    public static final PyType MEMBER_DESCRIPTOR = new PyType("member_descriptor", OBJECT);
    public static final PyType PROPERTY = new PyType("property", OBJECT);
    public static final PyType CLASSMETHOD = new PyType("classmethod", OBJECT);
    public static final PyType STATICMETHOD = new PyType("staticmethod", OBJECT);
    public static final PyType SUPER = new PyType("super", OBJECT);
    public static final PyType MODULE = new PyType("module", OBJECT);
    public static final PyType CELL = new PyType("cell", OBJECT);
    public static final PyType CODE = new PyType("code", OBJECT);
    public static final PyType FRAME = new PyType("frame", OBJECT);
    public static final PyType TRACEBACK = new PyType("traceback", OBJECT);
    public static final PyType GENERATOR = new PyType("generator", OBJECT);
    public static final PyType COROUTINE = new PyType("coroutine", OBJECT);
    public static final PyType ASYNC_GENERATOR = new PyType("async_generator", OBJECT);
    public static final PyType COROUTINE_WRAPPER = new PyType("coroutine_wrapper", OBJECT);
    public static final PyType MAPPINGPROXY = new PyType("mappingproxy", OBJECT);
    public static final PyType DICT_KEYS = new PyType("dict_keys", OBJECT);
    public static final PyType DICT_VALUES = new PyType("dict_values", OBJECT);
    public static final PyType DICT_ITEMS = new PyType("dict_items", OBJECT);
    public static final PyType ENUMERATE = new PyType("enumerate", OBJECT);
    public static final PyType ZIP = new PyType("zip", OBJECT);
    public static final PyType MAP = new PyType("map", OBJECT);
    public static final PyType FILTER = new PyType("filter", OBJECT);
    public static final PyType REVERSED = new PyType("reversed", OBJECT);
    public static final PyType ITERATOR = new PyType("iterator", OBJECT);
    public static final PyType CALLABLE_ITERATOR = new PyType("callable_iterator", OBJECT);
    public static final PyType LIST_ITERATOR = new PyType("list_iterator", OBJECT);
    public static final PyType LIST_REVERSEITERATOR = new PyType("list_reverseiterator", OBJECT);
    public static final PyType TUPLE_ITERATOR = new PyType("tuple_iterator", OBJECT);
    public static final PyType STR_ITERATOR = new PyType("str_ascii_iterator", OBJECT);
    public static final PyType BYTES_ITERATOR = new PyType("bytes_iterator", OBJECT);
    public static final PyType RANGE_ITERATOR = new PyType("range_iterator", OBJECT);
    public static final PyType SET_ITERATOR = new PyType("set_iterator", OBJECT);
    public static final PyType DICT_KEYITERATOR = new PyType("dict_keyiterator", OBJECT);
    public static final PyType DICT_VALUEITERATOR = new PyType("dict_valueiterator", OBJECT);
    public static final PyType DICT_ITEMITERATOR = new PyType("dict_itemiterator", OBJECT);
    public static final PyType GENERIC_ITERATOR = new PyType("iterator", OBJECT);
    public static final PyType GENERIC_ALIAS = new PyType("GenericAlias", OBJECT);

    public static final PyObject None = new PyObject(NONE_TYPE) {
        @Override public PyObject repr() { return PyStr.intern("None"); }
        @Override public boolean isTrue() { return false; }
        @Override public long hash() { return 0xFCA86420L; }
    };
    public static final PyObject NotImplemented = new PyObject(NOT_IMPLEMENTED_TYPE) {
        @Override public PyObject repr() { return PyStr.intern("NotImplemented"); }
        @Override public boolean isTrue() {
            throw Exc.type("NotImplemented should not be used in a boolean context");
        }
    };
    public static final PyObject Ellipsis = new PyObject(ELLIPSIS_TYPE) {
        @Override public PyObject repr() { return PyStr.intern("Ellipsis"); }
    };
    public static final PyInt FALSE = new PyInt(BOOL, 0);
    public static final PyInt TRUE = new PyInt(BOOL, 1);

    static final PyType[] ALL = {
        OBJECT, TYPE, INT, BOOL, FLOAT, COMPLEX, STR, BYTES, BYTEARRAY, MEMORYVIEW, LIST, TUPLE, DICT, SET,
        FROZENSET, RANGE, SLICE, NONE_TYPE, NOT_IMPLEMENTED_TYPE, ELLIPSIS_TYPE, FUNCTION, BUILTIN_FUNCTION,
        METHOD, METHOD_DESCRIPTOR, GETSET_DESCRIPTOR, MEMBER_DESCRIPTOR, PROPERTY, CLASSMETHOD, STATICMETHOD,
        SUPER, MODULE, CELL, CODE, FRAME, TRACEBACK, GENERATOR, COROUTINE, ASYNC_GENERATOR, COROUTINE_WRAPPER,
        MAPPINGPROXY, DICT_KEYS, DICT_VALUES, DICT_ITEMS, ENUMERATE, ZIP, MAP, FILTER, REVERSED, ITERATOR,
        CALLABLE_ITERATOR, LIST_ITERATOR, LIST_REVERSEITERATOR, TUPLE_ITERATOR, STR_ITERATOR, BYTES_ITERATOR,
        RANGE_ITERATOR, SET_ITERATOR, DICT_KEYITERATOR, DICT_VALUEITERATOR, DICT_ITEMITERATOR, GENERIC_ITERATOR,
        GENERIC_ALIAS
    };

    static {
        for (PyType t : ALL) {
            t.type = TYPE;
            t.dict.type = DICT;
        }
        for (PyType t : new PyType[] { BOOL, NONE_TYPE, NOT_IMPLEMENTED_TYPE, ELLIPSIS_TYPE, FUNCTION,
                BUILTIN_FUNCTION, METHOD, METHOD_DESCRIPTOR, GETSET_DESCRIPTOR, MEMBER_DESCRIPTOR, CELL, CODE,
                FRAME, TRACEBACK, GENERATOR, COROUTINE, ASYNC_GENERATOR, MAPPINGPROXY, DICT_KEYS, DICT_VALUES,
                DICT_ITEMS, RANGE, SLICE, MEMORYVIEW, LIST_ITERATOR, TUPLE_ITERATOR, STR_ITERATOR, RANGE_ITERATOR,
                SET_ITERATOR, DICT_KEYITERATOR, DICT_VALUEITERATOR, DICT_ITEMITERATOR, CALLABLE_ITERATOR }) {
            t.finalType = true;
        }
        // the builtin types whose instances CPython lets weakref refer to (tp_weaklistoffset)
        for (PyType t : new PyType[] { TYPE, SET, FROZENSET, FUNCTION, BUILTIN_FUNCTION, METHOD, MEMORYVIEW,
                MODULE, CODE, GENERATOR, COROUTINE, ASYNC_GENERATOR }) {
            t.weakrefable = true;
        }
    }
}
