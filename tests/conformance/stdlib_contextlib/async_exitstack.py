# AsyncExitStack: sync and async managers and callbacks, suppression, pop_all, chaining, errors.
import asyncio, contextlib


def chain(e):
    out = []
    while e is not None:
        out.append(repr(e))
        e = e.__context__
    return out


class AsyncCM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress

    async def __aenter__(self):
        print("aenter", self.name)
        return self.name

    async def __aexit__(self, *exc):
        print("aexit", self.name, exc[0].__name__ if exc[0] else None)
        return self.suppress


class SyncCM:
    def __enter__(self):
        print("enter sync")
        return "sync"

    def __exit__(self, *exc):
        print("exit sync")


async def cb(*args):
    print("async callback", args)


async def fail(exc):
    raise exc


async def main():
    async with contextlib.AsyncExitStack() as st:
        print(await st.enter_async_context(AsyncCM("a")))
        print(st.enter_context(SyncCM()))
        print(st.push_async_callback(cb, 1, 2) is cb)
        st.callback(print, "sync callback")
        ex = AsyncCM("pushed")
        print(st.push_async_exit(ex) is ex)
        async def raw_exit(*exc):
            print("raw exit", exc)
        print(st.push_async_exit(raw_exit) is raw_exit)

    async with contextlib.AsyncExitStack() as st:
        await st.enter_async_context(AsyncCM("suppressor", suppress=True))
        raise KeyError("gone")
    print("suppressed")

    st = contextlib.AsyncExitStack()
    await st.enter_async_context(AsyncCM("late"))
    moved = st.pop_all()
    await st.aclose()
    print("emptied")
    await moved.aclose()

    try:
        async with contextlib.AsyncExitStack() as st:
            st.push_async_callback(fail, KeyError("A"))
            st.push_async_callback(fail, ValueError("B"))
            raise ZeroDivisionError("body")
    except Exception as e:
        print(chain(e))

    for bad in (SyncCM(), 5):
        try:
            await contextlib.AsyncExitStack().enter_async_context(bad)
        except TypeError as e:
            print("TypeError:", e)

asyncio.run(main())
