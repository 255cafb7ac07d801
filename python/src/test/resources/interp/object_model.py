class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["tag"] = kw.get("tag", "none")
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *a):
        print("Meta.__call__", cls.__name__)
        return super().__call__(*a)
class Base(metaclass=Meta, tag="base"):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        cls.registered = True
class Child(Base):
    __slots__ = ("x",)
    def __init__(self, x):
        self.x = x
c = Child(3)
print(Child.tag, Child.registered, c.x, type(Child).__name__, Child.__mro__)
try:
    c.y = 1
except AttributeError as e:
    print("AttributeError", e)
class Desc:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner=None):
        return self if obj is None else obj.__dict__.get(self.name, "default")
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value * 2
class P:
    d = Desc()
    @property
    def p(self):
        return "prop"
    @p.setter
    def p(self, v):
        self._p = v
    @classmethod
    def cm(cls):
        return cls.__name__
    @staticmethod
    def sm(a, b):
        return a + b
o = P()
print(o.d, P.d.name); o.d = 5; print(o.d, o.p, P.cm(), o.sm(1, 2))
class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return V(self.x + (o.x if isinstance(o, V) else o))
    def __radd__(self, o): return V(o + self.x)
    def __eq__(self, o): return isinstance(o, V) and o.x == self.x
    def __lt__(self, o): return self.x < o.x
    def __repr__(self): return f"V({self.x})"
    def __len__(self): return self.x
    def __getitem__(self, i):
        if i >= self.x: raise IndexError(i)
        return i * 10
    def __call__(self, y): return self.x * y
print(V(1) + V(2), 3 + V(4), V(1) == V(1), V(1) != V(2), sorted([V(3), V(1)]), bool(V(0)), list(V(3)), V(2)(5))
try:
    hash(V(1))
except TypeError as e:
    print(e)
class MyList(list):
    def append(self, x):
        super().append(x * 2)
ml = MyList([1]); ml.append(5); print(ml, len(ml), isinstance(ml, list), type(ml).__name__)
class MyInt(int):
    def __repr__(self): return f"MyInt({int(self)})"
print(MyInt(7) + 1, repr(MyInt(7)), MyInt("12"))
class G:
    def __getattr__(self, n): return n.upper()
print(G().hello, getattr(G(), "x"), hasattr(G(), "anything"))
