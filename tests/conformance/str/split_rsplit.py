s = "  a b\tc\n\nd  "
print(s.split(), s.split(None, 1), s.rsplit(None, 1), s.split(" "), s.strip().split("\n"))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2), "".split(","), "".split())
print("abcabc".split("bc"), "aaa".split("a"), "aaa".split("aa"), "x".split("x"), "a::b::c".split("::", -1))
print("a b c".rsplit(" ", 0), "a b c".split(maxsplit=1), "a  b".split(sep=" "))
print("line1\nline2\r\nline3\rline4\x0bline5\x0cline6\x1cl7\u2028l8\n".splitlines())
print("a\nb\n".splitlines(keepends=True), "".splitlines(), "\n".splitlines(), "no newline".splitlines())
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="), "kvw".rpartition("="))
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    "a".partition("")
except ValueError as e:
    print("ValueError:", e)
try:
    "a".split(1)
except TypeError as e:
    print("TypeError:", e)
