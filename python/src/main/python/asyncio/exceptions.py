"""The exception classes of asyncio.

CancelledError is a BaseException (since 3.8), so ``except Exception`` in user code does not
swallow a cancellation; asyncio.TimeoutError is the builtin TimeoutError (since 3.11).
"""

__all__ = (
    'BrokenBarrierError', 'CancelledError', 'InvalidStateError', 'TimeoutError',
    'IncompleteReadError', 'LimitOverrunError', 'SendfileNotAvailableError',
)

TimeoutError = TimeoutError


class CancelledError(BaseException):
    """Raised in and by a Future or Task that was cancelled."""


class InvalidStateError(Exception):
    """A Future or Task is not in the state this operation needs (e.g. result() too early)."""


class BrokenBarrierError(RuntimeError):
    """A Barrier was aborted or reset while tasks waited on it."""


# Only raised by transports' sendfile, which Pyjama's loop does not offer; kept for the API.
class SendfileNotAvailableError(RuntimeError):
    """The transport cannot use a native sendfile."""


class IncompleteReadError(EOFError):
    """EOF came before the expected number of bytes (streams' readexactly)."""

    # partial: the bytes read before EOF; expected: the count asked for, None when unbounded.
    def __init__(self, partial, expected):
        total = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of {total} expected bytes')
        self.partial, self.expected = partial, expected

    # Pickling must rebuild from the two constructor arguments, not from args (the message).
    def __reduce__(self):
        rebuild_args = (self.partial, self.expected)
        return type(self), rebuild_args


class LimitOverrunError(Exception):
    """The buffer limit was reached while looking for a separator."""

    # consumed: how many bytes the reader may drop before it retries (streams' readuntil).
    def __init__(self, message, consumed):
        self.consumed = consumed
        super().__init__(message)

    def __reduce__(self):
        rebuild_args = (self.args[0], self.consumed)
        return type(self), rebuild_args
