def handle():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError as tg:
        print("handling", repr(tg))
try:
    handle()
except ExceptionGroup as e:
    print("reraised:", repr(e))
def new_error():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise KeyError("new")
try:
    new_error()
except (ExceptionGroup, KeyError) as e:
    print("new error:", repr(e), repr(e.__context__))
