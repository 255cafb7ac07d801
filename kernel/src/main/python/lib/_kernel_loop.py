"""asyncio's backend on Pyjama (see docs/asyncio.md, "The backend protocol").

asyncio.backend imports this module when it exists and calls backend() for each new event
loop. The loop's idle wait is time.sleep, which in the kernel halts the CPU in the event loop
until the deadline or an interrupt (interrupt handlers run meanwhile) and ends early with
KeyboardInterrupt on Ctrl-C; so an idle asyncio program never spins. A wait with no deadline
halts for at most a second at a time and returns empty (a spurious wake-up, which the loop
tolerates), so a wake() that arrived meanwhile is seen within that second.
"""

import time

from asyncio.backend import DefaultBackend

# Longest halt of one wait() with no deadline.
IDLE_SLICE = 1.0


class KernelBackend(DefaultBackend):
    """DefaultBackend's readiness bookkeeping, with the kernel's halting sleep for the wait."""

    def wait(self, timeout):
        tokens = self._ready_tokens()
        if tokens or self._consume_wake() or timeout is not None and timeout <= 0:
            return tokens
        time.sleep(IDLE_SLICE if timeout is None else min(timeout, IDLE_SLICE))
        return self._ready_tokens()


def backend():
    return KernelBackend()
