class Base:
    def m(self): return "Base.m"
    @classmethod
    def cm(cls): return "Base.cm " + cls.__name__
    @staticmethod
    def sm(): return "Base.sm"
class Derived(Base):
    def m(self): return "Derived.m -> " + super().m()
    def explicit(self): return super(Derived, self).m()
    @classmethod
    def cm(cls): return "Derived.cm -> " + super().cm()
    def static_via_super(self): return super().sm()
d = Derived()
print(d.m(), d.explicit(), Derived.cm(), d.static_via_super(), super(Derived, d).m())
print(super(Derived, Derived).cm())
def outside(self): return super().m()
try:
    outside(d)
except RuntimeError as e:
    print("RuntimeError:", e)
class Lazy(Base):
    def m(self):
        f = lambda: super(Lazy, self).m()
        return f()
print(Lazy().m())
try:
    super(int, "x")
except TypeError as e:
    print("TypeError:", e)
