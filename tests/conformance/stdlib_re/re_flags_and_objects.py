import re
p = re.compile(r"^(\w+)\s*=\s*(.*)$", re.MULTILINE)
cfg = "name = pyjama\nversion=0.1\n# comment\nmode =  fast"
print(p.findall(cfg), dict(p.findall(cfg)), [m.group(1) for m in p.finditer(cfg)])
print(re.findall(r"(?m)^#.*", cfg), re.search(r"(?s)name.*mode", cfg).span(), bool(re.I & re.IGNORECASE))
verbose = re.compile(r"""
    (?P<area>\d{3})   # area code
    [-.\s]?
    (?P<num>\d{4})    # number
""", re.VERBOSE)
print(verbose.search("call 555-1234 now").groupdict(), verbose.groupindex["num"], verbose.pattern.count("\n"))
m = re.match(r"(?P<a>x)(?P<b>y)?", "x")
print(m.groups(), m.group("b"), m.groupdict("default"), m.expand(r"\g<a>-\1"), m.regs if False else m.span("a"))
print(re.sub(r"(?i)hello", "bye", "Hello HELLO hello"), re.findall(r"[A-Z]", "aBcD", flags=re.I), re.purge() is None)
print(re.ASCII, re.search(r"\w+", "café", re.ASCII).group(), re.search(r"\w+", "café").group())
