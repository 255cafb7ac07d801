class Registry(type):
    classes = {}
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        if bases:
            mcs.classes[name] = cls
        return cls
    def describe(cls): return f"class {cls.__name__} with {len(cls.__dict__)} entries" if False else f"class {cls.__name__}"
    @property
    def upper_name(cls): return cls.__name__.upper()
class Base(metaclass=Registry): pass
class One(Base): pass
class Two(Base): pass
print(sorted(Registry.classes), One.describe(), Two.upper_name)
try:
    One().describe()
except AttributeError as e:
    print("AttributeError:", e)
class Meta2(type):
    def __repr__(cls): return f"<Meta2 class {cls.__name__}>"
    def __len__(cls): return 7
    def __getitem__(cls, k): return (cls.__name__, k)
    def __iter__(cls): return iter("xyz")
class X(metaclass=Meta2): pass
print(repr(X), len(X), X[3], list(X))
