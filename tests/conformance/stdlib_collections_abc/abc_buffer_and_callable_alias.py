# PEP 688 buffers (collections.abc.Buffer), unhashable mutable types and views, Callable[...] aliases.
from collections.abc import Callable, Buffer, Hashable, Iterable
import array
print(Callable[[int], str], Callable[..., int], Callable[[], None], Callable[[int, str], float].__args__, type(Callable[[int], str]).__name__)
print(Callable[[int], str] == Callable[[int], str], Iterable[int], list[int], dict[str, list[int]])
print([isinstance(x, Buffer) for x in (b"", bytearray(), memoryview(b""), "s", [])], [isinstance(x, Hashable) for x in (bytearray(), {}.keys(), {}.items(), {}.values(), b"")])
print(b"ab".__buffer__(0).tobytes(), bytearray(b"c").__buffer__(1).tobytes(), memoryview(b"ab").__buffer__(0).tobytes())
for c in ['b"x".__buffer__("a")', 'b"x".__buffer__(-1)', 'memoryview(b"x").__buffer__(1)', 'hash(bytearray())', 'hash({}.keys())']:
    try:
        print(c, eval(c))
    except Exception as e:
        print(c, type(e).__name__, e)
