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

    def run(self, callback, *args, **kwargs):
        return callback(*args, **kwargs)

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


# Threads (docs/python.md, "Threads"): threading is imported only when something needs more than
# the ident, so a program that never touches threads does not load it.

def thread_local():
    """A threading.local object, or None without threads."""
    if _thread is None:
        return None
    import threading
    return threading.local()


def current_thread_name():
    if _thread is None:
        return 'MainThread'
    import threading
    return threading.current_thread().name


def new_thread_pool(thread_name_prefix):
    """The executor a loop makes for run_in_executor(None, ...): concurrent.futures'
    ThreadPoolExecutor when there is one, else asyncio's own pool; NotImplementedError without
    threads."""
    if _thread is None:
        raise NotImplementedError('run_in_executor() is not available: this interpreter has '
                                  'no threads (no _thread module)')
    try:
        from concurrent.futures import ThreadPoolExecutor
    except ImportError:
        from ._threadpool import ThreadPool as ThreadPoolExecutor
    return ThreadPoolExecutor(thread_name_prefix=thread_name_prefix)


def is_thread_pool(executor):
    """Whether set_default_executor accepts executor (CPython: a ThreadPoolExecutor)."""
    try:
        from concurrent.futures import ThreadPoolExecutor
    except ImportError:
        if _thread is None:
            return False
        from ._threadpool import ThreadPool as ThreadPoolExecutor
    return isinstance(executor, ThreadPoolExecutor)
