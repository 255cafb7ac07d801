# ExitStack: callback order, push/enter_context/callback results, suppression, pop_all, errors.
import contextlib


class Tracked:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return self.suppress


with contextlib.ExitStack() as st:
    print(st.enter_context(Tracked("a")), st.enter_context(Tracked("b")))
    t = Tracked("pushed")
    print(st.push(t) is t)
    f = lambda *exc: print("exit callable", exc)
    print(st.push(f) is f)
    print(st.callback(print, "callback", 1, sep="|") is print)

with contextlib.ExitStack() as st:
    st.enter_context(Tracked("outer"))
    st.enter_context(Tracked("swallower", suppress=True))
    st.enter_context(Tracked("inner"))
    raise KeyError("k")
print("after suppression")

st = contextlib.ExitStack()
print(st.__exit__(None, None, None), st.__enter__() is st)
st.push(lambda *e: True)
print("suppressing exit:", st.__exit__(KeyError, KeyError(), None))
st.push(lambda *e: True)
print("nothing to suppress:", st.__exit__(None, None, None))

with contextlib.ExitStack() as st:
    st.callback(print, "moved")
    kept = st.pop_all()
    print(type(kept).__name__, len(st._exit_callbacks), len(kept._exit_callbacks))
print("stack left")
kept.close()
kept.close()

for bad in (3, "text", object()):
    try:
        contextlib.ExitStack().enter_context(bad)
    except TypeError as e:
        print("TypeError:", e)

try:
    contextlib.ExitStack().callback()
except TypeError as e:
    print("TypeError:", e)
wrapped = []
st = contextlib.ExitStack()
st.callback(wrapped.append, "x")
st.close()
print(wrapped)
