"""Tools for the with statement: contextmanager, ExitStack, suppress, redirect_*, chdir...

Written for Pyjama from the documented behaviour of CPython 3.12's contextlib (names, results,
error messages). Class names such as _GeneratorContextManager are kept because they show in
reprs and error messages.
"""

import abc
import os
import sys
from functools import wraps
from types import GenericAlias, MethodType

__all__ = ['asynccontextmanager', 'contextmanager', 'closing', 'nullcontext',
           'AbstractContextManager', 'AbstractAsyncContextManager', 'AsyncExitStack',
           'ContextDecorator', 'ExitStack', 'redirect_stdout', 'redirect_stderr', 'suppress',
           'aclosing', 'chdir']


def _defines_all(cls, names):
    # A structural check for the ABCs' __subclasshook__: every name must be defined somewhere
    # in the MRO, and the nearest definition must not be None (None means "explicitly not").
    for name in names:
        for klass in cls.__mro__:
            if name in klass.__dict__:
                if klass.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


# ---------------------------------------------------------------------------------------------
# Abstract bases and decorator mixins

class AbstractContextManager(abc.ABC):
    """An abstract base class for context managers."""

    # Any class with __enter__ and __exit__ counts as a subclass (see __subclasshook__).
    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _defines_all(C, ("__enter__", "__exit__"))
        return NotImplemented

    __class_getitem__ = classmethod(GenericAlias)

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        """Leave the context; the default lets any exception propagate."""
        return None

    def __enter__(self):
        """Enter the context; the default gives back the manager itself."""
        return self


class AbstractAsyncContextManager(abc.ABC):
    """An abstract base class for asynchronous context managers."""

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            return _defines_all(C, ("__aenter__", "__aexit__"))
        return NotImplemented

    __class_getitem__ = classmethod(GenericAlias)

    @abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        """Leave the context; the default lets any exception propagate."""
        return None

    async def __aenter__(self):
        """Enter the context; the default gives back the manager itself."""
        return self


