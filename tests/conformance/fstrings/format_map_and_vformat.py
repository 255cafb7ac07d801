class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} and {b}".format_map(Default(a="A")))
print("{x.real}".format_map({"x": 5}))
import string
f = string.Formatter()
print(f.format("{0}-{1}", "a", "b"))
print(list(f.parse("a{0}b{name!r:>3}c{{d}}")))
print(f.vformat("{0} {k}", ("pos",), {"k": "kw"}))
