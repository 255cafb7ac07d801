"""The clock-and-idle backend: how an event loop tells time, sleeps, and learns about I/O.

An event loop never busy-waits and never touches hardware itself.  Everything that depends on the
platform goes through one backend object (documented in docs/asyncio.md):

    time() -> float          monotonic seconds
    wait(timeout) -> list    block until something may be ready or ``timeout`` seconds have
                             passed (None: no deadline, 0: just poll); return the tokens of the
                             sources found ready, in the order the loop should run them
    wake()                   make a wait() in progress (or the next one) return promptly; safe to
                             call from interrupt handlers and other threads
    add_reader(source, token)      report ``token`` from wait() whenever ``source`` is readable
    remove_reader(source) -> bool  stop watching; True if it was watched
    add_writer / remove_writer     the same for writability (optional)
    resolution               (optional attribute) clock resolution in seconds
    close()                  (optional) release whatever the backend holds

On Pyjama the kernel provides the backend in a module ``_kernel_loop`` (function ``backend()``):
its wait() halts the CPU until the next interrupt or the deadline.  Elsewhere (CPython, hosted
runs) DefaultBackend below is used.
"""

__all__ = ('DefaultBackend', 'EventSource', 'default_backend', 'set_backend_factory')

import time as _time

from . import _compat

# An upper bound on a single wait, like CPython's MAXIMUM_SELECT_TIMEOUT.
MAXIMUM_WAIT = 24 * 3600


class EventSource:
    """A software readiness source for DefaultBackend (a device driver stand-in).

    ``set()`` marks it ready and wakes the backends watching it; ``clear()`` unmarks it.  Any
    object with a ``ready()`` method returning a bool may be used as a DefaultBackend source,
    provided it calls ``wake()`` on the backend whenever it becomes ready.
    """

    def __init__(self):
        self._ready = False
        self._backends = []

    def ready(self):
        return self._ready

    def set(self):
        self._ready = True
        for backend in list(self._backends):
            backend.wake()

    def clear(self):
        self._ready = False

    def _attach(self, backend):
        if backend not in self._backends:
            self._backends.append(backend)

    def _detach(self, backend):
        if backend in self._backends:
            self._backends.remove(backend)


class DefaultBackend:
    """time.monotonic for the clock; a lock used as a binary semaphore for the idle wait.

    The lock is held while nobody has called wake(); wake() releases it, so a wait() blocked in
    acquire(timeout) returns at once and takes the lock back, ready for the next wait.
    """

    def __init__(self):
        self._readers = {}
        self._writers = {}
        self._signal = None
        if _compat.allocate_lock is not None:
            self._signal = _compat.allocate_lock()
            self._signal.acquire()
        self._woken = False
        try:
            self.resolution = _time.get_clock_info('monotonic').resolution
        except (AttributeError, ValueError):
            self.resolution = 1e-09

    def time(self):
        return _time.monotonic()

    def wake(self):
        self._woken = True
        if self._signal is not None:
            try:
                self._signal.release()
            except RuntimeError:
                pass  # already woken and not yet consumed

    def _ready_tokens(self):
        tokens = [token for source, token in self._readers.items() if _is_ready(source)]
        tokens.extend(token for source, token in self._writers.items() if _is_ready(source))
        return tokens

    def wait(self, timeout):
        tokens = self._ready_tokens()
        if tokens or self._consume_wake() or timeout is not None and timeout <= 0:
            return tokens
        if timeout is not None and timeout > MAXIMUM_WAIT:
            timeout = MAXIMUM_WAIT
        if self._signal is not None:
            if timeout is None:
                woken = self._signal.acquire()
            else:
                woken = self._signal.acquire(True, timeout)
            if woken:
                self._woken = False
        elif timeout is not None:
            _time.sleep(timeout)
        else:
            raise RuntimeError('DefaultBackend cannot wait forever without threads')
        return self._ready_tokens()

    def _consume_wake(self):
        if not self._woken:
            return False
        self._woken = False
        if self._signal is not None:
            self._signal.acquire(False)
        return True

    def add_reader(self, source, token):
        _check_source(source)
        self._readers[source] = token
        if isinstance(source, EventSource):
            source._attach(self)

    def remove_reader(self, source):
        if source not in self._readers:
            return False
        del self._readers[source]
        if isinstance(source, EventSource) and source not in self._writers:
            source._detach(self)
        return True

    def add_writer(self, source, token):
        _check_source(source)
        self._writers[source] = token
        if isinstance(source, EventSource):
            source._attach(self)

    def remove_writer(self, source):
        if source not in self._writers:
            return False
        del self._writers[source]
        if isinstance(source, EventSource) and source not in self._readers:
            source._detach(self)
        return True

    def close(self):
        for source in list(self._readers):
            self.remove_reader(source)
        for source in list(self._writers):
            self.remove_writer(source)


def _check_source(source):
    if not callable(getattr(source, 'ready', None)):
        raise TypeError(f'DefaultBackend sources need a ready() method, got {source!r}')


def _is_ready(source):
    return bool(source.ready())


def _platform_backend_factory():
    try:
        import _kernel_loop
    except ImportError:
        return DefaultBackend
    return _kernel_loop.backend


_backend_factory = None


def default_backend():
    """A new backend for a new event loop: the kernel's on Pyjama, DefaultBackend elsewhere."""
    global _backend_factory
    if _backend_factory is None:
        _backend_factory = _platform_backend_factory()
    return _backend_factory()


def set_backend_factory(factory):
    """Replace the function that makes the backend of each new loop (None: platform default)."""
    global _backend_factory
    _backend_factory = factory
