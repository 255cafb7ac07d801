class AppError(Exception):
    """Base for app errors."""
class NotFound(AppError):
    def __init__(self, what):
        super().__init__(f"{what} not found")
        self.what = what
class WithStr(AppError):
    def __str__(self): return "custom str"
class NoSuperInit(Exception):
    def __init__(self, a, b):
        self.a, self.b = a, b
for exc in [AppError("plain"), NotFound("file"), WithStr("ignored"), NoSuperInit(1, 2), AppError(), AppError(1, 2)]:
    try:
        raise exc
    except AppError as e:
        print("AppError:", type(e).__name__, str(e), repr(e), e.args)
    except Exception as e:
        print("Exception:", type(e).__name__, repr(str(e)), repr(e), e.args)
print(NotFound("x").what, issubclass(NotFound, AppError), AppError.__doc__)
e = AppError("a")
e.args = ("changed", 1)
print(str(e), repr(e))
e.extra = "attr"
print(e.extra)
