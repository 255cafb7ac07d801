class C:
    def m(self, a): return a
    def noself(): return "called"
    @staticmethod
    def s(a, b=2): return a + b
    @classmethod
    def c(cls, a): return cls.__name__, a
obj = C()
for call in [lambda: obj.m(), lambda: obj.m(1, 2), lambda: obj.noself(), lambda: C.m(), lambda: obj.s(), lambda: C.c(), lambda: obj.m(b=1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(C.noself(), obj.s(1), C.s(1, 5), obj.c(9), C.c(8))
