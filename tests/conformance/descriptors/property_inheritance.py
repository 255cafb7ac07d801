class Base:
    @property
    def value(self): return "base"
class Child(Base):
    @Base.value.getter
    def value(self): return "child " + super().value
class Setter(Base):
    _v = None
    @Base.value.setter
    def value(self, v): self._v = v
print(Child().value, Setter().value)
s = Setter(); s.value = 9
print(s._v, s.value)
class Override(Base):
    value = "plain attribute"
print(Override().value)
class Calc:
    def __init__(self): self.calls = 0
    @property
    def expensive(self):
        self.calls += 1
        return 42
c = Calc()
print(c.expensive, c.expensive, c.calls)
