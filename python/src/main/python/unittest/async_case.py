"""IsolatedAsyncioTestCase: a TestCase whose test methods, fixtures and cleanups may be
coroutine functions. Each test runs in an asyncio event loop of its own (and one context,
so context variables set in setUp are seen by the test)."""

import asyncio
import inspect
import warnings

from .case import TestCase

try:
    import contextvars as _contextvars
except ImportError:
    _contextvars = None

__unittest = True


class _SameContext:
    """What stands for a contextvars.Context where there is no contextvars module."""

    def run(self, function, *args, **kwargs):
        return function(*args, **kwargs)


def _new_context():
    return _SameContext() if _contextvars is None else _contextvars.copy_context()


class IsolatedAsyncioTestCase(TestCase):
    """A TestCase for asyncio code: test methods may be coroutine functions, and
    asyncSetUp/asyncTearDown and async cleanups run around them, in this order: setUp,
    asyncSetUp, the test, asyncTearDown, tearDown, cleanups. The loop is made for the
    test and closed after it, its remaining tasks cancelled."""

    def __init__(self, methodName='runTest'):
        super().__init__(methodName)
        self._asyncioRunner = None
        self._asyncioTestContext = _new_context()

    async def asyncSetUp(self):
        """Runs after setUp, in the test's loop."""

    async def asyncTearDown(self):
        """Runs before tearDown, in the test's loop."""

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        """addCleanup for a coroutine function (any cleanup may be one)."""
        self.addCleanup(func, *args, **kwargs)

    async def enterAsyncContext(self, cm):
        """Enters the asynchronous context manager cm and registers its exit as a cleanup;
        returns what __aenter__ gave."""
        kind = type(cm)
        try:
            enter, leave = kind.__aenter__, kind.__aexit__
        except AttributeError:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does not support "
                            f"the asynchronous context manager protocol") from None
        value = await enter(cm)
        self.addAsyncCleanup(leave, cm, None, None, None)
        return value

    # -- the steps of TestCase.run, each awaited in the test's loop where it is a coroutine

    def _call_setup(self):
        # make the loop now and current, so that a plain setUp can reach it too
        self._asyncioRunner.get_loop()
        self._asyncioTestContext.run(self.setUp)
        self._await(self.asyncSetUp)

    def _call_test(self, method):
        if self._call_either(method) is not None:
            warnings.warn('It is deprecated to return a value that is not None from a '
                          f'test case ({method})', DeprecationWarning, stacklevel=5)

    def _call_teardown(self):
        self._await(self.asyncTearDown)
        self._asyncioTestContext.run(self.tearDown)

    def _call_cleanup(self, function, args, kwargs):
        self._call_either(function, *args, **kwargs)

    def _await(self, function, /, *args, **kwargs):
        if self._asyncioRunner is None:
            raise AssertionError('asyncio runner is not initialized')
        if not inspect.iscoroutinefunction(function):
            raise AssertionError(f'{function!r} is not an async function')
        return self._asyncioRunner.run(function(*args, **kwargs),
                                       context=self._asyncioTestContext)

    def _call_either(self, function, /, *args, **kwargs):
        if inspect.iscoroutinefunction(function):
            return self._await(function, *args, **kwargs)
        return self._asyncioTestContext.run(function, *args, **kwargs)

    # -- the loop's lifetime: one test

    def _open_loop(self):
        if self._asyncioRunner is not None:
            raise AssertionError('asyncio runner is already initialized')
        self._asyncioRunner = asyncio.Runner(debug=True)

    def _close_loop(self):
        self._asyncioRunner.close()

    def run(self, result=None):
        self._open_loop()
        try:
            return super().run(result)
        finally:
            self._close_loop()

    def debug(self):
        self._open_loop()
        super().debug()
        self._close_loop()

    def __del__(self):
        if self._asyncioRunner is not None:
            self._asyncioRunner.close()
