class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kw)
        ns["added"] = "by meta"
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)
class Base(metaclass=Meta, flag=True):
    x = 1
    def __init__(self, v): self.v = v
class Child(Base):
    y = 2
c = Child(9)
print(c.v, c.added, type(Child).__name__, type(Base) is Meta, isinstance(Child, Meta))
