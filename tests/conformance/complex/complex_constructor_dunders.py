class C:
    def __complex__(self): return 2 + 3j
class F:
    def __float__(self): return 1.25
class I:
    def __index__(self): return 7
print(complex(C()), complex(F()), complex(I()), complex(1.5, F()), complex(1j, 1j), complex(0, 1j))
class Bad:
    def __complex__(self): return 5
try:
    complex(Bad())
except TypeError as e:
    print("TypeError:", e)
for args in [(None,), ([],), ("1", "2"), (1, "2")]:
    try:
        complex(*args)
    except TypeError as e:
        print("TypeError:", e)
print((3 + 4j).__abs__(), (1 + 2j).__neg__(), (1j).__pow__(2), (2j).__rtruediv__(4), (1 + 1j).__eq__(1 + 1j), (1j).__ne__("x"))
