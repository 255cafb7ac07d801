class S:
    __slots__ = ("a",)
print(type(S.a).__name__, S.a.__name__, S.a.__objclass__.__name__)
s = S()
S.a.__set__(s, 10)
print(S.a.__get__(s, S), s.a)
try:
    S.a.__get__(object(), S)
except TypeError as e:
    print("TypeError:", e)
