s = "abracadabra"
print(s.find("a"), s.find("a", 1), s.find("a", 1, 3), s.find("z"), s.rfind("a"), s.rfind("a", 0, 5), s.find(""), s.find("", 20), s.rfind(""))
print(s.index("c"), s.rindex("b"), s.count("a"), s.count("abra"), s.count(""), "aaaa".count("aa"), s.count("a", 5), s.count("a", -3))
print(s.startswith("abr"), s.startswith(("x", "ab")), s.startswith("cad", 4), s.endswith("bra"), s.endswith(("a", "z"), 0, 4), s.startswith(""))
print(s.find("a", -4), s.find("bra", -100, 100), s.find("a", 10, 1))
try:
    s.index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("q")
except ValueError as e:
    print("ValueError:", e)
try:
    s.startswith(["a"])
except TypeError as e:
    print("TypeError:", e)
