def chain(cls):
    return " > ".join(c.__name__ for c in cls.__mro__)
for cls in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, UnicodeDecodeError, RecursionError, StopIteration,
            KeyboardInterrupt, SystemExit, GeneratorExit, NotImplementedError, ModuleNotFoundError, TimeoutError, BrokenPipeError,
            UnboundLocalError, TabError, DeprecationWarning, StopAsyncIteration, OverflowError, ExceptionGroup, BaseExceptionGroup]:
    print(chain(cls))
print(issubclass(OSError, Exception), EnvironmentError is OSError, IOError is OSError, issubclass(bool, BaseException))
try:
    raise SystemExit(3)
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("caught BaseException", type(e).__name__, e.code)
