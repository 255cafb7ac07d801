"""weakref: references that do not keep their referent alive (Pyjama's own implementation).

The reference types are Java (the ``_weakref`` module: ref, proxy and their types, the
per-object reference list); this module adds what is written over them, following the
documented behaviour of CPython 3.12's weakref (docs.python.org/3/library/weakref.html):
KeyedRef, WeakMethod, WeakValueDictionary, WeakKeyDictionary, WeakSet (from _weakrefset)
and finalize.

When a referent dies, the interpreter calls its references' callbacks at its next safe point
(docs/python.md, "Weak references, finalizers and gc"), and the weak containers drop the dead
entries there. A safe point can come at any instruction, including inside a loop over the
container, so the containers' iterators walk a snapshot of the entries taken when they start
(see _weakrefset), never the live dict.
"""

import sys

from _weakref import (
    CallableProxyType,
    ProxyType,
    ReferenceType,
    getweakrefcount,
    getweakrefs,
    proxy,
    ref,
)
from _weakrefset import WeakSet, _snapshot_walk
from collections.abc import Mapping as _Mapping, MutableMapping as _MutableMapping

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]

ProxyTypes = (ProxyType, CallableProxyType)

# Marks an entry missing from a dict (None may be a value).
_MISSING = object()


class KeyedRef(ref):
    """A weak reference that also carries a key.

    WeakValueDictionary holds each value through one: the dictionary's single callback learns
    from the dead reference which key to forget, instead of needing a closure per key.
    """

    __slots__ = ("key",)

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class WeakMethod(ref):
    """A weak reference to a bound method.

    A bound method object is made anew at each attribute access, so a plain weak reference to
    one dies at once. A WeakMethod refers weakly to the method's object and to its function
    instead; calling it rebuilds the bound method while both live, and returns None after
    either has died. The callback, if any, is called (with the WeakMethod) when the first of
    the two dies.
    """

    __slots__ = ("_function", "_method_type", "_both_alive", "__weakref__")

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError(f"argument should be a bound method, not {type(meth)}") from None
        this = None     # a weak reference to the WeakMethod, set below

        def part_died(_dead):
            method_ref = this()
            if method_ref is not None and method_ref._both_alive:
                method_ref._both_alive = False
                if callback is not None:
                    callback(method_ref)

        self = ref.__new__(cls, obj, part_died)
        self._function = ref(func, part_died)
        self._method_type = type(meth)
        self._both_alive = True
        this = ref(self)
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._function()
        if obj is None or func is None:
            return None
        return self._method_type(func, obj)

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not (self._both_alive and other._both_alive):
            return self is other
        return ref.__eq__(self, other) and self._function == other._function

    def __ne__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not (self._both_alive and other._both_alive):
            return self is not other
        return ref.__ne__(self, other) or self._function != other._function

    __hash__ = ref.__hash__


class _WeakMapping(_MutableMapping):
    """What the two weak dictionaries share: their repr, iteration over the entries still
    alive (given by the subclass's ``_live_pairs()``) and the ``|`` operators."""

    def __repr__(self):
        return f"<{self.__class__.__name__} at {id(self):#x}>"

    def __iter__(self):
        for key, _ in self._live_pairs():
            yield key

    def keys(self):
        for key, _ in self._live_pairs():
            yield key

    def values(self):
        for _, value in self._live_pairs():
            yield value

    def items(self):
        yield from self._live_pairs()

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        result = self.__class__()
        result.update(other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self


class WeakValueDictionary(_WeakMapping):
    """A mapping whose values are held weakly: an entry goes away when its value dies.

    ``data`` maps each key to a KeyedRef to its value.
    """

    def __init__(self, other=(), /, **kw):
        holder = ref(self)

        def forget(dead):
            # the value of dead.key died: drop the entry, unless the key has been given
            # another value since
            owner = holder()
            if owner is None or owner.data.get(dead.key) is not dead:
                return
            try:
                del owner.data[dead.key]
            except KeyError:
                return
            owner._dropped += 1

        self._forget = forget
        self._dropped = 0       # entries removed by the callback (see _weakrefset._snapshot_walk)
        self.data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        value = self.data[key]()
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, self._forget, key)

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        try:
            value_ref = self.data[key]
        except KeyError:
            return False
        return value_ref() is not None

    def _live_pairs(self):
        """(key, value) for the entries alive when the walk reaches them."""
        data = self.data
        for key in _snapshot_walk(self, list(data), "dictionary"):
            value_ref = data.get(key, _MISSING)
            if value_ref is _MISSING:
                continue            # forgotten by the callback meanwhile
            value = value_ref()
            if value is not None:
                yield key, value

    def itervaluerefs(self):
        """Iterates over the weak references to the values (KeyedRef objects).

        The references are those of the entries present when the iteration starts; any of them
        may be dead by the time it is yielded (or later): check what calling it returns.
        """
        yield from _snapshot_walk(self, list(self.data.values()), "dictionary")

    def valuerefs(self):
        """A list of the weak references to the values (KeyedRef objects)."""
        return list(self.data.values())

    def get(self, key, default=None):
        try:
            value_ref = self.data[key]
        except KeyError:
            return default
        value = value_ref()
        return default if value is None else value

    def setdefault(self, key, default=None):
        try:
            value = self.data[key]()
        except KeyError:
            value = None
        if value is None:
            self.data[key] = KeyedRef(default, self._forget, key)
            return default
        return value

    def pop(self, key, *args):
        try:
            value = self.data.pop(key)()
        except KeyError:
            value = None
        if value is None:
            if args:
                return args[0]
            raise KeyError(key)
        return value

    def popitem(self):
        while True:
            key, value_ref = self.data.popitem()
            value = value_ref()
            if value is not None:
                return key, value

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, value in other.items():
                self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def copy(self):
        result = WeakValueDictionary()
        for key, value in self.items():
            result[key] = value
        return result

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        result = self.__class__()
        for key, value in self.items():
            result[deepcopy(key, memo)] = value
        return result


