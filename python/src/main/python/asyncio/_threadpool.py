"""The default executor of loop.run_in_executor() and asyncio.to_thread() (Pyjama).

CPython's loops make a concurrent.futures.ThreadPoolExecutor; Pyjama has no concurrent.futures
yet, so this is a work-alike of the part asyncio uses: ThreadPool(max_workers,
thread_name_prefix) with submit(fn, *args, **kwargs) and shutdown(wait, cancel_futures), whose
futures have the concurrent.futures.Future methods that asyncio.wrap_future and
shutdown_default_executor call. Worker threads are made on demand up to max_workers, named
'<prefix>_<n>' as CPython's, and are not daemonic: at the end of the program (through
threading._register_atexit, as concurrent.futures does) every pool is shut down, so queued work
finishes and the workers end before the interpreter does.
"""

import threading
from collections import deque
from itertools import count

from . import exceptions

_PENDING, _RUNNING, _CANCELLED, _FINISHED = 'PENDING', 'RUNNING', 'CANCELLED', 'FINISHED'


class WorkFuture:
    """The result of one submit(): pending, running, cancelled or finished."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []

    def __repr__(self):
        with self._condition:
            if self._state == _FINISHED:
                if self._exception is not None:
                    return (f'<{type(self).__name__} at {id(self):#x} state=finished raised '
                            f'{type(self._exception).__name__}>')
                return (f'<{type(self).__name__} at {id(self):#x} state=finished returned '
                        f'{type(self._result).__name__}>')
            return f'<{type(self).__name__} at {id(self):#x} state={self._state.lower()}>'

    def cancel(self):
        """Cancel the work if it has not started; True if it is (now) cancelled."""
        with self._condition:
            if self._state in (_RUNNING, _FINISHED):
                return False
            if self._state == _CANCELLED:
                return True
            self._state = _CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state == _CANCELLED

    def running(self):
        return self._state == _RUNNING

    def done(self):
        return self._state in (_CANCELLED, _FINISHED)

    def _wait(self, timeout):
        with self._condition:
            if not self._condition.wait_for(self.done, timeout):
                raise TimeoutError()

    def result(self, timeout=None):
        """The work's return value, waiting up to timeout seconds for it; its exception is
        raised, CancelledError if it was cancelled."""
        self._wait(timeout)
        if self._state == _CANCELLED:
            raise exceptions.CancelledError()
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self, timeout=None):
        """The exception the work raised (None if it returned), waiting as result() does."""
        self._wait(timeout)
        if self._state == _CANCELLED:
            raise exceptions.CancelledError()
        return self._exception

    def add_done_callback(self, fn):
        """Call fn(future) when the future is done: at once (in this thread) if it is."""
        with self._condition:
            if not self.done():
                self._callbacks.append(fn)
                return
        fn(self)

    def set_running_or_notify_cancel(self):
        # The worker's question before running the work: False if it was cancelled meanwhile.
        with self._condition:
            if self._state == _CANCELLED:
                return False
            self._state = _RUNNING
            return True

    def set_result(self, result):
        with self._condition:
            self._result = result
            self._state = _FINISHED
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        with self._condition:
            self._exception = exception
            self._state = _FINISHED
            self._condition.notify_all()
        self._invoke_callbacks()

    def _invoke_callbacks(self):
        callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            try:
                callback(self)
            except Exception as exc:
                # concurrent.futures logs these; there is nobody else to tell.
                import sys
                print(f'exception calling callback for {self!r}: {exc!r}', file=sys.stderr)


_pool_numbers = count().__next__
_live_pools = set()
_live_pools_lock = threading.Lock()
_atexit_registered = False
_interpreter_ending = False


def _shut_down_all():
    # threading._shutdown calls this before it joins the (non-daemon) workers.
    global _interpreter_ending
    _interpreter_ending = True
    with _live_pools_lock:
        pools = list(_live_pools)
    for pool in pools:
        pool.shutdown(wait=False)


class ThreadPool:
    """A pool of worker threads running submitted calls in submission order."""

    def __init__(self, max_workers=None, thread_name_prefix=''):
        global _atexit_registered
        if max_workers is None:
            max_workers = 5     # CPython: min(32, os.cpu_count() + 4); one CPU here
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        self._max_workers = max_workers
        self._prefix = thread_name_prefix or f'ThreadPoolExecutor-{_pool_numbers()}'
        self._condition = threading.Condition(threading.Lock())
        self._work = deque()
        self._idle = 0          # workers waiting for work and not yet woken
        self._threads = set()
        self._shutdown = False
        with _live_pools_lock:
            if not _atexit_registered:
                threading._register_atexit(_shut_down_all)
                _atexit_registered = True
            _live_pools.add(self)

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs); return its future."""
        with self._condition:
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _interpreter_ending:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            future = WorkFuture()
            self._work.append((future, fn, args, kwargs))
            if self._idle:
                self._idle -= 1
                self._condition.notify()
            elif len(self._threads) < self._max_workers:
                name = f'{self._prefix}_{len(self._threads)}'
                worker = threading.Thread(name=name, target=self._run_worker)
                self._threads.add(worker)
                worker.start()
        return future

    def _run_worker(self):
        while True:
            with self._condition:
                while not self._work and not self._shutdown:
                    self._idle += 1
                    self._condition.wait()
                if not self._work:
                    return      # shut down and nothing left to do
                future, fn, args, kwargs = self._work.popleft()
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(fn(*args, **kwargs))
            except BaseException as exc:
                future.set_exception(exc)
            del future, fn, args, kwargs     # not kept alive while waiting for more work

    def shutdown(self, wait=True, *, cancel_futures=False):
        """No more submissions; the workers end once the queued work is done (cancelled first
        with cancel_futures). With wait, return only when they have ended."""
        with self._condition:
            self._shutdown = True
            if cancel_futures:
                while self._work:
                    self._work.popleft()[0].cancel()
            self._idle = 0
            self._condition.notify_all()
            threads = list(self._threads)
        with _live_pools_lock:
            _live_pools.discard(self)
        if wait:
            for worker in threads:
                worker.join()
