class Base:
    def __init__(self, **kw):
        print("Base init, leftover", kw)
class Named(Base):
    def __init__(self, name, **kw):
        print("Named init", name)
        self.name = name
        super().__init__(**kw)
class Aged(Base):
    def __init__(self, age, **kw):
        print("Aged init", age)
        self.age = age
        super().__init__(**kw)
class Person(Named, Aged):
    pass
p = Person(name="Ann", age=30)
print(p.name, p.age, [c.__name__ for c in Person.__mro__])
