package pyjama.python.runtime;

/** Interned names used by the runtime (dunders mostly), so lookups compare by identity. */
@SuppressWarnings("checkstyle:ConstantName")
public final class S {
    private S() {}
    static PyStr i(String s) { return PyStr.intern(s); }

    public static final PyStr __init__ = i("__init__"), __new__ = i("__new__"), __call__ = i("__call__");
    public static final PyStr __getattribute__ = i("__getattribute__"), __getattr__ = i("__getattr__");
    public static final PyStr __setattr__ = i("__setattr__"), __delattr__ = i("__delattr__");
    public static final PyStr __get__ = i("__get__"), __set__ = i("__set__"), __delete__ = i("__delete__");
    public static final PyStr __dict__ = i("__dict__"), __class__ = i("__class__"), __name__ = i("__name__");
    public static final PyStr __qualname__ = i("__qualname__"), __module__ = i("__module__"), __doc__ = i("__doc__");
    public static final PyStr __slots__ = i("__slots__"), __weakref__ = i("__weakref__"), __del__ = i("__del__");
    public static final PyStr __repr__ = i("__repr__"), __str__ = i("__str__"), __format__ = i("__format__");
    public static final PyStr __hash__ = i("__hash__"), __eq__ = i("__eq__"), __ne__ = i("__ne__");
    public static final PyStr __lt__ = i("__lt__"), __le__ = i("__le__"), __gt__ = i("__gt__"), __ge__ = i("__ge__");
    public static final PyStr __bool__ = i("__bool__"), __len__ = i("__len__"), __iter__ = i("__iter__");
    public static final PyStr __next__ = i("__next__"), __contains__ = i("__contains__");
    public static final PyStr __getitem__ = i("__getitem__"), __setitem__ = i("__setitem__"), __delitem__ = i("__delitem__");
    public static final PyStr __missing__ = i("__missing__"), __reversed__ = i("__reversed__");
    public static final PyStr __enter__ = i("__enter__"), __exit__ = i("__exit__");
    public static final PyStr __aenter__ = i("__aenter__"), __aexit__ = i("__aexit__");
    public static final PyStr __await__ = i("__await__"), __aiter__ = i("__aiter__"), __anext__ = i("__anext__");
    public static final PyStr __neg__ = i("__neg__"), __pos__ = i("__pos__"), __invert__ = i("__invert__"), __abs__ = i("__abs__");
    public static final PyStr __index__ = i("__index__"), __int__ = i("__int__"), __float__ = i("__float__");
    public static final PyStr __complex__ = i("__complex__"), __round__ = i("__round__"), __trunc__ = i("__trunc__");
    public static final PyStr __floor__ = i("__floor__"), __ceil__ = i("__ceil__");
    public static final PyStr __init_subclass__ = i("__init_subclass__"), __set_name__ = i("__set_name__");
    public static final PyStr __class_getitem__ = i("__class_getitem__"), __prepare__ = i("__prepare__");
    public static final PyStr __mro_entries__ = i("__mro_entries__"), __classcell__ = i("__classcell__");
    public static final PyStr __instancecheck__ = i("__instancecheck__"), __subclasscheck__ = i("__subclasscheck__");
    public static final PyStr __builtins__ = i("__builtins__"), __file__ = i("__file__"), __package__ = i("__package__");
    public static final PyStr __path__ = i("__path__"), __spec__ = i("__spec__"), __loader__ = i("__loader__");
    public static final PyStr __all__ = i("__all__"), __annotations__ = i("__annotations__"), __main__ = i("__main__");
    public static final PyStr __match_args__ = i("__match_args__"), __abstractmethods__ = i("__abstractmethods__");
    public static final PyStr __length_hint__ = i("__length_hint__"), __sizeof__ = i("__sizeof__");
    public static final PyStr __dir__ = i("__dir__"), __wrapped__ = i("__wrapped__"), __bytes__ = i("__bytes__");
    public static final PyStr __reduce__ = i("__reduce__"), __copy__ = i("__copy__"), __traceback__ = i("__traceback__");
    public static final PyStr __cause__ = i("__cause__"), __context__ = i("__context__"), __notes__ = i("__notes__");
    public static final PyStr keys = i("keys"), items = i("items"), send = i("send"), throw_ = i("throw"), close = i("close");
    public static final PyStr mro = i("mro"), write = i("write"), flush = i("flush"), args = i("args"), value = i("value");
    public static final PyStr metaclass = i("metaclass"), __orig_bases__ = i("__orig_bases__");
    public static final PyStr __import__ = i("__import__"), __debug__ = i("__debug__");

    public static final String[] BIN_NAMES = {
        "__add__", "__sub__", "__mul__", "__matmul__", "__truediv__", "__mod__", "__pow__",
        "__lshift__", "__rshift__", "__or__", "__xor__", "__and__", "__floordiv__"
    };
    public static final PyStr[] BIN = new PyStr[13], RBIN = new PyStr[13], IBIN = new PyStr[13];
    static {
        for (int k = 0; k < 13; k++) {
            String b = BIN_NAMES[k].substring(2);
            BIN[k] = i(BIN_NAMES[k]);
            RBIN[k] = i("__r" + b);
            IBIN[k] = i("__i" + b);
        }
    }
    public static final PyStr[] CMP = { __lt__, __le__, __eq__, __ne__, __gt__, __ge__ };
}
