"""Pyjama's asyncio: CPython-compatible event loop, tasks and synchronisation, in pure Python.

The loop's waiting and its clock go through a backend object (asyncio.backend): on Pyjama the
kernel's, which halts the CPU until the next interrupt; elsewhere a portable default.
Threads (to_thread, run_in_executor, a loop per thread) need the VM's _thread; not provided
(yet): streams, sockets, subprocesses, run_coroutine_threadsafe.
"""

from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .queues import *
from .runners import *
from .taskgroups import *
from .tasks import *
from .threads import *
from .timeouts import *

from . import backend
from . import session

__all__ = (base_events.__all__ + coroutines.__all__ + events.__all__ + exceptions.__all__
           + futures.__all__ + locks.__all__ + queues.__all__ + runners.__all__
           + taskgroups.__all__ + tasks.__all__ + threads.__all__ + timeouts.__all__)

# CPython names for the default loop class.
SelectorEventLoop = EventLoop
