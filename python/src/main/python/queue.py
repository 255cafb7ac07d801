"""A multi-producer, multi-consumer queue (Pyjama, pure Python).

With threads (the threading module over the VM's _thread) every class behaves as CPython's:
the locks and conditions are threading's, a blocking get() or put() suspends the calling
thread until another thread's put() or get() (or the timeout) ends the wait.

Without a _thread module (an interpreter built without threads) nothing else could ever fill
or drain a queue, so a wait that could only end by another thread's action fails at once
(with a timeout it sleeps for the timeout first, as CPython would, then raises Empty or Full).
"""
import time

try:
    import threading
except ImportError:
    threading = None

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    """Exception raised by Queue.get(block=0)/get_nowait()."""


class Full(Exception):
    """Exception raised by Queue.put(block=0)/put_nowait()."""


class _NoThreadLock:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def acquire(self, blocking=True, timeout=-1):
        return True

    def release(self):
        pass


class _NoThreadCondition(_NoThreadLock):
    """Condition for a single-threaded system: a wait can only time out."""

    def __init__(self, lock):
        self._lock = lock

    def wait(self, timeout=None):
        if timeout is None:
            raise RuntimeError('deadlock: waiting on a queue that no other thread can change')
        if timeout > 0:
            time.sleep(timeout)
        return False

    def notify(self, n=1):
        pass

    def notify_all(self):
        pass


def _lock_and_conditions():
    if threading is not None:
        mutex = threading.Lock()
        return mutex, threading.Condition(mutex), threading.Condition(mutex), threading.Condition(mutex)
    mutex = _NoThreadLock()
    return mutex, _NoThreadCondition(mutex), _NoThreadCondition(mutex), _NoThreadCondition(mutex)


class Queue:
    """Create a queue object with a given maximum size.  If maxsize <= 0, the queue size is infinite."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex, self.not_empty, self.not_full, self.all_tasks_done = _lock_and_conditions()
        self.unfinished_tasks = 0

    def task_done(self):
        """Indicate that a formerly enqueued task is complete."""
        with self.all_tasks_done:
            unfinished = self.unfinished_tasks - 1
            if unfinished <= 0:
                if unfinished < 0:
                    raise ValueError('task_done() called too many times')
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = unfinished

    def join(self):
        """Blocks until all items in the Queue have been gotten and processed."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        """Return the approximate size of the queue (not reliable!)."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        """Return True if the queue is empty, False otherwise (not reliable!)."""
        with self.mutex:
            return not self._qsize()

    def full(self):
        """Return True if the queue is full, False otherwise (not reliable!)."""
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Put an item into the queue, waiting (up to timeout seconds) for a free slot if block."""
        with self.not_full:
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                elif timeout < 0:
                    raise ValueError("'timeout' must be a non-negative number")
                else:
                    endtime = time.monotonic() + timeout
                    while self._qsize() >= self.maxsize:
                        remaining = endtime - time.monotonic()
                        if remaining <= 0.0:
                            raise Full
                        self.not_full.wait(remaining)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Remove and return an item from the queue, waiting (up to timeout seconds) if block."""
        with self.not_empty:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            elif timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            else:
                endtime = time.monotonic() + timeout
                while not self._qsize():
                    remaining = endtime - time.monotonic()
                    if remaining <= 0.0:
                        raise Empty
                    self.not_empty.wait(remaining)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        """Put an item into the queue without blocking."""
        return self.put(item, block=False)

    def get_nowait(self):
        """Remove and return an item from the queue without blocking."""
        return self.get(block=False)

    # Storage; override these four in subclasses for another ordering.
    def _init(self, maxsize):
        from collections import deque
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class PriorityQueue(Queue):
    """Variant of Queue that retrieves open entries in priority order (lowest first)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        import heapq
        heapq.heappush(self.queue, item)

    def _get(self):
        import heapq
        return heapq.heappop(self.queue)


class LifoQueue(Queue):
    """Variant of Queue that retrieves most recently added entries first."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """Simple, unbounded, reentrant FIFO queue."""

    __module__ = '_queue'  # where CPython's C implementation lives; shows in reprs

    def __init__(self):
        from collections import deque
        self._queue = deque()
        self._count = threading.Semaphore(0) if threading is not None else None

    def put(self, item, block=True, timeout=None):
        """Put the item on the queue.  The optional arguments exist for compatibility with Queue."""
        self._queue.append(item)
        if self._count is not None:
            self._count.release()

    def get(self, block=True, timeout=None):
        """Remove and return an item from the queue."""
        if not block:
            timeout = None      # ignored when not blocking, as by the C SimpleQueue
        elif timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        if self._count is not None:
            if not self._count.acquire(block, timeout):
                raise Empty
        elif not self._queue:
            if block and timeout:
                time.sleep(timeout)
            raise Empty
        return self._queue.popleft()

    def put_nowait(self, item):
        """Put an item into the queue without blocking."""
        return self.put(item, block=False)

    def get_nowait(self):
        """Remove and return an item from the queue without blocking."""
        return self.get(False)

    def empty(self):
        """Return True if the queue is empty, False otherwise (not reliable!)."""
        return len(self._queue) == 0

    def qsize(self):
        """Return the approximate size of the queue (not reliable!)."""
        return len(self._queue)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
