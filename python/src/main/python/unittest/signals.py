"""Ctrl-C during a test run (-c/--catch): once installHandler() has run, the first SIGINT asks
every registered result to stop after the current test, so that the report still comes out;
a second one interrupts as usual.

Where there is no signal module (Pyjama has none yet) installHandler() and removeHandler()
change nothing, and the registry only answers removeResult().
"""

import functools

try:
    import signal as _signal
except ImportError:
    _signal = None

try:
    from weakref import WeakKeyDictionary as _Registry
except ImportError:
    _Registry = dict  # without weak references the registry keeps results alive

__unittest = True

_results = _Registry()     # the results to stop, as keys
_interrupt_handler = None  # our handler, once installed


class _StopOnInterrupt:
    """The SIGINT handler: stops the registered results, and defers to the handler it
    replaced on a second Ctrl-C (or once something else has replaced it in turn)."""

    def __init__(self, previous):
        self.previous = previous
        self.called = False
        if previous == _signal.SIG_DFL:
            self.fallback = _signal.default_int_handler
        elif previous == _signal.SIG_IGN:
            self.fallback = lambda signum, frame: None
        elif callable(previous):
            self.fallback = previous
        else:
            raise TypeError("expected SIGINT signal handler to be signal.SIG_IGN, "
                            "signal.SIG_DFL, or a callable object")

    def __call__(self, signum, frame):
        if _signal.getsignal(_signal.SIGINT) is not self:
            self.fallback(signum, frame)
        if self.called:
            self.fallback(signum, frame)
        self.called = True
        for result in list(_results):
            result.stop()


def registerResult(result):
    """Makes result one of those stopped by Ctrl-C (TextTestRunner registers its own)."""
    _results[result] = 1


def removeResult(result):
    """Forgets result; returns whether it was registered."""
    return _results.pop(result, None) is not None


def installHandler():
    """Installs the Ctrl-C handler (once)."""
    global _interrupt_handler
    if _signal is None or _interrupt_handler is not None:
        return
    _interrupt_handler = _StopOnInterrupt(_signal.getsignal(_signal.SIGINT))
    _signal.signal(_signal.SIGINT, _interrupt_handler)


def removeHandler(method=None):
    """Puts back the SIGINT handler that installHandler() replaced. Used as a decorator,
    does so only while the decorated function runs."""
    if method is not None:
        @functools.wraps(method)
        def without_handler(*args, **kwargs):
            saved = _signal.getsignal(_signal.SIGINT) if _signal is not None else None
            removeHandler()
            try:
                return method(*args, **kwargs)
            finally:
                if _signal is not None:
                    _signal.signal(_signal.SIGINT, saved)
        return without_handler
    if _signal is not None and _interrupt_handler is not None:
        _signal.signal(_signal.SIGINT, _interrupt_handler.previous)
