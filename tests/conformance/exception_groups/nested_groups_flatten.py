def leaves(eg):
    for e in eg.exceptions:
        if isinstance(e, BaseExceptionGroup):
            yield from leaves(e)
        else:
            yield e
g = ExceptionGroup("l0", [ValueError("a"), ExceptionGroup("l1", [KeyError("b"), ExceptionGroup("l2", [IndexError("c")])])])
print([repr(e) for e in leaves(g)])
try:
    raise g
except* LookupError as lk:
    print("lookup:", repr(lk))
except* ValueError as ve:
    print("value:", repr(ve))
