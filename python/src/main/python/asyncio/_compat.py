"""What asyncio borrows from the platform, each piece optional.

Pyjama may not have contextvars, weakref or threads yet; everything asyncio needs from them goes
through this module, which falls back to a single-threaded, context-free equivalent.
"""

try:
    import contextvars as _contextvars
except ImportError:
    _contextvars = None

try:
    import _thread
except ImportError:
    _thread = None

try:
    from weakref import WeakSet
except ImportError:
    WeakSet = set


class _NoContext:
    """Stands for a contextvars.Context where there are none: run() just calls."""
    __slots__ = ()

    def run(self, callback, *args):
        return callback(*args)

    def copy(self):
        return self


_NO_CONTEXT = _NoContext()


if _contextvars is not None:
    copy_context = _contextvars.copy_context
else:
    def copy_context():
        return _NO_CONTEXT


if _thread is not None:
    get_ident = _thread.get_ident
    allocate_lock = _thread.allocate_lock
else:
    def get_ident():
        return 0
    allocate_lock = None