class ContextDecorator:
    """A base class or mixin that enables context managers to work as decorators."""

    def __call__(self, func):
        @wraps(func)
        def run_inside(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return run_inside

    def _recreate_cm(self):
        """Return a recreated instance of self."""
        # A plain context manager can be entered again; generator-based ones override this
        # because their generator runs only once.
        return self


class AsyncContextDecorator:
    """A base class or mixin that enables async context managers to work as decorators."""

    def __call__(self, func):
        @wraps(func)
        async def run_inside(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return run_inside

    def _recreate_cm(self):
        """Return a recreated instance of self."""
        return self


# ---------------------------------------------------------------------------------------------
# @contextmanager and @asynccontextmanager

def _is_the_thrown_one(raised, thrown):
    # After gen.throw(thrown) raised `raised`: was it the body's own exception coming back out
    # (as is, or as the RuntimeError PEP 479 wraps around a StopIteration)? Then __exit__ must
    # return False so that the with statement re-raises the original.
    if raised is thrown:
        return True
    return (isinstance(raised, RuntimeError)
            and isinstance(thrown, (StopIteration, StopAsyncIteration))
            and raised.__cause__ is thrown)


def _no_yield():
    return RuntimeError("generator didn't yield")


def _ran_out(gen):
    # Resume gen after the with block: True if it finished, as it should.
    try:
        next(gen)
    except StopIteration:
        return True
    return False


async def _async_ran_out(agen):
    try:
        await anext(agen)
    except StopAsyncIteration:
        return True
    return False


class _GeneratorContextManagerBase:
    """What the sync and async generator-based managers have in common."""

    def __init__(self, func, args, kwds):
        # Kept until entering, so that _recreate_cm can call the function again.
        self.func = func
        self.args = args
        self.kwds = kwds
        self.gen = func(*args, **kwds)
        own_doc = getattr(func, "__doc__", None)
        self.__doc__ = type(self).__doc__ if own_doc is None else own_doc

    def _recreate_cm(self):
        # Each use as a decorator needs a fresh generator.
        return type(self)(self.func, self.args, self.kwds)

    def _forget_call(self):
        # Entering twice fails here (AttributeError on 'args'), as in CPython.
        del self.args
        del self.kwds
        del self.func


class _GeneratorContextManager(_GeneratorContextManagerBase, AbstractContextManager,
                               ContextDecorator):
    """Helper for @contextmanager decorator."""

    def __enter__(self):
        self._forget_call()
        try:
            first = next(self.gen)
        except StopIteration:
            raise _no_yield() from None
        return first

    def __exit__(self, typ, value, traceback):
        if typ is None:
            if _ran_out(self.gen):
                return False
            self._give_up("generator didn't stop")
        if value is None:
            value = typ()     # called as __exit__(SomeError, None, None)
        try:
            self.gen.throw(value)
        except StopIteration as finished:
            # The generator returned: it handled the exception.
            return finished is not value
        except BaseException as raised:
            if not _is_the_thrown_one(raised, value):
                raise
            value.__traceback__ = traceback
            return False
        self._give_up("generator didn't stop after throw()")

    def _give_up(self, message):
        try:
            raise RuntimeError(message)
        finally:
            self.gen.close()


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase, AbstractAsyncContextManager,
                                    AsyncContextDecorator):
    """Helper for @asynccontextmanager decorator."""

    async def __aenter__(self):
        self._forget_call()
        try:
            first = await anext(self.gen)
        except StopAsyncIteration:
            raise _no_yield() from None
        return first

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            if await _async_ran_out(self.gen):
                return False
            await self._give_up("generator didn't stop")
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(value)
        except StopAsyncIteration as finished:
            return finished is not value
        except BaseException as raised:
            if not _is_the_thrown_one(raised, value):
                raise
            value.__traceback__ = traceback
            return False
        await self._give_up("generator didn't stop after athrow()")

    async def _give_up(self, message):
        try:
            raise RuntimeError(message)
        finally:
            await self.gen.aclose()


def _factory(func, cm_class):
    # What the decorators return: calling it calls nothing yet, the generator function runs
    # when the manager is created and its body when it is entered.
    @wraps(func)
    def make_cm(*args, **kwds):
        return cm_class(func, args, kwds)
    return make_cm


def contextmanager(func):
    """@contextmanager decorator: a generator function that yields once becomes a context
    manager factory; the code before the yield is __enter__, the code after it __exit__."""
    return _factory(func, _GeneratorContextManager)


def asynccontextmanager(func):
    """@asynccontextmanager decorator: the same for an async generator function and
    async with."""
    return _factory(func, _AsyncGeneratorContextManager)


# ---------------------------------------------------------------------------------------------
# Small context managers

class closing(AbstractContextManager):
    """Context to automatically close something at the end of a block: thing.close() runs on
    exit whatever happened in the block."""

    def __init__(self, thing):
        self.thing = thing

    def __exit__(self, *exc_info):
        self.thing.close()

    def __enter__(self):
        return self.thing


class aclosing(AbstractAsyncContextManager):
    """Async context manager for safely finalizing an asynchronously cleaned-up resource such
    as an async generator: await thing.aclose() runs on exit."""

    def __init__(self, thing):
        self.thing = thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()

    async def __aenter__(self):
        return self.thing


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """Context manager that does no additional processing: a stand-in where a context manager
    is optional. Entering gives back enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    async def __aenter__(self):
        return self.enter_result

    # Leaving never suppresses anything.
    def __exit__(self, *excinfo):
        return None

    async def __aexit__(self, *excinfo):
        return None


class chdir(AbstractContextManager):
    """Change the working directory for the duration of the block (process-wide, so not
    thread-safe)."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []     # a stack, so that one instance may be entered re-entrantly

    def __enter__(self):
        here = os.getcwd()
        os.chdir(self.path)
        self._old_cwd.append(here)

    def __exit__(self, *excinfo):
        back_to = self._old_cwd.pop()
        os.chdir(back_to)


class _RedirectStream(AbstractContextManager):
    # Subclasses name the sys attribute they replace in _stream.

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []   # a stack: the same object may be nested within itself

    def __enter__(self):
        name = self._stream
        self._old_targets.append(getattr(sys, name))
        setattr(sys, name, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        previous = self._old_targets.pop()
        setattr(sys, self._stream, previous)


class redirect_stdout(_RedirectStream):
    """Make sys.stdout new_target inside the block (print() and help() output go there)."""
    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Make sys.stderr new_target inside the block."""
    _stream = "stderr"


class suppress(AbstractContextManager):
    """Context manager to suppress specified exceptions: the block is left and execution goes
    on after the with statement. In an exception group the matching leaves are dropped and the
    rest is raised."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return None
        if issubclass(exctype, self._exceptions):
            return True
        if not issubclass(exctype, BaseExceptionGroup):
            return False
        rest = excinst.split(self._exceptions)[1]
        if rest is not None:
            raise rest
        return True

    def __enter__(self):
        return None


# ---------------------------------------------------------------------------------------------
# ExitStack and AsyncExitStack
#
# The stack holds (is_sync, callback) pairs; every callback takes the three __exit__ arguments
# and returns true to swallow the exception. Callbacks run last-registered first.

def _protocol_error(cm, what):
    cls = type(cm)
    return TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does not support "
                     f"the {what} protocol")


def _relink_context(new_exc, previous, outer):
    # Python chained new_exc (raised by a callback) to `outer`, the exception being handled
    # around the whole with statement. What really came before it is `previous`, the
    # exception the earlier callbacks left pending: replace `outer` by it in the chain.
    node = new_exc
    while True:
        ctx = node.__context__
        if ctx is None or ctx is previous:
            return
        if ctx is outer:
            node.__context__ = previous
            return
        node = ctx


def _reraise_keeping_context(exc):
    # Raising from inside __exit__ would chain exc to the exception being handled outside;
    # keep the context the unwinding gave it instead.
    context = exc.__context__
    try:
        raise exc
    except BaseException:
        exc.__context__ = context
        raise


class _BaseExitStack:
    """The registration methods ExitStack and AsyncExitStack share."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Move every registered callback to a new stack, leaving this one empty; the new
        stack is returned (the callbacks then run when it is closed instead)."""
        moved = type(self)()
        moved._exit_callbacks, self._exit_callbacks = self._exit_callbacks, []
        return moved

    def push(self, exit):
        """Registers a callback with the standard __exit__ method signature: a context manager
        (its type's __exit__ is used, without entering it) or a callable. Returns exit."""
        try:
            exit_method = type(exit).__exit__
        except AttributeError:
            self._exit_callbacks.append((True, exit))
        else:
            self._exit_callbacks.append((True, MethodType(exit_method, exit)))
        return exit

    def enter_context(self, cm):
        """Enters the supplied context manager and registers its __exit__; returns the result
        of __enter__."""
        cls = type(cm)
        try:
            enter, leave = cls.__enter__, cls.__exit__
        except AttributeError:
            raise _protocol_error(cm, "context manager") from None
        result = enter(cm)
        self._exit_callbacks.append((True, MethodType(leave, cm)))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Registers an arbitrary callback and arguments; it cannot suppress exceptions.
        Returns callback, so that this works as a decorator."""
        def call_ignoring_exc(exc_type, exc, tb):
            callback(*args, **kwds)
        call_ignoring_exc.__wrapped__ = callback
        self._exit_callbacks.append((True, call_ignoring_exc))
        return callback


class _Unwinding:
    # The state of one unwinding of an exit stack, shared by the sync and async loops: the
    # current exception details, whether a callback suppressed one, and whether a callback's
    # own exception is pending.

    def __init__(self, exc_details):
        self.details = exc_details
        self.received = exc_details[0] is not None
        self.outer = sys.exception()
        self.suppressed = False
        self.pending = False

    def returned(self, result):
        if result:
            self.suppressed = True
            self.pending = False
            self.details = (None, None, None)

    def raised(self, exc):
        _relink_context(exc, self.details[1], self.outer)
        self.pending = True
        self.details = (type(exc), exc, exc.__traceback__)

    def finish(self):
        if self.pending:
            _reraise_keeping_context(self.details[1])
        return self.received and self.suppressed


class ExitStack(_BaseExitStack, AbstractContextManager):
    """A context manager that unwinds a stack of exit callbacks built at run time.

    Whatever was registered (enter_context, push, callback) is unwound, newest first, when
    the with statement ends or close() is called; an exception raised by one callback is
    passed to the next, chained to the one it replaced.
    """

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        state = _Unwinding(exc_details)
        while self._exit_callbacks:
            exit_cb = self._exit_callbacks.pop()[1]
            try:
                result = exit_cb(*state.details)
            except BaseException as exc:
                state.raised(exc)
            else:
                state.returned(result)
        return state.finish()

    def close(self):
        """Unwind the stack now, as leaving the with statement would."""
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """An async context manager that unwinds a stack of exit callbacks built at run time.

    The asynchronous twin of ExitStack: it also takes async context managers and coroutine
    functions, awaited when the async with statement ends or on aclose().
    """

    async def enter_async_context(self, cm):
        """Enters the supplied async context manager and registers its __aexit__; returns the
        result of __aenter__."""
        cls = type(cm)
        try:
            enter, leave = cls.__aenter__, cls.__aexit__
        except AttributeError:
            raise _protocol_error(cm, "asynchronous context manager") from None
        result = await enter(cm)
        self._exit_callbacks.append((False, MethodType(leave, cm)))
        return result

    def push_async_exit(self, exit):
        """Registers a coroutine function with the standard __aexit__ method signature, or an
        async context manager's __aexit__. Returns exit."""
        try:
            exit_method = type(exit).__aexit__
        except AttributeError:
            self._exit_callbacks.append((False, exit))
        else:
            self._exit_callbacks.append((False, MethodType(exit_method, exit)))
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Registers an arbitrary coroutine function and arguments; it cannot suppress
        exceptions. Returns callback."""
        async def await_ignoring_exc(exc_type, exc, tb):
            await callback(*args, **kwds)
        await_ignoring_exc.__wrapped__ = callback
        self._exit_callbacks.append((False, await_ignoring_exc))
        return callback

    async def aclose(self):
        """Unwind the stack now, as leaving the async with statement would."""
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        state = _Unwinding(exc_details)
        while self._exit_callbacks:
            is_sync, exit_cb = self._exit_callbacks.pop()
            try:
                result = exit_cb(*state.details)
                if not is_sync:
                    result = await result
            except BaseException as exc:
                state.raised(exc)
            else:
                state.returned(result)
        return state.finish()
