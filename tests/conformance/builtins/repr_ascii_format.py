print(repr("a'b"), repr('a"b'), repr(1), repr(1.0), repr(None), repr([1, "a"]), repr({1: b"x"}))
print(ascii("café"), ascii("日本"), ascii("\n"), ascii(["é"]), ascii(5), ascii(b"\xff"))
print(format(3.14159, ".2f"), format(42), format("s", ">3"), format(1234567, ","), format(0.5, "%"), format(True), format(None))
try:
    format(None, "x")
except TypeError as e:
    print("TypeError:", e)
try:
    format(1, 2)
except TypeError as e:
    print("TypeError:", e)
