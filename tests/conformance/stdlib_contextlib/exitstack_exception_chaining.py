# ExitStack: how exceptions raised by exit callbacks are chained to the ones they replace.
import contextlib


def chain(e):
    out = []
    while e is not None:
        out.append(repr(e))
        e = e.__context__
    return out


def fail(exc):
    raise exc


def fail_while_handling(exc):
    try:
        raise LookupError("inside callback")
    except LookupError:
        raise exc


cases = {
    "clean body": None,
    "failing body": ZeroDivisionError("body"),
}
for label, body_exc in cases.items():
    for outer in (False, True):
        try:
            if outer:
                try:
                    raise OSError("outer")
                except OSError:
                    with contextlib.ExitStack() as st:
                        st.callback(fail, KeyError("A"))
                        st.callback(fail, ValueError("B"))
                        if body_exc:
                            raise body_exc
            else:
                with contextlib.ExitStack() as st:
                    st.callback(fail, KeyError("A"))
                    st.callback(fail, ValueError("B"))
                    if body_exc:
                        raise body_exc
        except Exception as e:
            print(label, "outer" if outer else "", chain(e))

seen = []
with contextlib.suppress(ValueError):
    with contextlib.ExitStack() as st:
        st.push(lambda t, v, tb: seen.append(("second", repr(v))))
        st.callback(fail, ValueError("from callback"))
        st.push(lambda t, v, tb: seen.append(("first", repr(v))))
        raise KeyError("body")
print(seen)

for body_exc in (None, TypeError("body")):
    try:
        try:
            raise OSError("outer")
        except OSError:
            with contextlib.ExitStack() as st:
                st.callback(fail_while_handling, KeyError("A"))
                st.callback(fail, ValueError("B"))
                if body_exc:
                    raise body_exc
    except Exception as e:
        print("nested context", chain(e))
