from collections import abc
samples = [[], (), {}, set(), frozenset(), "s", b"b", range(1), iter([]), (x for x in []), {}.keys(), {}.items(), 5, len, bytearray()]
names = ["Iterable", "Iterator", "Generator", "Sized", "Container", "Hashable", "Callable", "Collection", "Sequence", "MutableSequence",
         "Set", "MutableSet", "Mapping", "MutableMapping", "Reversible", "ByteString" if False else "Buffer" if hasattr(abc, "Buffer") else "Sized"]
for s in samples:
    print(type(s).__name__, [n for n in names if isinstance(s, getattr(abc, n))])
