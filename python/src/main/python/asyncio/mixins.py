"""Loop affinity for the synchronisation primitives (Lock, Event, Queue, ...).

A primitive is created outside any loop and adopts the first running loop that waits on it;
using it later from another loop is an error, as in CPython.
"""

from . import events


class _LoopBoundMixin:
    _loop = None

    def _get_loop(self):
        running = events._get_running_loop()
        owner = self._loop
        if owner is None:
            self._loop = owner = running
        if running is owner:
            return running
        raise RuntimeError(f'{self!r} is bound to a different event loop')
