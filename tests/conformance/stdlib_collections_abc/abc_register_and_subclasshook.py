from collections.abc import Sized, Hashable, Iterable, Callable
class HasLen:
    def __len__(self): return 0
class NoHash:
    __hash__ = None
class Fn:
    def __call__(self): pass
print(issubclass(HasLen, Sized), isinstance(HasLen(), Sized), issubclass(NoHash, Hashable), isinstance(Fn(), Callable), issubclass(int, Iterable))
from collections.abc import Sequence
class Mine: pass
Sequence.register(Mine)
print(issubclass(Mine, Sequence), isinstance(Mine(), Sequence))
print(Callable[[int], str], Iterable[int])
