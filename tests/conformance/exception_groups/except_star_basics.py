try:
    raise ExceptionGroup("group", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
except* ValueError as eg:
    print("ValueError part:", repr(eg), [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("TypeError part:", [str(e) for e in eg.exceptions])
try:
    raise ValueError("naked")
except* ValueError as eg:
    print("naked wrapped:", type(eg).__name__, eg.message, repr(eg.exceptions))
try:
    try:
        raise ExceptionGroup("g", [KeyError("k"), OSError("o")])
    except* KeyError:
        print("handled KeyError")
except ExceptionGroup as rest:
    print("unhandled rest:", repr(rest))
