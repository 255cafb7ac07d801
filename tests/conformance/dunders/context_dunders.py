class Ctx:
    def __init__(self, name, suppress=False): self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with Ctx("a") as a, Ctx("b") as b:
    print("body", a.name, b.name)
with Ctx("s", suppress=True):
    raise ValueError("hidden")
print("after suppressed")
try:
    with Ctx("n"):
        raise KeyError("shown")
except KeyError as e:
    print("propagated", e)
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print("TypeError:", e)
class NoExit:
    def __enter__(self): return self
try:
    with NoExit():
        pass
except TypeError as e:
    print("TypeError:", e)
