import keyword
candidates = ["if", "If", "match", "case", "_", "type", "async", "await", "print", "None", "nonlocal", "exec", "lambda", "yield"]
for c in candidates:
    print(c, keyword.iskeyword(c), keyword.issoftkeyword(c), c.isidentifier())
print(all(keyword.iskeyword(k) for k in keyword.kwlist), sorted(keyword.kwlist) == keyword.kwlist)
for kw in ["pass", "class", "True"]:
    try:
        exec(f"{kw} = 1")
    except SyntaxError as e:
        print(kw, "SyntaxError:", e.msg)
