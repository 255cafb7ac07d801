class Typed:
    def __init__(self, kind): self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("Ann", 30)
print(p.name, p.age, type(Person.name).__name__, Person.age.private)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
class Late: pass
t = Typed(int)
Late.attr = t
print(hasattr(t, "name"))
