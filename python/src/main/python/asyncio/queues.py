"""asyncio queues: Queue (first in, first out), PriorityQueue and LifoQueue, for tasks of one loop."""

__all__ = ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty')

import heapq
from collections import deque

from . import locks
from . import mixins


class QueueEmpty(Exception):
    """Raised when Queue.get_nowait() is called on an empty Queue."""


class QueueFull(Exception):
    """Raised when Queue.put_nowait() is called on a full Queue."""


def _wake_first(waiting):
    # Waiters cancelled meanwhile are still in the line (their task removes them later):
    # skip them, so the slot or item goes to someone who can take it.
    while waiting:
        fut = waiting.popleft()
        if not fut.done():
            fut.set_result(None)
            return


class Queue(mixins._LoopBoundMixin):
    """A queue for producer and consumer tasks; maxsize <= 0 means unbounded.

    put() waits while the queue holds maxsize items, get() while it is empty. Waiting tasks are
    served in arrival order. Subclasses choose the order of items by overriding _init, _put and
    _get (the storage is self._queue).
    """

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = deque()      # futures of tasks blocked in get()
        self._putters = deque()      # futures of tasks blocked in put()
        self._unfinished_tasks = 0   # put() minus task_done(); join() waits for zero
        self._finished = locks.Event()
        self._finished.set()
        self._init(maxsize)

    # Storage hooks, overridden by PriorityQueue and LifoQueue.

    def _init(self, maxsize):
        self._queue = deque()

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.popleft()

    def _wakeup_next(self, waiters):
        _wake_first(waiters)

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)

    def _format(self):
        parts = ['maxsize=' + repr(self._maxsize)]
        items = getattr(self, '_queue', None)
        if items:
            parts.append('_queue=' + repr(list(items)))
        for label, line in (('_getters', self._getters), ('_putters', self._putters)):
            if line:
                parts.append(f'{label}[{len(line)}]')
        if self._unfinished_tasks:
            parts.append('tasks=' + str(self._unfinished_tasks))
        return ' '.join(parts)

    def __repr__(self):
        return '<%s at %#x %s>' % (type(self).__name__, id(self), self._format())

    def __str__(self):
        return '<%s %s>' % (type(self).__name__, self._format())

    @property
    def maxsize(self):
        """The most items the queue holds (0 or less: no limit)."""
        return self._maxsize

    def qsize(self):
        """How many items are in the queue now."""
        return len(self._queue)

    def empty(self):
        """True when there is nothing to get."""
        return not self._queue

    def full(self):
        """True when put() would have to wait (never, for an unbounded queue)."""
        return 0 < self._maxsize <= self.qsize()

    async def _wait_in(self, line, blocked):
        # Park the calling task in *line* until woken, while blocked() holds. If the task is
        # cancelled after it was woken, the turn it received is handed on to the next waiter.
        while blocked():
            turn = self._get_loop().create_future()
            line.append(turn)
            try:
                await turn
            except BaseException:
                turn.cancel()
                if turn in line:
                    line.remove(turn)
                if not blocked() and not turn.cancelled():
                    _wake_first(line)
                raise

    async def put(self, item):
        """Put *item* in the queue, waiting for a free slot if it is full."""
        await self._wait_in(self._putters, self.full)
        return self.put_nowait(item)

    def put_nowait(self, item):
        """Put *item* in the queue at once; raise QueueFull if there is no free slot."""
        if self.full():
            raise QueueFull
        self._put(item)
        self._finished.clear()
        self._unfinished_tasks += 1
        _wake_first(self._getters)

    async def get(self):
        """Remove and return an item, waiting for one if the queue is empty."""
        await self._wait_in(self._getters, self.empty)
        return self.get_nowait()

    def get_nowait(self):
        """Remove and return an item at once; raise QueueEmpty if there is none."""
        if self.empty():
            raise QueueEmpty
        item = self._get()
        _wake_first(self._putters)
        return item

    def task_done(self):
        """Mark one item taken with get() as processed, for join()."""
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if not self._unfinished_tasks:
            self._finished.set()

    async def join(self):
        """Wait until every item put has been marked processed with task_done()."""
        if self._unfinished_tasks:
            await self._finished.wait()


class PriorityQueue(Queue):
    """A Queue that gives out its smallest item first; items are often (priority, data) tuples."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        heapq.heappush(self._queue, item)

    def _get(self):
        return heapq.heappop(self._queue)


class LifoQueue(Queue):
    """A Queue that gives out the item put last first (a stack)."""

    def _init(self, maxsize):
        self._queue = []

    def _get(self):
        return self._queue.pop()

    def _put(self, item):
        self._queue.append(item)
