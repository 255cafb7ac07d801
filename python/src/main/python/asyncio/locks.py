"""Task synchronisation: Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier.

None of them blocks the loop. A task that has to wait parks a future in the primitive's line
of waiters (first come, first served) and is resumed, on a later loop iteration, when someone
completes that future.
"""

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier')

from collections import deque

from . import exceptions
from . import mixins


class _Primitive(mixins._LoopBoundMixin):
    """What every primitive here has: a line of waiting futures, and a repr showing its state."""

    def _state_words(self):
        raise NotImplementedError

    def __repr__(self):
        words = self._state_words()
        if self._waiters:
            words += ', waiters:%d' % len(self._waiters)
        cls = type(self)
        return '<%s.%s object at %#x [%s]>' % (cls.__module__, cls.__qualname__, id(self), words)

    async def _park(self):
        """Wait in line until someone completes our future; return its result.

        The future leaves the line whatever happens, so a cancelled waiter never blocks the
        others; _turn_lost() then decides what happens to a turn it may have been given.
        """
        ticket = self._get_loop().create_future()
        self._waiters.append(ticket)
        try:
            outcome = await ticket
        except BaseException as exc:
            self._waiters.remove(ticket)
            if isinstance(exc, exceptions.CancelledError):
                self._turn_lost(ticket)
            raise
        self._waiters.remove(ticket)
        return outcome

    def _turn_lost(self, ticket):
        pass


class _ContextManagerMixin:
    # 'async with primitive:' acquires and releases; the target of 'as' is None.
    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_ContextManagerMixin, _Primitive):
    """A mutex for tasks. It is fair: on release, the task that has waited longest gets it."""

    def __init__(self):
        self._waiters = deque()
        self._locked = False

    def _state_words(self):
        return 'locked' if self._locked else 'unlocked'

    def locked(self):
        """True while some task holds the lock."""
        return self._locked

    def _free_for_newcomer(self):
        # A newcomer may take a free lock only if nobody still waiting has a claim on it.
        return not self._locked and all(t.cancelled() for t in self._waiters)

    async def acquire(self):
        """Wait until the lock is free, then take it; returns True."""
        if not self._free_for_newcomer():
            await self._park()
        self._locked = True
        return True

    def _turn_lost(self, ticket):
        # Handed the lock and cancelled before running: the next waiter gets it.
        if not self._locked:
            self._wake_up_first()

    def release(self):
        """Free the lock and hand it to the first waiter; RuntimeError if it is not held."""
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        self._wake_up_first()

    def _wake_up_first(self):
        # Only the head of the line is woken. If it is already done (woken or cancelled),
        # it will pass the lock on itself when it runs.
        if self._waiters and not self._waiters[0].done():
            self._waiters[0].set_result(True)


class Event(_Primitive):
    """A flag: wait() blocks while it is clear; set() releases every waiting task."""

    def __init__(self):
        self._waiters = deque()
        self._value = False

    def _state_words(self):
        return 'set' if self._value else 'unset'

    def is_set(self):
        """True if the flag is set."""
        return self._value

    def set(self):
        """Set the flag and wake all waiters."""
        if self._value:
            return
        self._value = True
        for ticket in self._waiters:
            if not ticket.done():
                ticket.set_result(True)

    def clear(self):
        """Reset the flag; later wait() calls block again."""
        self._value = False

    async def wait(self):
        """Return True once the flag is set (at once if it already is)."""
        if not self._value:
            await self._park()
        return True


