s = "pyjama"
for spec in ["", "s", "10", "<10", ">10", "^10", "^11", "*^12", "-<9", ".3", "10.2", ">3", "x>8", "=^4"]:
    try:
        print(repr(spec), repr(format(s, spec)))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
w = 12
print(f"[{s:{w}}]", f"[{s:>{w}}]", f"[{s:{'*'}^{w}}]", f"[{3.14159:{w}.{3}f}]")
print(f"{'a'!r:>6}", f"{'é'!a:^10}")
for bad in ["d", "+", ",", "#"]:
    try:
        format("str", bad)
    except ValueError as e:
        print(bad, "ValueError:", e)
