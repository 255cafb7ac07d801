import string
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f"<{key}?>"
        return super().get_value(key, args, kwargs)
f = Upper()
print(f.format("{} {name} {missing}", "pos", name="kw"), f.format("{0:>5}|{1:.2f}", "ab", 3.14159))
print(string.Formatter().format("{0}{0}", "x"), list(string.Formatter().parse("a{b}c")))