class Condition(_ContextManagerMixin, _Primitive):
    """Tasks wait() until another task notifies them; a lock (given or new) guards the state."""

    def __init__(self, lock=None):
        self._lock = Lock() if lock is None else lock
        self._waiters = deque()
        # The lock's own methods are the condition's, as in threading.Condition.
        self.locked = self._lock.locked
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def _state_words(self):
        return 'locked' if self.locked() else 'unlocked'

    async def wait(self):
        """Release the lock, wait to be notified, take the lock again; returns True.

        The lock is held again when this returns or raises, even if the task was cancelled
        meanwhile; such a cancellation is raised after the lock is back.
        """
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            await self._park()
            return True
        finally:
            interrupted = False
            while True:
                try:
                    await self.acquire()
                except exceptions.CancelledError:
                    interrupted = True
                else:
                    break
            if interrupted:
                raise exceptions.CancelledError

    async def wait_for(self, predicate):
        """wait() until predicate() is true; return its last value."""
        outcome = predicate()
        while not outcome:
            await self.wait()
            outcome = predicate()
        return outcome

    def notify(self, n=1):
        """Wake up to *n* waiting tasks; the caller must hold the lock."""
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        left = n
        for ticket in self._waiters:
            if left <= 0:
                break
            if not ticket.done():
                ticket.set_result(False)
                left -= 1

    def notify_all(self):
        """Wake every waiting task; the caller must hold the lock."""
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin, _Primitive):
    """A pool of *value* permits: acquire() takes one, waiting (first come first served) if none."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._value = value
        self._waiters = deque()

    def _state_words(self):
        if self.locked():
            return 'locked'
        return 'unlocked, value:%s' % self._value

    def locked(self):
        """True if acquire() would have to wait."""
        if self._value == 0:
            return True
        return any(not t.cancelled() for t in self._waiters)

    async def acquire(self):
        """Take a permit, waiting for one if needed; returns True."""
        if not self.locked():
            self._value -= 1
            return True
        await self._park()
        if self._value > 0:
            self._wake_up_next()
        return True

    def _turn_lost(self, ticket):
        # A waiter woken with a permit (its future has a result) and then cancelled gives the
        # permit back, to the next in line.
        if not ticket.cancelled():
            self._value += 1
            self._wake_up_next()

    def release(self):
        """Return a permit, waking the first waiter."""
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        for ticket in self._waiters:
            if not ticket.done():
                # The permit is reserved for this waiter now, before it runs.
                self._value -= 1
                ticket.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    """A Semaphore whose release() refuses to go above the initial value."""

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        """Return a permit; ValueError if that would exceed the initial value."""
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


# Barrier phases; the strings are what repr() shows.
_FILLING, _DRAINING, _RESETTING, _BROKEN = 'filling', 'draining', 'resetting', 'broken'


class Barrier(mixins._LoopBoundMixin):
    """Holds tasks in wait() until *parties* of them have arrived, then lets them all go."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._parties = parties
        self._cond = Condition()
        self._phase = _FILLING
        self._count = 0          # tasks inside wait(), arrived or leaving

    def __repr__(self):
        words = self._phase
        if self._phase is not _BROKEN:
            words += ', waiters:%d/%d' % (self.n_waiting, self._parties)
        cls = type(self)
        return '<%s.%s object at %#x [%s]>' % (cls.__module__, cls.__qualname__, id(self), words)

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *exc_info):
        return None

    async def wait(self):
        """Arrive and wait for the others; return this task's arrival index, 0 to parties-1.

        BrokenBarrierError if the barrier is aborted, or reset while this task waits.
        """
        async with self._cond:
            # Newcomers wait while the previous cycle's tasks are still leaving.
            await self._cond.wait_for(lambda: self._phase is not _DRAINING
                                      and self._phase is not _RESETTING)
            if self._phase is _BROKEN:
                raise exceptions.BrokenBarrierError('Barrier aborted')
            index = self._count
            self._count += 1
            try:
                if self._count == self._parties:
                    self._phase = _DRAINING
                    self._cond.notify_all()
                else:
                    await self._cond.wait_for(lambda: self._phase is not _FILLING)
                    if self._phase is _BROKEN or self._phase is _RESETTING:
                        raise exceptions.BrokenBarrierError('Abort or reset of barrier')
                return index
            finally:
                self._count -= 1
                if not self._count:
                    # The last to leave opens the barrier for the next cycle.
                    if self._phase is _DRAINING or self._phase is _RESETTING:
                        self._phase = _FILLING
                    self._cond.notify_all()

    async def reset(self):
        """Send the barrier back to empty; tasks waiting in it get BrokenBarrierError."""
        async with self._cond:
            self._phase = _RESETTING if self._count else _FILLING
            self._cond.notify_all()

    async def abort(self):
        """Break the barrier: waiting and future wait() calls raise BrokenBarrierError."""
        async with self._cond:
            self._phase = _BROKEN
            self._cond.notify_all()

    @property
    def parties(self):
        """How many tasks must arrive to release the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """How many tasks are waiting while the barrier fills."""
        return self._count if self._phase is _FILLING else 0

    @property
    def broken(self):
        """True once abort() was called."""
        return self._phase is _BROKEN
