class Template:
    def run(self): return [self.step1(), self.step2()]
    def step1(self): return "default1"
    def step2(self): raise NotImplementedError("subclass must implement step2")
class Impl(Template):
    def step2(self): return "impl2"
print(Impl().run())
try:
    Template().run()
except NotImplementedError as e:
    print("NotImplementedError:", e)
class Parent:
    def __init__(self): self.setup()
    def setup(self): self.mode = "parent"
class ChildC(Parent):
    def setup(self): self.mode = "child"
print(ChildC().mode)
class A:
    x = "A"
class B(A): pass
B.x = "B"
del B.x
print(B.x)
