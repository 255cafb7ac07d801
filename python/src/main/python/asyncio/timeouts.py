"""asyncio.timeout() and timeout_at(): cancel the current task at a deadline, raise TimeoutError."""

__all__ = ('Timeout', 'timeout', 'timeout_at')

from . import events
from . import exceptions
from . import tasks

# Life of a Timeout; the strings are what its repr shows.
_NEW, _ACTIVE, _FIRING, _EXPIRED, _DONE = 'created', 'active', 'expiring', 'expired', 'finished'


class Timeout:
    """Async context manager that cancels the task around it once the deadline passes.

    On exit the CancelledError becomes TimeoutError only if the cancellation was ours: the
    task's cancelling() count is compared with the one seen on entry, so a cancel() from
    outside still propagates as a cancellation.
    """

    def __init__(self, when):
        self._when = when
        self._state = _NEW
        self._task = None
        self._alarm = None          # the loop's TimerHandle (or Handle when already due)
        self._cancels_before = 0

    def when(self):
        return self._when

    def expired(self):
        return self._state == _FIRING or self._state == _EXPIRED

    def reschedule(self, when):
        """Move the deadline to loop time *when* (None: wait forever)."""
        if self._state != _ACTIVE:
            if self._state == _NEW:
                raise RuntimeError('Timeout has not been entered')
            raise RuntimeError(f'Cannot change state of {self._state} Timeout')
        self._when = when
        self._disarm()
        if when is not None:
            loop = events.get_running_loop()
            self._alarm = (loop.call_soon(self._fire) if when <= loop.time()
                           else loop.call_at(when, self._fire))

    def __repr__(self):
        shown = ''
        if self._state == _ACTIVE:
            shown = ' when=' + str(None if self._when is None else round(self._when, 3))
        return f'<Timeout [{self._state}]{shown}>'

    async def __aenter__(self):
        if self._state != _NEW:
            raise RuntimeError('Timeout has already been entered')
        task = tasks.current_task()
        if task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self._task = task
        self._cancels_before = task.cancelling()
        self._state = _ACTIVE
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        self._disarm()
        if self._state == _ACTIVE:
            self._state = _DONE
        elif self._state == _FIRING:
            self._state = _EXPIRED
            ours = self._task.uncancel() <= self._cancels_before
            if ours and exc_type is exceptions.CancelledError:
                raise TimeoutError from exc_val
        return None

    def _disarm(self):
        if self._alarm is not None:
            self._alarm.cancel()
            self._alarm = None

    def _fire(self):
        self._alarm = None
        self._state = _FIRING
        self._task.cancel()


def timeout(delay):
    """A Timeout *delay* seconds from now (None: no deadline)."""
    if delay is None:
        return Timeout(None)
    return Timeout(events.get_running_loop().time() + delay)


def timeout_at(when):
    """A Timeout at absolute loop time *when* (None: no deadline)."""
    return Timeout(when)
