log = []
class Desc:
    def __init__(self, name): self.name = name
    def __get__(self, obj, owner):
        log.append(("get", self.name))
        return self.name
    def __set__(self, obj, v):
        log.append(("set", self.name, v))
class A:
    x = Desc("A.x")
class B(A):
    pass
class C(B):
    x = Desc("C.x")
print(B().x, C().x, A.x, C.x)
b = B(); b.x = 1
print(log)
class Meta(type):
    mattr = Desc("Meta.mattr")
class K(metaclass=Meta): pass
print(K.mattr)
try:
    K().mattr
except AttributeError as e:
    print("AttributeError:", e)
