class A:
    def __repr__(self): return "A()"
class B:
    def __str__(self): return "B-str"
class C:
    def __repr__(self): return "C-repr"
    def __str__(self): return "C-str"
    def __format__(self, spec): return f"C-format[{spec}]"
print(str(A()), repr(A()), [A()], str(B()), repr(C()), str(C()), f"{C()}", f"{C():xyz}", format(C(), "q"), "{:w}".format(C()), [C()], (C(),))
class BadRepr:
    def __repr__(self): return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadFormat:
    def __format__(self, spec): return 1
try:
    format(BadFormat())
except TypeError as e:
    print("TypeError:", e)
print(object().__format__(""), 1 if object.__format__ else 0) if False else print(format(A(), ""))
try:
    format(A(), "x")
except TypeError as e:
    print("TypeError:", e)
