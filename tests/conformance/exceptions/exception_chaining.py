try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("during handling")
except RuntimeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    try:
        raise OSError("os")
    except OSError:
        raise TypeError("no context") from None
except TypeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError:", e)
e1 = ValueError("a")
e2 = e1.with_traceback(None)
print(e1 is e2)
try:
    raise KeyError("k") from ValueError
except KeyError as e:
    print(repr(e.__cause__))
