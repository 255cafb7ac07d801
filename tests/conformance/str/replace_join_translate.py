print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("", "-", 2), "abc".replace("x", "y"), "aaa".replace("aa", "b"))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "x".join(("1",)), "=".join(map(str, range(4))))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    ",".join(["a", None])
except TypeError as e:
    print("TypeError:", e)
table = str.maketrans("abc", "xyz", "d")
print(table == {97: 120, 98: 121, 99: 122, 100: None}, "aabbccdd".translate(table))
print("hello".translate({ord("l"): "L!", ord("o"): None}), str.maketrans({"a": "1", "b": None}) == {97: "1", 98: None})
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print("ValueError:", e)
print("Mississippi".removeprefix("Miss"), "Mississippi".removesuffix("ippi"), "abc".removeprefix("x"), "abc".removesuffix(""))
