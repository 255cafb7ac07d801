class Animal:
    sound = "..."
    def __init__(self, name): self.name = name
    def speak(self): return f"{self.name} says {self.sound}"
    def kind(self): return "animal"
class Dog(Animal):
    sound = "woof"
    def kind(self): return "dog, a kind of " + super().kind()
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self): return super().speak() + "!"
p = Puppy("Rex", 1)
print(p.speak(), p.kind(), p.age, Dog("D").speak(), Animal("A").speak())
print(isinstance(p, Animal), issubclass(Puppy, Dog), Puppy.__mro__)