class WeakKeyDictionary(_WeakMapping):
    """A mapping whose keys are held weakly: an entry goes away when its key dies.

    ``data`` maps a weak reference to each key to its value. Keys are found by equality: a live
    reference compares and hashes as its referent.
    """

    def __init__(self, dict=None):
        holder = ref(self)

        def forget(dead):
            owner = holder()
            if owner is None:
                return
            try:
                del owner.data[dead]    # a dead reference keeps its hash and equals only itself
            except KeyError:
                return                  # removed by the program already
            owner._dropped += 1

        self._forget = forget
        self._dropped = 0       # entries removed by the callback (see _weakrefset._snapshot_walk)
        self.data = {}
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._forget)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        try:
            probe = ref(key)
        except TypeError:
            return False
        return probe in self.data

    def _live_pairs(self):
        """(key, value) for the entries whose key is alive when the walk reaches them."""
        data = self.data
        for key_ref in _snapshot_walk(self, list(data), "dictionary"):
            value = data.get(key_ref, _MISSING)
            if value is _MISSING:
                continue            # forgotten by the callback meanwhile
            key = key_ref()
            if key is not None:
                yield key, value

    def keyrefs(self):
        """A list of the weak references to the keys.

        A reference may die while the program holds it: check what calling it returns.
        """
        return list(self.data)

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._forget), default)

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def popitem(self):
        while True:
            key_ref, value = self.data.popitem()
            key = key_ref()
            if key is not None:
                return key, value

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = {}.__class__(dict)
            for key, value in dict.items():
                self[key] = value
        if kwargs:
            self.update(kwargs)

    def copy(self):
        result = WeakKeyDictionary()
        for key, value in self.items():
            result[key] = value
        return result

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        result = self.__class__()
        for key, value in self.items():
            result[key] = deepcopy(value, memo)
        return result


class finalize:
    """finalize(obj, func, /, *args, **kwargs): calls func(*args, **kwargs) once, when obj dies.

    The finalizer is alive until it has been called (by obj's death, by calling it, or at the
    interpreter's exit while its ``atexit`` attribute is true) or detached. Calling a live
    finalizer runs func and returns its result; calling a dead one returns None. Live
    finalizers whose ``atexit`` is true run when the interpreter exits, newest first.
    """

    __slots__ = ()

    # Every live finalizer, mapped to what it will call. A finalizer is the callback of its
    # weak reference to obj, and this registry keeps it alive until then.
    _live = {}
    _made = 0                   # finalizers made so far: their creation order
    _exit_hooked = False        # _run_at_exit has been registered with atexit
    _exited = False             # _run_at_exit has run: nothing is called any more

    class _Entry:
        __slots__ = ("obj_ref", "func", "args", "kwargs", "atexit", "order")

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._exit_hooked:
            import atexit
            atexit.register(finalize._run_at_exit)
            finalize._exit_hooked = True
        entry = finalize._Entry()
        entry.obj_ref = ref(obj, self)
        entry.func = func
        entry.args = args
        entry.kwargs = kwargs
        entry.atexit = True
        entry.order = finalize._made
        finalize._made += 1
        finalize._live[self] = entry

    def __call__(self, _=None):
        """Calls func(*args, **kwargs) and returns its result, if the finalizer is alive."""
        entry = finalize._live.pop(self, None)
        if entry is not None and not finalize._exited:
            return entry.func(*entry.args, **entry.kwargs)

    def detach(self):
        """Kills the finalizer without calling it; returns (obj, func, args, kwargs) if it was alive, else None."""
        found = self.peek()
        if found is not None and finalize._live.pop(self, None) is not None:
            return found
        return None

    def peek(self):
        """(obj, func, args, kwargs) if the finalizer is alive, else None."""
        entry = finalize._live.get(self)
        obj = None if entry is None else entry.obj_ref()
        if obj is None:
            return None
        return (obj, entry.func, entry.args, entry.kwargs)

    @property
    def alive(self):
        """Whether the finalizer is alive."""
        return self in finalize._live

    @property
    def atexit(self):
        """Whether the finalizer runs at exit if still alive (True unless set otherwise)."""
        entry = finalize._live.get(self)
        return entry is not None and entry.atexit

    @atexit.setter
    def atexit(self, value):
        entry = finalize._live.get(self)
        if entry is not None:
            entry.atexit = bool(value)

    def __repr__(self):
        entry = finalize._live.get(self)
        obj = None if entry is None else entry.obj_ref()
        if obj is None:
            return f"<{type(self).__name__} object at {id(self):#x}; dead>"
        return f"<{type(self).__name__} object at {id(self):#x}; for {type(obj).__name__!r} at {id(obj):#x}>"

    @classmethod
    def _run_at_exit(cls):
        # The atexit hook: the live finalizers with atexit set, newest first, including those
        # they make themselves. An exception goes to sys.excepthook and the others still run.
        # gc is disabled meanwhile, as CPython's is.
        import gc
        collecting = gc.isenabled()
        if collecting:
            gc.disable()
        try:
            due = []
            listed = None       # cls._made when `due` was computed
            while True:
                if listed != cls._made:
                    listed = cls._made
                    chosen = [(entry.order, f) for f, entry in cls._live.items() if entry.atexit]
                    chosen.sort(key=lambda pair: pair[0])
                    due = [f for _, f in chosen]
                if not due:
                    break
                f = due.pop()
                try:
                    f()
                except Exception:
                    sys.excepthook(*sys.exc_info())
        finally:
            cls._exited = True
            if collecting:
                gc.enable()
