print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, "" * 100, "x" + "y")
print(ord("a"), ord("é"), ord("😀"), chr(97), chr(0x1F600), chr(0), repr(chr(0x10FFFF)))
for bad in [-1, 0x110000]:
    try:
        chr(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
print(str(), str(123), str(b"bytes"), str(b"caf\xc3\xa9", "utf-8"), str([1, "a"]), str(None), str(1.0))
print(sorted(["b", "A", "a", "B", "é", "Z"]), max("hello"), min("hello"), "abc" < "abd", list("abc"), tuple("xy"))
print("x".__len__(), "abc".__contains__("b"), "abc".__getitem__(1), "a".__add__("b"), "a".__mul__(3), "%d" .__mod__(5))
s = "test"
print(s is str(s), s == "te" + "st", hash("") == 0, isinstance(s, str), str.__mro__)
