# Thousands separators allowed per presentation type, complex padding rules, inf/nan with '%'.
for v, spec in [(1j, "010"), (1j, "0>10"), (1j, "=10"), (1j, "x<10"), ("s", ",") , ("s", "_"), (5, ",s"), (5, "_b"), (5, ",b"), (5, ",n"), (5, ",c"), (1.5, ",n"), (1.5, "_%"), (5, "_x"), (5, ",d"), (float("nan"), "%"), (float("-inf"), "10.2%"), ("s", ",s"), (1j, ",")]:
    try:
        print(repr(v), repr(spec), repr(format(v, spec)))
    except ValueError as e:
        print(repr(v), repr(spec), "ValueError:", e)
