"""A multi-producer, multi-consumer queue (Pyjama, written for this project).

The queues live on the interpreter's green threads: a blocking get() or put() waits on a
threading.Condition, so it suspends only the calling thread until another thread's put() or
get() (or the timeout) ends the wait.

An interpreter built without _thread has nobody else to fill or drain a queue, so a wait that
only another thread could end fails at once (a timed wait first sleeps its timeout, as CPython
would, then raises Empty or Full).
"""
import time

try:
    import threading
except ImportError:
    threading = None

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'


class _SoloMutex:
    """Stand-in for a lock when there is only one thread: it never contends."""

    def acquire(self, blocking=True, timeout=-1):
        return True

    def release(self):
        pass

    __enter__ = acquire

    def __exit__(self, *exc_info):
        return False


class _SoloCondition(_SoloMutex):
    """A condition nobody else can notify: waiting only ever times out."""

    def __init__(self, lock=None):
        pass

    def wait(self, timeout=None):
        if timeout is None:
            raise RuntimeError('deadlock: waiting on a queue that no other thread can change')
        if timeout > 0:
            time.sleep(timeout)
        return False

    def notify(self, n=1):
        pass

    notify_all = notify


def _make_guards():
    """One mutex and the three conditions that share it (CPython's public attribute names)."""
    if threading is None:
        return _SoloMutex(), _SoloCondition(), _SoloCondition(), _SoloCondition()
    lock = threading.Lock()
    return (lock,) + tuple(threading.Condition(lock) for _ in range(3))


def _check_timeout(timeout):
    if timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


def _await(condition, blocked, block, timeout, failure):
    """Wait on `condition` (held by the caller) while blocked() is true.

    Raises `failure` when not blocking or when the timeout runs out first."""
    if not blocked():
        return
    if not block:
        raise failure
    if timeout is None:
        while blocked():
            condition.wait()
        return
    deadline = time.monotonic() + timeout
    while blocked():
        left = deadline - time.monotonic()
        if left <= 0.0:
            raise failure
        condition.wait(left)


class Queue:
    '''FIFO queue holding at most `maxsize` items (no limit when maxsize <= 0).'''

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex, self.not_empty, self.not_full, self.all_tasks_done = _make_guards()
        self.unfinished_tasks = 0

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def _is_full(self):
        return 0 < self.maxsize <= self._qsize()

    def task_done(self):
        '''Mark one item taken by get() as processed; join() returns once all are.'''
        with self.all_tasks_done:
            if self.unfinished_tasks <= 0:
                raise ValueError('task_done() called too many times')
            self.unfinished_tasks -= 1
            if self.unfinished_tasks == 0:
                self.all_tasks_done.notify_all()

    def join(self):
        '''Wait until every item put has been matched by a task_done() call.'''
        with self.all_tasks_done:
            _await(self.all_tasks_done, lambda: self.unfinished_tasks > 0, True, None, None)

    def qsize(self):
        '''Number of items now queued (other threads may change it at once).'''
        self.mutex.acquire()
        try:
            return self._qsize()
        finally:
            self.mutex.release()

    def empty(self):
        '''True when no item is queued right now (a snapshot, like qsize()).'''
        return self.qsize() == 0

    def full(self):
        '''True when a bounded queue holds maxsize items right now.'''
        with self.mutex:
            answer = self._is_full()
        return answer

    def put(self, item, block=True, timeout=None):
        '''Put an item into the queue, waiting up to `timeout` seconds for a free slot.'''
        with self.not_full:
            if block and self.maxsize > 0:     # an unbounded put never waits, so never checks
                _check_timeout(timeout)
            _await(self.not_full, self._is_full, block, timeout, Full)
            self._put(item)
            self.not_empty.notify()
            self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        '''Remove and return an item from the queue, waiting up to `timeout` seconds for one.'''
        with self.not_empty:
            if block:
                _check_timeout(timeout)
            _await(self.not_empty, lambda: self._qsize() == 0, block, timeout, Empty)
            taken = self._get()
            self.not_full.notify()
        return taken

    def put_nowait(self, item):
        '''put(item) that raises Full instead of waiting.'''
        return self.put(item, False)

    def get_nowait(self):
        '''get() that raises Empty instead of waiting.'''
        return self.get(False)

    # The storage policy: subclasses override these four (a documented extension point).
    def _init(self, maxsize):
        from collections import deque
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class LifoQueue(Queue):
    '''Queue whose get() returns the newest item (a stack).'''

    def _init(self, maxsize):
        self.queue = []

    def _get(self):
        return self.queue.pop()


class PriorityQueue(Queue):
    '''Queue whose get() returns the smallest item (a heap; put (priority, data) tuples).'''

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        from heapq import heappush
        heappush(self.queue, item)

    def _get(self):
        from heapq import heappop
        return heappop(self.queue)


class SimpleQueue:
    '''Unbounded FIFO queue without task tracking; put() is safe to call reentrantly.'''

    __module__ = '_queue'   # CPython's SimpleQueue is the C type _queue.SimpleQueue

    def __init__(self):
        from collections import deque
        self._items = deque()
        # Counts the items, so a blocking get() waits on it and put() never blocks.
        self._available = None if threading is None else threading.Semaphore(0)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def put(self, item, block=True, timeout=None):
        '''Append the item; never blocks (block and timeout exist to match Queue.put).'''
        self._items.append(item)
        if self._available is not None:
            self._available.release()

    def put_nowait(self, item):
        '''put(item) that raises Full instead of waiting.'''
        self.put(item, False)

    def get(self, block=True, timeout=None):
        '''Take the oldest item, waiting up to `timeout` seconds when `block`.'''
        if not block:
            timeout = None          # the C SimpleQueue ignores it too
        else:
            _check_timeout(timeout)
        if self._available is None:
            if not self._items:
                if block and timeout:
                    time.sleep(timeout)
                raise Empty
        elif not self._available.acquire(block, timeout):
            raise Empty
        return self._items.popleft()

    def get_nowait(self):
        '''get() that raises Empty instead of waiting.'''
        return self.get(False)

    def empty(self):
        '''True when no item is queued right now (a snapshot, like qsize()).'''
        return not self._items

    def qsize(self):
        '''Number of items now queued (other threads may change it at once).'''
        return len(self._items)
