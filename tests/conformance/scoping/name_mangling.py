class A:
    def __init__(self):
        self.__private = "A private"
        self._protected = "prot"
    def get(self): return self.__private
    def __secret(self): return "secret method"
    def call_secret(self): return self.__secret()
class B(A):
    def __init__(self):
        super().__init__()
        self.__private = "B private"
    def get_b(self): return self.__private
b = B()
print(b.get(), b.get_b(), sorted(vars(b)), b.call_secret(), b._A__secret())
try:
    b.__private
except AttributeError as e:
    print("AttributeError:", e)
class _Under:
    def __m(self): return "mangled without leading underscores of class"
print(_Under()._Under__m())
class C:
    __dunder__ = "not mangled"
print(C.__dunder__)
