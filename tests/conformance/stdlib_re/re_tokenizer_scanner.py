import re
spec = [("NUMBER", r"\d+(?:\.\d*)?"), ("ASSIGN", r":="), ("END", r";"), ("ID", r"[A-Za-z_]\w*"), ("OP", r"[+\-*/]"), ("NEWLINE", r"\n"), ("SKIP", r"[ \t]+"), ("MISMATCH", r".")]
master = re.compile("|".join(f"(?P<{name}>{pat})" for name, pat in spec))
code = "total := price * 3;\nif x1 := 2.5 + y;\n @"
line = 1
for m in master.finditer(code):
    kind, value = m.lastgroup, m.group()
    if kind == "NEWLINE":
        line += 1
    elif kind == "SKIP":
        continue
    elif kind == "MISMATCH":
        print(f"line {line}: unexpected {value!r}")
    else:
        print(line, kind, repr(value), m.start() - (code.rfind("\n", 0, m.start()) + 1))
print(re.split(r"(\d)", "a1b2c"), re.findall(r"\b\w", "hello big world"), re.sub(r"(\w+) (\w+)", r"\2 \1", "one two three four"))
