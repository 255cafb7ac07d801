import re
print(re.sub(r"\d", "#", "a1b2c3"), re.sub(r"\d", "#", "a1b2c3", count=2), re.subn(r"\s+", " ", "a   b \t c"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "user@host"), re.sub(r"(?P<w>\w+)", r"<\g<w>>", "hi there"), re.sub(r"x", r"\\", "axb"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "1 22 333"), re.sub("", "-", "abc"), re.sub(r"a|", "X", "bab"))
print(re.split(r"\s*,\s*", "a , b,c ,d"), re.split(r"(,)", "a,b"), re.split(r"\d", "a1b2c", maxsplit=1), re.split(r"x*", "axbc"))
print(re.escape("a.b*c?"), re.escape("hello world_1"), re.sub(re.escape("1+1"), "2", "1+1=2"))
p = re.compile(r"(\w)(\w)")
print(p.sub(r"\2\1", "abcd"), p.pattern, p.groups, p.flags & re.U != 0, p.split("ab-cd"))
