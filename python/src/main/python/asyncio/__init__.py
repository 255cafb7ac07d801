"""Pyjama's asyncio: CPython-compatible event loop, tasks and synchronisation, in pure Python.

The loop's waiting and its clock go through a backend object (asyncio.backend): on Pyjama the
kernel's, which halts the CPU until the next interrupt; elsewhere a portable default.
Threads (to_thread, run_in_executor, a loop per thread) need the VM's _thread; not provided
(yet): streams, sockets, subprocesses, run_coroutine_threadsafe.
"""

# Re-exported submodules, lowest layer first: errors, the loop, futures and tasks, then the
# tools built on tasks.
from .exceptions import *
from .events import *
from .base_events import *
from .coroutines import *
from .futures import *
from .tasks import *
from .locks import *
from .queues import *
from .timeouts import *
from .taskgroups import *
from .threads import *
from .runners import *

from . import backend
from . import session

__all__ = sum((m.__all__ for m in (exceptions, events, base_events, coroutines, futures, tasks,
                                   locks, queues, timeouts, taskgroups, threads, runners)), ())

# CPython names for the default loop class.
SelectorEventLoop = EventLoop
