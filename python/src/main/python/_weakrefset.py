"""WeakSet, a set that refers to its elements weakly (Pyjama's own implementation).

The module's name is CPython's: WeakSet lives here (its repr is ``_weakrefset.WeakSet``) and
weakref re-exports it.

How it works: the elements are held as ``ref(element, callback)`` objects in a real set. A live
reference hashes and compares as its referent, so membership is by equality, as in a set. When an
element dies, the interpreter calls the reference's callback at its next safe point (see
docs/python.md, "Weak references, finalizers and gc"); the callback takes the reference out of the
set. The callbacks hold the WeakSet only weakly, so they never keep it alive.

Iterating: a callback may run at any instruction of a loop over the set, so an iterator never
walks the live set. It takes a snapshot of the references when it starts (a Java-level copy, which
no callback can interrupt) and yields the referents still alive when it reaches them. The program's
own additions and removals during an iteration make the iterator's next step raise RuntimeError,
as iterating a set does; the removals made by callbacks are counted apart (``_dropped``) and never
do. weakref's WeakKeyDictionary and WeakValueDictionary iterate the same way (``_snapshot_walk``).
"""

from _weakref import ref
from types import GenericAlias

__all__ = ['WeakSet']


def _snapshot_walk(owner, entries, kind):
    """Yields ``entries``, a copy of ``owner.data`` taken when the walk began, one at a time.

    ``owner`` counts the entries its callbacks removed in ``owner._dropped``; any other change of
    ``len(owner.data)`` since the walk began raises RuntimeError at the next step (and at the end),
    with ``kind`` ("Set", "dictionary") naming the container as the builtin iterators do.
    """
    size = len(owner.data) + owner._dropped
    for entry in entries:
        if len(owner.data) + owner._dropped != size:
            raise RuntimeError(f'{kind} changed size during iteration')
        yield entry
    if len(owner.data) + owner._dropped != size:
        raise RuntimeError(f'{kind} changed size during iteration')


def _forgetter(container):
    """The callback of a weak set's references: removes a dead reference from ``container.data``."""
    holder = ref(container)

    def forget(dead):
        owner = holder()
        if owner is None:
            return
        try:
            owner.data.remove(dead)     # a dead reference still hashes, and equals only itself
        except KeyError:
            return                      # removed by the program already
        owner._dropped += 1
    return forget


# Attributes that are the implementation, not state a pickle or copy should carry.
_INTERNAL = frozenset(('data', '_dropped', '_forget'))


class WeakSet:
    """A set of objects, each kept only as long as something else refers to it.

    WeakSet(iterable) starts with the elements of iterable. Every element must be weakly
    referenceable; an element is dropped from the set when it dies.
    """

    def __init__(self, data=None):
        self.data = set()           # ref(element, self._forget) for each element
        self._dropped = 0           # references removed by callbacks, for the iterators
        self._forget = _forgetter(self)
        if data is not None:
            self.update(data)

    # ---- the set's contents ----------------------------------------------------------------

    def __iter__(self):
        for element_ref in _snapshot_walk(self, list(self.data), 'Set'):
            element = element_ref()
            if element is not None:
                yield element

    def __len__(self):
        return len(self.data)

    def __contains__(self, item):
        try:
            probe = ref(item)
        except TypeError:
            return False            # what cannot be referenced weakly cannot be a member
        return probe in self.data

    def __repr__(self):
        return repr(self.data)

    def __reduce__(self):
        state = {name: value for name, value in getattr(self, '__dict__', {}).items()
                 if name not in _INTERNAL}
        return (self.__class__, (list(self),), state)

    __class_getitem__ = classmethod(GenericAlias)

    # ---- changing it ---------------------------------------------------------------------

    def add(self, item):
        self.data.add(ref(item, self._forget))

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        while True:
            try:
                element_ref = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            element = element_ref()
            if element is not None:
                return element

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference_update(self, other):
        if other is self:
            self.data.clear()
        else:
            self.data.difference_update(ref(item) for item in other)

    def __isub__(self, other):
        self.difference_update(other)
        return self

    def intersection_update(self, other):
        self.data.intersection_update(ref(item) for item in other)

    def __iand__(self, other):
        self.intersection_update(other)
        return self

    def symmetric_difference_update(self, other):
        if other is self:
            self.data.clear()
        else:
            # references that may join the set carry the callback
            self.data.symmetric_difference_update(ref(item, self._forget) for item in other)

    def __ixor__(self, other):
        self.symmetric_difference_update(other)
        return self

    # ---- new sets ------------------------------------------------------------------------

    def union(self, other):
        return self.__class__(element for part in (self, other) for element in part)

    __or__ = union

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def difference(self, other):
        result = self.copy()
        result.difference_update(other)
        return result

    __sub__ = difference

    def symmetric_difference(self, other):
        result = self.copy()
        result.symmetric_difference_update(other)
        return result

    __xor__ = symmetric_difference

    # ---- comparisons ---------------------------------------------------------------------

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < {ref(item) for item in other}

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > {ref(item) for item in other}

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == {ref(item) for item in other}

    __hash__ = None

    def isdisjoint(self, other):
        return not self.intersection(other)


def _register_abc():
    # CPython's WeakSet counts as a MutableSet (isinstance, issubclass) without inheriting from it.
    from collections.abc import MutableSet
    MutableSet.register(WeakSet)


_register_abc()
del _register_abc
